import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { deleteRecord } from 'lightning/uiRecordApi';
import PlanRecordModal, { type FieldDefault, type RequiredRule } from 'c/planRecordModal';
import { formatCurrency, formatLabel } from 'c/planUtils';
import {
    confirmDelete,
    FocusAfterWrite,
    focusOn,
    observeWidth,
    REM,
    runWrite,
    toastAndRefresh,
    sectionCard,
    type SectionCardProperties,
    focusRowMenu,
    focusSectionAction
} from 'c/planSectionUtils';
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
import LABEL_SAVED from '@salesforce/label/c.WhiteSpace_Saved';
import LABEL_DELETED from '@salesforce/label/c.WhiteSpace_Deleted';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.WhiteSpace_Delete_Confirm';
import LABEL_SUPPLIER_UNKNOWN from '@salesforce/label/c.WhiteSpace_Supplier_Unknown';
import LABEL_SPEND from '@salesforce/label/c.WhiteSpace_Spend';
import LABEL_COMPETITOR_REQUIRED from '@salesforce/label/c.WhiteSpace_Competitor_Required';
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

const SECTION = {
    heading: LABEL_TITLE,
    iconName: 'standard:portal',
    actionLabel: LABEL_ADD,
    emptyMessage: LABEL_EMPTY
};

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
/** The packaged validation rule Competitor_Required, checked in the dialog with its own message. */
const RULES: RequiredRule[] = [
    {
        field: COMPETITOR_FIELD,
        message: LABEL_COMPETITOR_REQUIRED,
        when: { field: SUPPLIER_FIELD, equals: 'Competitor' }
    }
];
/** The status a new cell starts with (the field's default in the org, set here so the dialog shows it). */
const NEW_STATUS = 'Open';
/** Current Supplier picklist values in legend order; the colour class of each is `supplier_<key>`. */
const SUPPLIERS: { value: string; key: string }[] = [
    { value: 'Us', key: 'us' },
    { value: 'Competitor', key: 'competitor' },
    { value: 'In-house', key: 'in-house' },
    { value: 'None', key: 'none' }
];
const UNKNOWN_KEY = 'unknown';
/** Width of the business unit column and of each offering column in the grid. */
const BUSINESS_UNIT_WIDTH = 9 * REM;
const OFFERING_WIDTH = 9 * REM;
/** Below this the grid is a list whatever the number of offerings: phones, the record page's main column. */
const GRID_MIN_WIDTH = 48 * REM;

interface CellView {
    key: string;
    id: string;
    businessUnit: string;
    offering: string;
    /** "Retail / Analytics": names the cell in its menu and the delete confirmation. */
    name: string;
    status: string;
    cellClass: string;
    supplierLabel: string;
    spendLabel: string;
}

interface GridCell {
    key: string;
    businessUnit: string;
    offering: string;
    cell: CellView | undefined;
    addLabel: string;
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

function supplierKeyOf(supplier: string | null): string {
    return SUPPLIERS.find((entry) => entry.value === supplier)?.key ?? UNKNOWN_KEY;
}

const byName = (a: string, b: string): number => a.localeCompare(b);

/**
 * Business unit x offering map of the account: who supplies what today (the colour, and the supplier in words),
 * where we stand (the status badge) and what the account already buys from us per offering (the column headers).
 * Where the grid would not fit it is a list grouped by business unit.
 */
export default class PlanWhiteSpace extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    writeError: unknown;
    isWorking = false;
    /** The component's width once measured; the grid shows until then. */
    width: number | undefined;

    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;
    private focus = new FocusAfterWrite();
    private stopObserving: (() => void) | undefined;

    labels = {
        title: LABEL_TITLE,
        businessUnit: LABEL_BUSINESS_UNIT,
        legend: LABEL_LEGEND,
        signals: LABEL_SIGNALS
    };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredResult(result: WireResult<PlanWorkspace>): void {
        this.wiredWorkspace = result;
        this.workspace = result.data;
        this.error = result.error;
    }

    override connectedCallback(): void {
        this.stopObserving = observeWidth(this.template!.host, (width) => {
            this.width = width;
        });
    }

    override disconnectedCallback(): void {
        // Stryker disable next-line OptionalChaining: equivalent, connectedCallback always sets it (observeWidth returns a function) and runs first
        this.stopObserving?.();
    }

    override renderedCallback(): void {
        this.focus.apply();
    }

    /** What the section card shows: title, add button, loading, errors, a write running, the empty state. */
    get section(): SectionCardProperties {
        return sectionCard(SECTION, this, this.hasCells);
    }

    get canManage(): boolean {
        return this.workspace?.permissions.canManageChildren === true;
    }

    private get cells(): WhiteSpaceCell[] {
        // Stryker disable next-line ArrayDeclaration: equivalent, without a workspace the card shows only its spinner or error panel (no slot, no empty state)
        return this.workspace?.whiteSpace ?? [];
    }

    private get currency(): string | undefined {
        // Stryker disable next-line OptionalChaining: equivalent, read only while mapping columns or cells, which exist only with a workspace
        return this.workspace?.plan.currencyIsoCode;
    }

    get hasCells(): boolean {
        return this.cells.length > 0;
    }

    get showLegend(): boolean {
        return !!this.workspace;
    }

    private get businessUnits(): string[] {
        return Array.from(new Set(this.cells.map((cell) => cell.businessUnit))).sort(byName);
    }

    /** Offerings of the map plus those the account already buys (so a sold offering without a cell shows). */
    private get offerings(): string[] {
        const names = new Set(this.cells.map((cell) => cell.offering));
        // Stryker disable next-line ArrayDeclaration,OptionalChaining: equivalent, offeringSignals is always a list; without a workspace nothing reads offerings (hasCells false)
        (this.workspace?.offeringSignals ?? []).forEach((signal) => names.add(signal.offering));
        return Array.from(names).sort(byName);
    }

    get isList(): boolean {
        const needed = Math.max(GRID_MIN_WIDTH, BUSINESS_UNIT_WIDTH + OFFERING_WIDTH * this.offerings.length);
        // not measured yet: the grid
        return (this.width ?? Infinity) < needed;
    }

    get isGrid(): boolean {
        return !this.isList;
    }

    get columns(): OfferingColumn[] {
        // Stryker disable next-line ArrayDeclaration,OptionalChaining: equivalent, offeringSignals is always a list; columns are read only under hasCells
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
            cells: this.offerings.map((offering) => ({
                key: `${businessUnit}|${offering}`,
                businessUnit,
                offering,
                cell: this.views.find((view) => view.businessUnit === businessUnit && view.offering === offering),
                addLabel: formatLabel(LABEL_ADD_CELL, businessUnit, offering)
            }))
        }));
    }

    /** The list form: each business unit with its cells in offering order (no empty slots). */
    get groups(): { key: string; businessUnit: string; cells: CellView[] }[] {
        return this.businessUnits.map((businessUnit) => ({
            key: businessUnit,
            businessUnit,
            cells: this.views
                .filter((view) => view.businessUnit === businessUnit)
                .sort((a, b) => byName(a.offering, b.offering))
        }));
    }

    private get views(): CellView[] {
        return this.cells.map((cell) => {
            const supplierLabel = cell.currentSupplier
                ? cell.currentSupplier + (cell.competitor ? ` (${cell.competitor})` : '')
                : LABEL_SUPPLIER_UNKNOWN;
            return {
                key: cell.id,
                id: cell.id,
                businessUnit: cell.businessUnit,
                offering: cell.offering,
                name: `${cell.businessUnit} / ${cell.offering}`,
                status: cell.status,
                cellClass: `white-space-cell supplier_${supplierKeyOf(cell.currentSupplier)}`,
                supplierLabel,
                spendLabel:
                    cell.estimatedAnnualSpend != null
                        ? formatLabel(LABEL_SPEND, formatCurrency(cell.estimatedAnnualSpend, this.currency, true))
                        : ''
            };
        });
    }

    get legend(): { key: string; label: string; swatchClass: string }[] {
        return [
            ...SUPPLIERS.map((entry) => ({ key: entry.key, label: entry.value })),
            { key: UNKNOWN_KEY, label: LABEL_SUPPLIER_UNKNOWN }
        ].map((entry) => ({ ...entry, swatchClass: `legend-swatch slds-m-right_xx-small supplier_${entry.key}` }));
    }

    get cellsReadOnly(): boolean {
        return !this.canManage;
    }

    // ---------------------------------------------------------------- writes

    async handleAdd(): Promise<void> {
        const savedId = await this.openModal(undefined, LABEL_NEW_TITLE, []);
        this.focus.request(...this.cellTargets(savedId), () => this.focusAdd());
    }

    async handleAddAt(event: Event): Promise<void> {
        const { businessUnit, offering } = (event.currentTarget as HTMLElement).dataset;
        const savedId = await this.openModal(undefined, LABEL_NEW_TITLE, [
            { field: BUSINESS_UNIT_FIELD, value: businessUnit },
            { field: OFFERING_FIELD, value: offering }
        ]);
        // the new cell, else the "+" that opened the dialog (still there when cancelled or saved elsewhere)
        this.focus.request(
            ...this.cellTargets(savedId),
            () => focusOn(this.addAtButton(businessUnit, offering)),
            () => this.focusAdd()
        );
    }

    async handleEdit(event: Event): Promise<void> {
        const cell = this.cellById((event.currentTarget as HTMLElement).dataset.id);
        // Stryker disable next-line ConditionalExpression: equivalent, every cell button is rendered from this.cells, so its data-id always finds its cell
        if (cell) {
            await this.edit(cell);
        }
    }

    async handleRowAction(event: CustomEvent<{ value: string; recordId: string }>): Promise<void> {
        const cell = this.cellById(event.detail.recordId);
        // Stryker disable next-line BlockStatement,ConditionalExpression: equivalent, every menu is rendered from this.cells, so its record id always finds its cell
        if (!cell) {
            return;
        }
        if (event.detail.value === 'edit') {
            await this.edit(cell);
        } else if (event.detail.value === 'delete') {
            await this.remove(cell);
        }
    }

    private cellById(id: string | undefined): WhiteSpaceCell | undefined {
        return this.cells.find((entry) => entry.id === id);
    }

    private async edit(cell: WhiteSpaceCell): Promise<void> {
        await this.openModal(cell.id, LABEL_EDIT_TITLE, undefined, `${cell.businessUnit} / ${cell.offering}`);
        this.focus.request(...this.cellTargets(cell.id), () => this.focusAdd());
    }

    private async remove(cell: WhiteSpaceCell): Promise<void> {
        if (!(await confirmDelete(formatLabel(LABEL_DELETE_CONFIRM, cell.businessUnit, cell.offering)))) {
            this.focus.request(() => this.focusMenu(cell.id));
            return;
        }
        const deleted = await runWrite(this, async () => {
            await deleteRecord(cell.id);
            await this.afterWrite(LABEL_DELETED);
        });
        if (!deleted) {
            this.focus.request(() => this.focusMenu(cell.id));
            return;
        }
        // The "+" that takes the cell's place once the grid has re-rendered; the add button when the business
        // unit's row goes with its last cell, or in the list form, which has no "+".
        const rowStays = this.isGrid && this.cells.some((entry) => entry.businessUnit === cell.businessUnit);
        this.focus.request(() => {
            return rowStays ? focusOn(this.addAtButton(cell.businessUnit, cell.offering)) : this.focusAdd();
        });
    }

    /** Focus on a cell: its button in the grid, its menu in the list. */
    private cellTargets(id: string | undefined): (() => boolean)[] {
        return id
            ? [
                  // Stryker disable next-line OptionalChaining: equivalent, a rendered component always has its template
                  () => focusOn(this.template?.querySelector(`button.white-space-cell[data-id="${id}"]`)),
                  () => this.focusMenu(id)
              ]
            : [];
    }

    private addAtButton(businessUnit: string | undefined, offering: string | undefined): Element | null | undefined {
        // Stryker disable next-line ArrayDeclaration,OptionalChaining: equivalent, a rendered component always has its template and querySelectorAll a NodeList
        return Array.from(this.template?.querySelectorAll('lightning-button-icon.add-at') ?? []).find(
            (button) =>
                (button as HTMLElement).dataset.businessUnit === businessUnit &&
                (button as HTMLElement).dataset.offering === offering
        );
    }

    private focusMenu(id: string): boolean {
        return focusRowMenu(this.template, id);
    }

    private focusAdd(): boolean {
        return focusSectionAction(this.template);
    }

    /** Opens the dialog (new cells start Open on this plan); resolves the saved record's Id, if any. */
    private async openModal(
        recordId: string | undefined,
        label: string,
        defaults: FieldDefault[] | undefined,
        description?: string
    ): Promise<string | undefined> {
        // Stryker disable next-line BlockStatement,ConditionalExpression: equivalent, a read-only user has no control that opens it (no Add, no "+", no menus, cells disabled)
        if (!this.canManage) {
            return undefined;
        }
        const savedId = await PlanRecordModal.open({
            label,
            description,
            size: 'medium',
            objectApiName: WHITE_SPACE_OBJECT,
            recordId,
            fields: WHITE_SPACE_FIELDS,
            defaultValues: defaults
                ? [{ field: PLAN_FIELD, value: this.recordId }, ...defaults, { field: STATUS_FIELD, value: NEW_STATUS }]
                : undefined,
            rules: RULES
        });
        if (savedId) {
            await this.afterWrite(LABEL_SAVED);
        }
        return savedId ?? undefined;
    }

    private async afterWrite(message: string): Promise<void> {
        this.writeError = undefined;
        await toastAndRefresh(this, message, this.recordId, this.wiredWorkspace);
    }
}
