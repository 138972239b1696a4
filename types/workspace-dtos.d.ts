/**
 * The workspace data contract (spec/CONTRACT.md "Workspace data contract"): the DTOs returned by
 * AccountPlanWorkspaceController and AccountPlanCardController, field for field with the Apex DTO classes of the
 * same name (PlanWorkspace, PlanSummary, ObjectiveRow, ...; AccountPlanCardDto is
 * AccountPlanCardController.AccountPlanCard). Global (ambient) types so
 * components, tests, fixtures and the preview share one definition without imports.
 * Dates are ISO 'YYYY-MM-DD', datetimes ISO, currency values numbers in the plan currency, percents 0-100.
 */

interface PlanWorkspace {
    plan: PlanSummary;
    objectives: ObjectiveRow[];
    stakeholders: StakeholderRow[];
    partnerRoles: PartnerRoleRow[];
    whiteSpace: WhiteSpaceCell[];
    offeringSignals: OfferingSignal[];
    monthly: MonthPoint[];
    opportunities: OpportunityPage;
    accountContacts: ContactOption[];
    permissions: WorkspacePermissions;
}

interface PlanSummary {
    id: string;
    name: string;
    accountId: string;
    accountName: string;
    status: string;
    periodType: string | null;
    startDate: string;
    endDate: string;
    currencyIsoCode: string;
    revenueTarget: number | null;
    wonAmount: number;
    lostAmount: number;
    openPipeline: number;
    weightedPipeline: number;
    forecast: number;
    forecastVariance: number;
    attainmentPercent: number | null;
    pipelineCoverage: number | null;
    winRate: number | null;
    wonCount: number;
    lostCount: number;
    openCount: number;
    currentSegment: string | null;
    targetSegment: string | null;
    keyAccountType: string | null;
    reviewFrequency: string | null;
    lastReviewDate: string | null;
    nextReviewDate: string | null;
    isReviewDue: boolean;
    contactCadenceDays: number | null;
    lastActivityDate: string | null;
    nextActivityDate: string | null;
    rollupsCalculatedAt: string | null;
    strengths: string | null;
    weaknesses: string | null;
    opportunities: string | null;
    threats: string | null;
    businessOverview: string | null;
    customerGoals: string | null;
    valueProposition: string | null;
    competitiveLandscape: string | null;
    risks: string | null;
    supportRequired: string | null;
    shortTermPlan: string | null;
    managerReviewComments: string | null;
    /**
     * The "On target" band in percent of the revenue target (Account_Planning_Setting__mdt
     * On_Target_Tolerance_Percent__c, default 2, 0-50): a forecast variance within ±band shows as On target.
     */
    onTargetTolerancePercent: number;
}

interface ObjectiveRow {
    id: string;
    name: string;
    description: string | null;
    category: string | null;
    status: string;
    priority: string | null;
    ownerId: string | null;
    ownerName: string | null;
    dueDate: string | null;
    targetValue: number | null;
    currentValue: number | null;
    progressPercent: number | null;
    isOverdue: boolean;
    ownerComments: string | null;
    managerReviewComments: string | null;
    lastReviewedDate: string | null;
    actions: ActionRow[];
}

interface ActionRow {
    id: string;
    subject: string;
    status: string;
    activityDate: string | null;
    isClosed: boolean;
    ownerName: string | null;
}

interface StakeholderRow {
    id: string;
    contactId: string;
    contactName: string;
    title: string | null;
    buyingRole: string | null;
    influence: string | null;
    attitude: string | null;
    relationshipStrength: string | null;
    relationshipOwnerId: string | null;
    relationshipOwnerName: string | null;
    notes: string | null;
}

interface PartnerRoleRow {
    id: string;
    partnerAccountId: string;
    partnerName: string;
    role: string;
    influence: string | null;
    relationship: string | null;
    notes: string | null;
}

interface WhiteSpaceCell {
    id: string;
    businessUnit: string;
    offering: string;
    currentSupplier: string | null;
    competitor: string | null;
    estimatedAnnualSpend: number | null;
    contractEndDate: string | null;
    status: string;
    notes: string | null;
}

/** From the account's opportunity products (Product2.Family). */
interface OfferingSignal {
    offering: string;
    wonAmount: number;
    openAmount: number;
}

interface MonthPoint {
    /** YYYY-MM */
    month: string;
    won: number;
    open: number;
}

interface OpportunityPage {
    totalCount: number;
    pageNumber: number;
    pageSize: number;
    rows: OpportunityRow[];
}

interface OpportunityRow {
    id: string;
    name: string;
    stageName: string;
    closeDate: string;
    amount: number | null;
    probability: number | null;
    expectedRevenue: number | null;
    isClosed: boolean;
    isWon: boolean;
    ownerName: string | null;
}

interface ContactOption {
    id: string;
    name: string;
    title: string | null;
}

interface WorkspacePermissions {
    canEditPlan: boolean;
    canReview: boolean;
    canManageChildren: boolean;
}

/** searchPartnerAccounts result row. */
interface PartnerAccountOption {
    id: string;
    name: string;
    type: string | null;
}

/**
 * AccountPlanCardController.getAccountPlanCard. The suggestion is PlanPeriods' (the same on Planning Home): the
 * period after the account's latest plan, of its period type, on the org's fiscal calendar, never over another
 * plan of the account.
 */
interface AccountPlanCardDto {
    currentPlan: PlanSummary | null;
    suggestedStartDate: string;
    suggestedEndDate: string;
    suggestedName: string;
    /** Account_Plan__c.Period_Type__c value of the suggested plan. */
    suggestedPeriodType: PlanPeriodType;
    isKeyAccount: boolean;
}

/** The values of Account_Plan__c.Period_Type__c. */
type PlanPeriodType = 'Quarter' | 'Half Year' | 'Year' | 'Custom';

type OpportunityFilter = 'all' | 'won' | 'open' | 'lost';
type OpportunitySortField =
    'name' | 'stageName' | 'closeDate' | 'amount' | 'probability' | 'expectedRevenue' | 'ownerName';
type SortDirection = 'asc' | 'desc';

declare module '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace' {
    const getWorkspace: ApexMethod<{ planId: string | undefined }, PlanWorkspace>;
    export default getWorkspace;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.getLinkedOpportunities' {
    const getLinkedOpportunities: ApexMethod<
        {
            planId: string;
            filter: OpportunityFilter;
            sortBy: OpportunitySortField;
            sortDirection: SortDirection;
            pageNumber: number;
            pageSize: number;
        },
        OpportunityPage
    >;
    export default getLinkedOpportunities;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.searchPartnerAccounts' {
    const searchPartnerAccounts: ApexMethod<{ searchTerm: string }, PartnerAccountOption[]>;
    export default searchPartnerAccounts;
}

declare module '@salesforce/apex/AccountPlanCardController.getAccountPlanCard' {
    const getAccountPlanCard: ApexMethod<{ accountId: string | undefined }, AccountPlanCardDto>;
    export default getAccountPlanCard;
}
