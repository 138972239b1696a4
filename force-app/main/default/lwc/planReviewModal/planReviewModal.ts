import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import markPlansReviewed from '@salesforce/apex/PlanReviewController.markPlansReviewed';
import markObjectiveReviewed from '@salesforce/apex/PlanReviewController.markObjectiveReviewed';
import { formatLabel, todayIso } from 'c/planUtils';
import LABEL_CANCEL from '@salesforce/label/c.Modal_Cancel';
import LABEL_SAVING from '@salesforce/label/c.Modal_Saving';
import LABEL_MARK_REVIEWED from '@salesforce/label/c.Review_Mark_Reviewed';
import LABEL_OBJECTIVE_ACTION from '@salesforce/label/c.Review_Objective_Action';
import LABEL_COMMENTS from '@salesforce/label/c.Review_Comments';
import LABEL_COMMENTS_HELP from '@salesforce/label/c.Review_Comments_Help';
import LABEL_DATE from '@salesforce/label/c.Review_Date';
import LABEL_DATE_FUTURE from '@salesforce/label/c.Review_Date_Future';
import LABEL_INTRO from '@salesforce/label/c.Review_Modal_Intro';
import LABEL_INTRO_MANY from '@salesforce/label/c.Review_Modal_Intro_Many';
import LABEL_OBJECTIVE_INTRO from '@salesforce/label/c.Review_Objective_Intro';

/** PlanReviewService.MAX_COMMENT_LENGTH (the length of Account_Plan_Review__c.Comments__c). */
export const MAX_COMMENT_LENGTH = 32768;

/** What callers pass to PlanReviewModal.open(): plans to mark reviewed, or one objective to review. */
export interface PlanReviewModalOptions {
    /** Header text and accessible name of the dialog. */
    label: string;
    size?: 'small' | 'medium' | 'large';
    /** Mark these plans reviewed (Planning Home may pass several). */
    planIds?: string[];
    /** Review this objective instead (with a date capped at today). */
    objectiveId?: string;
}

/** Resolves with what was saved, or undefined when the user cancels. */
export type PlanReviewModalResult = PlanReviewResult[] | ObjectiveReviewResult | undefined;

interface ValidatableInput {
    reportValidity(): boolean;
}

/**
 * The confirm dialog of Mark reviewed (plans) and Review (objective): optional comments, for an objective a date
 * up to today, then one server call. Refusals (no permission, no access, too long) stay in the dialog, in the
 * shared error panel, so the user can fix the comments or cancel.
 */
export default class PlanReviewModal extends LightningModal {
    declare static open: (options: PlanReviewModalOptions) => Promise<PlanReviewModalResult>;

    @api planIds: string[] | undefined;
    @api objectiveId: string | undefined;

    comments = '';
    reviewDate = todayIso();
    today = todayIso();
    isSaving = false;
    error: unknown;

    labels = {
        cancel: LABEL_CANCEL,
        saving: LABEL_SAVING,
        comments: LABEL_COMMENTS,
        commentsHelp: LABEL_COMMENTS_HELP,
        date: LABEL_DATE,
        dateFuture: LABEL_DATE_FUTURE
    };

    maxCommentLength = MAX_COMMENT_LENGTH;

    get isObjective(): boolean {
        return !!this.objectiveId;
    }

    get intro(): string {
        if (this.isObjective) {
            return LABEL_OBJECTIVE_INTRO;
        }
        // Without an objective the dialog marks plans: every caller then passes planIds (PlanReviewAction).
        const count = (this.planIds as string[]).length;
        return count > 1 ? formatLabel(LABEL_INTRO_MANY, count) : LABEL_INTRO;
    }

    get confirmLabel(): string {
        return this.isObjective ? LABEL_OBJECTIVE_ACTION : LABEL_MARK_REVIEWED;
    }

    handleCommentsChange(event: CustomEvent<{ value: string }>): void {
        this.comments = event.detail.value ?? '';
    }

    handleDateChange(event: CustomEvent<{ value: string }>): void {
        this.reviewDate = event.detail.value ?? '';
    }

    handleCancel(): void {
        void this.close(undefined);
    }

    async handleConfirm(): Promise<void> {
        if (this.isSaving || !this.inputsAreValid()) {
            return;
        }
        this.isSaving = true;
        this.disableClose = true;
        this.error = undefined;
        const comments = this.comments.trim() ? this.comments : null;
        try {
            const result = this.isObjective
                ? await markObjectiveReviewed({
                      objectiveId: this.objectiveId as string,
                      comments,
                      reviewDate: this.reviewDate || null
                  })
                : await markPlansReviewed({ planIds: [...(this.planIds as string[])], comments });
            this.disableClose = false;
            void this.close(result);
        } catch (error) {
            this.error = error;
            this.isSaving = false;
            this.disableClose = false;
        }
    }

    /** Each input runs its own checks (length, date range) and shows its message; one that answers nothing passes. */
    private inputsAreValid(): boolean {
        const inputs = Array.from(
            this.template?.querySelectorAll('lightning-textarea, lightning-input') ?? []
        ) as unknown as ValidatableInput[];
        return inputs.reduce((valid, input) => input.reportValidity() !== false && valid, true);
    }
}
