/**
 * The org the Jest stubs of the platform simulate (jest/lwc/lightning/*): the package's objects and fields as
 * force-app declares them, installed either without a namespace (`npm run test:unit`) or with one
 * (`npm run test:unit:ns`, jest.namespaced.config.js sets the global SIMULATED_NAMESPACE). With a namespace, the
 * stubs accept only `ns__` names for custom objects and fields and return `ns__` keys, as a subscriber org does.
 *
 * A name the org does not know is a violation: the stub rejects the call with the platform's error shape, and
 * assertPlatformAccepted() (called after every test by jest/setup.ts and resetDom) fails the test, even when the
 * test replaced the stub's implementation (every recorded call of an audited mock is checked again).
 */
import fs from 'node:fs';
import path from 'node:path';
import { nameChecker, qualify, type PackageSchema } from './apiNames';

declare global {
    // Set by jest.namespaced.config.js (Jest `globals`); absent in the plain run. A global needs `var`.
    // eslint-disable-next-line vars-on-top
    var SIMULATED_NAMESPACE: string | undefined;
}

/** The simulated namespace: '' for an unpackaged org. */
export const NAMESPACE = (globalThis.SIMULATED_NAMESPACE ?? '').trim();

const OBJECTS_DIR = path.resolve(__dirname, '..', '..', 'force-app', 'main', 'default', 'objects');

/** Source object name -> its source custom field names, read once from force-app. */
const FIELDS: Map<string, string[]> = new Map(
    fs.readdirSync(OBJECTS_DIR).map((objectName) => {
        const fieldsDir = path.join(OBJECTS_DIR, objectName, 'fields');
        const fields = fs.existsSync(fieldsDir)
            ? fs.readdirSync(fieldsDir).map((file) => file.replace('.field-meta.xml', ''))
            : [];
        return [objectName, fields];
    })
);
const SCHEMA: PackageSchema = { objects: () => [...FIELDS.keys()], customFields: (object) => FIELDS.get(object) };

export const { objectProblem, fieldProblem, fieldReferenceProblem, anyFieldProblem, recordInputProblems } = nameChecker(
    NAMESPACE,
    SCHEMA
);
export { fieldNameOf, objectNameOf, platformError } from './apiNames';

/** The name the simulated org uses for a source name (`Account_Plan__c` -> `sap__Account_Plan__c` when namespaced). */
export function ns(apiName: string): string {
    return qualify(apiName, NAMESPACE);
}

/** A fixture record representation written with source names, as the simulated org returns it. */
export function toOrgRecord<T>(record: T): T {
    if (!NAMESPACE || !record || typeof record !== 'object') {
        return record;
    }
    const source = record as unknown as { apiName?: string; fields?: Record<string, { value: unknown }> };
    const copy: Record<string, unknown> = { ...source };
    if (typeof source.apiName === 'string') {
        copy.apiName = ns(source.apiName);
    }
    if (source.fields) {
        copy.fields = Object.fromEntries(
            Object.entries(source.fields).map(([name, field]) => [
                ns(name),
                field && typeof field === 'object' ? { ...field, value: toOrgRecord(field.value) } : field
            ])
        );
    }
    return copy as T;
}

// ---------------------------------------------------------------- violations and audits

const violations = new Set<string>();
interface Audit {
    mock: jest.Mock;
    check: (...args: never[]) => (string | null)[];
    /** The call list checked last time and how many of its calls: jest.clearAllMocks() starts a new list. */
    calls: unknown[] | null;
    seen: number;
}
const audits: Audit[] = [];

/** Records that a component used a name the org does not know. */
export function violate(api: string, problems: (string | null)[]): void {
    for (const problem of problems) {
        if (problem) {
            violations.add(`${api}: ${problem}`);
        }
    }
}

/** Checks every call recorded on the mock again when the test ends, whatever implementation the test gave it. */
export function audit<A extends unknown[]>(
    api: string,
    mock: jest.Mock,
    check: (...args: A) => (string | null)[]
): void {
    audits.push({
        mock,
        check: (...args: never[]) => check(...(args as unknown as A)).map((p) => (p ? `${api}: ${p}` : null)),
        calls: null,
        seen: 0
    });
}

/** Throws (failing the test) when a component used a name the simulated org does not know; then starts afresh. */
export function assertPlatformAccepted(): void {
    for (const entry of audits) {
        // Calls already checked (a test file that does not clear its mocks between tests) are not reported twice.
        const calls = entry.mock.mock.calls;
        for (const args of calls.slice(entry.calls === calls ? entry.seen : 0)) {
            for (const problem of entry.check(...(args as never[]))) {
                if (problem) {
                    violations.add(problem);
                }
            }
        }
        entry.calls = calls;
        entry.seen = calls.length;
    }
    const found = [...violations];
    violations.clear();
    if (found.length) {
        const mode = NAMESPACE ? `a subscriber org (namespace '${NAMESPACE}')` : 'an org without a namespace';
        throw new Error(`The simulated platform, as ${mode}, rejected:\n  - ${found.join('\n  - ')}`);
    }
}
