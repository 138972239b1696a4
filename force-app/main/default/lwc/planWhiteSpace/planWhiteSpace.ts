import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { deleteRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal, { type FieldDefault } from 'c/planRecordModal';
import { formatCurrency, formatLabel, showToast, refreshPlan } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.WhiteSpace_Title';
import LABEL_ADD from '@salesforce/label/c.WhiteSpace_Add';
import LABEL_NEW_TITLE from '@salesforce/label/c.WhiteSpace_New_Title';
import LABEL_EDIT_TITLE from '@salesforce/label/c.WhiteSpace_Edit_Title';
import LABEL_EMPTY from '@salesforce/label/c.WhiteSpace_Empty';
import LABEL_BUSINESS_UNIT from '@salesforce/label/c.WhiteSpace_Business_Unit';
import LABEL_LEGEND from '@salesforce/label/c.WhiteSpace_Legend';
import LABEL_SIGNALS from '@salesforce/label/c.WhiteSpace_Signals';
import LABEL_WON from '@salesforce/label/c.WhiteSpace_Won';
import LABEL_OPEN from '@salesforce/label/c.WhiteSpace_Open';
import LABEL_ADD_CELL from '@salesforce/label/c.WhiteSpace_Add_Cell';
import LABEL_CELL_LABEL from '@salesforce/label/c.WhiteSpace_Cell_Label';
import LABEL_SAVED from '@salesforce/label/c.WhiteSpace_Saved';
import LABEL_DELETED from '@salesforce/label/c.WhiteSpace_Deleted';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.WhiteSpace_Delete_Confirm';
import LABEL_SUPPLIER_UNKNOWN from '@salesforce/label/c.WhiteSpace_Supplier_Unknown';
import LABEL_SPEND from '@salesforce/label/c.WhiteSpace_Spend';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';
import LABEL_CONFIRM_TITLE from '@salesforce/label/c.Common_Confirm_Delete_Title';
import WHITE_SPACE_OBJECT from '@salesforce/schema/Account_Plan_White_Space__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Account_Plan__c';
import BUSINESS_UNIT_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Business_Unit__c';
import OFFERING_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Offering__c';
import BUSINESS_UNIT_ACCOUNT_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Business_Unit_Account__c';
import SUPPLIER_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Current_Supplier__c';
import COMPETITOR_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Competitor__c';
import SPEND_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Estimated_Annual_Spend__c';
import CONTRACT_END_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Contract_End_Date__c';
import STATUS_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Status__c';
import NOTES_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Notes__c';

const WHITE_SPACE_FIELDS = [
    BUSINESS_UNIT_FIELD,
    OFFERING_FIELD,
    BUSINESS_UNIT_ACCOUNT_FIELD,
    SUPPLIER_FIELD,
    COMPETITOR_FIELD,
    SPEND_FIELD,
    CONTRACT_END_FIELD,
    STATUS_FIELD,
    NOTES_FIELD
];
/** Current Supplier picklist values in legend order, with their SLDS theme. */
const SUPPLIERS: { value: string; theme: string }[] = [
    { value: 'Us', theme: 'slds-theme_success' },
    { value: 'Competitor', theme: 'slds-theme_error' },
    { value: 'In-house', theme: 'slds-theme_warning' },
    { value: 'None', theme: 'slds-theme_info' }
];
const UNKNOWN_THEME = 'slds-theme_shade';

type ConfirmApi = { open(options: { message: string; label: string; theme?: string }): Promise<boolean> };
const confirmDialog = LightningConfirm as unknown as ConfirmApi;

interface GridCell {
    key: string;
    businessUnit: string;
    offering: string;
    cell: WhiteSpaceCell | undefined;
    hasCell: boolean;
    cellClass: string;
    supplierLabel: string;
    spendLabel: string;
    ariaLabel: string;
    addLabel: string;
    deleteLabel: string;
}

interface GridRow {
    key: string;
    businessUnit: string;
    cells: GridCell[];
}

interface OfferingColumn {
    key: string;
    offering: string;
    hasSignal: boolean;
    wonLabel: string;
    openLabel: string;
}

function themeOf(supplier: string | null): string {
    return SUPPLIERS.find((entry) => entry.value === supplier)?.theme ?? UNKNOWN_THEME;
}

/** Business unit x offering map of the account: who supplies what today, and where we can grow. */
export default class PlanWhiteSpace extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    writeError: unknown;
    isWorking = false;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;

    labels = {
        title: LABEL_TITLE,
        add: LABEL_ADD,
        empty: LABEL_EMPTY,
        businessUnit: LABEL_BUSINESS_UNIT,
        legend: LABEL_LEGEND,
        signals: LABEL_SIGNALS,
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

    private get cells(): WhiteSpaceCell[] {
        return this.workspace?.whiteSpace ?? [];
    }

    private get currency(): string | undefined {
        return this.workspace?.plan.currencyIsoCode;
    }

    get hasCells(): boolean {
        return this.cells.length > 0;
    }

    get showEmpty(): boolean {
        return !!this.workspace && !this.hasCells;
    }

    get businessUnits(): string[] {
        return Array.from(new Set(this.cells.map((cell) => cell.businessUnit))).sort((a, b) => a.localeCompare(b));
    }

    /** Offerings of the map plus those the account already buys (so a sold offering without a cell shows). */
    get offerings(): string[] {
        const names = new Set(this.cells.map((cell) => cell.offering));
        (this.workspace?.offeringSignals ?? []).forEach((signal) => names.add(signal.offering));
        return Array.from(names).sort((a, b) => a.localeCompare(b));
    }

    get columns(): OfferingColumn[] {
        const signals = this.workspace?.offeringSignals ?? [];
        return this.offerings.map((offering) => {
            const signal = signals.find((entry) => entry.offering === offering);
            return {
                key: offering,
                offering,
                hasSignal: !!signal && (signal.wonAmount > 0 || signal.openAmount > 0),
                wonLabel: formatLabel(LABEL_WON, formatCurrency(signal?.wonAmount ?? 0, this.currency, true)),
                openLabel: formatLabel(LABEL_OPEN, formatCurrency(signal?.openAmount ?? 0, this.currency, true))
            };
        });
    }

    get rows(): GridRow[] {
        return this.businessUnits.map((businessUnit) => ({
            key: businessUnit,
            businessUnit,
            cells: this.offerings.map((offering) => this.toGridCell(businessUnit, offering))
        }));
    }

    private toGridCell(businessUnit: string, offering: string): GridCell {
        const cell = this.cells.find((entry) => entry.businessUnit === businessUnit && entry.offering === offering);
        const supplierLabel = cell?.currentSupplier
            ? cell.currentSupplier + (cell.competitor ? ` (${cell.competitor})` : '')
            : LABEL_SUPPLIER_UNKNOWN;
        return {
            key: businessUnit + '|' + offering,
            businessUnit,
            offering,
            cell,
            hasCell: !!cell,
            cellClass: cell
                ? 'slds-button slds-button_reset slds-size_full slds-p-around_x-small slds-text-align_left white-space-cell ' +
                  themeOf(cell.currentSupplier)
                : '',
            supplierLabel,
            spendLabel:
                cell?.estimatedAnnualSpend != null
                    ? formatLabel(LABEL_SPEND, formatCurrency(cell.estimatedAnnualSpend, this.currency, true))
                    : '',
            ariaLabel: cell ? formatLabel(LABEL_CELL_LABEL, businessUnit, offering, supplierLabel, cell.status) : '',
            addLabel: formatLabel(LABEL_ADD_CELL, businessUnit, offering),
            deleteLabel: `${LABEL_DELETE}: ${businessUnit} / ${offering}`
        };
    }

    get legend(): { key: string; label: string; swatchClass: string }[] {
        return SUPPLIERS.map((entry) => ({
            key: entry.value,
            label: entry.value,
            swatchClass: 'legend-swatch slds-m-right_xx-small ' + entry.theme
        }));
    }

    get cellsReadOnly(): boolean {
        return !this.canManage;
    }

    get deleteTitle(): string {
        return LABEL_DELETE;
    }

    // ---------------------------------------------------------------- writes

    async handleAdd(): Promise<void> {
        await this.openModal(undefined, LABEL_NEW_TITLE, [
            { field: PLAN_FIELD, value: this.recordId },
            { field: STATUS_FIELD, value: 'Open' }
        ]);
    }

    async handleAddAt(event: Event): Promise<void> {
        const dataset = (event.currentTarget as HTMLElement).dataset;
        await this.openModal(undefined, LABEL_NEW_TITLE, [
            { field: PLAN_FIELD, value: this.recordId },
            { field: BUSINESS_UNIT_FIELD, value: dataset.businessUnit },
            { field: OFFERING_FIELD, value: dataset.offering },
            { field: STATUS_FIELD, value: 'Open' }
        ]);
    }

    async handleEdit(event: Event): Promise<void> {
        const cellId = (event.currentTarget as HTMLElement).dataset.id as string;
        await this.openModal(cellId, LABEL_EDIT_TITLE, undefined);
    }

    async handleDelete(event: Event): Promise<void> {
        const cellId = (event.currentTarget as HTMLElement).dataset.id as string;
        const cell = this.cells.find((entry) => entry.id === cellId);
        if (!cell) {
            return;
        }
        const confirmed = await confirmDialog.open({
            label: LABEL_CONFIRM_TITLE,
            message: formatLabel(LABEL_DELETE_CONFIRM, cell.businessUnit, cell.offering),
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        this.isWorking = true;
        try {
            await deleteRecord(cellId);
            await this.afterWrite(LABEL_DELETED);
        } catch (error) {
            this.writeError = error;
        } finally {
            this.isWorking = false;
        }
    }

    private async openModal(
        recordId: string | undefined,
        label: string,
        defaultValues: FieldDefault[] | undefined
    ): Promise<void> {
        if (!this.canManage) {
            return;
        }
        const savedId = await PlanRecordModal.open({
            label,
            size: 'medium',
            objectApiName: WHITE_SPACE_OBJECT,
            recordId,
            fields: WHITE_SPACE_FIELDS,
            defaultValues
        });
        if (savedId) {
            await this.afterWrite(LABEL_SAVED);
        }
    }

    private async afterWrite(message: string): Promise<void> {
        this.writeError = undefined;
        showToast(this, LABEL_SUCCESS, message, 'success');
        await refreshPlan(this.recordId, this.wiredWorkspace);
    }
}
