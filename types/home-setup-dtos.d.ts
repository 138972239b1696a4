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
    /** The plan page's "On target" band in percent (default 2, 0-50); saved with saveOnTargetTolerance. */
    onTargetTolerancePercent: number;
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

declare module '@salesforce/apex/PlanPageSettingsController.saveOnTargetTolerance' {
    /**
     * Resolves with the metadata deployment id. Rejects with the label Setup_Error_No_Permission,
     * Setup_Error_On_Target_Tolerance (not 0-50 with at most two decimals) or Setup_Error_Save_Failed.
     */
    const saveOnTargetTolerance: ApexMethod<{ tolerancePercent: number }, string>;
    export default saveOnTargetTolerance;
}
