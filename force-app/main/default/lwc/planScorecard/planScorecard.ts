import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import {
    formatCurrency,
    formatDate,
    formatDateTime,
    formatLabel,
    formatNumber,
    formatPercent,
    isContactOverdue,
    isPast
} from 'c/planUtils';
import TITLE from '@salesforce/label/c.Scorecard_Title';
import TARGET from '@salesforce/label/c.Scorecard_Target';
import WON from '@salesforce/label/c.Scorecard_Won';
import FORECAST from '@salesforce/label/c.Scorecard_Forecast';
import VARIANCE from '@salesforce/label/c.Scorecard_Variance';
import ATTAINMENT from '@salesforce/label/c.Scorecard_Attainment';
import COVERAGE from '@salesforce/label/c.Scorecard_Coverage';
import WIN_RATE from '@salesforce/label/c.Scorecard_Win_Rate';
import OPEN_PIPELINE from '@salesforce/label/c.Scorecard_Open_Pipeline';
import PERIOD from '@salesforce/label/c.Scorecard_Period';
import SEGMENT_JOURNEY from '@salesforce/label/c.Scorecard_Segment_Journey';
import SEGMENT_TO from '@salesforce/label/c.Scorecard_Segment_To';
import KEY_ACCOUNT_TYPE from '@salesforce/label/c.Scorecard_Key_Account_Type';
import NEXT_REVIEW from '@salesforce/label/c.Scorecard_Next_Review';
import REVIEW_DUE from '@salesforce/label/c.Scorecard_Review_Due';
import LAST_ACTIVITY from '@salesforce/label/c.Scorecard_Last_Activity';
import NEXT_ACTIVITY from '@salesforce/label/c.Scorecard_Next_Activity';
import CONTACT_OVERDUE from '@salesforce/label/c.Scorecard_Contact_Overdue';
import NO_NEXT_ACTIVITY from '@salesforce/label/c.Scorecard_No_Next_Activity';
import CALCULATED_AT from '@salesforce/label/c.Scorecard_Calculated_At';
import NOT_CALCULATED from '@salesforce/label/c.Scorecard_Not_Calculated';
import AHEAD from '@salesforce/label/c.Scorecard_Ahead';
import BEHIND from '@salesforce/label/c.Scorecard_Behind';
import COUNTS from '@salesforce/label/c.Scorecard_Counts';
import NOT_SET from '@salesforce/label/c.Common_Not_Set';
import OVERDUE from '@salesforce/label/c.Common_Overdue';
import LOADING from '@salesforce/label/c.Common_Loading';

interface Tile {
    key: string;
    label: string;
    value: string;
    valueClass: string;
    assistive?: string;
}

/** Headline numbers of the plan. Reads the shared cacheable workspace call (no extra server call on the page). */
export default class PlanScorecard extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;

    labels = {
        title: TITLE,
        period: PERIOD,
        segmentJourney: SEGMENT_JOURNEY,
        segmentTo: SEGMENT_TO,
        keyAccountType: KEY_ACCOUNT_TYPE,
        nextReview: NEXT_REVIEW,
        reviewDue: REVIEW_DUE,
        lastActivity: LAST_ACTIVITY,
        nextActivity: NEXT_ACTIVITY,
        overdue: OVERDUE,
        loading: LOADING
    };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspace(result: WireResult<PlanWorkspace>): void {
        this.workspace = result.data;
        this.error = result.error;
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    get plan(): PlanSummary | undefined {
        return this.workspace?.plan;
    }

    private money(value: number | null | undefined): string {
        return formatCurrency(value, this.plan?.currencyIsoCode);
    }

    get tiles(): Tile[] {
        const plan = this.plan;
        if (!plan) {
            return [];
        }
        const variance = plan.forecastVariance;
        const hasTarget = plan.revenueTarget !== null && plan.revenueTarget !== undefined;
        const varianceClass = !hasTarget ? '' : variance >= 0 ? 'slds-text-color_success' : 'slds-text-color_error';
        const signedVariance = (variance > 0 ? '+' : '') + this.money(variance);
        return [
            {
                key: 'target',
                label: TARGET,
                value: hasTarget ? this.money(plan.revenueTarget) : NOT_SET,
                valueClass: ''
            },
            {
                key: 'won',
                label: WON,
                value: this.money(plan.wonAmount),
                valueClass: '',
                assistive: formatLabel(COUNTS, plan.wonCount, plan.lostCount, plan.openCount)
            },
            { key: 'forecast', label: FORECAST, value: this.money(plan.forecast), valueClass: '' },
            {
                key: 'variance',
                label: VARIANCE,
                value: hasTarget ? signedVariance : NOT_SET,
                valueClass: varianceClass,
                assistive: hasTarget ? (variance >= 0 ? AHEAD : BEHIND) : undefined
            },
            { key: 'attainment', label: ATTAINMENT, value: formatPercent(plan.attainmentPercent), valueClass: '' },
            { key: 'openPipeline', label: OPEN_PIPELINE, value: this.money(plan.openPipeline), valueClass: '' },
            {
                key: 'coverage',
                label: COVERAGE,
                value: plan.pipelineCoverage === null ? '—' : formatNumber(plan.pipelineCoverage) + '×',
                valueClass: ''
            },
            { key: 'winRate', label: WIN_RATE, value: formatPercent(plan.winRate), valueClass: '' }
        ];
    }

    get periodText(): string {
        const plan = this.plan;
        if (!plan) {
            return '';
        }
        const range = `${formatDate(plan.startDate)} – ${formatDate(plan.endDate)}`;
        return plan.periodType ? `${plan.periodType} · ${range}` : range;
    }

    get currentSegment(): string {
        return this.plan?.currentSegment || NOT_SET;
    }

    get targetSegment(): string {
        return this.plan?.targetSegment || NOT_SET;
    }

    get keyAccountType(): string {
        return this.plan?.keyAccountType || NOT_SET;
    }

    get nextReviewText(): string {
        return formatDate(this.plan?.nextReviewDate);
    }

    get isReviewDue(): boolean {
        return this.plan?.isReviewDue === true;
    }

    get lastActivityText(): string {
        return formatDate(this.plan?.lastActivityDate);
    }

    get isContactOverdue(): boolean {
        return isContactOverdue(this.plan?.lastActivityDate, this.plan?.contactCadenceDays);
    }

    get contactOverdueText(): string {
        return formatLabel(CONTACT_OVERDUE, this.plan?.contactCadenceDays);
    }

    get nextActivityText(): string {
        return this.plan?.nextActivityDate ? formatDate(this.plan.nextActivityDate) : NO_NEXT_ACTIVITY;
    }

    get isNextActivityOverdue(): boolean {
        return isPast(this.plan?.nextActivityDate);
    }

    get calculatedText(): string {
        return this.plan?.rollupsCalculatedAt
            ? formatLabel(CALCULATED_AT, formatDateTime(this.plan.rollupsCalculatedAt))
            : NOT_CALCULATED;
    }
}
