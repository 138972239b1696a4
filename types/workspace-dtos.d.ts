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
    /** The plan's latest reviews (plan and objective reviews), newest first, at most 50 (ReviewTimelineRow.MAX_ROWS). */
    reviews: ReviewTimelineRow[];
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
    /**
     * Mark reviewed (the plan and its objectives) is allowed: the user holds Review Account Plans (Manager and Admin
     * permission sets), may create review rows, and can edit the plan.
     */
    canMarkReviewed: boolean;
    /**
     * Why Mark reviewed is disabled, already translated (custom label Review_Disabled_No_Permission or
     * Review_Disabled_No_Access); null when canMarkReviewed is true. Show it as the disabled button's help text.
     */
    markReviewedDisabledReason: string | null;
}

/**
 * ReviewTimelineRow: one entry of the plan's review history (Account_Plan_Review__c). A plan review carries the
 * plan's status, health and numbers as they were that day; an objective review carries the objective's name, status
 * and progress (its plan fields are null).
 */
interface ReviewTimelineRow {
    /** Account_Plan_Review__c Id (a record link opens the review). */
    id: string;
    /** 'Plan' or 'Objective' (Review_Type__c), a code: label it in the component. */
    type: 'Plan' | 'Objective';
    /** The day of the review (ISO date). */
    reviewDate: string;
    /** The manager who recorded it (User Id, for a record link). */
    reviewerId: string | null;
    reviewerName: string | null;
    /** What the manager wrote; null when the review had no comments. */
    comments: string | null;
    /** The reviewed objective; null for plan reviews and after the objective was deleted. */
    objectiveId: string | null;
    /** The objective's name at review time (kept after the objective is renamed or deleted); null for plan reviews. */
    objectiveName: string | null;
    /** The objective's Status__c API value at review time, e.g. 'At Risk'; null for plan reviews. */
    objectiveStatus: string | null;
    /** The objective's progress at review time, 0-100; null for plan reviews or without a target value. */
    objectiveProgressPercent: number | null;
    /** The plan's Status__c at review time ('Draft', 'Active', 'Closed', 'Cancelled'); null for objective reviews. */
    planStatus: string | null;
    /** The plan's Health_Score__c (0-100) at review time; null when not calculated or for objective reviews. */
    healthScore: number | null;
    /** 'Healthy', 'Watch' or 'At Risk' at review time; null when not calculated or for objective reviews. */
    healthStatus: string | null;
    /** ISO code of the amounts below (the plan's currency when the review was recorded). */
    currencyIsoCode: string;
    /** The plan's numbers at review time (null for objective reviews); attainment in percent, coverage a ratio. */
    revenueTarget: number | null;
    wonAmount: number | null;
    forecast: number | null;
    forecastVariance: number | null;
    attainmentPercent: number | null;
    pipelineCoverage: number | null;
    /** Open and overdue objectives of the plan at review time (Carried Forward ones are not open); null otherwise. */
    openObjectives: number | null;
    overdueObjectives: number | null;
    /** The plan snapshot taken for this review (plan history feature); null until linked or for objective reviews. */
    snapshotId: string | null;
    /** When the row was saved (ISO datetime): orders two reviews of the same day. */
    recordedAt: string;
}

/** PlanReviewController.PlanReviewResult: one plan marked reviewed. */
interface PlanReviewResult {
    planId: string;
    /** The new history row. */
    reviewId: string;
    /** Today (ISO date). */
    reviewDate: string;
    /** The plan's new Next Review Date: refresh the plan (refreshPlan) to show it and the cleared "Review due". */
    nextReviewDate: string;
}

/** PlanReviewController.ObjectiveReviewResult: one objective review recorded. */
interface ObjectiveReviewResult {
    objectiveId: string;
    reviewId: string;
    /** The date recorded: the one asked for, capped at today. */
    reviewDate: string;
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

declare module '@salesforce/apex/PlanReviewController.markPlansReviewed' {
    /**
     * Marks the plans reviewed today (at most 200; all or none), with the same optional comments on each. Rejects
     * with a translated message (Review_Error_*) when the user lacks Review Account Plans or edit access.
     */
    const markPlansReviewed: ApexMethod<{ planIds: string[]; comments: string | null }, PlanReviewResult[]>;
    export default markPlansReviewed;
}

declare module '@salesforce/apex/PlanReviewController.markObjectiveReviewed' {
    /** Records an objective review; reviewDate null means today, a later date is capped at today. */
    const markObjectiveReviewed: ApexMethod<
        { objectiveId: string; comments: string | null; reviewDate: string | null },
        ObjectiveReviewResult
    >;
    export default markObjectiveReviewed;
}
