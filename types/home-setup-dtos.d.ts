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
    suggestedStartDate: string;
    suggestedEndDate: string;
    suggestedName: string;
    /** Account_Plan__c.Period_Type__c value of the suggested plan. */
    suggestedPeriodType: PlanPeriodType;
}

/** PlanningHomeController.ReviewDueRow */
interface ReviewDueRow {
    id: string;
    name: string;
    accountName: string | null;
    nextReviewDate: string | null;
    ownerName: string | null;
}

/** PlanningHomeController.OverdueObjectiveRow */
interface OverdueObjectiveRow {
    id: string;
    name: string;
    planId: string;
    planName: string | null;
    dueDate: string | null;
    ownerName: string | null;
    status: string;
}

/** PlanningHomeController.PlanningHome */
interface PlanningHomeData {
    keyAccountsWithoutPlan: KeyAccountRow[];
    plansDueForReview: ReviewDueRow[];
    overdueObjectives: OverdueObjectiveRow[];
    myPlans: PlanSummary[];
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
    /** "Carry forward all plans ending this period" (CarryForwardRuns.Status); null without Manage Account Planning. */
    carryForward: CarryForwardRunStatus | null;
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
