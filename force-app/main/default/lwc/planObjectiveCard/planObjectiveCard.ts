import { LightningElement, api } from 'lwc';
import type { RowActionItem } from 'c/planRowActions';
import { formatDate, formatLabel, formatPercent } from 'c/planUtils';
import { focusOn } from 'c/planSectionUtils';
import LABEL_OWNER from '@salesforce/label/c.Objectives_Owner';
import LABEL_DUE from '@salesforce/label/c.Objectives_Due';
import LABEL_CATEGORY from '@salesforce/label/c.Objectives_Category';
import LABEL_PRIORITY from '@salesforce/label/c.Objectives_Priority';
import LABEL_PROGRESS from '@salesforce/label/c.Objectives_Progress';
import LABEL_OVERDUE from '@salesforce/label/c.Objectives_Overdue';
import LABEL_UNASSIGNED from '@salesforce/label/c.Objectives_Unassigned';
import LABEL_NO_DUE_DATE from '@salesforce/label/c.Objectives_No_Due_Date';
import LABEL_REVIEW_COMMENTS from '@salesforce/label/c.Objectives_Review_Comments';
import LABEL_REVIEW from '@salesforce/label/c.Objectives_Review';
import LABEL_ACTIONS from '@salesforce/label/c.Objectives_Actions';
import LABEL_SHOW_ACTIONS from '@salesforce/label/c.Objectives_Show_Actions';
import LABEL_NOT_SET from '@salesforce/label/c.Common_Not_Set';
import LABEL_EDIT from '@salesforce/label/c.Common_Edit';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';

const STATUS_BADGE: Record<string, string> = {
    'On Track': 'slds-theme_success',
    Achieved: 'slds-theme_success',
    'At Risk': 'slds-theme_warning',
    'Off Track': 'slds-theme_error',
    Missed: 'slds-theme_error'
};

/**
 * One objective of the plan: name, status, the facts (category, priority, owner, due date), progress, the
 * manager's review, and its actions behind a toggle. Each part is its own block of the template, so more facts
 * (the last review) or parts slot in without touching the others. Fires `objectiveaction` with
 * { value: 'edit' | 'review' | 'delete', recordId } from its menu and re-fires its actions' `saved`.
 */
export default class PlanObjectiveCard extends LightningElement {
    @api objective: ObjectiveRow | undefined;
    @api canManage = false;
    @api canReview = false;
    /** The plan's review timeline and permissions, for the last review line and the Review action (planObjectiveReview). */
    @api reviews: ReviewTimelineRow[] | undefined;
    @api permissions: WorkspacePermissions | undefined;

    isExpanded = false;

    labels = {
        owner: LABEL_OWNER,
        due: LABEL_DUE,
        category: LABEL_CATEGORY,
        priority: LABEL_PRIORITY,
        progress: LABEL_PROGRESS,
        overdue: LABEL_OVERDUE,
        reviewComments: LABEL_REVIEW_COMMENTS
    };

    private get row(): ObjectiveRow {
        return this.objective as ObjectiveRow;
    }

    get hasObjective(): boolean {
        return !!this.objective;
    }

    get itemClass(): string {
        return (
            'slds-box slds-box_x-small slds-m-bottom_small objective' +
            (this.row.isOverdue ? ' objective_overdue slds-theme_alert-texture' : '')
        );
    }

    get badgeClass(): string {
        return STATUS_BADGE[this.row.status] ?? '';
    }

    get categoryLabel(): string {
        return this.row.category || LABEL_NOT_SET;
    }

    get priorityLabel(): string {
        return this.row.priority || LABEL_NOT_SET;
    }

    get ownerLabel(): string {
        return this.row.ownerName || LABEL_UNASSIGNED;
    }

    get dueLabel(): string {
        return this.row.dueDate ? formatDate(this.row.dueDate) : LABEL_NO_DUE_DATE;
    }

    get dueClass(): string {
        return this.row.isOverdue ? 'slds-text-color_error due-date' : 'due-date';
    }

    get progressValue(): number {
        return Math.max(0, Math.min(100, this.row.progressPercent ?? 0));
    }

    get progressLabel(): string {
        return formatPercent(this.row.progressPercent, 0);
    }

    get actions(): ActionRow[] {
        return this.row.actions ?? [];
    }

    get actionsLabel(): string {
        return formatLabel(LABEL_ACTIONS, this.actions.length);
    }

    get toggleLabel(): string {
        return formatLabel(LABEL_SHOW_ACTIONS, this.row.name);
    }

    get toggleIcon(): string {
        return this.isExpanded ? 'utility:chevrondown' : 'utility:chevronright';
    }

    get ariaExpanded(): string {
        return String(this.isExpanded);
    }

    get actionsRegionId(): string {
        return 'actions-' + this.row.id;
    }

    get showMenu(): boolean {
        return this.canManage || this.canReview;
    }

    /** Edit and Delete for those who manage the plan, Review for reviewers, in that order. */
    get menuItems(): RowActionItem[] {
        return [
            ...(this.canManage ? [{ value: 'edit', label: LABEL_EDIT }] : []),
            ...(this.canReview ? [{ value: 'review', label: LABEL_REVIEW }] : []),
            ...(this.canManage ? [{ value: 'delete', label: LABEL_DELETE }] : [])
        ];
    }

    handleToggle(): void {
        this.isExpanded = !this.isExpanded;
    }

    handleRowAction(event: CustomEvent<{ value: string; recordId: string }>): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('objectiveaction', { detail: { ...event.detail } }));
    }

    /** An objective review was saved (it toasted itself): the tab refreshes the plan. */
    handleReviewed(event: Event): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('planchange'));
    }

    handleSaved(event: CustomEvent<{ message: string }>): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('saved', { detail: { ...event.detail } }));
    }

    /** Focus on the card's menu, e.g. after the dialog it opened has closed; false when it has none. */
    @api focusMenu(): boolean {
        return focusOn(this.template!.querySelector('c-plan-row-actions'));
    }
}
