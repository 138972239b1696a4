/**
 * How a subscriber org names the package's metadata: every custom object, field and relationship carries the
 * package namespace (`sap__Account_Plan__c`, `sap__Status__c`, `sap__Account__r`); standard objects and standard
 * fields (`Account`, `Name`, `OwnerId`) do not. Shared by the fake platform of the Jest stubs (jest/lwc) and of
 * the offline preview (scripts/preview/src/namespace.ts), so both simulate the same org. No Jest or Node APIs here.
 */

/** Suffixes of custom API names: objects and fields, relationships, custom metadata, platform events, external objects. */
const CUSTOM_SUFFIX = /__(c|r|mdt|e|x|b)$/;

/** One segment of an API name (`Account_Plan__c`, `sap__Status__c`, `Name`) is custom. */
export function isCustom(segment: string): boolean {
    return CUSTOM_SUFFIX.test(segment);
}

/** The namespace a custom segment carries: `sap__Status__c` -> `sap`, `Status__c` -> `''`. */
export function namespaceOf(segment: string): string {
    const parts = segment.split('__');
    return isCustom(segment) && parts.length > 2 ? parts[0] : '';
}

/** A dotted API name with the namespace on every custom segment that has none: what a subscriber org calls it. */
export function qualify(apiName: string, namespace: string): string {
    if (!namespace) {
        return apiName;
    }
    return apiName
        .split('.')
        .map((segment) => (isCustom(segment) && !namespaceOf(segment) ? `${namespace}__${segment}` : segment))
        .join('.');
}

/** The source (namespace-free) form of a dotted API name that carries our namespace. */
export function unqualify(apiName: string, namespace: string): string {
    if (!namespace) {
        return apiName;
    }
    const prefix = `${namespace}__`;
    return apiName
        .split('.')
        .map((segment) => (namespaceOf(segment) === namespace ? segment.slice(prefix.length) : segment))
        .join('.');
}

/**
 * Why a subscriber org (namespace set) or an unpackaged org (namespace empty) has no such name, or null when
 * every custom segment carries the right namespace. Says which name the org does know, for the developer.
 */
export function namespaceProblem(apiName: string, namespace: string): string | null {
    const wrong = apiName.split('.').filter((segment) => isCustom(segment) && namespaceOf(segment) !== namespace);
    if (!wrong.length) {
        return null;
    }
    return namespace
        ? `'${apiName}' does not exist in an org where the package has the namespace '${namespace}' ` +
              `(there it is '${qualify(apiName, namespace)}'): reference it through an @salesforce/schema import.`
        : `'${apiName}' carries a namespace, but this org has the package without one.`;
}

/** A field or object reference: a name, or an @salesforce/schema import. */
export type Reference = string | { objectApiName?: string; fieldApiName?: string } | null | undefined;

/** The string behind an object reference. */
export function objectNameOf(reference: Reference): string {
    return typeof reference === 'string' ? reference : String(reference?.objectApiName ?? '');
}

/** The field name behind a field reference (for an import, its fieldApiName). */
export function fieldNameOf(reference: Reference): string {
    return typeof reference === 'string' ? reference : String(reference?.fieldApiName ?? '');
}

/** What the simulated org knows: the package's objects by source name, and each one's custom field names. */
export interface PackageSchema {
    objects(): string[];
    customFields(sourceObject: string): string[] | undefined;
}

/**
 * The checks the simulated org makes on every name a component hands it. Each returns null, or the problem as
 * `ERROR_CODE: message` with the UI API's codes (INVALID_TYPE for objects, INVALID_FIELD for fields). Standard
 * objects and standard fields are taken on trust; custom ones must exist in force-app, under the org's names.
 */
export function nameChecker(namespace: string, schema: PackageSchema) {
    const known = (object: string) => schema.customFields(unqualify(object, namespace));

    function objectProblem(reference: Reference): string | null {
        const name = objectNameOf(reference);
        if (!name) {
            return 'INVALID_TYPE: no object API name given';
        }
        const problem = namespaceProblem(name, namespace);
        if (problem) {
            return `INVALID_TYPE: ${problem}`;
        }
        return isCustom(name) && !known(name) ? `INVALID_TYPE: sObject type '${name}' is not supported.` : null;
    }

    /** A field (or dotted path `sap__Account__r.Name`) on the object; a relationship `X__r` needs the field `X__c`. */
    function fieldProblem(objectReference: Reference, fieldReference: Reference): string | null {
        const objectName = objectNameOf(objectReference);
        const fieldName = fieldNameOf(fieldReference);
        if (!fieldName) {
            return `INVALID_FIELD: no field API name given on '${objectName}'`;
        }
        const problem = namespaceProblem(fieldName, namespace);
        if (problem) {
            return `INVALID_FIELD: ${problem}`;
        }
        const first = fieldName.split('.')[0];
        const source = unqualify(first, namespace).replace(/__r$/, '__c');
        return isCustom(first) && !known(objectName)?.includes(source)
            ? `INVALID_FIELD: No such column '${first}' on entity '${objectName}'.`
            : null;
    }

    /** A qualified field reference: `Object.Field` or an @salesforce/schema field import. */
    function fieldReferenceProblem(reference: Reference): string | null {
        if (typeof reference === 'string') {
            const dot = reference.indexOf('.');
            if (dot < 1) {
                return `INVALID_FIELD: '${reference}' is not qualified with its object`;
            }
            const objectName = reference.slice(0, dot);
            return objectProblem(objectName) ?? fieldProblem(objectName, reference.slice(dot + 1));
        }
        return objectProblem(reference) ?? fieldProblem(reference, reference);
    }

    /** A field whose object the caller does not name (updateRecord: the org finds it from the record Id). */
    function anyFieldProblem(fieldName: string): string | null {
        const problem = namespaceProblem(fieldName, namespace);
        if (problem) {
            return `INVALID_FIELD: ${problem}`;
        }
        const source = unqualify(fieldName, namespace);
        const exists = !isCustom(fieldName) || schema.objects().some((o) => schema.customFields(o)?.includes(source));
        return exists ? null : `INVALID_FIELD: No such column '${fieldName}' on any object of the package.`;
    }

    /** Every name of a record input (`{ apiName, fields }`); without apiName, fields are checked package-wide. */
    function recordInputProblems(input: { apiName?: unknown; fields?: Record<string, unknown> } | undefined): string[] {
        const fields = Object.keys(input?.fields ?? {});
        const problems =
            input?.apiName === undefined
                ? fields.map(anyFieldProblem)
                : [objectProblem(input.apiName as Reference)].concat(
                      objectProblem(input.apiName as Reference)
                          ? []
                          : fields.map((field) => fieldProblem(input.apiName as Reference, field))
                  );
        return problems.filter((p): p is string => p !== null);
    }

    return { objectProblem, fieldProblem, fieldReferenceProblem, anyFieldProblem, recordInputProblems };
}

/** The UI API error a component receives for names the org does not know (status 400, a body of errors). */
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
