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
import { namespaceProblem, qualify, unqualify } from './apiNames';

declare global {
    // Set by jest.namespaced.config.js (Jest `globals`); absent in the plain run. A global needs `var`.
    // eslint-disable-next-line vars-on-top
    var SIMULATED_NAMESPACE: string | undefined;
}

/** The simulated namespace: '' for an unpackaged org. */
export const NAMESPACE = (globalThis.SIMULATED_NAMESPACE ?? '').trim();

const OBJECTS_DIR = path.resolve(__dirname, '..', '..', 'force-app', 'main', 'default', 'objects');

/** Source object name -> its source custom field names, read once from force-app. */
const SCHEMA: Map<string, Set<string>> = new Map(
    fs.readdirSync(OBJECTS_DIR).map((objectName) => {
        const fieldsDir = path.join(OBJECTS_DIR, objectName, 'fields');
        const fields = fs.existsSync(fieldsDir)
            ? fs.readdirSync(fieldsDir).map((file) => file.replace('.field-meta.xml', ''))
            : [];
        return [objectName, new Set(fields)];
    })
);

/** The name the simulated org uses for a source name (`Account_Plan__c` -> `sap__Account_Plan__c` when namespaced). */
export function ns(apiName: string): string {
    return qualify(apiName, NAMESPACE);
}

type Reference = string | { objectApiName?: string; fieldApiName?: string } | null | undefined;

/** The string behind an object reference: a name or an @salesforce/schema import. */
export function objectNameOf(reference: Reference): string {
    return typeof reference === 'string' ? reference : String(reference?.objectApiName ?? '');
}

/** The field name behind a field reference: a name or an @salesforce/schema import (its fieldApiName). */
export function fieldNameOf(reference: Reference): string {
    return typeof reference === 'string' ? reference : String(reference?.fieldApiName ?? '');
}

/** Why the org has no object of that name, or null. Standard objects are taken on trust. */
export function objectProblem(reference: Reference): string | null {
    const name = objectNameOf(reference);
    if (!name) {
        return 'INVALID_TYPE: no object API name given';
    }
    const problem = namespaceProblem(name, NAMESPACE);
    if (problem) {
        return `INVALID_TYPE: ${problem}`;
    }
    const source = unqualify(name, NAMESPACE);
    return source.includes('__') && !SCHEMA.has(source)
        ? `INVALID_TYPE: sObject type '${name}' is not supported.`
        : null;
}

/**
 * Why the object has no field of that name (or dotted path: `sap__Account__r.Name`), or null. Standard fields are
 * taken on trust; a custom field must exist on the object in force-app; a relationship `X__r` needs the field `X__c`.
 */
export function fieldProblem(objectReference: Reference, fieldReference: Reference): string | null {
    const objectName = objectNameOf(objectReference);
    const fieldName = fieldNameOf(fieldReference);
    if (!fieldName) {
        return `INVALID_FIELD: no field API name given on '${objectName}'`;
    }
    const problem = namespaceProblem(fieldName, NAMESPACE);
    if (problem) {
        return `INVALID_FIELD: ${problem}`;
    }
    const first = unqualify(fieldName.split('.')[0], NAMESPACE).replace(/__r$/, '__c');
    const fields = SCHEMA.get(unqualify(objectName, NAMESPACE));
    if (first.includes('__') && !fields?.has(first)) {
        return `INVALID_FIELD: No such column '${fieldName.split('.')[0]}' on entity '${objectName}'.`;
    }
    return null;
}

/** A qualified field reference: `Object.Field` or an @salesforce/schema field import. */
export function fieldReferenceProblem(reference: Reference): string | null {
    if (typeof reference === 'string') {
        const dot = reference.indexOf('.');
        if (dot < 1) {
            return `INVALID_FIELD: '${reference}' is not qualified with its object`;
        }
        return (
            objectProblem(reference.slice(0, dot)) ?? fieldProblem(reference.slice(0, dot), reference.slice(dot + 1))
        );
    }
    return objectProblem(reference) ?? fieldProblem(reference, reference);
}

/** A custom field name that exists on no object of the package (for writes whose object comes from the Id). */
export function anyFieldProblem(fieldName: string): string | null {
    const problem = namespaceProblem(fieldName, NAMESPACE);
    if (problem) {
        return `INVALID_FIELD: ${problem}`;
    }
    const source = unqualify(fieldName, NAMESPACE);
    const known = !source.includes('__') || [...SCHEMA.values()].some((fields) => fields.has(source));
    return known ? null : `INVALID_FIELD: No such column '${fieldName}' on any object of the package.`;
}

/** Every field name of a record input (`{ apiName, fields }`), checked against its object. */
export function recordInputProblems(
    input: { apiName?: unknown; fields?: Record<string, unknown> } | undefined
): string[] {
    const fields = Object.keys(input?.fields ?? {});
    if (input?.apiName === undefined) {
        return fields.map(anyFieldProblem).filter((p): p is string => p !== null);
    }
    const objectName = objectNameOf(input.apiName as Reference);
    const problem = objectProblem(objectName);
    if (problem) {
        return [problem];
    }
    return fields.map((field) => fieldProblem(objectName, field)).filter((p): p is string => p !== null);
}

/** The UI API error a component receives for a name the org does not know (status 400, body of errors). */
export function platformError(problems: string[]): {
    status: number;
    statusText: string;
    ok: false;
    body: { errorCode: string; message: string }[];
} {
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        body: problems.map((problem) => {
            const [errorCode, ...message] = problem.split(': ');
            return { errorCode, message: message.join(': ') };
        })
    };
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
