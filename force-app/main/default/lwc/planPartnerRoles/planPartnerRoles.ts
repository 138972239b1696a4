import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import searchPartnerAccounts from '@salesforce/apex/AccountPlanWorkspaceController.searchPartnerAccounts';
import { deleteRecord } from 'lightning/uiRecordApi';
import PlanRecordModal, { type RequiredRule } from 'c/planRecordModal';
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
import LABEL_TITLE from '@salesforce/label/c.Partners_Title';
import LABEL_ASSIGN from '@salesforce/label/c.Partners_Assign';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Partners_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.Partners_Empty';
import LABEL_ACCOUNT from '@salesforce/label/c.Partners_Account';
import LABEL_CHOOSE_ACCOUNT from '@salesforce/label/c.Partners_Choose_Account';
import LABEL_SEARCH_PLACEHOLDER from '@salesforce/label/c.Partners_Search_Placeholder';
import LABEL_ROLE_REQUIRED from '@salesforce/label/c.Partners_Role_Required';
import LABEL_SAVED from '@salesforce/label/c.Partners_Saved';
import LABEL_DELETED from '@salesforce/label/c.Partners_Deleted';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Partners_Delete_Confirm';
import LABEL_ROLE from '@salesforce/label/c.Partners_Role';
import LABEL_INFLUENCE from '@salesforce/label/c.Partners_Influence';
import LABEL_RELATIONSHIP from '@salesforce/label/c.Partners_Relationship';
import LABEL_PARTNER from '@salesforce/label/c.Partners_Partner';
import LABEL_NOT_SET from '@salesforce/label/c.Common_Not_Set';
import LABEL_ACTIONS from '@salesforce/label/c.Common_Actions';
import PARTNER_OBJECT from '@salesforce/schema/Account_Plan_Partner_Role__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Account_Plan__c';
import PARTNER_ACCOUNT_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Partner_Account__c';
import ROLE_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Role__c';
import INFLUENCE_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Influence__c';
import RELATIONSHIP_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Relationship__c';
import NOTES_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Notes__c';

const SECTION = {
    heading: LABEL_TITLE,
    iconName: 'standard:partners',
    actionLabel: LABEL_ASSIGN,
    emptyMessage: LABEL_EMPTY
};

const PARTNER_FIELDS = [ROLE_FIELD, INFLUENCE_FIELD, RELATIONSHIP_FIELD, NOTES_FIELD];
/** The packaged validation rule Role_Required, checked in the dialog with its own message. */
const RULES: RequiredRule[] = [{ field: ROLE_FIELD, message: LABEL_ROLE_REQUIRED }];
/** Characters typed before the org's accounts are searched. */
const MIN_SEARCH_LENGTH = 2;
const RELATIONSHIP_CLASS: Record<string, string> = {
    Ally: 'slds-theme_success',
    Threat: 'slds-theme_error'
};

interface PartnerView extends PartnerRoleRow {
    rowName: string;
    influenceLabel: string;
    relationshipLabel: string;
    relationshipClass: string;
}

/**
 * Partner roles of an account plan: the resellers, integrators and competitors involved. "Assign Partner" is one
 * dialog: find the account, set its role, save.
 */
export default class PlanPartnerRoles extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    writeError: unknown;
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;
    private focus = new FocusAfterWrite();

    labels = {
        title: LABEL_TITLE,
        role: LABEL_ROLE,
        influence: LABEL_INFLUENCE,
        relationship: LABEL_RELATIONSHIP,
        partner: LABEL_PARTNER,
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
        return sectionCard(SECTION, this, this.hasPartners);
    }

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    private get rows(): PartnerRoleRow[] {
        // Stryker disable next-line ArrayDeclaration: without a workspace the card shows only its spinner or error, never rows or the empty state
        return this.workspace?.partnerRoles ?? [];
    }

    get partners(): PartnerView[] {
        return this.rows.map((row) => ({
            ...row,
            // a partner may hold several roles on one plan: the menu names both
            rowName: `${row.partnerName} (${row.role})`,
            influenceLabel: row.influence || LABEL_NOT_SET,
            relationshipLabel: row.relationship || LABEL_NOT_SET,
            relationshipClass: (row.relationship && RELATIONSHIP_CLASS[row.relationship]) ?? ''
        }));
    }

    get hasPartners(): boolean {
        return this.rows.length > 0;
    }

    async handleAssign(): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label: LABEL_ASSIGN,
            size: 'small',
            objectApiName: PARTNER_OBJECT,
            fields: PARTNER_FIELDS,
            defaultValues: [{ field: PLAN_FIELD, value: this.recordId }],
            rules: RULES,
            choice: {
                field: PARTNER_ACCOUNT_FIELD,
                label: LABEL_ACCOUNT,
                placeholder: LABEL_SEARCH_PLACEHOLDER,
                minLength: MIN_SEARCH_LENGTH,
                search: (term) => this.searchPartners(term),
                requiredMessage: LABEL_CHOOSE_ACCOUNT
            }
        });
        if (savedId) {
            await this.afterWrite(LABEL_SAVED);
        }
        this.focus.request(() => this.focusAssign());
    }

    private async searchPartners(term: string): Promise<PickerOption[]> {
        const accounts = await searchPartnerAccounts({ searchTerm: term });
        return (accounts ?? []).map((account) => ({ value: account.id, label: account.name, meta: account.type }));
    }

    async handleRowAction(event: CustomEvent<{ value: string; recordId: string }>): Promise<void> {
        const row = this.rows.find((partner) => partner.id === event.detail.recordId);
        if (!row) {
            return;
        }
        if (event.detail.value === 'edit') {
            await this.edit(row);
        } else if (event.detail.value === 'delete') {
            await this.remove(row);
        }
    }

    private async edit(row: PartnerRoleRow): Promise<void> {
        const savedId = await PlanRecordModal.open({
            label: LABEL_EDIT_TITLE,
            description: row.partnerName,
            size: 'small',
            objectApiName: PARTNER_OBJECT,
            recordId: row.id,
            fields: PARTNER_FIELDS,
            rules: RULES
        });
        if (savedId) {
            await this.afterWrite(LABEL_SAVED);
        }
        this.focus.request(() => this.focusMenu(row.id));
    }

    private async remove(row: PartnerRoleRow): Promise<void> {
        if (!(await confirmDelete(formatLabel(LABEL_DELETE_CONFIRM, row.partnerName, row.role)))) {
            this.focus.request(() => this.focusMenu(row.id));
            return;
        }
        const neighbours = neighboursOf(
            this.rows.map((partner) => partner.id),
            row.id
        );
        const deleted = await runWrite(this, async () => {
            await deleteRecord(row.id);
            await this.afterWrite(LABEL_DELETED);
        });
        this.focus.request(...(deleted ? neighbours : [row.id]).map((id) => () => this.focusMenu(id)), () =>
            this.focusAssign()
        );
    }

    private focusMenu(id: string): boolean {
        return focusRowMenu(this.template, id);
    }

    private focusAssign(): boolean {
        return focusSectionAction(this.template);
    }

    private async afterWrite(message: string): Promise<void> {
        this.writeError = undefined;
        await toastAndRefresh(this, message, this.recordId, this.wiredWorkspace);
    }
}
