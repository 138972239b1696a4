/**
 * Shared helpers for the LWC Jest tests (force-app/**\/lwc/**\/__tests__). Lives outside force-app, so it is
 * never built or deployed; tests import it by relative path.
 * jest.mock(...) calls stay in each test file: Jest hoists them per file.
 */
import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import { assertPlatformAccepted, ns } from './platform/org';

/** The simulated org's name of a source API name: `sap__Account_Plan__c` in the namespaced run (npm run test:unit:ns). */
export { ns };

/** A wire adapter mock from createApexTestWireAdapter / createLdsTestWireAdapter. */
export type WireAdapterMock = { emit(value: unknown): void; error(body?: unknown): void };

/** The permissions of a user who can read the plan but neither edit, review nor manage its children. */
export const READ_ONLY_PERMISSIONS = { canEditPlan: false, canReview: false, canManageChildren: false };

type ComponentClass = Parameters<typeof createElement>[1]['is'];

/** Enough microtask turns for the mocked promise chains (modal -> toast -> notify -> refreshApex -> render). */
export function flush(): Promise<void> {
    return Array.from({ length: 20 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

/** Creates the component, sets its public properties and appends it to the document. */
export function mount(tag: string, component: ComponentClass, properties: Record<string, unknown> = {}): HTMLElement {
    const element = createElement(tag, { is: component });
    Object.assign(element, properties);
    document.body.appendChild(element);
    return element;
}

/** The first match in the element's shadow root (any: tests read the stubs' public properties). */
export function $(element: HTMLElement, selector: string): any {
    return element.shadowRoot!.querySelector(selector);
}

/** Every match in the element's shadow root. */
export function $$(element: HTMLElement, selector: string): any[] {
    return Array.from(element.shadowRoot!.querySelectorAll(selector));
}

/**
 * afterEach: fails the test if a component used a name the simulated org does not know (checked before the mocks
 * forget their calls), then removes every mounted component and clears all mocks.
 */
export function resetDom(): void {
    try {
        assertPlatformAccepted();
    } finally {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    }
}

/** A page reference a component navigated to. */
export interface PageReference {
    type: string;
    attributes: Record<string, unknown>;
    state?: Record<string, unknown>;
}

/** Every page reference the components navigated to in this test, oldest first (lightning/navigation stub). */
export function navigations(): PageReference[] {
    return (navigation as unknown as { navigate: jest.Mock }).navigate.mock.calls.map(
        (call) => call[0] as PageReference
    );
}

/** Records the lightning__showtoast events the element dispatches. */
export function captureToasts(element: HTMLElement): jest.Mock {
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    return toast;
}

/** Chooses an item of the first row menu (lightning-button-menu), as a user would. */
export function selectRowAction(element: HTMLElement, value: string): void {
    $(element, 'lightning-button-menu').dispatchEvent(new CustomEvent('select', { detail: { value } }));
}

/** A copy of the fixture whose user can only read the plan. */
export function readOnly<T extends object>(fixture: T): T & { permissions: typeof READ_ONLY_PERMISSIONS } {
    return { ...fixture, permissions: { ...READ_ONLY_PERMISSIONS } };
}

/** The typed wire adapter behind a mocked wired Apex method or LDS adapter. */
export function wireAdapter(adapter: unknown): WireAdapterMock {
    return adapter as WireAdapterMock;
}

/** The jest.fn() behind a mocked imperative Apex method or function. */
export function mockOf(fn: unknown): jest.Mock {
    return fn as jest.Mock;
}

/** The open() mock of a mocked LightningModal / LightningConfirm default export. */
export function openMock(modal: unknown): jest.Mock {
    return (modal as { open: jest.Mock }).open;
}
