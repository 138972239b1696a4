import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import getLinkedOpportunities from '@salesforce/apex/AccountPlanWorkspaceController.getLinkedOpportunities';
import { formatCurrency, formatDate, formatLabel, formatPercent } from 'c/planUtils';
import TITLE from '@salesforce/label/c.Opportunities_Title';
import FILTER from '@salesforce/label/c.Opportunities_Filter';
import FILTER_ALL from '@salesforce/label/c.Opportunities_Filter_All';
import FILTER_WON from '@salesforce/label/c.Opportunities_Filter_Won';
import FILTER_OPEN from '@salesforce/label/c.Opportunities_Filter_Open';
import FILTER_LOST from '@salesforce/label/c.Opportunities_Filter_Lost';
import COL_NAME from '@salesforce/label/c.Opportunities_Name';
import COL_STAGE from '@salesforce/label/c.Opportunities_Stage';
import COL_CLOSE_DATE from '@salesforce/label/c.Opportunities_Close_Date';
import COL_AMOUNT from '@salesforce/label/c.Opportunities_Amount';
import COL_PROBABILITY from '@salesforce/label/c.Opportunities_Probability';
import COL_EXPECTED from '@salesforce/label/c.Opportunities_Expected_Revenue';
import COL_OWNER from '@salesforce/label/c.Opportunities_Owner';
import PREVIOUS from '@salesforce/label/c.Opportunities_Previous';
import NEXT from '@salesforce/label/c.Opportunities_Next';
import PAGE_OF from '@salesforce/label/c.Opportunities_Page_Of';
import EMPTY from '@salesforce/label/c.Opportunities_Empty';
import EMPTY_FILTER from '@salesforce/label/c.Opportunities_Empty_Filter';
import SORT_BY from '@salesforce/label/c.Opportunities_Sort_By';
import SORT_ASCENDING from '@salesforce/label/c.Opportunities_Sort_Ascending';
import SORT_DESCENDING from '@salesforce/label/c.Opportunities_Sort_Descending';
import SORT_TOGGLE from '@salesforce/label/c.Opportunities_Sort_Toggle';
import LOADING from '@salesforce/label/c.Common_Loading';

const DEFAULT_FILTER: OpportunityFilter = 'all';
const DEFAULT_SORT: OpportunitySortField = 'closeDate';
const DEFAULT_DIRECTION: SortDirection = 'desc';
const DEFAULT_PAGE_SIZE = 50;
/** Below this width of the component (not the window) rows become stacked cards. */
export const NARROW_WIDTH = 600;

/** Each sortable field and the column that shows it (amounts, dates and percents are formatted text). */
const COLUMNS: { field: OpportunitySortField; column: string; label: string; numeric?: boolean }[] = [
    { field: 'name', column: 'recordUrl', label: COL_NAME },
    { field: 'stageName', column: 'stageName', label: COL_STAGE },
    { field: 'closeDate', column: 'closeDateText', label: COL_CLOSE_DATE },
    { field: 'amount', column: 'amountText', label: COL_AMOUNT, numeric: true },
    { field: 'probability', column: 'probabilityText', label: COL_PROBABILITY, numeric: true },
    { field: 'expectedRevenue', column: 'expectedRevenueText', label: COL_EXPECTED, numeric: true },
    { field: 'ownerName', column: 'ownerName', label: COL_OWNER }
];

/** A row as the table and the cards show it: formatted in the plan's currency and the user's locale. */
export interface OpportunityView extends OpportunityRow {
    recordUrl: string;
    closeDateText: string;
    amountText: string;
    probabilityText: string;
    expectedRevenueText: string;
}

type ResizeObserverLike = { observe(target: Element): void; disconnect(): void };
type ResizeObserverConstructor = new (
    callback: (entries: { contentRect: { width: number } }[]) => void
) => ResizeObserverLike;

/**
 * Linked opportunities of a plan. The first page (all, latest close date first) comes with the workspace call;
 * every other filter, sort or page is one getLinkedOpportunities call for that page only, so a plan with 2,000
 * opportunities renders as fast as one with 20.
 */
export default class PlanOpportunities extends LightningElement {
    @api recordId: string | undefined;
    @api pageSize = DEFAULT_PAGE_SIZE;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    /** A page loaded on demand (any state other than the workspace's first page). */
    loadedPage: OpportunityPage | undefined;
    pageError: unknown;
    isPageLoading = false;

    filter: OpportunityFilter = DEFAULT_FILTER;
    sortedBy: OpportunitySortField = DEFAULT_SORT;
    sortedDirection: SortDirection = DEFAULT_DIRECTION;
    pageNumber = 1;

    /** True when the component is narrower than NARROW_WIDTH: stacked cards instead of the table. */
    isNarrow = false;

    private requestId = 0;
    private resizeObserver: ResizeObserverLike | undefined;

    labels = { title: TITLE, filter: FILTER, previous: PREVIOUS, next: NEXT, loading: LOADING, sortBy: SORT_BY };

    sortOptions = COLUMNS.map((column) => ({ label: column.label, value: column.field }));

    filterOptions = [
        { label: FILTER_ALL, value: 'all' },
        { label: FILTER_WON, value: 'won' },
        { label: FILTER_OPEN, value: 'open' },
        { label: FILTER_LOST, value: 'lost' }
    ];

    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspace(result: WireResult<PlanWorkspace>): void {
        this.workspace = result.data;
        this.error = result.error;
        // Another page size, or a refresh while another page is shown: (re)load the page on screen.
        if (result.data && !this.usesWorkspacePage) {
            this.loadPage();
        }
    }

    /**
     * Watches the component's own width (a phone, or the record page's main column beside the activity panel), not
     * the window's. Without ResizeObserver the table stays.
     */
    override connectedCallback(): void {
        const Observer = (window as unknown as { ResizeObserver?: ResizeObserverConstructor }).ResizeObserver;
        // Stryker disable next-line OptionalChaining: a connected component always has its template
        const host = this.template?.host;
        if (!Observer || !host) {
            return;
        }
        this.resizeObserver = new Observer((entries) => {
            // Stryker disable next-line OptionalChaining: ResizeObserver reports at least one entry per call
            const width = entries[entries.length - 1]?.contentRect.width ?? 0;
            this.isNarrow = width > 0 && width < NARROW_WIDTH;
        });
        this.resizeObserver.observe(host);
    }

    override disconnectedCallback(): void {
        this.resizeObserver?.disconnect();
        this.resizeObserver = undefined;
    }

    get effectivePageSize(): number {
        const size = Number(this.pageSize) || DEFAULT_PAGE_SIZE;
        return Math.min(200, Math.max(1, Math.floor(size)));
    }

    /** True while the view equals the first page the workspace call already carries. */
    get usesWorkspacePage(): boolean {
        return (
            this.filter === DEFAULT_FILTER &&
            this.sortedBy === DEFAULT_SORT &&
            this.sortedDirection === DEFAULT_DIRECTION &&
            this.pageNumber === 1 &&
            !!this.workspace &&
            this.workspace.opportunities.pageSize === this.effectivePageSize
        );
    }

    get currentPage(): OpportunityPage | undefined {
        // Stryker disable next-line OptionalChaining: usesWorkspacePage is true only with a workspace
        return this.usesWorkspacePage ? this.workspace?.opportunities : this.loadedPage;
    }

    /** The plan's currency; formatCurrency writes USD without one. */
    get currencyCode(): string | undefined {
        // Stryker disable next-line OptionalChaining: the template shows rows only under lwc:elseif={workspace}
        return this.workspace?.plan.currencyIsoCode;
    }

    get columns(): Record<string, unknown>[] {
        return COLUMNS.map((column) => {
            if (column.field === 'name') {
                return {
                    label: column.label,
                    fieldName: column.column,
                    type: 'url',
                    sortable: true,
                    typeAttributes: { label: { fieldName: 'name' }, target: '_self' }
                };
            }
            return {
                label: column.label,
                fieldName: column.column,
                type: 'text',
                sortable: true,
                ...(column.numeric ? { cellAttributes: { alignment: 'right' } } : {})
            };
        });
    }

    private rowsCache: { page: OpportunityPage; size: number; rows: OpportunityView[] } | undefined;

    /** Only the current page is ever turned into rows (computed once per page). */
    get rows(): OpportunityView[] {
        const page = this.currentPage;
        // Stryker disable next-line ConditionalExpression,BlockStatement: with a workspace there is always a page (loadPage keeps the workspace's until its own arrives), and rows are read only with a workspace
        if (!page) {
            // Stryker disable next-line ArrayDeclaration: as above
            return [];
        }
        const size = this.effectivePageSize;
        if (!this.rowsCache || this.rowsCache.page !== page || this.rowsCache.size !== size) {
            const currency = this.currencyCode;
            const rows = page.rows.slice(0, size).map((row) => ({
                ...row,
                recordUrl: `/lightning/r/Opportunity/${row.id}/view`,
                closeDateText: formatDate(row.closeDate),
                amountText: formatCurrency(row.amount, currency),
                probabilityText: formatPercent(row.probability, 0),
                expectedRevenueText: formatCurrency(row.expectedRevenue, currency)
            }));
            this.rowsCache = { page, size, rows };
        }
        return this.rowsCache.rows;
    }

    get datatableSortedBy(): string {
        // Stryker disable next-line OptionalChaining: sortBy() only ever sets a field of COLUMNS
        return COLUMNS.find((column) => column.field === this.sortedBy)?.column ?? this.sortedBy;
    }

    get sortDirectionLabel(): string {
        return this.sortedDirection === 'asc' ? SORT_ASCENDING : SORT_DESCENDING;
    }

    get sortDirectionIcon(): string {
        return this.sortedDirection === 'asc' ? 'utility:arrowup' : 'utility:arrowdown';
    }

    get sortToggleTitle(): string {
        return formatLabel(SORT_TOGGLE, this.sortDirectionLabel.toLowerCase());
    }

    get totalCount(): number {
        return this.currentPage?.totalCount || 0;
    }

    get totalPages(): number {
        return Math.max(1, Math.ceil(this.totalCount / this.effectivePageSize));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get showEmpty(): boolean {
        return !!this.currentPage && !this.hasRows && !this.isPageLoading;
    }

    get emptyMessage(): string {
        return this.filter === DEFAULT_FILTER ? EMPTY : EMPTY_FILTER;
    }

    get pageStatus(): string {
        return formatLabel(PAGE_OF, this.pageNumber, this.totalPages, this.totalCount);
    }

    get previousDisabled(): boolean {
        return this.pageNumber <= 1 || this.isPageLoading;
    }

    get nextDisabled(): boolean {
        return this.pageNumber >= this.totalPages || this.isPageLoading;
    }

    get showPager(): boolean {
        return this.totalCount > this.effectivePageSize;
    }

    handleFilterChange(event: CustomEvent<{ value: string }>): void {
        this.filter = event.detail.value as OpportunityFilter;
        this.pageNumber = 1;
        this.loadPage();
    }

    /** A sort from the table's column headers. Unknown columns fall back to the default order. */
    handleSort(event: CustomEvent<{ fieldName: string; sortDirection: string }>): void {
        const column = COLUMNS.find((candidate) => candidate.column === event.detail.fieldName);
        this.sortBy(column?.field ?? DEFAULT_SORT, event.detail.sortDirection === 'asc' ? 'asc' : 'desc');
    }

    /** The card layout's sort field picker. */
    handleSortFieldChange(event: CustomEvent<{ value: string }>): void {
        const column = COLUMNS.find((candidate) => candidate.field === event.detail.value);
        this.sortBy(column?.field ?? DEFAULT_SORT, this.sortedDirection);
    }

    /** The card layout's direction button. */
    handleSortDirectionToggle(): void {
        this.sortBy(this.sortedBy, this.sortedDirection === 'asc' ? 'desc' : 'asc');
    }

    private sortBy(field: OpportunitySortField, direction: SortDirection): void {
        this.sortedBy = field;
        this.sortedDirection = direction;
        this.pageNumber = 1;
        this.loadPage();
    }

    handlePrevious(): void {
        if (this.pageNumber > 1) {
            this.pageNumber -= 1;
            this.loadPage();
        }
    }

    handleNext(): void {
        if (this.pageNumber < this.totalPages) {
            this.pageNumber += 1;
            this.loadPage();
        }
    }

    private loadPage(): void {
        this.pageError = undefined;
        if (this.usesWorkspacePage || !this.recordId) {
            this.loadedPage = undefined;
            return;
        }
        // Keep the rows on screen (under the spinner) until the new page arrives: no flicker, stable pager.
        if (!this.loadedPage && this.workspace) {
            this.loadedPage = this.workspace.opportunities;
        }
        // Stryker disable next-line UpdateOperator: counting down numbers the requests just as uniquely
        const requestId = ++this.requestId;
        this.isPageLoading = true;
        getLinkedOpportunities({
            planId: this.recordId,
            filter: this.filter,
            sortBy: this.sortedBy,
            sortDirection: this.sortedDirection,
            pageNumber: this.pageNumber,
            pageSize: this.effectivePageSize
        })
            .then((page) => {
                if (requestId === this.requestId) {
                    this.loadedPage = page;
                    this.pageNumber = page.pageNumber;
                }
            })
            .catch((error: unknown) => {
                if (requestId === this.requestId) {
                    this.pageError = error;
                }
            })
            .finally(() => {
                if (requestId === this.requestId) {
                    this.isPageLoading = false;
                }
            });
    }
}
