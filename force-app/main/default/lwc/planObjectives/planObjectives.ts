import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { createRecord, deleteRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import { formatDate, formatLabel, formatPercent, showToast, refreshPlan } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Objectives_Title';
import LABEL_NEW from '@salesforce/label/c.Objectives_New';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Objectives_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.Objectives_Empty';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Objectives_Delete_Confirm';
import LABEL_DELETED from '@salesforce/label/c.Objectives_Deleted';
import LABEL_SAVED from '@salesforce/label/c.Objectives_Saved';
import LABEL_OWNER from '@salesforce/label/c.Objectives_Owner';
import LABEL_DUE from '@salesforce/label/c.Objectives_Due';
import LABEL_PROGRESS from '@salesforce/label/c.Objectives_Progress';
import LABEL_OVERDUE from '@salesforce/label/c.Objectives_Overdue';
import LABEL_UNASSIGNED from '@salesforce/label/c.Objectives_Unassigned';
import LABEL_NO_DUE_DATE from '@salesforce/label/c.Objectives_No_Due_Date';
import LABEL_REVIEW_COMMENTS from '@salesforce/label/c.Objectives_Review_Comments';
import LABEL_REVIEW from '@salesforce/label/c.Objectives_Review';
import LABEL_REVIEW_TITLE from '@salesforce/label/c.Objectives_Review_Title';
import LABEL_REVIEWED from '@salesforce/label/c.Objectives_Reviewed';
import LABEL_ACTIONS from '@salesforce/label/c.Objectives_Actions';
import LABEL_SHOW_ACTIONS from '@salesforce/label/c.Objectives_Show_Actions';
import LABEL_NO_ACTIONS from '@salesforce/label/c.Objectives_No_Actions';
import LABEL_NEW_ACTION from '@salesforce/label/c.Objectives_New_Action';
import LABEL_ACTION_SUBJECT from '@salesforce/label/c.Objectives_Action_Subject';
import LABEL_ACTION_DUE from '@salesforce/label/c.Objectives_Action_Due';
import LABEL_ACTION_ADD from '@salesforce/label/c.Objectives_Action_Add';
import LABEL_ACTION_CREATED from '@salesforce/label/c.Objectives_Action_Created';
import LABEL_ACTION_SUBJECT_REQUIRED from '@salesforce/label/c.Objectives_Action_Subject_Required';
import LABEL_ACTION_DONE from '@salesforce/label/c.Objectives_Action_Done';
import LABEL_ACTION_OPEN from '@salesforce/label/c.Objectives_Action_Open';
import LABEL_EDIT from '@salesforce/label/c.Common_Edit';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';
import LABEL_ROW_ACTIONS from '@salesforce/label/c.Common_Row_Actions';
import LABEL_CONFIRM_TITLE from '@salesforce/label/c.Common_Confirm_Delete_Title';
import OBJECTIVE_OBJECT from '@salesforce/schema/Account_Plan_Objective__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Account_Plan__c';
import NAME_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Name';
import CATEGORY_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Category__c';
import STATUS_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Status__c';
import PRIORITY_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Priority__c';
import OWNER_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Objective_Owner__c';
import DUE_DATE_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Due_Date__c';
import TARGET_VALUE_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Target_Value__c';
import CURRENT_VALUE_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Current_Value__c';
import DESCRIPTION_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Description__c';
import OWNER_COMMENTS_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Owner_Comments__c';
import REVIEW_COMMENTS_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Manager_Review_Comments__c';
import LAST_REVIEWED_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Last_Reviewed_Date__c';

const OBJECTIVE_FIELDS = [
    NAME_FIELD,
    CATEGORY_FIELD,
    STATUS_FIELD,
    PRIORITY_FIELD,
    OWNER_FIELD,
    DUE_DATE_FIELD,
    TARGET_VALUE_FIELD,
    CURRENT_VALUE_FIELD,
    DESCRIPTION_FIELD,
    OWNER_COMMENTS_FIELD
];
const REVIEW_FIELDS = [REVIEW_COMMENTS_FIELD, LAST_REVIEWED_FIELD, STATUS_FIELD];

const STATUS_BADGE: Record<string, string> = {
    'On Track': 'slds-theme_success',
    Achieved: 'slds-theme_success',
    'At Risk': 'slds-theme_warning',
    'Off Track': 'slds-theme_error',
    Missed: 'slds-theme_error'
};

type ConfirmApi = { open(options: { message: string; label: string; theme?: string }): Promise<boolean> };
const confirmDialog = LightningConfirm as unknown as ConfirmApi;

interface ActionView extends ActionRow {
    dueLabel: string;
    stateLabel: string;
    itemClass: string;
}

interface ObjectiveView extends ObjectiveRow {
    ownerLabel: string;
    dueLabel: string;
    progressValue: number;
    progressLabel: string;
    badgeClass: string;
    itemClass: string;
    dueClass: string;
    isExpanded: boolean;
    toggleIcon: string;
    actionsLabel: string;
    toggleLabel: string;
    actionsRegionId: string;
    menuLabel: string;
    actionViews: ActionView[];
    hasActions: boolean;
    hasReviewComments: boolean;
    newSubject: string;
    newDate: string;
    showMenu: boolean;
    ariaExpanded: string;
}

/**
 * Objectives of an account plan with their actions (Tasks whose WhatId is the objective).
 * Reads the shared workspace wire; writes through LDS (record modal, createRecord, deleteRecord).
 */
export default class PlanObjectives extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    /** Load error of the workspace wire: replaces the list. */
    error: unknown;
    /** Error of the last write: shown above the list. */
    writeError: unknown;
    expanded: Record<string, boolean> = {};
    newActionSubject: Record<string, string> = {};
    newActionDate: Record<string, string> = {};
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;

    labels = {
        title: LABEL_TITLE,
        newObjective: LABEL_NEW,
        empty: LABEL_EMPTY,
        owner: LABEL_OWNER,
        due: LABEL_DUE,
        progress: LABEL_PROGRESS,
        overdue: LABEL_OVERDUE,
        reviewComments: LABEL_REVIEW_COMMENTS,
        review: LABEL_REVIEW,
        noActions: LABEL_NO_ACTIONS,
        newAction: LABEL_NEW_ACTION,
        actionSubject: LABEL_ACTION_SUBJECT,
        actionDue: LABEL_ACTION_DUE,
        actionAdd: LABEL_ACTION_ADD,
        edit: LABEL_EDIT,
        delete: LABEL_DELETE,
        loading: LABEL_LOADING
    };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredResult(result: WireResult<PlanWorkspace>): void {
        this.wiredWorkspace = result;
        this.workspace = result.data;
        this.error = result.error;
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    get hasError(): boolean {
        return !!this.error;
    }

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    get canReview(): boolean {
        return this.workspace?.permissions.canReview === true;
    }

    get objectives(): ObjectiveView[] {
        return (this.workspace?.objectives ?? []).map((objective) => this.toView(objective));
    }

    get hasObjectives(): boolean {
        return this.objectives.length > 0;
    }

    get showEmpty(): boolean {
        return !!this.workspace && !this.hasObjectives;
    }

    private toView(objective: ObjectiveRow): ObjectiveView {
        const isExpanded = this.expanded[objective.id] === true;
        const actions = objective.actions ?? [];
        const progressValue = Math.max(0, Math.min(100, objective.progressPercent ?? 0));
        return {
            ...objective,
            ownerLabel: objective.ownerName || LABEL_UNASSIGNED,
            dueLabel: objective.dueDate ? formatDate(objective.dueDate) : LABEL_NO_DUE_DATE,
            progressValue,
            progressLabel: formatPercent(objective.progressPercent, 0),
            badgeClass: STATUS_BADGE[objective.status] ?? '',
            itemClass:
                'slds-box slds-box_x-small slds-m-bottom_small objective' +
                (objective.isOverdue ? ' objective_overdue slds-theme_alert-texture' : ''),
            dueClass: objective.isOverdue ? 'slds-text-color_error due-date' : 'due-date',
            isExpanded,
            toggleIcon: isExpanded ? 'utility:chevrondown' : 'utility:chevronright',
            actionsLabel: formatLabel(LABEL_ACTIONS, actions.length),
            toggleLabel: formatLabel(LABEL_SHOW_ACTIONS, objective.name),
            actionsRegionId: 'actions-' + objective.id,
            menuLabel: formatLabel(LABEL_ROW_ACTIONS, objective.name),
            actionViews: actions.map((action) => ({
                ...action,
                dueLabel: formatDate(action.activityDate),
                stateLabel: action.isClosed ? LABEL_ACTION_DONE : LABEL_ACTION_OPEN,
                itemClass: action.isClosed ? 'slds-text-color_weak action action_closed' : 'action'
            })),
            hasActions: actions.length > 0,
            hasReviewComments: !!objective.managerReviewComments,
            newSubject: this.newActionSubject[objective.id] ?? '',
            newDate: this.newActionDate[objective.id] ?? '',
            showMenu: this.canManage || this.canReview,
            ariaExpanded: String(isExpanded)
        };
    }

    // ---------------------------------------------------------------- objectives

    async handleNew(): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label: LABEL_NEW,
            size: 'medium',
            objectApiName: OBJECTIVE_OBJECT,
            fields: OBJECTIVE_FIELDS,
            defaultValues: [
                { field: PLAN_FIELD, value: this.recordId },
                { field: STATUS_FIELD, value: 'Not Started' }
            ]
        });
        await this.afterSave(savedId, LABEL_SAVED);
    }

    async handleRowAction(event: CustomEvent<{ value: string }>): Promise<void> {
        const objectiveId = (event.currentTarget as HTMLElement).dataset.id as string;
        const objective = this.workspace?.objectives.find((row) => row.id === objectiveId);
        if (!objective) {
            return;
        }
        const action = event.detail.value;
        if (action === 'edit') {
            const savedId = await PlanRecordModal.open({
                label: LABEL_EDIT_TITLE,
                size: 'medium',
                objectApiName: OBJECTIVE_OBJECT,
                recordId: objective.id,
                fields: OBJECTIVE_FIELDS
            });
            await this.afterSave(savedId, LABEL_SAVED);
        } else if (action === 'review') {
            const savedId = await PlanRecordModal.open({
                label: LABEL_REVIEW_TITLE,
                size: 'small',
                objectApiName: OBJECTIVE_OBJECT,
                recordId: objective.id,
                fields: REVIEW_FIELDS
            });
            await this.afterSave(savedId, LABEL_REVIEWED);
        } else if (action === 'delete') {
            await this.deleteObjective(objective);
        }
    }

    private async deleteObjective(objective: ObjectiveRow): Promise<void> {
        const confirmed = await confirmDialog.open({
            label: LABEL_CONFIRM_TITLE,
            message: formatLabel(LABEL_DELETE_CONFIRM, objective.name),
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        this.isWorking = true;
        this.writeError = undefined;
        try {
            await deleteRecord(objective.id);
            showToast(this, LABEL_SUCCESS, LABEL_DELETED, 'success');
            await this.refresh();
        } catch (error) {
            this.writeError = error;
        } finally {
            this.isWorking = false;
        }
    }

    // ---------------------------------------------------------------- actions (Tasks)

    handleToggle(event: Event): void {
        const objectiveId = (event.currentTarget as HTMLElement).dataset.id as string;
        this.expanded = { ...this.expanded, [objectiveId]: !this.expanded[objectiveId] };
    }

    handleSubjectChange(event: CustomEvent<{ value: string }>): void {
        const objectiveId = (event.target as HTMLElement).dataset.id as string;
        this.newActionSubject = { ...this.newActionSubject, [objectiveId]: event.detail.value };
    }

    handleDateChange(event: CustomEvent<{ value: string }>): void {
        const objectiveId = (event.target as HTMLElement).dataset.id as string;
        this.newActionDate = { ...this.newActionDate, [objectiveId]: event.detail.value };
    }

    async handleAddAction(event: Event): Promise<void> {
        const objectiveId = (event.currentTarget as HTMLElement).dataset.id as string;
        const subject = (this.newActionSubject[objectiveId] ?? '').trim();
        const input = this.template?.querySelector(
            `lightning-input.action-subject[data-id="${objectiveId}"]`
        ) as unknown as { setCustomValidity(message: string): void; reportValidity(): boolean } | null;
        if (!subject) {
            input?.setCustomValidity(LABEL_ACTION_SUBJECT_REQUIRED);
            input?.reportValidity();
            return;
        }
        input?.setCustomValidity('');
        this.isWorking = true;
        this.writeError = undefined;
        try {
            await createRecord({
                apiName: 'Task',
                fields: {
                    Subject: subject,
                    WhatId: objectiveId,
                    ActivityDate: this.newActionDate[objectiveId] || null,
                    Status: 'Not Started'
                }
            });
            this.newActionSubject = { ...this.newActionSubject, [objectiveId]: '' };
            this.newActionDate = { ...this.newActionDate, [objectiveId]: '' };
            showToast(this, LABEL_SUCCESS, LABEL_ACTION_CREATED, 'success');
            await this.refresh();
        } catch (error) {
            this.writeError = error;
        } finally {
            this.isWorking = false;
        }
    }

    // ---------------------------------------------------------------- shared

    private async afterSave(savedId: string | undefined, message: string): Promise<void> {
        if (!savedId) {
            return;
        }
        this.writeError = undefined;
        showToast(this, LABEL_SUCCESS, message, 'success');
        await this.refresh();
    }

    private async refresh(): Promise<void> {
        await refreshPlan(this.recordId, this.wiredWorkspace);
    }
}
