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
    /** Health score factors, weights and thresholds in effect (PlanHealthSetup). */
    health: HealthSetupData;
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

declare module '@salesforce/apex/PlanningSetupController.saveHealthThresholds' {
    /** Resolves with the metadata deployment id; every plan is recalculated once it is deployed. */
    const saveHealthThresholds: ApexMethod<{ healthyFrom: number; watchFrom: number }, string>;
    export default saveHealthThresholds;
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
