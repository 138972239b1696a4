import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import searchPartnerAccounts from '@salesforce/apex/AccountPlanWorkspaceController.searchPartnerAccounts';
import { deleteRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import { formatLabel, showToast, refreshPlan } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Partners_Title';
import LABEL_ASSIGN from '@salesforce/label/c.Partners_Assign';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Partners_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.Partners_Empty';
import LABEL_SEARCH_TITLE from '@salesforce/label/c.Partners_Search_Title';
import LABEL_SEARCH_LABEL from '@salesforce/label/c.Partners_Search_Label';
import LABEL_SEARCH_PLACEHOLDER from '@salesforce/label/c.Partners_Search_Placeholder';
import LABEL_NO_RESULTS from '@salesforce/label/c.Partners_No_Results';
import LABEL_SELECT from '@salesforce/label/c.Partners_Select';
import LABEL_SAVED from '@salesforce/label/c.Partners_Saved';
import LABEL_DELETED from '@salesforce/label/c.Partners_Deleted';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Partners_Delete_Confirm';
import LABEL_ROLE from '@salesforce/label/c.Partners_Role';
import LABEL_INFLUENCE from '@salesforce/label/c.Partners_Influence';
import LABEL_RELATIONSHIP from '@salesforce/label/c.Partners_Relationship';
import LABEL_PARTNER from '@salesforce/label/c.Partners_Partner';
import LABEL_NOT_SET from '@salesforce/label/c.Stakeholders_Not_Set';
import LABEL_EDIT from '@salesforce/label/c.Common_Edit';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';
import LABEL_ROW_ACTIONS from '@salesforce/label/c.Common_Row_Actions';
import LABEL_CONFIRM_TITLE from '@salesforce/label/c.Common_Confirm_Delete_Title';
import PARTNER_OBJECT from '@salesforce/schema/Account_Plan_Partner_Role__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Account_Plan__c';
import PARTNER_ACCOUNT_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Partner_Account__c';
import ROLE_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Role__c';
import INFLUENCE_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Influence__c';
import RELATIONSHIP_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Relationship__c';
import NOTES_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Notes__c';

const PARTNER_FIELDS = [ROLE_FIELD, INFLUENCE_FIELD, RELATIONSHIP_FIELD, NOTES_FIELD];
const SEARCH_DELAY_MS = 300;
const MIN_SEARCH_LENGTH = 2;
const RELATIONSHIP_CLASS: Record<string, string> = {
    Ally: 'slds-theme_success',
    Threat: 'slds-theme_error'
};

type ConfirmApi = { open(options: { message: string; label: string; theme?: string }): Promise<boolean> };
const confirmDialog = LightningConfirm as unknown as ConfirmApi;

interface PartnerView extends PartnerRoleRow {
    influenceLabel: string;
    relationshipLabel: string;
    relationshipClass: string;
    menuLabel: string;
}

interface ResultView extends PartnerAccountOption {
    selectLabel: string;
}

/** Partner roles of an account plan, with the "Assign Partner" search. */
export default class PlanPartnerRoles extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    writeError: unknown;
    isSearching = false;
    isSearchOpen = false;
    searchTerm = '';
    results: PartnerAccountOption[] = [];
    searched = false;
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;
    private searchTimer: ReturnType<typeof setTimeout> | undefined;

    labels = {
        title: LABEL_TITLE,
        assign: LABEL_ASSIGN,
        empty: LABEL_EMPTY,
        searchTitle: LABEL_SEARCH_TITLE,
        searchLabel: LABEL_SEARCH_LABEL,
        searchPlaceholder: LABEL_SEARCH_PLACEHOLDER,
        noResults: LABEL_NO_RESULTS,
        role: LABEL_ROLE,
        influence: LABEL_INFLUENCE,
        relationship: LABEL_RELATIONSHIP,
        partner: LABEL_PARTNER,
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

    override disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    get partners(): PartnerView[] {
        return (this.workspace?.partnerRoles ?? []).map((row) => ({
            ...row,
            influenceLabel: row.influence || LABEL_NOT_SET,
            relationshipLabel: row.relationship || LABEL_NOT_SET,
            relationshipClass: RELATIONSHIP_CLASS[row.relationship ?? ''] ?? '',
            menuLabel: formatLabel(LABEL_ROW_ACTIONS, row.partnerName)
        }));
    }

    get hasPartners(): boolean {
        return (this.workspace?.partnerRoles ?? []).length > 0;
    }

    get showEmpty(): boolean {
        return !!this.workspace && !this.hasPartners && !this.isSearchOpen;
    }

    get resultViews(): ResultView[] {
        return this.results.map((result) => ({ ...result, selectLabel: formatLabel(LABEL_SELECT, result.name) }));
    }

    get hasResults(): boolean {
        return this.results.length > 0;
    }

    get showNoResults(): boolean {
        return this.searched && !this.isSearching && this.results.length === 0;
    }

    handleAssign(): void {
        this.isSearchOpen = true;
        this.searchTerm = '';
        this.results = [];
        this.searched = false;
    }

    handleCancelSearch(): void {
        clearTimeout(this.searchTimer);
        this.isSearchOpen = false;
        this.results = [];
        this.searched = false;
    }

    /** Debounced: searches once the user pauses typing, and only from MIN_SEARCH_LENGTH characters. */
    handleSearchChange(event: CustomEvent<{ value: string }>): void {
        this.searchTerm = event.detail.value ?? '';
        clearTimeout(this.searchTimer);
        if (this.searchTerm.trim().length < MIN_SEARCH_LENGTH) {
            this.results = [];
            this.searched = false;
            return;
        }
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => {
            this.search(this.searchTerm.trim());
        }, SEARCH_DELAY_MS);
    }

    private async search(term: string): Promise<void> {
        this.isSearching = true;
        try {
            const results = await searchPartnerAccounts({ searchTerm: term });
            if (term === this.searchTerm.trim()) {
                this.results = results ?? [];
                this.searched = true;
            }
        } catch (error) {
            this.writeError = error;
        } finally {
            this.isSearching = false;
        }
    }

    async handleSelect(event: Event): Promise<void> {
        const accountId = (event.currentTarget as HTMLElement).dataset.id as string;
        const account = this.results.find((result) => result.id === accountId);
        const savedId = await PlanRecordModal.open({
            label: LABEL_ASSIGN,
            description: account?.name,
            size: 'small',
            objectApiName: PARTNER_OBJECT,
            fields: PARTNER_FIELDS,
            defaultValues: [
                { field: PLAN_FIELD, value: this.recordId },
                { field: PARTNER_ACCOUNT_FIELD, value: accountId }
            ]
        });
        if (savedId) {
            this.handleCancelSearch();
            await this.afterWrite(LABEL_SAVED);
        }
    }

    async handleRowAction(event: CustomEvent<{ value: string }>): Promise<void> {
        const partnerRoleId = (event.currentTarget as HTMLElement).dataset.id as string;
        const row = this.workspace?.partnerRoles.find((partner) => partner.id === partnerRoleId);
        if (!row) {
            return;
        }
        if (event.detail.value === 'edit') {
            const savedId = await PlanRecordModal.open({
                label: LABEL_EDIT_TITLE,
                description: row.partnerName,
                size: 'small',
                objectApiName: PARTNER_OBJECT,
                recordId: row.id,
                fields: PARTNER_FIELDS
            });
            if (savedId) {
                await this.afterWrite(LABEL_SAVED);
            }
            return;
        }
        const confirmed = await confirmDialog.open({
            label: LABEL_CONFIRM_TITLE,
            message: formatLabel(LABEL_DELETE_CONFIRM, row.partnerName, row.role),
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
