/**
 * `lightning/navigation` for the preview: page references map to the preview's own URLs
 * (/plan/<id>, /account/<id>, /home, /setup, /new/<object>); the shell navigates without a reload,
 * so the in-memory data survives. The object of a record or object page and the keys of
 * `defaultFieldValues` must be names the simulated org knows (src/namespace.ts): otherwise the navigation
 * fails with a console error and an error toast, and nothing opens.
 */
import { store } from './store';
import { fieldProblem, objectProblem, toOrg, toSource } from './namespace';

export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

export function urlFor(ref: PageReference): string | null {
    const a = ref.attributes ?? {};
    const state = ref.state ?? {};
    switch (ref.type) {
        case 'standard__recordPage':
        case 'standard__recordRelationshipPage': {
            const id = String(a.recordId ?? '');
            const found = store.find(id);
            const object = toSource(
                String(a.objectApiName ?? found?.objectApiName ?? (store.accounts.has(id) ? 'Account' : ''))
            );
            if (object === 'Account_Plan__c') return `/plan/${id}`;
            if (object === 'Account' || id.startsWith('001')) return `/account/${id}`;
            // A user's record page (owners on Planning Home): the preview has no user page, the org has.
            if (id.startsWith('005')) return `/user/${id}`;
            return found ? `/plan/${found.planId}` : null;
        }
        case 'standard__objectPage': {
            const object = String(a.objectApiName ?? '');
            if (a.actionName === 'new') {
                const q = new URLSearchParams();
                if (state.defaultFieldValues) q.set('defaultFieldValues', String(state.defaultFieldValues));
                return `/new/${object}${q.toString() ? '?' + q.toString() : ''}`;
            }
            return toSource(object) === 'Account_Plan__c' ? '/' : null;
        }
        case 'standard__navItemPage': {
            const name = String(a.apiName ?? '');
            if (name === 'Planning_Home') return '/home';
            if (name === 'Account_Planning_Setup') return '/setup';
            return null;
        }
        case 'standard__webPage':
            return String(a.url ?? '');
        default:
            return null;
    }
}

/** What the org refuses in a page reference: its object, or a default field value's field. */
export function pageReferenceProblems(ref: PageReference): string[] {
    const object = ref.attributes?.objectApiName as string | undefined;
    if (object === undefined) return [];
    const problem = objectProblem(object);
    if (problem) return [problem];
    const defaults = ref.state?.defaultFieldValues;
    const fields = defaults === undefined ? [] : Object.keys(decodeDefaultFieldValues(String(defaults)));
    return fields.map((field) => fieldProblem(object, field)).filter((p): p is string => p !== null);
}

export function navigateTo(url: string, replace = false): void {
    window.dispatchEvent(new CustomEvent('previewnavigate', { detail: { url, replace } }));
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// TypeScript requires `any[]` for a mixin constructor (TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

function mixin<T extends Constructor>(Base: T) {
    return class extends Base {
        [Navigate](ref: PageReference, replace?: boolean): void {
            const problems = pageReferenceProblems(ref);
            if (problems.length) {
                console.error(`NavigationMixin.Navigate: ${problems.join('; ')}`);
                window.dispatchEvent(
                    new CustomEvent('lightning__showtoast', {
                        detail: { title: "This page isn't available", message: problems.join(' '), variant: 'error' }
                    })
                );
                return;
            }
            const url = urlFor(ref);
            if (url && /^https?:/.test(url)) window.open(url, '_blank', 'noopener');
            else if (url) navigateTo(url, Boolean(replace));
            else {
                window.dispatchEvent(
                    new CustomEvent('lightning__showtoast', {
                        detail: {
                            title: 'Preview',
                            message: `This page is not part of the offline preview (${ref.type}).`,
                            variant: 'info'
                        }
                    })
                );
            }
        }
        [GenerateUrl](ref: PageReference): Promise<string> {
            const problems = pageReferenceProblems(ref);
            if (problems.length) {
                console.error(`NavigationMixin.GenerateUrl: ${problems.join('; ')}`);
                return Promise.reject(new Error(problems.join(' ')));
            }
            return Promise.resolve(urlFor(ref) ?? '#');
        }
    };
}
export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl });

/** CurrentPageReference: the page the shell is showing, as a page reference. */
export function currentPageReference(): PageReference {
    const [, kind, id] = window.location.pathname.split('/');
    const state = Object.fromEntries(new URLSearchParams(window.location.search));
    if (kind === 'plan')
        return {
            type: 'standard__recordPage',
            attributes: { recordId: id, objectApiName: toOrg('Account_Plan__c'), actionName: 'view' },
            state
        };
    if (kind === 'account')
        return {
            type: 'standard__recordPage',
            attributes: { recordId: id, objectApiName: 'Account', actionName: 'view' },
            state
        };
    if (kind === 'home') return { type: 'standard__navItemPage', attributes: { apiName: 'Planning_Home' }, state };
    if (kind === 'setup')
        return { type: 'standard__navItemPage', attributes: { apiName: 'Account_Planning_Setup' }, state };
    return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state };
}

export class CurrentPageReference {
    private callback: (v: PageReference) => void;
    constructor(callback: (v: PageReference) => void) {
        this.callback = callback;
    }
    update() {
        this.callback(currentPageReference());
    }
    connect() {}
    disconnect() {}
}

export function encodeDefaultFieldValues(values: Record<string, unknown>): string {
    return Object.entries(values)
        .map(([k, v]) => `${k}=${encodeURIComponent(String(v ?? ''))}`)
        .join(',');
}
export function decodeDefaultFieldValues(encoded: string): Record<string, string> {
    return Object.fromEntries(
        String(encoded ?? '')
            .split(',')
            .filter(Boolean)
            .map((pair) => {
                const i = pair.indexOf('=');
                return [pair.slice(0, i), decodeURIComponent(pair.slice(i + 1))];
            })
    );
}
