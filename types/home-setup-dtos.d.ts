/**
 * DTOs of PlanningHomeController and PlanningSetupController (spec/CONTRACT.md "Workspace data contract"),
 * field for field with the Apex inner classes. Global (ambient) types like workspace-dtos.d.ts.
 * Dates are ISO 'YYYY-MM-DD', datetimes ISO strings; Ids are strings.
 */

/**
 * PlanningHomeController.KeyAccountRow, with the plan "Create plan" should prefill: the same suggestion as the
 * Account card (AccountPlanCardDto), from PlanPeriods.
 */
interface KeyAccountRow {
    id: string;
    name: string;
    ownerName: string | null;
    /** The account owner (User Id, for a record link). */
    ownerId: string;
    suggestedStartDate: string;
    suggestedEndDate: string;
    suggestedName: string;
    /** Account_Plan__c.Period_Type__c value of the suggested plan. */
    suggestedPeriodType: PlanPeriodType;
    /**
     * The account's latest ended, non-cancelled plan when the user may carry it forward and it has no next plan yet:
     * the row offers "Plan next period" (the carry dialog for this plan) instead of "Create plan". Absent otherwise.
     */
    carryFromPlanId?: string | null;
    /** That plan's name. */
    carryFromPlanName?: string | null;
}

/** PlanningHomeController.ReviewDueRow: a plan whose next review date has come. */
interface ReviewDueRow {
    id: string;
    name: string;
    accountName: string | null;
    nextReviewDate: string | null;
    ownerName: string | null;
    /** The plan's account (for a record link). */
    accountId: string;
    /** The plan owner (User Id, for a record link). */
    ownerId: string;
    /** The plan's Last Review Date; null when never reviewed. */
    lastReviewDate: string | null;
    /** 'Healthy', 'Watch' or 'At Risk'; null until the health score is calculated. */
    healthStatus: string | null;
}

/** PlanningHomeController.OwnerReviewGroup: the plans of one owner that are due for review. */
interface OwnerReviewGroup {
    ownerId: string;
    ownerName: string | null;
    /** Earliest due first. */
    plans: ReviewDueRow[];
}

/**
 * HomePlanRow: a Draft or Active plan in the Planning Home table. Amounts in the plan's own currency
 * (currencyIsoCode); attainment in percent (0-100+), coverage a ratio (open pipeline / target still to win).
 */
interface HomePlanRow {
    id: string;
    name: string;
    /** The plan's account (record link) and its name. */
    accountId: string;
    accountName: string | null;
    /** The plan owner (User Id, record link) and name. */
    ownerId: string;
    ownerName: string | null;
    /** 'Draft' or 'Active'. */
    status: string;
    startDate: string;
    endDate: string;
    currencyIsoCode: string;
    revenueTarget: number | null;
    wonAmount: number;
    /** Won plus weighted pipeline. */
    forecast: number;
    /** Forecast minus target; negative means short of target. */
    forecastVariance: number;
    attainmentPercent: number | null;
    /** Null when the target is reached or not set. */
    pipelineCoverage: number | null;
    lastReviewDate: string | null;
    nextReviewDate: string | null;
    isReviewDue: boolean;
    /** 0-100; null until the health score is calculated. */
    healthScore: number | null;
    healthStatus: string | null;
}

/**
 * HomeTotals: the totals row of the Planning Home table, over every Draft and Active plan in scope (also those
 * beyond the 50 rows shown). In one currency: the corporate currency in multi-currency orgs (SOQL converts grouped
 * sums into it), the org currency otherwise; show currencyIsoCode next to the numbers.
 */
interface HomeTotals {
    currencyIsoCode: string;
    /** Plans added up (compare with plans.length to say "showing 50 of N"). */
    planCount: number;
    revenueTarget: number;
    wonAmount: number;
    openPipeline: number;
    forecast: number;
    forecastVariance: number;
    /** Won / target in percent, one decimal; null without a positive target. */
    attainmentPercent: number | null;
}

/** Planning Home scope: the user's own plans, or also those of everyone below them in the role hierarchy. */
type PlanningHomeScope = 'MY' | 'TEAM';

/** Sort keys of the Planning Home table (HomePlanRow member names); anything else sorts by forecastVariance. */
type HomePlanSortKey =
    | 'name'
    | 'accountName'
    | 'ownerName'
    | 'status'
    | 'endDate'
    | 'revenueTarget'
    | 'wonAmount'
    | 'forecast'
    | 'forecastVariance'
    | 'attainmentPercent'
    | 'pipelineCoverage'
    | 'nextReviewDate'
    | 'healthScore';

/** PlanningHomeController.OverdueObjectiveRow */
interface OverdueObjectiveRow {
    id: string;
    name: string;
    planId: string;
    planName: string | null;
    dueDate: string | null;
    ownerName: string | null;
    status: string;
    /** The objective owner (User Id, for a record link); null when the objective has none. */
    ownerId: string | null;
}

/** PlanAtRiskRow: a visible Draft or Active plan whose health status is At Risk. */
interface PlanAtRiskRow {
    id: string;
    name: string;
    accountName: string | null;
    ownerName: string | null;
    endDate: string | null;
    /** Score, status and the top reason to show in the row. */
    health: PlanHealthBadge;
}

/** PlanningHomeController.PlanningHome */
interface PlanningHomeData {
    keyAccountsWithoutPlan: KeyAccountRow[];
    plansDueForReview: ReviewDueRow[];
    overdueObjectives: OverdueObjectiveRow[];
    myPlans: PlanSummary[];
    /** Plans at risk, lowest score first, at most 50 (PlanAtRiskRow). */
    plansAtRisk: PlanAtRiskRow[];
    /** The scope every list above and below was built for (the default: 'TEAM' when hasTeam, else 'MY'). */
    scope: PlanningHomeScope;
    /** True when users sit below the running user in the role hierarchy: show the My / My team switch. */
    hasTeam: boolean;
    /** True when the team was cut at 2,000 users or 10 role levels (say the view may be incomplete). */
    teamTruncated: boolean;
    /** Draft and Active plans in scope, in sortBy / sortDirection order, at most 50. */
    plans: HomePlanRow[];
    /** Totals of every Draft and Active plan in scope. */
    totals: HomeTotals;
    /** The applied sort key and direction (unknown requests fall back to 'forecastVariance' / 'asc'). */
    sortBy: HomePlanSortKey;
    sortDirection: 'asc' | 'desc';
    /** plansDueForReview grouped by owner, owners by name. */
    reviewDueByOwner: OwnerReviewGroup[];
    /**
     * The myPlans Ids whose row offers "Plan next period": the user may carry the plan forward, it has no next plan
     * and it ends within 30 days or has ended (PlanningHomeController.CARRY_WINDOW_DAYS). Absent in older answers.
     */
    myPlanIdsToCarry?: string[];
}

/** PlanningSetupController.JobRun (AsyncApexJob of the last recalculation batch) */
interface RecalculationJobRun {
    id: string;
    status: string;
    completedAt: string | null;
    totalBatches: number | null;
    errors: number | null;
    extendedStatus: string | null;
}

/** PlanningSetupChecklist.Checklist (active users per package permission set) */
interface SetupChecklistData {
    userAssignments: number;
    managerAssignments: number;
    adminAssignments: number;
    dataMigrationAssignments: number;
}

/** EngineFailureSummary.FailureRow (one Account_Planning_Log__c error) */
interface EngineFailureRow {
    id: string;
    source: string | null;
    errorCode: string | null;
    message: string | null;
    recordId: string | null;
    planId: string | null;
    createdDate: string;
}

/** EngineFailureSummary.Summary */
interface EngineFailureSummaryData {
    errorCount: number;
    latest: EngineFailureRow[];
    reportId: string | null;
}

/** PlanHealthSetup.FactorSetting: one Health Factor record in effect. */
interface HealthFactorSetting {
    /** Label `Health_Factor_<key>`. */
    key: HealthFactorKey;
    active: boolean;
    weight: number;
    /** weight / totalActiveWeight x 100, one decimal; 0 when switched off. */
    sharePercent: number;
    /** Measure that scores 100 / 0, in thresholdUnit; null for Objectives and Stakeholders. */
    fullScoreAt: number | null;
    zeroScoreAt: number | null;
    /** Objectives only: how many times an overdue objective counts. */
    overdueWeight: number | null;
    /** Label `Health_Unit_<unit>`; null for factors without thresholds. */
    thresholdUnit:
        | 'PERCENT_OF_PRORATA_TARGET'
        | 'PERCENT_OF_REMAINING_TARGET'
        | 'PERCENT_OF_CONTACT_CADENCE'
        | 'DAYS_SINCE_UPDATE'
        | 'DAYS_OVERDUE'
        | null;
    /** True when more is better (Forecast, Pipeline Coverage). */
    higherIsBetter: boolean;
}

/** PlanHealthSetup: the health configuration in effect and where to change it. */
interface HealthSetupData {
    factors: HealthFactorSetting[];
    /** Status thresholds (saveHealthThresholds changes them). */
    healthyFrom: number;
    watchFrom: number;
    totalActiveWeight: number;
    /** Setup page of the Health Factor records (weights, thresholds, on/off), relative to the org's domain. */
    factorsSetupUrl: string;
}

/** PlanningSetupController.SetupInfo; schedule, last run and checklist are null without Manage Account Planning. */
interface PlanningSetupData {
    revenueSource: string;
    includeChildAccounts: boolean;
    asyncThreshold: number;
    logRetentionDays: number;
    engineEnabled: boolean;
    nightlyScheduled: boolean | null;
    nextRunAt: string | null;
    lastRun: RecalculationJobRun | null;
    canManage: boolean;
    checklist: SetupChecklistData | null;
    failures: EngineFailureSummaryData | null;
    /** Plan history settings, effective values (defaults filled in); saved with saveSnapshotSettings. */
    snapshotSettings: SnapshotSettingsData;
    /** Health score factors, weights and thresholds in effect (PlanHealthSetup). */
    health: HealthSetupData;
    /** The nightly review reminders to managers are on (setting Review Notifications Enabled, default on). */
    reviewNotificationsEnabled: boolean;
    /** "Carry forward all plans ending this period" (CarryForwardRuns.Status); null without Manage Account Planning. */
    carryForward: CarryForwardRunStatus | null;
    /** The plan page's "On target" band in percent (default 2, 0-50); saved with saveOnTargetTolerance. */
    onTargetTolerancePercent: number;
}

/** SnapshotSettings: when plan snapshots are taken and how long they are kept. */
interface SnapshotSettingsData {
    /** Off: no snapshot is taken or deleted (history missed meanwhile cannot be recovered). */
    enabled: boolean;
    frequency: 'Weekly' | 'Monthly';
    /** English day name as stored (label it with the user's locale in the UI). */
    weekday: 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';
    /** 1-31; past a shorter month's end the last day of that month. */
    dayOfMonth: number;
    /** 1-120. */
    retentionMonths: number;
}

/** CarryForwardRuns.PeriodOption: a fiscal quarter the button offers (plans ending between the two days). */
interface CarryForwardPeriodOption {
    startDate: string;
    endDate: string;
    /** "Q2 2026", "Q1 FY2027". */
    label: string;
}

/** CarryForwardRuns.Summary: what a finished run did, one count per plan (the latest-ending plan of each account). */
interface CarryForwardRunSummary {
    endingFrom: string;
    endingTo: string;
    /** New next-period plans. */
    created: number;
    /** Existing next plans that got what they lacked. */
    completed: number;
    /** Next plans that already held everything. */
    upToDate: number;
    /** Skipped before writing (no edit access to the plan or its next plan); each is in the failure log. */
    refused: number;
    /** Refused on save (overlap rule, validation rule) and rolled back; each is in the failure log with the reason. */
    failed: number;
    /** Too large even in the smallest pass; running again carries them. */
    deferred: number;
}

/** CarryForwardRuns.Status: the Setup page's carry-forward card. */
interface CarryForwardRunStatus {
    /** The current fiscal quarter (the default). */
    thisPeriod: CarryForwardPeriodOption;
    /** The fiscal quarter before it (for an admin who runs it after the quarter ended). */
    lastPeriod: CarryForwardPeriodOption;
    /** A run queued or in progress (disable the button), or null. */
    runningJobId: string | null;
    runningJobStatus: string | null;
    /** The last finished run's summary, or null (never run, or pruned with the log). */
    lastRun: CarryForwardRunSummary | null;
    lastRunAt: string | null;
    /** Who started it. */
    lastRunBy: string | null;
    lastRunJobId: string | null;
}

/** CarryForwardRuns.Launch */
interface CarryForwardLaunch {
    jobId: string;
    /** True when a run was already queued or running and no second one was started. */
    alreadyRunning: boolean;
    endingFrom: string;
    endingTo: string;
}

/** PlanningSetupController.RunResult */
interface RecalculationRunResult {
    jobId: string;
    alreadyRunning: boolean;
}

declare module '@salesforce/apex/PlanningHomeController.getPlanningHome' {
    const getPlanningHome: ApexMethod<Record<string, never>, PlanningHomeData>;
    export default getPlanningHome;
}

declare module '@salesforce/apex/PlanningHomeController.getPlanningHomeFor' {
    /** Planning Home for a scope (null: the default) with the plan table sorted server-side (null: the default). */
    const getPlanningHomeFor: ApexMethod<
        { scope: PlanningHomeScope | null; sortBy: HomePlanSortKey | null; sortDirection: 'asc' | 'desc' | null },
        PlanningHomeData
    >;
    export default getPlanningHomeFor;
}

declare module '@salesforce/apex/PlanningSetupController.getSetup' {
    const getSetup: ApexMethod<Record<string, never>, PlanningSetupData>;
    export default getSetup;
}

declare module '@salesforce/apex/PlanningSetupController.saveSettings' {
    /** Resolves with the metadata deployment id. */
    const saveSettings: ApexMethod<
        { revenueSource: string; includeChildAccounts: boolean; asyncThreshold: number; logRetentionDays: number },
        string
    >;
    export default saveSettings;
}

declare module '@salesforce/apex/PlanningSetupController.saveHealthThresholds' {
    /** Resolves with the metadata deployment id; every plan is recalculated once it is deployed. */
    const saveHealthThresholds: ApexMethod<{ healthyFrom: number; watchFrom: number }, string>;
    export default saveHealthThresholds;
}

declare module '@salesforce/apex/PlanningSetupController.saveReviewNotifications' {
    /**
     * Switches the nightly review reminders on or off (needs Manage Account Planning); resolves with the metadata
     * deployment id. The value shows in getSetup once the deployment has finished.
     */
    const saveReviewNotifications: ApexMethod<{ enabled: boolean }, string>;
    export default saveReviewNotifications;
}

declare module '@salesforce/apex/PlanningSetupController.runRecalculation' {
    /** Resolves with the job that recalculates every plan (started now, or already running). */
    const runRecalculation: ApexMethod<Record<string, never>, RecalculationRunResult>;
    export default runRecalculation;
}

declare module '@salesforce/apex/PlanningSetupController.scheduleNightly' {
    /** Resolves with the CronTrigger id. */
    const scheduleNightly: ApexMethod<Record<string, never>, string>;
    export default scheduleNightly;
}

declare module '@salesforce/apex/PlanningSetupController.unscheduleNightly' {
    const unscheduleNightly: ApexMethod<Record<string, never>, null>;
    export default unscheduleNightly;
}

declare module '@salesforce/apex/SnapshotSettingsController.saveSnapshotSettings' {
    /**
     * Resolves with the metadata deployment id. Rejects with the label Setup_Error_No_Permission,
     * Setup_Error_Snapshot_Cadence, Setup_Error_Snapshot_Retention or Setup_Error_Save_Failed.
     */
    const saveSnapshotSettings: ApexMethod<
        {
            enabled: boolean;
            frequency: SnapshotSettingsData['frequency'];
            weekday: SnapshotSettingsData['weekday'];
            dayOfMonth: number;
            retentionMonths: number;
        },
        string
    >;
    export default saveSnapshotSettings;
}

declare module '@salesforce/apex/CarryForwardController.startCarryForwardAll' {
    /**
     * Carries forward the latest plan ending between the two days of every account (both null: the current fiscal
     * quarter) in the background; needs Manage Account Planning. growthPercent sets each new target to last
     * period's won plus that percentage (null: no target).
     */
    const startCarryForwardAll: ApexMethod<
        { endingFrom: string | null; endingTo: string | null; growthPercent: number | null },
        CarryForwardLaunch
    >;
    export default startCarryForwardAll;
}

declare module '@salesforce/apex/PlanPageSettingsController.saveOnTargetTolerance' {
    /**
     * Resolves with the metadata deployment id. Rejects with the label Setup_Error_No_Permission,
     * Setup_Error_On_Target_Tolerance (not 0-50 with at most two decimals) or Setup_Error_Save_Failed.
     */
    const saveOnTargetTolerance: ApexMethod<{ tolerancePercent: number }, string>;
    export default saveOnTargetTolerance;
}
