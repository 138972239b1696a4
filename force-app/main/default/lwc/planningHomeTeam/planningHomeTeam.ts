import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getPlanningHomeFor from '@salesforce/apex/PlanningHomeController.getPlanningHomeFor';
import { formatCurrency, formatDate, formatLabel, formatPercent } from 'c/planUtils';
import { coverageText, healthText } from 'c/planReviewFormat';
import LABEL_SCOPE from '@salesforce/label/c.Review_Home_Scope';
import LABEL_SCOPE_MY from '@salesforce/label/c.Review_Home_Scope_My';
import LABEL_SCOPE_TEAM from '@salesforce/label/c.Review_Home_Scope_Team';
import LABEL_TRUNCATED from '@salesforce/label/c.Review_Home_Team_Truncated';
import LABEL_PLANS_TITLE from '@salesforce/label/c.Review_Home_Plans_Title';
import LABEL_PLANS_EMPTY from '@salesforce/label/c.Review_Home_Plans_Empty';
import LABEL_SHOWING from '@salesforce/label/c.Review_Home_Showing';
import LABEL_TOTALS from '@salesforce/label/c.Review_Home_Totals';
import LABEL_DUE_TITLE from '@salesforce/label/c.Review_Home_Due_Title';
import LABEL_DUE_EMPTY from '@salesforce/label/c.Home_Reviews_Empty';
import LABEL_PLAN from '@salesforce/label/c.Home_Plan';
import LABEL_ACCOUNT from '@salesforce/label/c.Home_Account';
import LABEL_OWNER from '@salesforce/label/c.Home_Owner';
import LABEL_TARGET from '@salesforce/label/c.Home_Target';
import LABEL_WON from '@salesforce/label/c.Home_Won';
import LABEL_FORECAST from '@salesforce/label/c.Review_Timeline_Forecast';
import LABEL_VARIANCE from '@salesforce/label/c.Review_Timeline_Variance';
import LABEL_ATTAINMENT from '@salesforce/label/c.Home_Attainment';
import LABEL_COVERAGE from '@salesforce/label/c.Review_Timeline_Coverage';
import LABEL_HEALTH from '@salesforce/label/c.Review_Timeline_Health';
import LABEL_NEXT_REVIEW from '@salesforce/label/c.Home_Next_Review';
import LABEL_LAST_REVIEW from '@salesforce/label/c.Review_Last_Reviewed';
import LABEL_NEVER from '@salesforce/label/c.Review_Never_Reviewed';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';

interface Column {
    key: HomePlanSortKey;
    label: string;
    numeric: boolean;
}

const COLUMNS: Column[] = [
    { key: 'name', label: LABEL_PLAN, numeric: false },
    { key: 'accountName', label: LABEL_ACCOUNT, numeric: false },
    { key: 'ownerName', label: LABEL_OWNER, numeric: false },
    { key: 'revenueTarget', label: LABEL_TARGET, numeric: true },
    { key: 'wonAmount', label: LABEL_WON, numeric: true },
    { key: 'forecast', label: LABEL_FORECAST, numeric: true },
    { key: 'forecastVariance', label: LABEL_VARIANCE, numeric: true },
    { key: 'attainmentPercent', label: LABEL_ATTAINMENT, numeric: true },
    { key: 'pipelineCoverage', label: LABEL_COVERAGE, numeric: true },
    { key: 'healthScore', label: LABEL_HEALTH, numeric: false },
    { key: 'nextReviewDate', label: LABEL_NEXT_REVIEW, numeric: false }
];

interface HeaderView extends Column {
    ariaSort: 'ascending' | 'descending' | 'none';
    isSorted: boolean;
    sortIcon: string;
    thClass: string;
}

interface PlanView {
    id: string;
    name: string;
    accountId: string;
    accountName: string | null;
    ownerId: string;
    ownerName: string | null;
    target: string;
    won: string;
    forecast: string;
    variance: string;
    attainment: string;
    coverage: string;
    health: string;
    nextReview: string;
    rowClass: string;
}

interface DueView {
    id: string;
    name: string;
    planIds: string[];
    accountId: string;
    accountName: string | null;
    nextReview: string;
    lastReview: string;
    health: string;
}

interface OwnerGroupView {
    ownerId: string;
    ownerName: string | null;
    plans: DueView[];
}

/**
 * Planning Home's manager section: the My / My team switch, the plan table (forecast, variance, coverage, health;
 * sorted on the server) with its totals row, and the plans due for review grouped by owner, each with Mark
 * reviewed. Starts from the container's getPlanningHome data; a switch or a sort asks getPlanningHomeFor (cached
 * per scope and sort) and fires `homechange` with the new data so the container can follow the scope.
 */
export default class PlanningHomeTeam extends LightningElement {
    /** PlanningHomeData from the container's getPlanningHome call. */
    @api home: PlanningHomeData | undefined;

    /** Undefined until the user switches or sorts: the wire does not call Apex while a parameter is undefined. */
    requestedScope: PlanningHomeScope | undefined;
    requestedSortBy: HomePlanSortKey | undefined;
    requestedSortDirection: 'asc' | 'desc' | undefined;

    loaded: PlanningHomeData | undefined;
    error: unknown;
    isLoading = false;
    private wiredHome: WireResult<PlanningHomeData> | undefined;

    labels = {
        scope: LABEL_SCOPE,
        truncated: LABEL_TRUNCATED,
        plansTitle: LABEL_PLANS_TITLE,
        plansEmpty: LABEL_PLANS_EMPTY,
        dueTitle: LABEL_DUE_TITLE,
        dueEmpty: LABEL_DUE_EMPTY,
        loading: LABEL_LOADING,
        owner: LABEL_OWNER,
        nextReview: LABEL_NEXT_REVIEW
    };

    scopeOptions = [
        { label: LABEL_SCOPE_MY, value: 'MY' },
        { label: LABEL_SCOPE_TEAM, value: 'TEAM' }
    ];

    @wire(getPlanningHomeFor, {
        scope: '$requestedScope',
        sortBy: '$requestedSortBy',
        sortDirection: '$requestedSortDirection'
    })
    wiredResult(result: WireResult<PlanningHomeData>): void {
        this.wiredHome = result;
        if (result.data) {
            this.loaded = result.data;
            this.error = undefined;
            this.isLoading = false;
            this.dispatchEvent(new CustomEvent('homechange', { detail: { home: result.data } }));
        } else if (result.error) {
            this.error = result.error;
            this.isLoading = false;
        }
    }

    /** What is shown: the latest answer to the user's choice, else the container's data. */
    get data(): PlanningHomeData | undefined {
        return this.loaded ?? this.home;
    }

    get hasData(): boolean {
        return !!this.data;
    }

    get showScopeSwitch(): boolean {
        return !!this.data?.hasTeam;
    }

    get scope(): PlanningHomeScope {
        // Stryker disable next-line StringLiteral,OptionalChaining: read only with data (the switch, the truncation notice, the sort buttons), whose scope the server always sets
        return this.data?.scope ?? 'MY';
    }

    get isTruncated(): boolean {
        return !!this.data?.teamTruncated && this.scope === 'TEAM';
    }

    get headers(): HeaderView[] {
        // Stryker disable OptionalChaining: the headers render only inside the table, which needs data
        const sortBy = this.data?.sortBy;
        const direction = this.data?.sortDirection;
        // Stryker restore OptionalChaining
        return COLUMNS.map((column) => {
            const isSorted = column.key === sortBy;
            return {
                ...column,
                isSorted,
                ariaSort: isSorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none',
                sortIcon: direction === 'asc' ? 'utility:arrowup' : 'utility:arrowdown',
                thClass: `slds-is-sortable ${isSorted ? 'slds-is-sorted' : ''} ${column.numeric ? 'slds-text-align_right' : ''}`
            };
        });
    }

    get plans(): PlanView[] {
        // Stryker disable next-line ArrayDeclaration,OptionalChaining: read only with data, whose plans the server always sets
        return (this.data?.plans ?? []).map((plan) => {
            const money = (value: number | null) => formatCurrency(value, plan.currencyIsoCode);
            return {
                id: plan.id,
                name: plan.name,
                accountId: plan.accountId,
                accountName: plan.accountName,
                ownerId: plan.ownerId,
                ownerName: plan.ownerName,
                target: money(plan.revenueTarget),
                won: money(plan.wonAmount),
                forecast: money(plan.forecast),
                variance: money(plan.forecastVariance),
                attainment: formatPercent(plan.attainmentPercent),
                coverage: coverageText(plan.pipelineCoverage),
                health: healthText(plan.healthStatus, plan.healthScore),
                nextReview: formatDate(plan.nextReviewDate),
                rowClass: plan.isReviewDue ? 'plan plan-review-due' : 'plan'
            };
        });
    }

    get hasPlans(): boolean {
        return this.plans.length > 0;
    }

    get totals(): Record<string, string> | undefined {
        // Stryker disable OptionalChaining,ConditionalExpression,BlockStatement: read only inside the table, which needs data, whose totals the server always sets
        const totals = this.data?.totals;
        if (!totals) {
            return undefined;
        }
        // Stryker restore OptionalChaining,ConditionalExpression,BlockStatement
        const money = (value: number) => formatCurrency(value, totals.currencyIsoCode);
        return {
            label: formatLabel(LABEL_TOTALS, totals.planCount, totals.currencyIsoCode),
            target: money(totals.revenueTarget),
            won: money(totals.wonAmount),
            forecast: money(totals.forecast),
            variance: money(totals.forecastVariance),
            attainment: formatPercent(totals.attainmentPercent)
        };
    }

    /** "Showing 50 of 120 plans" when the table is cut (the totals still count every plan). */
    get showingText(): string | undefined {
        const data = this.data;
        if (!data || data.totals.planCount <= data.plans.length) {
            return undefined;
        }
        return formatLabel(LABEL_SHOWING, data.plans.length, data.totals.planCount);
    }

    get reviewGroups(): OwnerGroupView[] {
        // Stryker disable next-line ArrayDeclaration,OptionalChaining: read only with data, whose groups the server always sets
        return (this.data?.reviewDueByOwner ?? []).map((group) => ({
            ownerId: group.ownerId,
            ownerName: group.ownerName,
            plans: group.plans.map((row) => ({
                id: row.id,
                name: row.name,
                planIds: [row.id],
                accountId: row.accountId,
                accountName: row.accountName,
                nextReview: formatDate(row.nextReviewDate),
                lastReview: row.lastReviewDate
                    ? formatLabel(LABEL_LAST_REVIEW, formatDate(row.lastReviewDate))
                    : LABEL_NEVER,
                health: healthText(row.healthStatus, null)
            }))
        }));
    }

    get hasReviewGroups(): boolean {
        return this.reviewGroups.length > 0;
    }

    handleScopeChange(event: CustomEvent<{ value: PlanningHomeScope }>): void {
        // Stryker disable next-line StringLiteral,OptionalChaining: the switch renders only with data, whose sort the server always sets
        this.request(event.detail.value, this.data?.sortBy ?? 'forecastVariance', this.data?.sortDirection ?? 'asc');
    }

    /** Same column: the other direction; another column: ascending. The server sorts (the table shows 50 rows). */
    handleSort(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key as HomePlanSortKey;
        const data = this.data;
        // Stryker disable next-line OptionalChaining: the sort buttons render only with data
        const direction = data?.sortBy === key && data.sortDirection === 'asc' ? 'desc' : 'asc';
        this.request(this.scope, key, direction);
    }

    private request(scope: PlanningHomeScope, sortBy: HomePlanSortKey, sortDirection: 'asc' | 'desc'): void {
        this.isLoading = true;
        this.requestedScope = scope;
        this.requestedSortBy = sortBy;
        this.requestedSortDirection = sortDirection;
    }

    /** A row's Mark reviewed succeeded: reload what this component shows; the event goes on to the container. */
    handlePlanChange(event: Event): Promise<void> | undefined {
        // The review happened inside this section: Planning Home refreshes its own lists on this event.
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('planchange'));
        return this.requestedScope ? refreshApex(this.wiredHome) : undefined;
    }
}
