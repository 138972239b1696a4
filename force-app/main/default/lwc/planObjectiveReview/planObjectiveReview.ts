import { LightningElement, api } from 'lwc';
import PlanReviewModal from 'c/planReviewModal';
import { formatDate, formatLabel, showToast } from 'c/planUtils';
import LABEL_REVIEW from '@salesforce/label/c.Review_Objective_Action';
import LABEL_REVIEW_NAMED from '@salesforce/label/c.Review_Objective_Action_Named';
import LABEL_TITLE from '@salesforce/label/c.Review_Objective_Title';
import LABEL_SUCCESS from '@salesforce/label/c.Review_Success';
import LABEL_OBJECTIVE_SUCCESS from '@salesforce/label/c.Review_Objective_Success';
import LABEL_LAST_REVIEWED from '@salesforce/label/c.Review_Last_Reviewed';
import LABEL_LAST_REVIEWED_BY from '@salesforce/label/c.Review_Last_Reviewed_By';
import LABEL_NEVER from '@salesforce/label/c.Review_Never_Reviewed';
import LABEL_NO_PERMISSION from '@salesforce/label/c.Review_Disabled_No_Permission';

/**
 * For the objective card: "Last reviewed <date> by <name>" and the Review action (comments, a date up to today).
 * The reviewer's name comes from the plan's review history (ObjectiveRow has the date only); an older review
 * outside the history's 50 rows, or a date set by hand, shows the date alone.
 */
export default class PlanObjectiveReview extends LightningElement {
    /** The objective (PlanWorkspace.objectives[i]). */
    @api objective: ObjectiveRow | undefined;
    /** PlanWorkspace.reviews, for the reviewer's name when the objective does not carry it. */
    @api reviews: ReviewTimelineRow[] | undefined;
    /** PlanWorkspace.permissions: canMarkReviewed covers objectives too. */
    @api permissions: WorkspacePermissions | undefined;

    labels = { review: LABEL_REVIEW };

    /** The reviewer's name from the review history: the row of this objective on that day (plan reviews have none). */
    private reviewerInHistory(objective: ObjectiveRow, date: string): string | null | undefined {
        return this.reviews?.find((row) => row.objectiveId === objective.id && row.reviewDate === date)?.reviewerName;
    }

    get lastReviewedText(): string {
        const objective = this.objective;
        if (!objective?.lastReviewedDate) {
            return LABEL_NEVER;
        }
        const date = objective.lastReviewedDate;
        const reviewer = objective.lastReviewedByName || this.reviewerInHistory(objective, date);
        return reviewer
            ? formatLabel(LABEL_LAST_REVIEWED_BY, formatDate(date), reviewer)
            : formatLabel(LABEL_LAST_REVIEWED, formatDate(date));
    }

    get isDisabled(): boolean {
        return !this.permissions?.canMarkReviewed || !this.objective;
    }

    get disabledReason(): string | undefined {
        if (!this.permissions || this.permissions.canMarkReviewed) {
            return undefined;
        }
        return this.permissions.markReviewedDisabledReason || LABEL_NO_PERMISSION;
    }

    get accessibleName(): string {
        return formatLabel(LABEL_REVIEW_NAMED, this.objective?.name ?? '');
    }

    async handleReview(): Promise<void> {
        const objective = this.objective as ObjectiveRow;
        const result = (await PlanReviewModal.open({
            label: formatLabel(LABEL_TITLE, objective.name),
            size: 'small',
            objectiveId: objective.id
        })) as ObjectiveReviewResult | undefined;
        if (result) {
            showToast(
                this,
                LABEL_SUCCESS,
                formatLabel(LABEL_OBJECTIVE_SUCCESS, formatDate(result.reviewDate)),
                'success'
            );
            this.dispatchEvent(new CustomEvent('planchange', { bubbles: true, detail: { objectiveId: objective.id } }));
        }
        // The button is always rendered, and stays in the shadow tree when a reload removes this component.
        (this.template?.querySelector('lightning-button') as unknown as HTMLElement).focus();
    }
}
