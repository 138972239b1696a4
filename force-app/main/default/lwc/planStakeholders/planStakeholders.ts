import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { deleteRecord } from 'lightning/uiRecordApi';
import PlanRecordModal from 'c/planRecordModal';
import type { PickerOption } from 'c/planRecordPicker';
import { formatLabel } from 'c/planUtils';
import {
    confirmDelete,
    FocusAfterWrite,
    neighboursOf,
    runWrite,
    toastAndRefresh,
    sectionCard,
    type SectionCardProperties,
    focusRowMenu,
    focusSectionAction
} from 'c/planSectionUtils';
import LABEL_TITLE from '@salesforce/label/c.Stakeholders_Title';
import LABEL_ADD from '@salesforce/label/c.Stakeholders_Add';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Stakeholders_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.Stakeholders_Empty';
import LABEL_PICK_CONTACT from '@salesforce/label/c.Stakeholders_Pick_Contact';
import LABEL_PICK_PLACEHOLDER from '@salesforce/label/c.Stakeholders_Pick_Placeholder';
import LABEL_CHOOSE_CONTACT from '@salesforce/label/c.Stakeholders_Choose_Contact';
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
import LABEL_NOT_SET from '@salesforce/label/c.Common_Not_Set';
import LABEL_ACTIONS from '@salesforce/label/c.Common_Actions';
import STAKEHOLDER_OBJECT from '@salesforce/schema/Account_Plan_Stakeholder__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Account_Plan__c';
import CONTACT_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Contact__c';
import BUYING_ROLE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Buying_Role__c';
import INFLUENCE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Influence__c';
import ATTITUDE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Attitude__c';
import STRENGTH_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Relationship_Strength__c';
import RELATIONSHIP_OWNER_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Relationship_Owner__c';
import NOTES_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Notes__c';

const SECTION = {
    heading: LABEL_TITLE,
    iconName: 'standard:contact',
    actionLabel: LABEL_ADD,
    emptyMessage: LABEL_EMPTY
};

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

interface StakeholderView extends StakeholderRow {
    buyingRoleLabel: string;
    influenceLabel: string;
    attitudeLabel: string;
    attitudeClass: string;
    strengthLabel: string;
    ownerLabel: string;
}

/**
 * Stakeholders of an account plan: who they are, how they buy, how much they weigh and where they stand, with
 * the influence x attitude heat map under the list. "Add Stakeholder" is one dialog: choose the contact among
 * the account's contacts that are not stakeholders yet, rate them, save.
 */
export default class PlanStakeholders extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    writeError: unknown;
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;
    private focus = new FocusAfterWrite();

    labels = {
        title: LABEL_TITLE,
        buyingRole: LABEL_BUYING_ROLE,
        influence: LABEL_INFLUENCE,
        attitude: LABEL_ATTITUDE,
        strength: LABEL_STRENGTH,
        owner: LABEL_OWNER,
        name: LABEL_NAME,
        actions: LABEL_ACTIONS
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
        return sectionCard(SECTION, this, this.hasStakeholders);
    }

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    private get rows(): StakeholderRow[] {
        // Stryker disable next-line ArrayDeclaration: without a workspace the card shows only its spinner or error, never rows or the empty state
        return this.workspace?.stakeholders ?? [];
    }

    get stakeholders(): StakeholderView[] {
        return this.rows.map((row) => ({
            ...row,
            buyingRoleLabel: row.buyingRole || LABEL_NOT_SET,
            influenceLabel: row.influence || LABEL_NOT_SET,
            attitudeLabel: row.attitude || LABEL_NOT_SET,
            attitudeClass: (row.attitude && ATTITUDE_CLASS[row.attitude]) ?? '',
            strengthLabel: row.relationshipStrength || LABEL_NOT_SET,
            ownerLabel: row.relationshipOwnerName || LABEL_NOT_SET
        }));
    }

    get hasStakeholders(): boolean {
        return this.rows.length > 0;
    }

    /** Contacts of the plan's account that are not stakeholders yet (a contact is unique per plan). */
    private get availableContacts(): PickerOption[] {
        const taken = new Set(this.rows.map((row) => row.contactId));
        // Stryker disable next-line ArrayDeclaration,OptionalChaining: read only by the add dialog, whose button the card shows once the workspace (with its contact list) is there
        return (this.workspace?.accountContacts ?? [])
            .filter((contact) => !taken.has(contact.id))
            .map((contact) => ({ value: contact.id, label: contact.name, meta: contact.title }));
    }

    /** The available contacts whose name or title contains the typed text (any case). */
    private searchContacts(term: string): Promise<PickerOption[]> {
        const text = term.toLocaleLowerCase();
        return Promise.resolve(
            this.availableContacts.filter((contact) =>
                `${contact.label} ${contact.meta ?? ''}`.toLocaleLowerCase().includes(text)
            )
        );
    }

    async handleAdd(): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label: LABEL_ADD,
            size: 'medium',
            objectApiName: STAKEHOLDER_OBJECT,
            fields: STAKEHOLDER_FIELDS,
            defaultValues: [{ field: PLAN_FIELD, value: this.recordId }],
            choice: {
                field: CONTACT_FIELD,
                label: LABEL_PICK_CONTACT,
                placeholder: LABEL_PICK_PLACEHOLDER,
                minLength: 0,
                search: (term) => this.searchContacts(term),
                requiredMessage: LABEL_CHOOSE_CONTACT,
                noResultsMessage: this.availableContacts.length ? undefined : LABEL_NO_CONTACTS
            }
        });
        if (savedId) {
            await this.afterWrite(LABEL_SAVED);
        }
        this.focus.request(() => this.focusAdd());
    }

    async handleRowAction(event: CustomEvent<{ value: string; recordId: string }>): Promise<void> {
        const row = this.rows.find((stakeholder) => stakeholder.id === event.detail.recordId);
        if (!row) {
            return;
        }
        if (event.detail.value === 'edit') {
            await this.edit(row);
        } else if (event.detail.value === 'delete') {
            await this.remove(row);
        }
    }

    private async edit(row: StakeholderRow): Promise<void> {
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
        this.focus.request(() => this.focusMenu(row.id));
    }

    private async remove(row: StakeholderRow): Promise<void> {
        if (!(await confirmDelete(formatLabel(LABEL_DELETE_CONFIRM, row.contactName)))) {
            this.focus.request(() => this.focusMenu(row.id));
            return;
        }
        const neighbours = neighboursOf(
            this.rows.map((stakeholder) => stakeholder.id),
            row.id
        );
        const deleted = await runWrite(this, async () => {
            await deleteRecord(row.id);
            await this.afterWrite(LABEL_DELETED);
        });
        this.focus.request(...(deleted ? neighbours : [row.id]).map((id) => () => this.focusMenu(id)), () =>
            this.focusAdd()
        );
    }

    private focusMenu(id: string): boolean {
        return focusRowMenu(this.template, id);
    }

    private focusAdd(): boolean {
        return focusSectionAction(this.template);
    }

    private async afterWrite(message: string): Promise<void> {
        this.writeError = undefined;
        await toastAndRefresh(this, message, this.recordId, this.wiredWorkspace);
    }
}
