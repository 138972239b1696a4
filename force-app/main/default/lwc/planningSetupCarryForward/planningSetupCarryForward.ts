import { LightningElement, api } from 'lwc';
import startCarryForwardAll from '@salesforce/apex/CarryForwardController.startCarryForwardAll';
import { formatDate, formatDateTime, formatLabel, showToast } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.CarryForward_All_Title';
import LABEL_HELP from '@salesforce/label/c.CarryForward_All_Help';
import LABEL_PERIOD from '@salesforce/label/c.CarryForward_All_Period';
import LABEL_PERIOD_OPTION from '@salesforce/label/c.CarryForward_All_Period_Option';
import LABEL_GROWTH from '@salesforce/label/c.CarryForward_All_Growth';
import LABEL_GROWTH_HELP from '@salesforce/label/c.CarryForward_All_Growth_Help';
import LABEL_GROWTH_INVALID from '@salesforce/label/c.CarryForward_Growth_Invalid';
import LABEL_START from '@salesforce/label/c.CarryForward_All_Start';
import LABEL_RUNNING from '@salesforce/label/c.CarryForward_All_Running';
import LABEL_STARTED from '@salesforce/label/c.CarryForward_Action_Started';
import LABEL_ALREADY_RUNNING from '@salesforce/label/c.CarryForward_Action_Already_Running';
import LABEL_LAST_RUN from '@salesforce/label/c.CarryForward_All_Last_Run';
import LABEL_NEVER from '@salesforce/label/c.CarryForward_All_Never';
import LABEL_LOG_NOTE from '@salesforce/label/c.CarryForward_All_Log_Note';
import LABEL_CREATED from '@salesforce/label/c.CarryForward_All_Created';
import LABEL_COMPLETED from '@salesforce/label/c.CarryForward_All_Completed';
import LABEL_UP_TO_DATE from '@salesforce/label/c.CarryForward_All_Up_To_Date';
import LABEL_REFUSED from '@salesforce/label/c.CarryForward_All_Refused';
import LABEL_FAILED from '@salesforce/label/c.CarryForward_All_Failed';
import LABEL_DEFERRED from '@salesforce/label/c.CarryForward_All_Deferred';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';

type PeriodChoice = 'this' | 'last';

interface CountView {
    key: keyof Omit<CarryForwardRunSummary, 'endingFrom' | 'endingTo'>;
    labelKey: string;
    valueKey: string;
    label: string;
    value: number;
}

const COUNT_LABELS: [CountView['key'], string][] = [
    ['created', LABEL_CREATED],
    ['completed', LABEL_COMPLETED],
    ['upToDate', LABEL_UP_TO_DATE],
    ['refused', LABEL_REFUSED],
    ['failed', LABEL_FAILED],
    ['deferred', LABEL_DEFERRED]
];

/** Same bounds as the plan page's dialog: the server suggests no target below -100%. */
const GROWTH_MIN = -100;
const GROWTH_MAX = 1000;

/**
 * The Setup page's "Carry forward all plans ending this period" card (SetupInfo.carryForward): pick this or last
 * fiscal quarter and an optional growth, start the background run (CarryForwardController.startCarryForwardAll),
 * and read what the last run did. Disabled while a run is queued or in progress; rendered only for users with
 * Manage Account Planning (the server sends no status to others) and read-only when canManage is false.
 */
export default class PlanningSetupCarryForward extends LightningElement {
    private statusValue: CarryForwardRunStatus | null | undefined;

    /** SetupInfo.carryForward; a new value (the container refreshed after settingschange) says whether the run is on. */
    @api
    get status(): CarryForwardRunStatus | null | undefined {
        return this.statusValue;
    }
    set status(value: CarryForwardRunStatus | null | undefined) {
        this.statusValue = value;
        this.startedJobId = null;
    }

    @api canManage = false;

    period: PeriodChoice = 'this';
    growthText = '';
    isStarting = false;
    showValidation = false;
    /** The run this component started, until the container's refreshed status tells. */
    startedJobId: string | null = null;
    error: unknown;

    labels = {
        title: LABEL_TITLE,
        help: LABEL_HELP,
        period: LABEL_PERIOD,
        growth: LABEL_GROWTH,
        growthHelp: LABEL_GROWTH_HELP,
        start: LABEL_START,
        logNote: LABEL_LOG_NOTE
    };

    get hasStatus(): boolean {
        return !!this.status;
    }

    get periodOptions(): { value: PeriodChoice; id: string; label: string; checked: boolean }[] {
        const status = this.status;
        // Stryker disable next-line ConditionalExpression,BlockStatement: the template reads periodOptions only under lwc:if={hasStatus}
        if (!status) {
            // Stryker disable next-line ArrayDeclaration: unreachable, the template reads periodOptions only under lwc:if={hasStatus}
            return [];
        }
        return (
            [
                ['this', status.thisPeriod],
                ['last', status.lastPeriod]
            ] as [PeriodChoice, CarryForwardPeriodOption][]
        ).map(([value, option]) => ({
            value,
            id: `period-${value}`,
            label: formatLabel(
                LABEL_PERIOD_OPTION,
                option.label,
                formatDate(option.startDate),
                formatDate(option.endDate)
            ),
            checked: this.period === value
        }));
    }

    get isRunning(): boolean {
        // Stryker disable next-line OptionalChaining: read only under lwc:if={hasStatus}; handleStart returns first without a status
        return !!this.status?.runningJobId || !!this.startedJobId;
    }

    get runningText(): string | null {
        if (!this.isRunning) {
            return null;
        }
        // Stryker disable next-line OptionalChaining: the template reads runningText only under lwc:if={hasStatus}
        return formatLabel(LABEL_RUNNING, this.status?.runningJobStatus ?? this.startedJobId);
    }

    get isDisabled(): boolean {
        return !this.canManage || this.isRunning || this.isStarting;
    }

    get growth(): number | null {
        // A number input's value is '' or a valid number, never blank space.
        return this.growthText === '' ? null : Number(this.growthText);
    }

    get isGrowthValid(): boolean {
        const growth = this.growth;
        return growth === null || (growth >= GROWTH_MIN && growth <= GROWTH_MAX);
    }

    get growthError(): string | null {
        return this.showValidation && !this.isGrowthValid ? LABEL_GROWTH_INVALID : null;
    }

    get growthClass(): string {
        return this.growthError ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get growthDescribedBy(): string {
        return this.growthError ? 'growth-help growth-error' : 'growth-help';
    }

    get lastRunText(): string {
        const status = this.status;
        // Stryker disable next-line OptionalChaining: the template reads lastRunText only under lwc:if={hasStatus}
        const run = status?.lastRun;
        if (!status || !run) {
            return LABEL_NEVER;
        }
        return formatLabel(
            LABEL_LAST_RUN,
            formatDateTime(status.lastRunAt),
            status.lastRunBy ?? '—',
            formatDate(run.endingFrom),
            formatDate(run.endingTo)
        );
    }

    get counts(): CountView[] {
        // Stryker disable next-line OptionalChaining: the template reads counts only under lwc:if={hasStatus}
        const run = this.status?.lastRun;
        return run
            ? COUNT_LABELS.map(([key, label]) => ({
                  key,
                  // Stryker disable next-line StringLiteral: a key only guides LWC's re-render; the rows shown are the same
                  labelKey: `${key}-label`,
                  // Stryker disable next-line StringLiteral: a key only guides LWC's re-render; the rows shown are the same
                  valueKey: `${key}-value`,
                  label,
                  value: run[key]
              }))
            : [];
    }

    get hasCounts(): boolean {
        return this.counts.length > 0;
    }

    get hasProblems(): boolean {
        // Stryker disable next-line OptionalChaining: the template reads hasProblems only under lwc:if={hasStatus}
        const run = this.status?.lastRun;
        return !!run && run.refused + run.failed > 0;
    }

    handlePeriodChange(event: Event): void {
        this.period = (event.target as HTMLInputElement).value as PeriodChoice;
    }

    handleGrowthChange(event: Event): void {
        this.growthText = (event.target as HTMLInputElement).value;
    }

    async handleStart(): Promise<void> {
        const status = this.status;
        this.showValidation = true;
        if (!status || this.isDisabled || !this.isGrowthValid) {
            return;
        }
        const option = this.period === 'last' ? status.lastPeriod : status.thisPeriod;
        this.isStarting = true;
        this.error = undefined;
        try {
            const launch = await startCarryForwardAll({
                endingFrom: option.startDate,
                endingTo: option.endDate,
                growthPercent: this.growth
            });
            this.startedJobId = launch.jobId;
            if (launch.alreadyRunning) {
                showToast(this, LABEL_TITLE, formatLabel(LABEL_ALREADY_RUNNING, launch.jobId), 'warning');
            } else {
                const message = formatLabel(
                    LABEL_STARTED,
                    formatDate(launch.endingFrom),
                    formatDate(launch.endingTo),
                    launch.jobId
                );
                showToast(this, LABEL_SUCCESS, message, 'success');
            }
            this.dispatchEvent(new CustomEvent('settingschange', { bubbles: true }));
        } catch (error) {
            this.error = error;
        } finally {
            this.isStarting = false;
        }
    }
}
