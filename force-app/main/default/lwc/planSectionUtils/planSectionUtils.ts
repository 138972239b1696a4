/**
 * What the workspace's child tabs (objectives, stakeholders, partners, white space) and the heat map share beyond
 * their card (c/planSectionCard): the delete confirmation, where focus goes after a write, and the width they
 * have. A library: a UI component may export nothing but its class (LWC guide, "Component JavaScript File"), so
 * the shared functions live here (LWC guide, "Share JavaScript Code": import them with `c/planSectionUtils`).
 */
import PlanConfirmDialog from 'c/planConfirmDialog';
import { refreshPlan, showToast } from 'c/planUtils';
import LABEL_CONFIRM_TITLE from '@salesforce/label/c.Common_Confirm_Delete_Title';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';

/** Asks before a delete, naming what goes (c-plan-confirm-dialog); true when the user confirmed. */
export async function confirmDelete(message: string): Promise<boolean> {
    const answer = await PlanConfirmDialog.open({
        label: LABEL_CONFIRM_TITLE,
        message,
        confirmLabel: LABEL_DELETE,
        confirmVariant: 'destructive',
        size: 'small'
    });
    return answer === true;
}

/** The state a write shows in the section card: a spinner while it runs, its error after it failed. */
export interface WriteState {
    isWorking: boolean;
    writeError: unknown;
}

/**
 * Runs a write (a delete, a status change) with the section's spinner; a failure is kept in `writeError` for the
 * error panel above the list. Resolves true when the write succeeded.
 */
export async function runWrite(state: WriteState, write: () => Promise<unknown>): Promise<boolean> {
    state.isWorking = true;
    state.writeError = undefined;
    try {
        await write();
        return true;
    } catch (error) {
        state.writeError = error;
        return false;
    } finally {
        state.isWorking = false;
    }
}

/**
 * After a successful write: the success toast, then the plan and the workspace wire refreshed (refreshPlan), so
 * the list shows what was saved.
 */
export async function toastAndRefresh(
    component: EventTarget,
    message: string,
    planId: string | undefined,
    wiredWorkspace: unknown
): Promise<void> {
    showToast(component, LABEL_SUCCESS, message, 'success');
    await refreshPlan(planId, wiredWorkspace);
}

/** The rows that take focus after one is deleted, in order of preference: the next one, else the previous one. */
export function neighboursOf(ids: string[], id: string): string[] {
    const index = ids.indexOf(id);
    return index < 0 ? [] : [ids[index + 1], ids[index - 1]].filter((neighbour) => neighbour !== undefined);
}

/** Something that can take focus: an element, a base component or one of ours. */
interface Focusable {
    focus(): void;
}

/** Focuses the element when there is one; says whether it did. */
export function focusOn(element: unknown): boolean {
    const target = element as Focusable | null | undefined;
    if (!target || typeof target.focus !== 'function') {
        return false;
    }
    target.focus();
    return true;
}

/**
 * Where focus goes after a save or a delete, when the element that had it (a menu item, a dialog button) is gone:
 * the first target that exists, in order of preference (the row that was edited, the next row, the section's
 * button). A target that does not exist yet is tried again after the next render (call `apply()` from
 * renderedCallback), because the list re-renders after the refresh.
 */
export class FocusAfterWrite {
    private targets: (() => boolean)[] = [];

    /** Each target focuses its element and returns true, or returns false when the element is not there. */
    request(...targets: (() => boolean)[]): void {
        this.targets = targets;
        this.apply();
    }

    apply(): void {
        if (this.targets.some((target) => target())) {
            this.targets = [];
        }
    }
}

/**
 * Calls back with the element's width whenever it changes (ResizeObserver), so a grid can become a list where it
 * would not fit: at 390 px and in the record page's main column beside the activity panel, which media queries on
 * the window cannot tell apart. A hidden element (an inactive tab) measures 0 and is not reported. Returns the
 * function that stops observing. Without ResizeObserver, nothing is reported and the caller keeps its default.
 */
export function observeWidth(element: Element, onWidth: (width: number) => void): () => void {
    if (typeof ResizeObserver === 'undefined') {
        return () => undefined;
    }
    const observer = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1].contentRect.width;
        if (width > 0) {
            onWidth(width);
        }
    });
    observer.observe(element);
    return () => observer.disconnect();
}

/** Pixels of one rem: grids state their minimum widths in rem, as SLDS sizes are. */
export const REM = 16;

/** What a tab says on its section card: its title, icon, add button and empty state. */
export interface SectionTexts {
    heading: string;
    iconName: string;
    actionLabel: string;
    emptyMessage: string;
}

/** The state of a tab that reads the workspace wire and writes its rows. */
export interface SectionTab {
    workspace: unknown;
    error: unknown;
    writeError: unknown;
    isWorking: boolean;
    canManage: boolean;
}

/** The public properties of c-plan-section-card. */
export interface SectionCardProperties extends SectionTexts {
    canAct: boolean;
    loading: boolean;
    error: unknown;
    writeError: unknown;
    working: boolean;
    empty: boolean;
}

/**
 * Everything c-plan-section-card shows for a tab, for the tab to spread onto it (LWC guide, "Spread Properties on
 * Child Components"): `<c-plan-section-card lwc:spread={section} onaction={handleAdd}>`. Loading until the
 * workspace or its error arrives; empty once loaded without rows.
 */
export function sectionCard(texts: SectionTexts, tab: SectionTab, hasRows: boolean): SectionCardProperties {
    return {
        ...texts,
        canAct: tab.canManage,
        loading: !tab.workspace && !tab.error,
        error: tab.error,
        writeError: tab.writeError,
        working: tab.isWorking,
        empty: !!tab.workspace && !hasRows
    };
}

/** Focus on the menu of a row (`<c-plan-row-actions data-id={row.id}>`) in the tab's template. */
export function focusRowMenu(root: ParentNode | null | undefined, id: string): boolean {
    return focusOn(root?.querySelector(`c-plan-row-actions[data-id="${id}"]`));
}

/** Focus on the add button of the tab's section card (the one last used); false when there is none. */
export function focusSectionAction(root: ParentNode | null | undefined): boolean {
    const card = root?.querySelector('c-plan-section-card') as unknown as { focusAction(): boolean } | null;
    return card?.focusAction() ?? false;
}
