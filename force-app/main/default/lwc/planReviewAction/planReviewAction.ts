import { LightningElement, api } from 'lwc';
import PlanReviewModal from 'c/planReviewModal';
import { formatDate, formatLabel, showToast } from 'c/planUtils';
import HAS_REVIEW_PERMISSION from '@salesforce/customPermission/Review_Account_Plans';
import LABEL_MARK_REVIEWED from '@salesforce/label/c.Review_Mark_Reviewed';
import LABEL_ACTION_NAMED from '@salesforce/label/c.Review_Action_Named';
import LABEL_MODAL_TITLE from '@salesforce/label/c.Review_Modal_Title';
import LABEL_SUCCESS from '@salesforce/label/c.Review_Success';
import LABEL_SUCCESS_NEXT from '@salesforce/label/c.Review_Success_Next';
import LABEL_SUCCESS_MANY from '@salesforce/label/c.Review_Success_Many';
import LABEL_NO_PERMISSION from '@salesforce/label/c.Review_Disabled_No_Permission';

/**
 * "Mark reviewed": on the plan page (planId + the workspace's permissions) or on a Planning Home row (planIds).
 * Opens the confirm dialog, then toasts and fires `planchange` so the container reloads the plan or the list.
 * Disabled, with the reason as visible text, for users who may not review (a disabled button cannot be focused,
 * so a tooltip alone would hide the reason from keyboard users).
 */
export default class PlanReviewAction extends LightningElement {
    /** The plan of the plan page. */
    @api planId: string | undefined;
    /** Several plans at once (Planning Home); wins over planId when set. */
    @api planIds: string[] | undefined;
    /** The plan's name, for the dialog title and the button's accessible name. */
    @api planName: string | undefined;
    /** The workspace's permissions; without them (Planning Home) the Review Account Plans permission decides. */
    @api permissions: WorkspacePermissions | undefined;
    /** lightning-button variant: 'brand' on the plan page, 'neutral' in lists. */
    @api variant = 'neutral';

    labels = { markReviewed: LABEL_MARK_REVIEWED };

    private get ids(): string[] {
        if (this.planIds && this.planIds.length > 0) {
            return [...this.planIds];
        }
        return this.planId ? [this.planId] : [];
    }

    get isAllowed(): boolean {
        return this.permissions ? this.permissions.canMarkReviewed : !!HAS_REVIEW_PERMISSION;
    }

    get isDisabled(): boolean {
        return !this.isAllowed || this.ids.length === 0;
    }

    /** The server's translated reason, or ours when only the custom permission is known. */
    get disabledReason(): string | undefined {
        if (this.isAllowed) {
            return undefined;
        }
        return this.permissions?.markReviewedDisabledReason || LABEL_NO_PERMISSION;
    }

    get accessibleName(): string {
        return this.planName ? formatLabel(LABEL_ACTION_NAMED, this.planName) : LABEL_MARK_REVIEWED;
    }

    async handleClick(): Promise<void> {
        const planIds = this.ids;
        const results = (await PlanReviewModal.open({
            label: this.planName ? formatLabel(LABEL_MODAL_TITLE, this.planName) : LABEL_MARK_REVIEWED,
            size: 'small',
            planIds
        })) as PlanReviewResult[] | undefined;
        if (!results) {
            this.focusButton();
            return;
        }
        const message =
            results.length === 1
                ? formatLabel(LABEL_SUCCESS_NEXT, formatDate(results[0].nextReviewDate))
                : formatLabel(LABEL_SUCCESS_MANY, results.length);
        showToast(this, LABEL_SUCCESS, message, 'success');
        this.dispatchEvent(new CustomEvent('planchange', { bubbles: true, detail: { planIds, reviewed: results } }));
        this.focusButton();
    }

    private focusButton(): void {
        // The button is always rendered, and stays in the shadow tree when a reload removes this component.
        (this.template?.querySelector('lightning-button') as unknown as HTMLElement).focus();
    }
}
