import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { deleteRecord } from 'lightning/uiRecordApi';
import PlanRecordModal, { type PlanRecordModalOptions } from 'c/planRecordModal';
import { formatLabel, refreshPlan } from 'c/planUtils';
import {
    confirmDelete,
    FocusAfterWrite,
    neighboursOf,
    runWrite,
    toastAndRefresh,
    sectionCard,
    type SectionCardProperties,
    focusSectionAction
} from 'c/planSectionUtils';
import LABEL_TITLE from '@salesforce/label/c.Objectives_Title';
import LABEL_NEW from '@salesforce/label/c.Objectives_New';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Objectives_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.Objectives_Empty';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Objectives_Delete_Confirm';
import LABEL_DELETED from '@salesforce/label/c.Objectives_Deleted';
import LABEL_SAVED from '@salesforce/label/c.Objectives_Saved';
import LABEL_REVIEW_TITLE from '@salesforce/label/c.Objectives_Review_Title';
import LABEL_REVIEWED from '@salesforce/label/c.Objectives_Reviewed';
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

const SECTION = {
    heading: LABEL_TITLE,
    iconName: 'custom:custom18',
    actionLabel: LABEL_NEW,
    emptyMessage: LABEL_EMPTY
};

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
/** The status a new objective starts with. */
const NEW_STATUS = 'Not Started';

type CardElement = HTMLElement & { focusMenu(): boolean };

/**
 * Objectives of an account plan, one c-plan-objective-card each, with their actions (Tasks whose WhatId is the
 * objective). Reads the shared workspace wire; writes through LDS (record modal, deleteRecord).
 */
export default class PlanObjectives extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    /** Load error of the workspace wire: replaces the list. */
    error: unknown;
    /** Error of the last write: shown above the list. */
    writeError: unknown;
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;
    private focus = new FocusAfterWrite();

    labels = {
        title: LABEL_TITLE
    };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredResult(result: WireResult<PlanWorkspace>): void {
        this.wiredWorkspace = result;
        this.workspace = result.data;
        this.error = result.error;
    }

    override renderedCallback(): void {
        this.focus.apply();
    }

    /** What the section card shows: title, add button, loading, errors, a write running, the empty state. */
    get section(): SectionCardProperties {
        return sectionCard(SECTION, this, this.hasObjectives);
    }

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    get canReview(): boolean {
        // Stryker disable next-line OptionalChaining: the template reads it only in the list, inside lwc:if={hasObjectives}, which is false without a workspace
        return this.workspace?.permissions.canReview === true;
    }

    get reviews(): ReviewTimelineRow[] | undefined {
        // Stryker disable next-line OptionalChaining: the template reads it only in the list, inside lwc:if={hasObjectives}, which is false without a workspace
        return this.workspace?.reviews;
    }

    get permissions(): WorkspacePermissions | undefined {
        // Stryker disable next-line OptionalChaining: the template reads it only in the list, inside lwc:if={hasObjectives}, which is false without a workspace
        return this.workspace?.permissions;
    }

    get objectives(): ObjectiveRow[] {
        // Stryker disable next-line ArrayDeclaration: without a workspace the card is loading or in error and renders no slot, so no row shows; empty needs a workspace
        return this.workspace?.objectives ?? [];
    }

    get hasObjectives(): boolean {
        return this.objectives.length > 0;
    }

    async handleNew(): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label: LABEL_NEW,
            size: 'medium',
            objectApiName: OBJECTIVE_OBJECT,
            fields: OBJECTIVE_FIELDS,
            defaultValues: [
                { field: PLAN_FIELD, value: this.recordId },
                { field: STATUS_FIELD, value: NEW_STATUS }
            ]
        });
        await this.afterSave(savedId, LABEL_SAVED);
        this.focus.request(...(savedId ? [() => this.focusCard(savedId)] : []), () => this.focusNew());
    }

    async handleObjectiveAction(event: CustomEvent<{ value: string; recordId: string }>): Promise<void> {
        const objective = this.objectives.find((row) => row.id === event.detail.recordId);
        // Stryker disable next-line ConditionalExpression,BlockStatement: unreachable, a card fires only for its own objective, which is in the list while the card is
        if (!objective) {
            return;
        }
        const action = event.detail.value;
        if (action === 'edit') {
            await this.openExisting(objective, LABEL_EDIT_TITLE, 'medium', OBJECTIVE_FIELDS, LABEL_SAVED);
        } else if (action === 'review') {
            await this.openExisting(objective, LABEL_REVIEW_TITLE, 'small', REVIEW_FIELDS, LABEL_REVIEWED);
        } else if (action === 'delete') {
            await this.remove(objective);
        }
    }

    /** An objective's action was added, completed, edited or deleted. */
    /** A review of an objective was saved on its card: reload the plan (the review toasted already). */
    handlePlanChange(): Promise<void> {
        return refreshPlan(this.recordId, this.wiredWorkspace);
    }

    async handleActionSaved(event: CustomEvent<{ message: string }>): Promise<void> {
        this.writeError = undefined;
        await toastAndRefresh(this, event.detail.message, this.recordId, this.wiredWorkspace);
    }

    private async openExisting(
        objective: ObjectiveRow,
        label: string,
        size: PlanRecordModalOptions['size'],
        fields: typeof OBJECTIVE_FIELDS,
        message: string
    ): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label,
            description: objective.name,
            size,
            objectApiName: OBJECTIVE_OBJECT,
            recordId: objective.id,
            fields
        });
        await this.afterSave(savedId, message);
        this.focus.request(() => this.focusCard(objective.id));
    }

    private async remove(objective: ObjectiveRow): Promise<void> {
        if (!(await confirmDelete(formatLabel(LABEL_DELETE_CONFIRM, objective.name)))) {
            this.focus.request(() => this.focusCard(objective.id));
            return;
        }
        const neighbours = neighboursOf(
            this.objectives.map((row) => row.id),
            objective.id
        );
        const deleted = await runWrite(this, async () => {
            await deleteRecord(objective.id);
            await toastAndRefresh(this, LABEL_DELETED, this.recordId, this.wiredWorkspace);
        });
        this.focus.request(...(deleted ? neighbours : [objective.id]).map((id) => () => this.focusCard(id)), () =>
            this.focusNew()
        );
    }

    private focusCard(id: string): boolean {
        const card = this.template?.querySelector(`c-plan-objective-card[data-id="${id}"]`) as CardElement | null;
        return card?.focusMenu() ?? false;
    }

    private focusNew(): boolean {
        return focusSectionAction(this.template);
    }

    private async afterSave(savedId: string | undefined, message: string): Promise<void> {
        if (!savedId) {
            return;
        }
        this.writeError = undefined;
        await toastAndRefresh(this, message, this.recordId, this.wiredWorkspace);
    }
}
