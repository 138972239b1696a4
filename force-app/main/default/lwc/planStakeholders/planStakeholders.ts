import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { deleteRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import { formatLabel, showToast, refreshPlan } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Stakeholders_Title';
import LABEL_ADD from '@salesforce/label/c.Stakeholders_Add';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Stakeholders_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.Stakeholders_Empty';
import LABEL_PICK_TITLE from '@salesforce/label/c.Stakeholders_Pick_Title';
import LABEL_PICK_CONTACT from '@salesforce/label/c.Stakeholders_Pick_Contact';
import LABEL_PICK_PLACEHOLDER from '@salesforce/label/c.Stakeholders_Pick_Placeholder';
import LABEL_NEXT from '@salesforce/label/c.Stakeholders_Next';
import LABEL_NO_CONTACTS from '@salesforce/label/c.Stakeholders_No_Contacts';
import LABEL_SAVED from '@salesforce/label/c.Stakeholders_Saved';
import LABEL_DELETED from '@salesforce/label/c.Stakeholders_Deleted';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Stakeholders_Delete_Confirm';
import LABEL_BUYING_ROLE from '@salesforce/label/c.Stakeholders_Buying_Role';
import LABEL_INFLUENCE from '@salesforce/label/c.Stakeholders_Influence';
import LABEL_ATTITUDE from '@salesforce/label/c.Stakeholders_Attitude';
import LABEL_STRENGTH from '@salesforce/label/c.Stakeholders_Strength';
import LABEL_OWNER from '@salesforce/label/c.Stakeholders_Owner';
import LABEL_NAME from '@salesforce/label/c.Stakeholders_Name';
import LABEL_NOT_SET from '@salesforce/label/c.Stakeholders_Not_Set';
import LABEL_EDIT from '@salesforce/label/c.Common_Edit';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';
import LABEL_ROW_ACTIONS from '@salesforce/label/c.Common_Row_Actions';
import LABEL_CONFIRM_TITLE from '@salesforce/label/c.Common_Confirm_Delete_Title';
import STAKEHOLDER_OBJECT from '@salesforce/schema/Account_Plan_Stakeholder__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Account_Plan__c';
import CONTACT_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Contact__c';
import BUYING_ROLE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Buying_Role__c';
import INFLUENCE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Influence__c';
import ATTITUDE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Attitude__c';
import STRENGTH_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Relationship_Strength__c';
import RELATIONSHIP_OWNER_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Relationship_Owner__c';
import NOTES_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Notes__c';

const STAKEHOLDER_FIELDS = [
    BUYING_ROLE_FIELD,
    INFLUENCE_FIELD,
    ATTITUDE_FIELD,
    STRENGTH_FIELD,
    RELATIONSHIP_OWNER_FIELD,
    NOTES_FIELD
];
const ATTITUDE_CLASS: Record<string, string> = {
    Champion: 'slds-theme_success',
    Supporter: 'slds-theme_success',
    Skeptic: 'slds-theme_warning',
    Detractor: 'slds-theme_error'
};

type ConfirmApi = { open(options: { message: string; label: string; theme?: string }): Promise<boolean> };
const confirmDialog = LightningConfirm as unknown as ConfirmApi;

interface StakeholderView extends StakeholderRow {
    buyingRoleLabel: string;
    influenceLabel: string;
    attitudeLabel: string;
    attitudeClass: string;
    strengthLabel: string;
    ownerLabel: string;
    menuLabel: string;
}

/** Stakeholders of an account plan: who they are, how they buy, how much they weigh and where they stand. */
export default class PlanStakeholders extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    writeError: unknown;
    isPicking = false;
    selectedContactId: string | undefined;
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;

    labels = {
        title: LABEL_TITLE,
        add: LABEL_ADD,
        empty: LABEL_EMPTY,
        pickTitle: LABEL_PICK_TITLE,
        pickContact: LABEL_PICK_CONTACT,
        pickPlaceholder: LABEL_PICK_PLACEHOLDER,
        next: LABEL_NEXT,
        noContacts: LABEL_NO_CONTACTS,
        buyingRole: LABEL_BUYING_ROLE,
        influence: LABEL_INFLUENCE,
        attitude: LABEL_ATTITUDE,
        strength: LABEL_STRENGTH,
        owner: LABEL_OWNER,
        name: LABEL_NAME,
        edit: LABEL_EDIT,
        delete: LABEL_DELETE,
        cancel: LABEL_CANCEL,
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

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    get stakeholders(): StakeholderView[] {
        return (this.workspace?.stakeholders ?? []).map((row) => ({
            ...row,
            buyingRoleLabel: row.buyingRole || LABEL_NOT_SET,
            influenceLabel: row.influence || LABEL_NOT_SET,
            attitudeLabel: row.attitude || LABEL_NOT_SET,
            attitudeClass: ATTITUDE_CLASS[row.attitude ?? ''] ?? '',
            strengthLabel: row.relationshipStrength || LABEL_NOT_SET,
            ownerLabel: row.relationshipOwnerName || LABEL_NOT_SET,
            menuLabel: formatLabel(LABEL_ROW_ACTIONS, row.contactName)
        }));
    }

    get hasStakeholders(): boolean {
        return (this.workspace?.stakeholders ?? []).length > 0;
    }

    get showEmpty(): boolean {
        return !!this.workspace && !this.hasStakeholders && !this.isPicking;
    }

    /** Contacts of the plan's account that are not stakeholders yet (a contact is unique per plan). */
    get contactOptions(): { label: string; value: string }[] {
        const taken = new Set((this.workspace?.stakeholders ?? []).map((row) => row.contactId));
        return (this.workspace?.accountContacts ?? [])
            .filter((contact) => !taken.has(contact.id))
            .map((contact) => ({
                label: contact.title ? `${contact.name} (${contact.title})` : contact.name,
                value: contact.id
            }));
    }

    get hasContactOptions(): boolean {
        return this.contactOptions.length > 0;
    }

    get nextDisabled(): boolean {
        return !this.selectedContactId || this.isWorking;
    }

    handleAdd(): void {
        this.isPicking = true;
        this.selectedContactId = undefined;
    }

    handleCancelPick(): void {
        this.isPicking = false;
        this.selectedContactId = undefined;
    }

    handleContactChange(event: CustomEvent<{ value: string }>): void {
        this.selectedContactId = event.detail.value;
    }

    async handleNext(): Promise<void> {
        if (!this.selectedContactId) {
            return;
        }
        const contact = this.workspace?.accountContacts.find((row) => row.id === this.selectedContactId);
        const savedId = await PlanRecordModal.open({
            label: LABEL_ADD,
            description: contact?.name,
            size: 'medium',
            objectApiName: STAKEHOLDER_OBJECT,
            fields: STAKEHOLDER_FIELDS,
            defaultValues: [
                { field: PLAN_FIELD, value: this.recordId },
                { field: CONTACT_FIELD, value: this.selectedContactId }
            ]
        });
        if (savedId) {
            this.isPicking = false;
            this.selectedContactId = undefined;
            await this.afterWrite(LABEL_SAVED);
        }
    }

    async handleRowAction(event: CustomEvent<{ value: string }>): Promise<void> {
        const stakeholderId = (event.currentTarget as HTMLElement).dataset.id as string;
        const row = this.workspace?.stakeholders.find((stakeholder) => stakeholder.id === stakeholderId);
        if (!row) {
            return;
        }
        if (event.detail.value === 'edit') {
            const savedId = await PlanRecordModal.open({
                label: LABEL_EDIT_TITLE,
                description: row.contactName,
                size: 'medium',
                objectApiName: STAKEHOLDER_OBJECT,
                recordId: row.id,
                fields: STAKEHOLDER_FIELDS
            });
            if (savedId) {
                await this.afterWrite(LABEL_SAVED);
            }
            return;
        }
        const confirmed = await confirmDialog.open({
            label: LABEL_CONFIRM_TITLE,
            message: formatLabel(LABEL_DELETE_CONFIRM, row.contactName),
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        this.isWorking = true;
        try {
            await deleteRecord(row.id);
            await this.afterWrite(LABEL_DELETED);
        } catch (error) {
            this.writeError = error;
        } finally {
            this.isWorking = false;
        }
    }

    private async afterWrite(message: string): Promise<void> {
        this.writeError = undefined;
        showToast(this, LABEL_SUCCESS, message, 'success');
        await refreshPlan(this.recordId, this.wiredWorkspace);
    }
}
