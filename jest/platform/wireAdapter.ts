/**
 * An LDS wire adapter for the Jest stubs of the platform, with the test API of @salesforce/sfdx-lwc-jest's
 * (`emit`, `error`, `getLastConfig`), that checks every config against the simulated org (a name it does not
 * know gets the platform's error instead of data) and returns emitted fixtures the way the org names things.
 */
import { platformError, violate } from './org';

type WireValue = { data: unknown; error: unknown };
type Callback = (value: WireValue) => void;
type Config = Record<string, unknown>;

export interface StrictWireAdapter {
    new (callback: Callback): { update(config: Config): void; connect(): void; disconnect(): void };
    /** Sends a fixture (written with source names) to every wired component, as the org would return it. */
    emit(value: unknown): void;
    /** Sends an LDS error to every wired component. */
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Config | null;
}

export function strictWireAdapter(
    api: string,
    check: (config: Config) => (string | null)[],
    toOrg: (value: unknown) => unknown = (value) => value
): StrictWireAdapter {
    const instances = new Set<Adapter>();
    let lastConfig: Config | null = null;

    class Adapter {
        private config: Config | null = null;
        private problems: string[] = [];

        private readonly callback: Callback;

        constructor(callback: Callback) {
            this.callback = callback;
            instances.add(this);
            callback({ data: undefined, error: undefined });
        }

        static emit(value: unknown): void {
            instances.forEach((instance) => instance.send(value));
        }

        static error(
            body: unknown = { message: 'An internal server error has occurred' },
            status = 400,
            statusText = 'Bad Request'
        ): void {
            instances.forEach((instance) =>
                instance.callback({ data: undefined, error: { body, ok: false, status, statusText } })
            );
        }

        static getLastConfig(): Config | null {
            return lastConfig;
        }

        update(config: Config): void {
            this.config = config;
            lastConfig = config;
            this.problems = check(config).filter((p): p is string => p !== null);
            violate(api, this.problems);
            if (this.problems.length) {
                this.callback({ data: undefined, error: platformError(this.problems) });
            }
        }

        connect(): void {
            instances.add(this);
        }

        disconnect(): void {
            instances.delete(this);
        }

        private send(value: unknown): void {
            if (this.config && this.problems.length) {
                return;
            }
            this.callback({ data: toOrg(value), error: undefined });
        }
    }
    return Adapter as unknown as StrictWireAdapter;
}
