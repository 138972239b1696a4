import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import PlanRecordModal from 'c/planRecordModal';
import { formatDate, formatLabel } from 'c/planUtils';
import { confirmDelete, FocusAfterWrite, focusOn, neighboursOf, focusRowMenu } from 'c/planSectionUtils';
import LABEL_NO_ACTIONS from '@salesforce/label/c.Objectives_No_Actions';
import LABEL_ACTION_SUBJECT from '@salesforce/label/c.Objectives_Action_Subject';
import LABEL_ACTION_DUE from '@salesforce/label/c.Objectives_Action_Due';
import LABEL_ACTION_ADD from '@salesforce/label/c.Objectives_Action_Add';
import LABEL_ACTION_CREATED from '@salesforce/label/c.Objectives_Action_Created';
import LABEL_ACTION_SUBJECT_REQUIRED from '@salesforce/label/c.Objectives_Action_Subject_Required';
import LABEL_ACTION_COMPLETE from '@salesforce/label/c.Objectives_Action_Complete';
import LABEL_ACTION_COMPLETED from '@salesforce/label/c.Objectives_Action_Completed';
import LABEL_ACTION_REOPENED from '@salesforce/label/c.Objectives_Action_Reopened';
import LABEL_ACTION_SAVED from '@salesforce/label/c.Objectives_Action_Saved';
import LABEL_ACTION_DELETED from '@salesforce/label/c.Objectives_Action_Deleted';
import LABEL_ACTION_DELETE_CONFIRM from '@salesforce/label/c.Objectives_Action_Delete_Confirm';
import LABEL_ACTION_EDIT_TITLE from '@salesforce/label/c.Objectives_Action_Edit_Title';
import LABEL_ACTION_ASSIGNEE from '@salesforce/label/c.Objectives_Action_Assignee';
import LABEL_ACTION_DONE from '@salesforce/label/c.Objectives_Action_Done';
import LABEL_ACTION_OPEN from '@salesforce/label/c.Objectives_Action_Open';
import LABEL_NO_DUE_DATE from '@salesforce/label/c.Objectives_No_Due_Date';
import LABEL_UNASSIGNED from '@salesforce/label/c.Objectives_Unassigned';
import LABEL_OVERDUE from '@salesforce/label/c.Common_Overdue';
import TASK_OBJECT from '@salesforce/schema/Task';
import SUBJECT_FIELD from '@salesforce/schema/Task.Subject';
import ACTIVITY_DATE_FIELD from '@salesforce/schema/Task.ActivityDate';
import STATUS_FIELD from '@salesforce/schema/Task.Status';
import OWNER_FIELD from '@salesforce/schema/Task.OwnerId';
import PRIORITY_FIELD from '@salesforce/schema/Task.Priority';
import DESCRIPTION_FIELD from '@salesforce/schema/Task.Description';

const TASK_FIELDS = [SUBJECT_FIELD, ACTIVITY_DATE_FIELD, OWNER_FIELD, STATUS_FIELD, PRIORITY_FIELD, DESCRIPTION_FIELD];
/**
 * Task Status values the checkbox writes: the standard picklist's closed default and its open default. An org
 * that renamed them would reject the write with its own message, shown above the actions.
 */
const STATUS_COMPLETED = 'Completed';
const STATUS_OPEN = 'Not Started';

interface ActionView extends ActionRow {
    url: string;
    dueLabel: string;
    ownerLabel: string;
    stateLabel: string;
    checkLabel: string;
    isOverdue: boolean;
    itemClass: string;
}

interface ValidatableInput {
    setCustomValidity(message: string): void;
    reportValidity(): boolean;
    focus(): void;
}

/** Today in the user's time zone as YYYY-MM-DD, the form of a Task's ActivityDate. */
function today(): string {
    const now = new Date();
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The actions of one objective: Tasks whose WhatId is the objective. Each can be completed with its checkbox,
 * opened (a link to the Task), edited and deleted; open actions past their due date are highlighted. New ones
 * are assigned to the objective owner. Fires `saved` with a message after each successful write, for the
 * workspace to toast and refresh; a failed write is shown here.
 */
export default class PlanObjectiveActions extends NavigationMixin(LightningElement) {
    @api objectiveId: string | undefined;
    /** The objective owner: new actions are assigned to them (the running user when unset). */
    @api ownerId: string | null | undefined;
    @api actions: ActionRow[] | undefined;
    @api canManage = false;

    subject = '';
    activityDate = '';
    error: unknown;
    isWorking = false;

    private focus = new FocusAfterWrite();

    labels = {
        noActions: LABEL_NO_ACTIONS,
        subject: LABEL_ACTION_SUBJECT,
        due: LABEL_ACTION_DUE,
        add: LABEL_ACTION_ADD,
        overdue: LABEL_OVERDUE
    };

    override renderedCallback(): void {
        this.focus.apply();
    }

    private get rows(): ActionRow[] {
        return this.actions ?? [];
    }

    get hasActions(): boolean {
        return this.rows.length > 0;
    }

    get views(): ActionView[] {
        const now = today();
        return this.rows.map((action) => {
            const isOverdue = !action.isClosed && !!action.activityDate && action.activityDate < now;
            return {
                ...action,
                url: `/lightning/r/Task/${action.id}/view`,
                dueLabel: action.activityDate ? formatDate(action.activityDate) : LABEL_NO_DUE_DATE,
                ownerLabel: formatLabel(LABEL_ACTION_ASSIGNEE, action.ownerName || LABEL_UNASSIGNED),
                stateLabel: action.isClosed ? LABEL_ACTION_DONE : LABEL_ACTION_OPEN,
                checkLabel: formatLabel(LABEL_ACTION_COMPLETE, action.subject),
                isOverdue,
                itemClass:
                    'slds-p-vertical_xx-small action' +
                    (action.isClosed ? ' action_closed' : '') +
                    (isOverdue ? ' action_overdue' : '')
            };
        });
    }

    handleOpen(event: Event): void {
        event.preventDefault();
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: {
                recordId: (event.currentTarget as HTMLElement).dataset.id,
                objectApiName: 'Task',
                actionName: 'view'
            }
        });
    }

    async handleComplete(event: CustomEvent<{ checked: boolean }>): Promise<void> {
        const id = (event.target as HTMLElement).dataset.id as string;
        const checked = event.detail.checked;
        await this.write(
            () => updateRecord({ fields: { Id: id, Status: checked ? STATUS_COMPLETED : STATUS_OPEN } }),
            checked ? LABEL_ACTION_COMPLETED : LABEL_ACTION_REOPENED
        );
    }

    async handleRowAction(event: CustomEvent<{ value: string; recordId: string }>): Promise<void> {
        const action = this.rows.find((row) => row.id === event.detail.recordId);
        if (!action) {
            return;
        }
        if (event.detail.value === 'edit') {
            await this.edit(action);
        } else if (event.detail.value === 'delete') {
            await this.remove(action);
        }
    }

    private async edit(action: ActionRow): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label: LABEL_ACTION_EDIT_TITLE,
            description: action.subject,
            size: 'small',
            objectApiName: TASK_OBJECT,
            recordId: action.id,
            fields: TASK_FIELDS
        });
        if (savedId) {
            this.saved(LABEL_ACTION_SAVED);
        }
        this.focus.request(() => this.focusMenu(action.id));
    }

    private async remove(action: ActionRow): Promise<void> {
        if (!(await confirmDelete(formatLabel(LABEL_ACTION_DELETE_CONFIRM, action.subject)))) {
            this.focus.request(() => this.focusMenu(action.id));
            return;
        }
        const neighbours = neighboursOf(
            this.rows.map((row) => row.id),
            action.id
        );
        const deleted = await this.write(() => deleteRecord(action.id), LABEL_ACTION_DELETED);
        this.focus.request(...(deleted ? neighbours : [action.id]).map((id) => () => this.focusMenu(id)), () =>
            focusOn(this.subjectInput)
        );
    }

    handleSubjectChange(event: CustomEvent<{ value: string }>): void {
        this.subject = event.detail.value;
        // the error of an empty subject goes as soon as there is one
        if (this.subject.trim()) {
            const input = event.target as unknown as ValidatableInput;
            input.setCustomValidity('');
            input.reportValidity();
        }
    }

    handleDateChange(event: CustomEvent<{ value: string }>): void {
        this.activityDate = event.detail.value;
    }

    async handleAdd(): Promise<void> {
        const subject = this.subject.trim();
        const input = this.subjectInput;
        if (!subject) {
            input.setCustomValidity(LABEL_ACTION_SUBJECT_REQUIRED);
            input.reportValidity();
            input.focus();
            return;
        }
        // Task is a standard object: its standard field names are the same in every org, namespace or not
        const fields: Record<string, unknown> = {
            Subject: subject,
            WhatId: this.objectiveId,
            ActivityDate: this.activityDate || null,
            Status: STATUS_OPEN
        };
        if (this.ownerId) {
            fields.OwnerId = this.ownerId;
        }
        const created = await this.write(() => createRecord({ apiName: 'Task', fields }), LABEL_ACTION_CREATED);
        if (created) {
            this.subject = '';
            this.activityDate = '';
            // the box is empty again, without the error an empty box had before this add
            input.setCustomValidity('');
            input.reportValidity();
            this.focus.request(() => focusOn(this.subjectInput));
        }
    }

    /** The new action's subject box: rendered with the Add button, so there whenever Add is clicked. */
    private get subjectInput(): ValidatableInput {
        return this.template?.querySelector('lightning-input.action-subject') as unknown as ValidatableInput;
    }

    private focusMenu(id: string): boolean {
        return focusRowMenu(this.template, id);
    }

    /** Runs a write with the controls disabled; on success tells the workspace, on failure shows why. */
    private async write(run: () => Promise<unknown>, message: string): Promise<boolean> {
        this.isWorking = true;
        this.error = undefined;
        try {
            await run();
            this.saved(message);
            return true;
        } catch (error) {
            this.error = error;
            return false;
        } finally {
            this.isWorking = false;
        }
    }

    private saved(message: string): void {
        this.dispatchEvent(new CustomEvent('saved', { detail: { message } }));
    }
}
