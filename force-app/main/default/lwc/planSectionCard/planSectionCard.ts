import { LightningElement, api } from 'lwc';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';

/**
 * The card every child tab of the plan workspace sits in: title and icon, the section's one add button (in the
 * header, and again in the empty state), and the states a list goes through. While loading: a spinner only.
 * Load error: the error panel only. Loaded: the last write's error above the content, a spinner over it while a
 * write runs, the empty state when there is nothing to list, and the list itself (the default slot).
 *   <c-plan-section-card heading={labels.title} icon-name="standard:contact" action-label={labels.add}
 *       can-act={canManage} loading={isLoading} error={error} write-error={writeError} working={isWorking}
 *       empty={showEmpty} empty-message={labels.empty} onaction={handleAdd}>
 *       ...the list...
 *   </c-plan-section-card>
 */
export default class PlanSectionCard extends LightningElement {
    @api heading: string | undefined;
    @api iconName: string | undefined;
    /** The add button's label ("New Objective"); it fires `action`. */
    @api actionLabel: string | undefined;
    /** Whether the user may add (shows the add buttons). */
    @api canAct = false;
    @api loading = false;
    /** The error that kept the section from loading: shown instead of everything else. */
    @api error: unknown;
    /** The error of the last write: shown above the list, which stays. */
    @api writeError: unknown;
    @api working = false;
    @api empty = false;
    @api emptyMessage: string | undefined;

    labels = { loading: LABEL_LOADING };

    /** Which add button fired last ('section-action' in the header, 'empty-action' in the empty state). */
    private lastUsed = 'section-action';

    get showAction(): boolean {
        return this.canAct && !!this.actionLabel;
    }

    get showContent(): boolean {
        return !this.loading && !this.error;
    }

    handleAction(event: Event): void {
        this.lastUsed = (event.currentTarget as HTMLElement).classList.contains('empty-action')
            ? 'empty-action'
            : 'section-action';
        this.dispatchEvent(new CustomEvent('action'));
    }

    /**
     * Focus back on the add button that was used last (the one that opened a dialog), else the header's, e.g.
     * when the empty state has gone with its button. Says whether there was a button to focus. (The empty state's
     * button is never the fallback: it shows only where the header's does.)
     */
    @api focusAction(): boolean {
        const button = (this.template?.querySelector(`lightning-button.${this.lastUsed}`) ??
            this.template?.querySelector('lightning-button.section-action')) as unknown as HTMLElement | null;
        button?.focus();
        return !!button;
    }
}
