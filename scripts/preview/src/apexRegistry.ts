/**
 * The fake Apex controllers of the preview, by `Class.method`. Each feature registers its methods in its own module
 * (`scripts/preview/src/fake<Feature>.ts`: `registerApex({ 'Class.method': (params) => result })`) and lists that
 * module with one import line in `fakes.ts`. A handler returns what the controller returns (the DTO) or throws an
 * Error whose message the platform would show (apex.ts turns it into the AuraHandledException shape).
 */
export type ApexParams = Record<string, unknown>;
export type ApexHandler = (params: ApexParams) => unknown;

const handlers = new Map<string, ApexHandler>();

export function registerApex(methods: Record<string, ApexHandler>): void {
    for (const [name, handler] of Object.entries(methods)) {
        if (handlers.has(name)) throw new Error(`preview: two fakes answer ${name}`);
        handlers.set(name, handler);
    }
}

export function apexHandler(name: string): ApexHandler | undefined {
    return handlers.get(name);
}
