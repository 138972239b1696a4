import { LightningElement, api } from 'lwc';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';

/**
 * The frame of a Setup page settings card: title and icon, a description, why the user can only read it, the last
 * save's error, a spinner while saving and the Save button in the footer (fires `save`; the card decides nothing
 * else). The form itself is the default slot, so the parent still finds its inputs for validation.
 *   <c-planning-setup-card heading={labels.title} icon-name="standard:record" description={labels.intro}
 *       save-label={labels.save} can-manage={canManage} saving={isSaving} save-disabled={isPristine}
 *       error={error} onsave={handleSave}>
 *       ...the inputs...
 *   </c-planning-setup-card>
 * Without `save-label` there is no Save button (a card whose action is not a save, e.g. carry forward's Start).
 */
export default class PlanningSetupCard extends LightningElement {
    @api heading: string | undefined;
    @api iconName: string | undefined;
    /** The paragraph under the title that says what the settings do. */
    @api description: string | undefined;
    @api saveLabel: string | undefined;
    /** The Save button's class, which tests and the e2e find it by. */
    @api saveClass = 'save';
    @api saveTestId: string | undefined;
    /** True when the user has Manage Account Planning; without it the card is read only. */
    @api canManage = false;
    /** Shown when the user cannot manage (the page's banner says it already where this is not given). */
    @api readOnlyReason: string | undefined;
    /** Another reason Save is off for now: nothing changed yet, or another action of the page is running. */
    @api saveDisabled = false;
    /** The last save's error (raw Apex/JS error, for c-error-panel). */
    @api error: unknown;

    labels = { loading: LABEL_LOADING };

    private isSaving = false;
    private restoreFocus = false;

    /** Save is disabled while saving, which drops the focus: it comes back to Save once the save is over. */
    @api
    get saving(): boolean {
        return this.isSaving;
    }
    set saving(value: boolean) {
        this.restoreFocus = this.restoreFocus || (this.isSaving && !value);
        this.isSaving = value;
    }

    get showReadOnlyReason(): boolean {
        return !this.canManage && !!this.readOnlyReason;
    }

    get isSaveDisabled(): boolean {
        return !this.canManage || this.isSaving || this.saveDisabled;
    }

    override renderedCallback(): void {
        if (this.restoreFocus) {
            this.restoreFocus = false;
            (this.template?.querySelector('lightning-button') as unknown as HTMLElement | null)?.focus();
        }
    }

    handleSave(): void {
        this.dispatchEvent(new CustomEvent('save'));
    }
}
