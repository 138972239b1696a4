/**
 * `lightning/pageReferenceUtils` in Jest: the platform's encoding of `defaultFieldValues`
 * (`Name=Acme%20Q1,sap__Account__c=001...`), so tests and the navigation stub can read what a component sent.
 */
export function encodeDefaultFieldValues(values: Record<string, unknown>): string {
    return Object.entries(values ?? {})
        .map(
            ([name, value]) =>
                `${name}=${encodeURIComponent(value === null || value === undefined ? '' : String(value))}`
        )
        .join(',');
}

export function decodeDefaultFieldValues(encoded: string): Record<string, string> {
    return Object.fromEntries(
        String(encoded ?? '')
            .split(',')
            .filter(Boolean)
            .map((pair) => {
                const at = pair.indexOf('=');
                return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
            })
    );
}
