/**
 * Shared runtime of the preview adapters: the running user, custom permissions, server-call log, latency.
 */
export const USER_ID = '005000000000001AAA';
export const USER_NAME = 'Alex Preview';

const params = new URLSearchParams(window.location.search);

/** Custom permissions are granted unless the URL says `?without=Manage_Account_Planning,...`. */
export function hasPermission(name: string): boolean {
    const without = (params.get('without') ?? '').split(',');
    return !without.includes(name);
}

/** Simulated server latency in ms (`?latency=300`); 0 by default so tests and the benchmark are deterministic. */
export const LATENCY = Number(params.get('latency') ?? '0');

export interface ServerCall {
    method: string;
    params: unknown;
    at: number;
}

interface PreviewGlobal {
    calls: ServerCall[];
    [key: string]: unknown;
}

declare global {
    interface Window {
        __preview: PreviewGlobal;
    }
}

window.__preview = window.__preview ?? { calls: [] };

export function logCall(method: string, callParams: unknown): void {
    window.__preview.calls.push({ method, params: callParams, at: performance.now() });
    window.dispatchEvent(new CustomEvent('previewservercall', { detail: method }));
}

export function serverDelay(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, LATENCY));
}

/** What the server sends is JSON: a fresh copy every time, never a shared reference. */
export function clone<T>(value: T): T {
    return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Wire data from the platform caches is read-only: freezing it surfaces components that mutate it. */
export function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    }
    return value;
}

/** The shape of an error from an Apex method or a UI API call, as LWC receives it on the platform. */
export function serverError(message: string, exceptionType = 'System.AuraHandledException', status = 500): unknown {
    return {
        status,
        statusText: status === 400 ? 'Bad Request' : 'Server Error',
        ok: false,
        headers: {},
        body: { message, exceptionType, isUserDefinedException: false, stackTrace: '' }
    };
}

export function uiApiError(message: string, fieldErrors: Record<string, { message: string }[]> = {}): unknown {
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        headers: {},
        body: {
            message,
            output: {
                errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }],
                fieldErrors: Object.fromEntries(
                    Object.entries(fieldErrors).map(([f, errs]) => [
                        f,
                        errs.map((e) => ({ ...e, errorCode: 'REQUIRED_FIELD_MISSING', field: f }))
                    ])
                )
            }
        }
    };
}
