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
    /**
     * The plan's history for the trend chart and its table view (SnapshotPoint.forPlan): snapshots dated from the
     * plan's Start Date on (its period, its period-end snapshot, reviews while it runs), oldest first, at most 200
     * (the newest). Empty when there is no history yet or the user may not read snapshots. Points whose
     * currencyIsoCode differs from plan.currencyIsoCode were taken before a currency change: leave them out.
     */
    snapshots: SnapshotPoint[];
    /** What changed since the last snapshot and since the last review (PlanDeltas.compute), for the scorecard. */
    deltas: PlanDeltas;
    /** PlanHealthView: the stored health score with every factor and the top three reasons. */
    health: PlanHealth;
    /** The plan's latest reviews (plan and objective reviews), newest first, at most 50 (ReviewTimelineRow.MAX_ROWS). */
    reviews: ReviewTimelineRow[];
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
    /** PlanHealthBadge: score, status and top reason (Account card badge, My plans, Planning Home). */
    health: PlanHealthBadge;
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
    /** Who recorded the last review; absent in data from before the member existed. */
    lastReviewedByName?: string | null;
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

/**
 * One plan snapshot (Apex SnapshotPoint): the plan's numbers on snapshotDate, in currencyIsoCode (the plan's
 * currency when it was taken). The pro-rata target line of the chart is the plan's own revenueTarget spread from
 * plan.startDate to plan.endDate; revenueTarget here is the target on that date (it may have been changed since).
 */
interface SnapshotPoint {
    id: string;
    /** YYYY-MM-DD, the day the numbers were recorded (the nightly run, the review, the first night after the end). */
    snapshotDate: string;
    /** Why it was taken; one per plan and day (Review wins over Period End, Period End over Scheduled). */
    snapshotType: SnapshotType;
    currencyIsoCode: string;
    revenueTarget: number | null;
    wonAmount: number;
    openPipeline: number;
    weightedPipeline: number;
    /** Won + weighted pipeline on that date. */
    forecast: number;
    /** 0-100 (and above); null when the plan had no positive target. */
    attainmentPercent: number | null;
    /** Open pipeline / target still to win; null when the target was reached or not set. */
    pipelineCoverage: number | null;
    openObjectives: number;
    overdueObjectives: number;
    /** 0-100; null until the plan had a health score. */
    healthScore: number | null;
    healthStatus: 'Healthy' | 'Watch' | 'At Risk' | null;
}

/** The values of Account_Plan_Snapshot__c.Snapshot_Type__c. */
type SnapshotType = 'Scheduled' | 'Review' | 'Period End';

/** PlanDeltas: the plan now against two earlier snapshots; null members mean "no comparable history yet". */
interface PlanDeltas {
    /** The plan's currency; every amount below is in it. */
    currencyIsoCode: string;
    /**
     * Against the latest snapshot dated before today (any type), so the morning after the weekly snapshot still
     * compares with the week before. Null when there is none, or it was taken in another currency.
     */
    sinceLastSnapshot: PlanDelta | null;
    /** Against the latest Review snapshot (today's included). Null when the plan has no review snapshot yet. */
    sinceLastReview: PlanDelta | null;
}

/** PlanDelta: now minus the baseline snapshot. Positive is up, negative is down; show the sign in text, not colour alone. */
interface PlanDelta {
    /** YYYY-MM-DD of the baseline snapshot, for "since 3 Mar" or "since the review on 3 Mar". */
    baselineDate: string;
    baselineType: SnapshotType;
    baselineSnapshotId: string;
    /** Won amount now minus then, in PlanDeltas.currencyIsoCode ("won +$120k"). */
    wonAmountChange: number;
    /** Forecast now minus then ("forecast -$40k"). */
    forecastChange: number;
    /** Attainment % now minus then in percentage points ("attainment +6 pts"); null without a target then or now. */
    attainmentPointsChange: number | null;
    /** Open objectives now overdue that were not overdue then: due on or after baselineDate, before today. */
    newlyOverdueObjectives: number;
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

/** Account_Plan__c.Health_Status__c API values (render statusLabel, never the API value or colour alone). */
type HealthStatus = 'Healthy' | 'Watch' | 'At Risk';

/** PlanHealthSettings.FACTOR_KEYS, in the order the breakdown lists them; label `Health_Factor_<key>`. */
type HealthFactorKey =
    'FORECAST' | 'PIPELINE_COVERAGE' | 'OBJECTIVES' | 'STAKEHOLDERS' | 'ACTIVITY' | 'PLAN_UPDATES' | 'MANAGER_REVIEW';

/**
 * A PlanReasonCodes value. Render it with the custom label `Reason_<code>`, filling `{0}`, `{1}`, `{2}` with
 * `values` in order (each code's numbers are listed in PlanReasonCodes.cls and docs/calculations.md). Codes and
 * numbers only: never names or record Ids.
 */
type HealthReasonCode = string;

/** PlanHealthBreakdown.Reason: one reason the score is below 100, or why a factor does not apply. */
interface PlanHealthReason {
    /** The factor it belongs to. */
    factor: HealthFactorKey;
    code: HealthReasonCode;
    /** The numbers of the label's placeholders, in order (percent, days, counts; whole numbers). */
    values: number[];
    /** Points of the total score this reason costs, one decimal; 0 for a factor that does not apply. */
    points: number;
}

/** PlanHealthBreakdown.Factor: one line of the breakdown. */
interface PlanHealthFactor {
    key: HealthFactorKey;
    /** Switched on in its Health Factor record (false: code is FACTOR_OFF). */
    active: boolean;
    /** Counted in the score: active, weight above 0, and the plan has what it measures. */
    applies: boolean;
    /** 0-100 whole number as used in the formula; null (or absent) when the factor does not apply. */
    score: number | null;
    /** The Health Factor weight used for this score. */
    weight: number;
    /** weight / sum of the applying weights x 100, one decimal; 0 when it does not apply. */
    effectiveWeight: number;
    /** (100 - score) x effectiveWeight / 100, one decimal: what the factor costs the total. */
    pointsLost: number;
    /** One-line explanation (e.g. FORECAST_BEHIND_PRORATA with values [18, 200, 365]). */
    code: HealthReasonCode;
    values: number[];
    /** What the lost points are made of, largest first (several for objectives and stakeholders). */
    reasons: PlanHealthReason[];
}

/**
 * PlanHealthView (PlanWorkspace.health). score = round(sum(score x weight) / sum(weight)) over the factors with
 * applies = true, so a manager can recompute it from `factors` (docs/calculations.md, "Plan health score").
 */
interface PlanHealth {
    /** 0-100; null when the plan is not scored (notScoredCode says why). */
    score: number | null;
    status: HealthStatus | null;
    /** Status in the user's language (picklist label). */
    statusLabel: string | null;
    /** PLAN_NOT_OPEN (closed or cancelled), NO_FACTOR_APPLIES, HEALTH_NOT_CALCULATED; null when scored. */
    notScoredCode: HealthReasonCode | null;
    calculatedAt: string | null;
    /** Status thresholds in effect: Healthy from, Watch from (below: At Risk). */
    healthyFrom: number;
    watchFrom: number;
    /** Every factor in HealthFactorKey order; empty when not scored. */
    factors: PlanHealthFactor[];
    /** Top three reasons, largest cost first; then factors that do not apply (points 0). */
    reasons: PlanHealthReason[];
}

/** PlanHealthBadge (PlanSummary.health, PlanAtRiskRow.health): the health at a glance. */
interface PlanHealthBadge {
    score: number | null;
    status: HealthStatus | null;
    statusLabel: string | null;
    /** The largest reason, or null. */
    topReason: PlanHealthReason | null;
    calculatedAt: string | null;
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
    /** The current plan's links and whether the user may carry it forward; absent or null without a current plan. */
    carryForward?: CarryForwardLinks | null;
    /**
     * Without a current plan: the account's latest ended, non-cancelled plan when the user may carry it forward and
     * it has no next plan yet (the empty state offers "Continue from <plan>"); absent or null otherwise.
     */
    continueFromPlanId?: string | null;
    continueFromPlanName?: string | null;
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
