/**
 * The org the preview simulates: the package installed without a namespace (`npm start`, `npm run test:e2e`) or,
 * built with `--namespace sap` (`npm run test:e2e:ns`, `npm start -- --namespace sap`), a subscriber org where
 * every custom object and field is `sap__...`. The store keeps source names; these helpers are the boundary the
 * fake platform (uiRecordApi, object info, navigation, record forms) crosses: names coming from components must
 * be the org's (otherwise the platform's error, logged to the console like the platform does), names going back
 * to components are the org's. Apex DTOs cross no boundary: they come back unchanged. Naming rules shared with
 * the Jest stubs: jest/platform/apiNames.ts.
 */
import NAMESPACE from 'preview/namespace';
import schema from 'preview/schema';
import {
    fieldNameOf,
    nameChecker,
    objectNameOf,
    platformError,
    qualify,
    unqualify,
    type Reference
} from '../../../jest/platform/apiNames';

export { NAMESPACE, fieldNameOf, objectNameOf, platformError, type Reference };

export const { objectProblem, fieldProblem, fieldReferenceProblem, recordInputProblems } = nameChecker(NAMESPACE, {
    objects: () => Object.keys(schema),
    customFields: (object) => {
        const info = schema[object];
        return info ? Object.keys(info.fields).filter((name) => name.includes('__')) : undefined;
    }
});

/** The org's name of a source name: `Account_Plan__c` -> `sap__Account_Plan__c` in a namespaced build. */
export function toOrg(apiName: string): string {
    return qualify(apiName, NAMESPACE);
}

/** The source name the store and the metadata use for an org name. */
export function toSource(apiName: string): string {
    return unqualify(apiName, NAMESPACE);
}

/** A field map with every key renamed (to the org's names or back to source names). */
export function renameKeys<T>(fields: Record<string, T>, rename: (name: string) => string): Record<string, T> {
    return Object.fromEntries(Object.entries(fields ?? {}).map(([name, value]) => [rename(name), value]));
}

/**
 * Refuses names the org does not know: logs what the platform would log and throws the UI API error
 * (status 400, body `[{ errorCode, message }]`), which components show through their error path.
 */
export function assertKnown(api: string, problems: (string | null)[]): void {
    const found = problems.filter((p): p is string => p !== null);
    if (found.length) {
        console.error(`${api}: ${found.join('; ')}`);
        throw platformError(found);
    }
}

/** An error raised by a UI API call, with its field errors keyed by the org's field names. */
export function errorForOrg(error: unknown): unknown {
    const output = (error as { body?: { output?: { fieldErrors?: Record<string, unknown[]> } } })?.body?.output;
    if (output?.fieldErrors) {
        output.fieldErrors = renameKeys(output.fieldErrors, toOrg);
    }
    return error;
}
