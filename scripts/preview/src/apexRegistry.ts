/**
 * The fake Apex controllers of the preview, by `Class.method`. Each feature registers its methods in its own module
 * (`scripts/preview/src/fake<Feature>.ts`: `registerApex({ 'Class.method': (params) => result })`) and lists that
 * module with one import line in `fakes.ts`. A feature that adds members to another feature's answer (the workspace,
 * the Setup page, Planning Home) registers a decorator with `decorateApex` instead of a second handler. A handler returns what the controller returns (the DTO) or throws an
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

/** Adds members to what another feature's fake returns (e.g. the workspace's health): result in, result out. */
export type ApexDecorator = (result: unknown, params: ApexParams) => unknown;
const decorators = new Map<string, ApexDecorator[]>();

export function decorateApex(name: string, decorator: ApexDecorator): void {
    decorators.set(name, [...(decorators.get(name) ?? []), decorator]);
}

export function apexHandler(name: string): ApexHandler | undefined {
    const handler = handlers.get(name);
    const added = decorators.get(name);
    if (!handler || !added) return handler;
    return (params) => added.reduce((result, decorate) => decorate(result, params), handler(params));
}
