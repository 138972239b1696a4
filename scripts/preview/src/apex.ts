/**
 * `@salesforce/apex` and `@salesforce/apex/Class.method` for the preview: the fake controllers registered in
 * apexRegistry.ts (one module per feature, listed in fakes.ts), answering from the store. Each imported method
 * is callable imperatively (returns a Promise) and usable with `@wire` (cacheable methods share one server call
 * per identical parameters, like the platform's cache); refreshApex re-runs the call and pushes the new value to
 * every wire that shares it.
 */
import { clone, deepFreeze, logCall, serverDelay, serverError } from './platform';
import { apexHandler, type ApexParams } from './apexRegistry';
import labels from 'preview/labels';
import './fakes';

type Params = ApexParams;

/** The message each controller throws when its read fails (its "could not be loaded" label). */
const LOAD_FAILED: Record<string, string> = {
    PlanningHomeController: 'Home_Error_Load_Failed',
    AccountPlanCardController: 'Card_Error_Load_Failed',
    PlanningSetupController: 'Setup_Error_Load_Failed'
};

/** `?fail=Class.method,...` makes those methods fail as the server would, to show a page's error state. */
function failing(name: string): boolean {
    return (new URLSearchParams(window.location.search).get('fail') ?? '').split(',').includes(name);
}

async function invoke(name: string, params: Params): Promise<unknown> {
    logCall(name, params);
    await serverDelay();
    if (failing(name)) {
        const label = LOAD_FAILED[name.split('.')[0]] ?? 'Error_Unknown';
        throw serverError(labels[label] ?? labels.Error_Unknown ?? 'Something went wrong.');
    }
    const handler = apexHandler(name);
    if (!handler) throw serverError(`The preview backend does not implement ${name}.`, 'System.UnexpectedException');
    try {
        return clone(handler(params ?? {}));
    } catch (e) {
        if (e && typeof e === 'object' && 'body' in e) throw e;
        throw serverError((e as Error).message);
    }
}

interface WireValue {
    data: unknown;
    error: unknown;
}
interface CacheEntry {
    key: string;
    name: string;
    params: Params;
    value: WireValue | null;
    pending: Promise<void> | null;
    subscribers: Set<(v: WireValue) => void>;
}
const cache = new Map<string, CacheEntry>();
const entryOfValue = new WeakMap<object, CacheEntry>();

function load(entry: CacheEntry): Promise<void> {
    entry.pending = invoke(entry.name, entry.params).then(
        (data) => {
            entry.value = { data: deepFreeze(data), error: undefined };
        },
        (error: unknown) => {
            entry.value = { data: undefined, error };
        }
    );
    return entry.pending.then(() => {
        entry.pending = null;
        const value = entry.value as WireValue;
        entryOfValue.set(value, entry);
        for (const s of entry.subscribers) s(value);
    });
}

function stableKey(name: string, params: Params): string {
    const sorted = Object.keys(params ?? {})
        .sort()
        .map((k) => [k, params[k]]);
    return `${name}:${JSON.stringify(sorted)}`;
}

/** A callable Apex method that is also a wire adapter (the engine reads `.adapter`). */
export function apexMethod(
    className: string,
    methodName: string
): ((params?: Params) => Promise<unknown>) & { adapter: unknown } {
    const name = `${className}.${methodName}`;
    const call = (params?: Params) => invoke(name, params ?? {});
    class ApexWireAdapter {
        private callback: (v: WireValue) => void;
        private entry: CacheEntry | null = null;
        private connected = false;
        constructor(callback: (v: WireValue) => void) {
            this.callback = callback;
        }
        update(config: Params) {
            // The platform does not call Apex while a reactive parameter is still undefined.
            if (Object.values(config ?? {}).some((v) => v === undefined)) return;
            const key = stableKey(name, config);
            if (this.entry?.key === key) return;
            this.entry?.subscribers.delete(this.callback);
            let entry = cache.get(key);
            if (!entry) {
                entry = { key, name, params: { ...config }, value: null, pending: null, subscribers: new Set() };
                cache.set(key, entry);
            }
            this.entry = entry;
            entry.subscribers.add(this.callback);
            if (entry.value) this.callback(entry.value);
            else if (!entry.pending) void load(entry);
        }
        connect() {
            this.connected = true;
        }
        disconnect() {
            this.connected = false;
            this.entry?.subscribers.delete(this.callback);
            this.entry = null;
        }
        get isConnected() {
            return this.connected;
        }
    }
    return Object.assign(call, { adapter: ApexWireAdapter });
}

/** Re-runs the Apex call behind a wired value and pushes the result to every wire sharing it. */
export function refreshApex(wiredValue: unknown): Promise<void> {
    const entry = wiredValue && typeof wiredValue === 'object' ? entryOfValue.get(wiredValue) : undefined;
    if (entry) return load(entry);
    // A value we cannot trace back (e.g. a copy): refresh everything that is cached, as a safe fallback.
    return Promise.all([...cache.values()].filter((e) => e.subscribers.size).map((e) => load(e))).then(() => undefined);
}

/** Marks every cached value stale so the next wire reads the server again (used after LDS writes). */
export function invalidateApexCache(): void {
    for (const [key, entry] of cache) if (!entry.subscribers.size) cache.delete(key);
}

export function getSObjectValue(record: Record<string, unknown>, field: { fieldApiName: string } | string): unknown {
    const name = typeof field === 'string' ? field : field.fieldApiName;
    return name
        .split('.')
        .reduce<unknown>(
            (v, part) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined),
            record
        );
}
