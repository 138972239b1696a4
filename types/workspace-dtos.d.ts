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
    /** "Continued from" / "continued in" links and whether the user may open "Plan next period" (CarryForwardLinks). */
    carryForward: CarryForwardLinks;
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

// ---------------------------------------------------------------- carry forward (issue 18)

/**
 * CarryForwardLinks: the thread between periods on the plan page. A linked plan the user cannot read is left out
 * (both its Id and name are null), never named.
 */
interface CarryForwardLinks {
    /** The plan this one continues (Account_Plan__c.Previous_Plan__c): the "continued from" link. */
    previousPlanId: string | null;
    previousPlanName: string | null;
    /** The earliest non-cancelled plan whose Previous Plan is this one: the "continued in" link. */
    nextPlanId: string | null;
    nextPlanName: string | null;
    /**
     * True when the user can edit this plan, may create plans and the plan is not cancelled: show "Plan next
     * period". The modal's preview re-checks everything (next plan access, overlap) before anything is written.
     */
    canCarryForward: boolean;
}

/** The groups the modal offers, each with a checkbox; the keys the preview returns and carryForward accepts. */
type CarryForwardGroupKey =
    'objectives' | 'stakeholders' | 'partnerRoles' | 'whiteSpace' | 'narrative' | 'targetSegment';

/**
 * Why a plan may not be carried forward (CarryForwardService): NOT_FOUND (not visible), NO_EDIT_ACCESS, NOT_CREATABLE
 * (no permission to create plans; the message is NO_EDIT_ACCESS's), SOURCE_CANCELLED, NEXT_PLAN_NOT_EDITABLE.
 */
type CarryForwardRefusalCode =
    'NOT_FOUND' | 'NO_EDIT_ACCESS' | 'NOT_CREATABLE' | 'SOURCE_CANCELLED' | 'NEXT_PLAN_NOT_EDITABLE';

/** CarryForwardPreview.GroupPreview: one checkbox row of the modal. */
interface CarryForwardGroupPreview {
    key: CarryForwardGroupKey;
    /**
     * What the plan has that could carry: open objectives (not Achieved, Missed, Cancelled or Carried Forward),
     * stakeholders, partner roles, white space cells, non-blank SWOT/narrative fields (11 at most), or 1 when a
     * target segment is set.
     */
    available: number;
    /** What carrying adds now; the next plan, when it exists, already holds available - toCarry. */
    toCarry: number;
    /** objectives only: open actions (Tasks) that move with the objectives to carry (0 without "Edit Tasks"). */
    actions: number;
    /** objectives only: achieved, missed, cancelled or already carried objectives, which stay behind. */
    leftBehind: number;
    /** targetSegment only: the segment that becomes the new plan's current segment. */
    value: string | null;
}

/** CarryForwardPreview.NextPeriod: the period after the plan on the org's fiscal calendar. */
interface CarryForwardNextPeriod {
    startDate: string;
    endDate: string;
    periodType: PlanPeriodType;
    /** "Q3 2026", "H1 FY2027", "FY2027", or "1/1/2027 to 3/31/2027" for a custom period. */
    label: string;
    /** The new plan's name: the account name and the period label. */
    planName: string;
}

/** CarryForwardPreview.NextPlan: the visible plan that already covers the next period (or is linked to this one). */
interface CarryForwardExistingPlan {
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    canEdit: boolean;
}

/**
 * CarryForwardController.getCarryForwardPreview (cacheable; refresh it with refreshApex after carryForward).
 * Suggested target: lastPeriodWon x (1 + growth / 100) for the growth the user types, rounded to cents; no
 * suggestion when lastPeriodWon is null or 0 (never an invented number).
 */
interface CarryForwardPreview {
    sourcePlanId: string;
    sourcePlanName: string;
    accountName: string | null;
    /** The plan's currency, which the new plan takes (the user's default currency in single-currency orgs). */
    currencyIsoCode: string;
    canCarryForward: boolean;
    /** Null when canCarryForward. */
    refusalCode: CarryForwardRefusalCode | null;
    /** The refusal as a sentence for the user (a custom label); null when canCarryForward. */
    refusalMessage: string | null;
    nextPeriod: CarryForwardNextPeriod;
    /** Null when no next plan exists yet: carrying forward creates it (Draft). */
    nextPlan: CarryForwardExistingPlan | null;
    /** True when the next plan exists and holds everything: offer to open it instead. */
    upToDate: boolean;
    /** True when a plan the user cannot see covers part of the next period: saving will be refused (overlap rule). */
    periodTaken: boolean;
    /** One row per group, in the order of CarryForwardGroupKey above. */
    groups: CarryForwardGroupPreview[];
    lastPeriodWon: number | null;
    lastPeriodForecast: number | null;
    lastPeriodTarget: number | null;
}

/**
 * Created: a new next plan; Completed: the existing next plan got what it lacked; UpToDate: it already had
 * everything. Refused / Failed / Deferred never reach the plan page: carryForward throws their message instead.
 */
type CarryForwardOutcome = 'Created' | 'Completed' | 'UpToDate' | 'Refused' | 'Failed' | 'Deferred';

/** CarryForwardController.carryForward's result: the plan to open, and what this run carried. */
interface CarryForwardResult {
    sourcePlanId: string;
    outcome: CarryForwardOutcome;
    /** The next plan to navigate to. */
    planId: string | null;
    planName: string | null;
    errorCode: string | null;
    /** "Acme Q3 2026 was created from this plan." and the like (custom labels), for a toast. */
    message: string;
    objectives: number;
    /** Open actions actually moved (an action the user cannot edit stays with its original). */
    actions: number;
    stakeholders: number;
    partnerRoles: number;
    whiteSpace: number;
    narrativeFields: number;
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

declare module '@salesforce/apex/CarryForwardController.getCarryForwardPreview' {
    const getCarryForwardPreview: ApexMethod<{ planId: string | undefined }, CarryForwardPreview>;
    export default getCarryForwardPreview;
}

declare module '@salesforce/apex/CarryForwardController.carryForward' {
    /**
     * Rejects with the reason (shared error panel: reduceErrors) when refused or when a save is refused (overlap
     * rule, validation rule); nothing is then written. groups null carries every group; revenueTarget null sets none.
     */
    const carryForward: ApexMethod<
        { planId: string; groups: CarryForwardGroupKey[] | null; revenueTarget: number | null },
        CarryForwardResult
    >;
    export default carryForward;
}
