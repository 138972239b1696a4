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
