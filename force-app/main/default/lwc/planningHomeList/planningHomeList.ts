import { LightningElement, api } from 'lwc';

/** One "label: value" of a row; a value with a record id is a link to that record. */
export interface HomeListDetail {
    key: string;
    label?: string;
    value: string;
    recordId?: string;
    /** 'error' for a date that is already past (the list's title says why, so colour is not the only cue). */
    tone?: 'error';
}

/** A row's button, e.g. "Create plan"; its accessible name names the row ("Create plan for Litware Inc."). */
export interface HomeListAction {
    name: string;
    label: string;
    assistiveLabel: string;
    /** The button's icon; utility:add when not set. */
    iconName?: string;
}

/** One record of a worklist: its name links to the record. */
export interface HomeListRow {
    id: string;
    name: string;
    details: HomeListDetail[];
    /** A second line of figures (target, won, attainment). */
    figures?: HomeListDetail[];
    action?: HomeListAction;
}

interface DetailView extends HomeListDetail {
    prefix: string;
    valueClass: string;
}
interface RowView extends HomeListRow {
    detailViews: DetailView[];
    figureViews: DetailView[];
    actionIconName: string;
}

function detailViews(details: HomeListDetail[] | undefined): DetailView[] {
    // Stryker disable next-line ArrayDeclaration: a row always has details, and its figures are read only under lwc:if={row.figures}
    return (details ?? []).map((detail) => ({
        ...detail,
        prefix: detail.label ? `${detail.label}: ` : '',
        valueClass: detail.tone === 'error' ? 'value slds-text-color_error' : 'value'
    }));
}

/**
 * The list pattern of Planning Home's four worklists: one card, one row layout (name link, details, figures,
 * action), one empty state. Rows wrap inside the card at any width instead of overflowing it.
 * Fires `rowaction` with `{ action, id }` when a row's button is clicked.
 */
export default class PlanningHomeList extends LightningElement {
    /** Card title, e.g. "Plans due for review (3)". */
    @api heading: string | undefined;
    /** Accessible name of the list, e.g. "Plans due for review". */
    @api listLabel: string | undefined;
    @api iconName: string | undefined;
    /** Shown instead of the list when there are no rows. */
    @api emptyMessage: string | undefined;
    @api rows: HomeListRow[] = [];

    get rowViews(): RowView[] {
        return (this.rows ?? []).map((row) => ({
            ...row,
            detailViews: detailViews(row.details),
            figureViews: detailViews(row.figures),
            actionIconName: row.action?.iconName ?? 'utility:add'
        }));
    }

    get hasRows(): boolean {
        return this.rowViews.length > 0;
    }

    /** Puts focus on a row's button (e.g. after a dialog it opened closes). */
    @api
    focusAction(id: string): void {
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: a shadow DOM component always has its template
        const buttons = this.template?.querySelectorAll<HTMLElement>('button.row-action') ?? [];
        Array.from(buttons)
            .find((button) => button.dataset.id === id)
            ?.focus();
    }

    handleAction(event: Event): void {
        const { action, id } = (event.currentTarget as HTMLElement).dataset;
        this.dispatchEvent(new CustomEvent('rowaction', { detail: { action, id } }));
    }
}
