/**
 * Shared runtime of the preview adapters: who is signed in (the persona), custom permissions, server-call log,
 * latency, and the platform's error shapes.
 */

/**
 * The signed-in user of the preview: one URL parameter, `?persona=rep|manager|admin` (default admin, who can open
 * every page). A persona is a user with the package's permission sets; the custom permissions follow from them.
 */
export interface Persona {
    key: 'rep' | 'manager' | 'admin';
    userId: string;
    userName: string;
    permissionSets: string[];
    customPermissions: string[];
}

const PERSONAS: Record<Persona['key'], Persona> = {
    rep: {
        key: 'rep',
        userId: '005000000000001AAA',
        userName: 'Alex Preview',
        permissionSets: ['Account_Planning_User'],
        customPermissions: []
    },
    manager: {
        key: 'manager',
        userId: '005000000000001AAA',
        userName: 'Alex Preview',
        permissionSets: ['Account_Planning_Manager'],
        customPermissions: ['Review_Account_Plans']
    },
    admin: {
        key: 'admin',
        userId: '005000000000001AAA',
        userName: 'Alex Preview',
        permissionSets: ['Account_Planning_Admin'],
        customPermissions: ['Manage_Account_Planning', 'Review_Account_Plans']
    }
};

const params = new URLSearchParams(window.location.search);

const PERSONA_STORAGE_KEY = 'previewPersona';
export const PERSONA_KEYS = Object.keys(PERSONAS) as Persona['key'][];

/** The persona of the URL, else the one chosen earlier in this tab (the header's switch), else admin. */
function personaKey(): string | null {
    const fromUrl = params.get('persona');
    try {
        if (fromUrl) window.sessionStorage.setItem(PERSONA_STORAGE_KEY, fromUrl);
        return fromUrl ?? window.sessionStorage.getItem(PERSONA_STORAGE_KEY);
    } catch {
        return fromUrl;
    }
}

export const PERSONA: Persona = PERSONAS[personaKey() as Persona['key']] ?? PERSONAS.admin;
export const USER_ID = PERSONA.userId;
export const USER_NAME = PERSONA.userName;

/** The persona's custom permissions, minus any the URL takes away (`?without=Manage_Account_Planning,...`). */
export function hasPermission(name: string): boolean {
    const without = (params.get('without') ?? '').split(',');
    return PERSONA.customPermissions.includes(name) && !without.includes(name);
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

/** One error of a UI API record write (UI API "Record Exception Error"). */
export interface RecordError {
    errorCode: string;
    message: string;
    field?: string;
    fieldLabel?: string;
}

/**
 * A failed createRecord/updateRecord as LDS hands it to a component: the UI API's "Error with Output", whose
 * message is generic while the record's errors (validation rules, required fields, trigger errors) are in
 * `output.errors` (page level) and `output.fieldErrors` (at a field). Source: UI API Developer Guide, "Error with
 * Output" and "Record Exception Error"; the generic message as lwc-recipes issue #426 shows it.
 */
export function recordWriteError(errors: RecordError[], fieldErrors: Record<string, RecordError[]> = {}): unknown {
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        headers: {},
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            enhancedErrorType: 'RecordError',
            output: { errors, fieldErrors }
        }
    };
}

/** A page-level record error (and field errors), e.g. an Apex trigger's addError or a missing required field. */
export function uiApiError(message: string, fieldErrors: Record<string, { message: string }[]> = {}): unknown {
    return recordWriteError(
        message ? [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }] : [],
        Object.fromEntries(
            Object.entries(fieldErrors).map(([f, errs]) => [
                f,
                errs.map((e) => ({ errorCode: 'REQUIRED_FIELD_MISSING', ...e, field: f }))
            ])
        )
    );
}
