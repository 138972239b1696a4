/**
 * Helpers for the tests of the workspace's child tabs, which sit in c-plan-section-card and put a
 * c-plan-row-actions menu on each row. The card's own parts (spinner, empty state, add buttons, error panels)
 * live in its shadow tree, the rows in the tab's.
 */
import { $ } from './testUtils';

/** The first match inside the tab's section card. */
export function inCard(element: HTMLElement, selector: string): any {
    const card = $(element, 'c-plan-section-card');
    return card ? card.shadowRoot.querySelector(selector) : null;
}

/** What the card shows as the empty state, or null when it shows none. */
export function emptyStateText(element: HTMLElement): string | null {
    return inCard(element, '.empty-state .empty-message')?.textContent ?? null;
}

/** The header's add button ("New Objective", "Assign Partner"...), or null. */
export function addButton(element: HTMLElement): any {
    return inCard(element, 'lightning-button.section-action');
}

/** Whether any spinner (loading, or a write running) is on screen. */
export function hasSpinner(element: HTMLElement): boolean {
    return !!inCard(element, 'lightning-spinner');
}

/** The menu of the row with this record id. */
export function rowMenu(element: HTMLElement, recordId: string): any {
    return $(element, `c-plan-row-actions[data-id="${recordId}"]`);
}

/** Chooses an item of a row's menu, as a user would. */
export function chooseRowAction(element: HTMLElement, recordId: string, value: string): void {
    const menu = rowMenu(element, recordId);
    if (!menu) {
        throw new Error(`no row menu for ${recordId}`);
    }
    menu.shadowRoot
        .querySelector('lightning-button-menu')
        .dispatchEvent(new CustomEvent('select', { detail: { value } }));
}

/** Replaces the element's focus() with a mock, to see where focus goes. */
export function spyFocus<T extends { focus: unknown }>(target: T): jest.Mock {
    const spy = jest.fn();
    Object.defineProperty(target, 'focus', { value: spy, configurable: true });
    return spy;
}
