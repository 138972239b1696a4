import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getSetup from '@salesforce/apex/PlanningSetupController.getSetup';
import saveSettings from '@salesforce/apex/PlanningSetupController.saveSettings';
import runRecalculation from '@salesforce/apex/PlanningSetupController.runRecalculation';
import scheduleNightly from '@salesforce/apex/PlanningSetupController.scheduleNightly';
import unscheduleNightly from '@salesforce/apex/PlanningSetupController.unscheduleNightly';
import { formatDateTime, formatLabel, inputNumber, showToast } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Setup_Title';
import LABEL_SETTINGS_TITLE from '@salesforce/label/c.Setup_Settings_Title';
import LABEL_REVENUE_SOURCE from '@salesforce/label/c.Setup_Revenue_Source';
import LABEL_SOURCE_AMOUNT from '@salesforce/label/c.Setup_Source_Amount';
import LABEL_SOURCE_SCHEDULES from '@salesforce/label/c.Setup_Source_Schedules';
import LABEL_INCLUDE_CHILDREN from '@salesforce/label/c.Setup_Include_Children';
import LABEL_INCLUDE_CHILDREN_HELP from '@salesforce/label/c.Setup_Include_Children_Help';
import LABEL_THRESHOLD from '@salesforce/label/c.Setup_Threshold';
import LABEL_THRESHOLD_HELP from '@salesforce/label/c.Setup_Threshold_Help';
import LABEL_THRESHOLD_ERROR from '@salesforce/label/c.Setup_Error_Threshold';
import LABEL_LOG_RETENTION from '@salesforce/label/c.Setup_Log_Retention';
import LABEL_LOG_RETENTION_HELP from '@salesforce/label/c.Setup_Log_Retention_Help';
import LABEL_LOG_RETENTION_ERROR from '@salesforce/label/c.Setup_Error_Log_Retention';
import LABEL_SAVE from '@salesforce/label/c.Setup_Save';
import LABEL_SAVED from '@salesforce/label/c.Setup_Saved';
import LABEL_RECALC_TITLE from '@salesforce/label/c.Setup_Recalc_Title';
import LABEL_RUN_NOW from '@salesforce/label/c.Setup_Run_Now';
import LABEL_RUN_STARTED from '@salesforce/label/c.Setup_Run_Started';
import LABEL_RUN_ALREADY_RUNNING from '@salesforce/label/c.Setup_Run_Already_Running';
import LABEL_JOB_STATUS_HIDDEN from '@salesforce/label/c.Setup_Job_Status_Hidden';
import LABEL_SCHEDULE from '@salesforce/label/c.Setup_Schedule';
import LABEL_UNSCHEDULE from '@salesforce/label/c.Setup_Unschedule';
import LABEL_SCHEDULED from '@salesforce/label/c.Setup_Scheduled';
import LABEL_UNSCHEDULED from '@salesforce/label/c.Setup_Unscheduled';
import LABEL_NIGHTLY_ON from '@salesforce/label/c.Setup_Nightly_On';
import LABEL_NIGHTLY_OFF from '@salesforce/label/c.Setup_Nightly_Off';
import LABEL_LAST_RUN from '@salesforce/label/c.Setup_Last_Run';
import LABEL_LAST_RUN_NONE from '@salesforce/label/c.Setup_Last_Run_None';
import LABEL_LAST_RUN_DETAIL from '@salesforce/label/c.Setup_Last_Run_Detail';
import LABEL_NO_MANAGE from '@salesforce/label/c.Setup_No_Manage';
import LABEL_ENGINE_DISABLED from '@salesforce/label/c.Setup_Engine_Disabled';
import LABEL_REFRESH from '@salesforce/label/c.Setup_Refresh';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';

const MIN_THRESHOLD = 1;
const MAX_THRESHOLD = 10000;
const MIN_RETENTION_DAYS = 1;
const MAX_RETENTION_DAYS = 3650;

type ValidatableInput = { reportValidity(): boolean };

/**
 * Admin page: engine settings (deployed as custom metadata), the recalculation job, the install checklist and the
 * engine failure log (the last two in child components, fed from the same getSetup call).
 */
export default class PlanningSetup extends LightningElement {
    setup: PlanningSetupData | undefined;
    error: unknown;
    /** The error of the last job action (run now, schedule, unschedule); the settings card shows its own. */
    actionError: unknown;
    saveError: unknown;
    /** The action under way: one at a time, every control is off meanwhile. */
    busyWith: 'save' | 'job' | null = null;

    // The form renders only once getSetup has answered, and its answer sets these four.
    revenueSource!: string;
    includeChildAccounts!: boolean;
    asyncThreshold: number | undefined;
    logRetentionDays: number | undefined;
    isDirty = false;

    private wiredSetup: WireResult<PlanningSetupData> | undefined;

    labels = {
        title: LABEL_TITLE,
        settingsTitle: LABEL_SETTINGS_TITLE,
        revenueSource: LABEL_REVENUE_SOURCE,
        includeChildren: LABEL_INCLUDE_CHILDREN,
        includeChildrenHelp: LABEL_INCLUDE_CHILDREN_HELP,
        threshold: LABEL_THRESHOLD,
        thresholdHelp: LABEL_THRESHOLD_HELP,
        thresholdError: LABEL_THRESHOLD_ERROR,
        logRetention: LABEL_LOG_RETENTION,
        logRetentionHelp: LABEL_LOG_RETENTION_HELP,
        logRetentionError: LABEL_LOG_RETENTION_ERROR,
        jobStatusHidden: LABEL_JOB_STATUS_HIDDEN,
        save: LABEL_SAVE,
        recalcTitle: LABEL_RECALC_TITLE,
        runNow: LABEL_RUN_NOW,
        schedule: LABEL_SCHEDULE,
        unschedule: LABEL_UNSCHEDULE,
        lastRun: LABEL_LAST_RUN,
        noManage: LABEL_NO_MANAGE,
        engineDisabled: LABEL_ENGINE_DISABLED,
        refresh: LABEL_REFRESH,
        loading: LABEL_LOADING
    };

    minThreshold = MIN_THRESHOLD;
    maxThreshold = MAX_THRESHOLD;
    minRetentionDays = MIN_RETENTION_DAYS;
    maxRetentionDays = MAX_RETENTION_DAYS;

    revenueSourceOptions = [
        { label: LABEL_SOURCE_AMOUNT, value: 'Amount' },
        { label: LABEL_SOURCE_SCHEDULES, value: 'Revenue Schedules' }
    ];

    @wire(getSetup)
    wiredResult(result: WireResult<PlanningSetupData>): void {
        this.wiredSetup = result;
        this.setup = result.data;
        this.error = result.error;
        if (result.data && !this.isDirty) {
            this.revenueSource = result.data.revenueSource;
            this.includeChildAccounts = result.data.includeChildAccounts;
            this.asyncThreshold = result.data.asyncThreshold;
            this.logRetentionDays = result.data.logRetentionDays;
        }
    }

    get isLoading(): boolean {
        return !this.setup && !this.error;
    }

    /** The loaded settings: the getters below are read only under the template's `lwc:if={setup}`. */
    private get loaded(): PlanningSetupData {
        return this.setup as PlanningSetupData;
    }

    get canManage(): boolean {
        return this.loaded.canManage === true;
    }

    get showNoManage(): boolean {
        return !this.canManage;
    }

    get showEngineDisabled(): boolean {
        return !this.loaded.engineEnabled;
    }

    get isBusy(): boolean {
        return this.busyWith !== null;
    }

    get isSaving(): boolean {
        return this.busyWith === 'save';
    }

    /** The settings card shows its own spinner while saving; the page's is for the job actions. */
    get isRunningJob(): boolean {
        return this.busyWith === 'job';
    }

    get controlsDisabled(): boolean {
        return !this.canManage || this.isBusy;
    }

    get nightlyScheduled(): boolean {
        return this.loaded.nightlyScheduled === true;
    }

    /** The schedule and the last run are read only for users who may manage them. */
    get showJobStatus(): boolean {
        return this.canManage;
    }

    get nightlyStatus(): string {
        return this.nightlyScheduled
            ? formatLabel(LABEL_NIGHTLY_ON, formatDateTime(this.loaded.nextRunAt))
            : LABEL_NIGHTLY_OFF;
    }

    get lastRunStatus(): string {
        const run = this.loaded.lastRun;
        if (!run) {
            return LABEL_LAST_RUN_NONE;
        }
        return formatLabel(
            LABEL_LAST_RUN_DETAIL,
            run.status,
            run.totalBatches ?? 0,
            run.errors ?? 0,
            formatDateTime(run.completedAt)
        );
    }

    get lastRunDetail(): string | null | undefined {
        return this.loaded.lastRun?.extendedStatus;
    }

    get lastRunClass(): string {
        const run = this.loaded.lastRun;
        if (run && (run.status === 'Failed' || (run.errors ?? 0) > 0)) {
            return 'slds-text-color_error last-run';
        }
        return run?.status === 'Completed' ? 'slds-text-color_success last-run' : 'last-run';
    }

    handleRevenueSourceChange(event: CustomEvent<{ value: string }>): void {
        this.revenueSource = event.detail.value;
        this.isDirty = true;
    }

    handleIncludeChildrenChange(event: Event): void {
        this.includeChildAccounts = (event.target as unknown as { checked: boolean }).checked;
        this.isDirty = true;
    }

    handleThresholdChange(event: CustomEvent<{ value: string }>): void {
        this.asyncThreshold = inputNumber(event.detail.value);
        this.isDirty = true;
    }

    handleLogRetentionChange(event: CustomEvent<{ value: string }>): void {
        this.logRetentionDays = inputNumber(event.detail.value);
        this.isDirty = true;
    }

    async handleSave(): Promise<void> {
        const inputs = Array.from(
            this.template?.querySelectorAll('.settings-input') ?? []
        ) as unknown as ValidatableInput[];
        const valid = inputs.reduce((all, input) => input.reportValidity() && all, true);
        const asyncThreshold = this.asyncThreshold;
        const logRetentionDays = this.logRetentionDays;
        if (!valid || asyncThreshold === undefined || logRetentionDays === undefined) {
            return;
        }
        await this.run('save', async () => {
            const deploymentId = await saveSettings({
                revenueSource: this.revenueSource,
                includeChildAccounts: this.includeChildAccounts,
                asyncThreshold,
                logRetentionDays
            });
            this.isDirty = false;
            return formatLabel(LABEL_SAVED, deploymentId);
        });
    }

    async handleRunNow(): Promise<void> {
        await this.run('job', async () => {
            const result = await runRecalculation();
            return formatLabel(result.alreadyRunning ? LABEL_RUN_ALREADY_RUNNING : LABEL_RUN_STARTED, result.jobId);
        });
    }

    async handleSchedule(): Promise<void> {
        await this.run('job', async () => {
            await scheduleNightly();
            return LABEL_SCHEDULED;
        });
    }

    async handleUnschedule(): Promise<void> {
        await this.run('job', async () => {
            await unscheduleNightly();
            return LABEL_UNSCHEDULED;
        });
    }

    handleRefresh(): Promise<void> {
        return refreshApex(this.wiredSetup);
    }

    /**
     * One path for every action: busy flag, success toast + refresh, or the error panel (the settings card's for a
     * save, the page's for the job actions).
     */
    private async run(kind: 'save' | 'job', action: () => Promise<string>): Promise<void> {
        this.busyWith = kind;
        this.saveError = undefined;
        this.actionError = undefined;
        try {
            const message = await action();
            showToast(this, LABEL_SUCCESS, message, 'success');
            await refreshApex(this.wiredSetup);
        } catch (error) {
            if (kind === 'save') {
                this.saveError = error;
            } else {
                this.actionError = error;
            }
        } finally {
            this.busyWith = null;
        }
    }
}
