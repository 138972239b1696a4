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
    isPast,
    targetStatus,
    type TargetStatus
} from 'c/planUtils';
import type { TileTone } from 'c/planScorecardTile';
import TITLE from '@salesforce/label/c.Scorecard_Title';
import TARGET from '@salesforce/label/c.Scorecard_Target';
import WON from '@salesforce/label/c.Scorecard_Won';
import LOST from '@salesforce/label/c.Scorecard_Lost';
import FORECAST from '@salesforce/label/c.Scorecard_Forecast';
import VARIANCE from '@salesforce/label/c.Scorecard_Variance';
import ATTAINMENT from '@salesforce/label/c.Scorecard_Attainment';
import COVERAGE from '@salesforce/label/c.Scorecard_Coverage';
import WIN_RATE from '@salesforce/label/c.Scorecard_Win_Rate';
import OPEN_PIPELINE from '@salesforce/label/c.Scorecard_Open_Pipeline';
import WEIGHTED_PIPELINE from '@salesforce/label/c.Scorecard_Weighted_Pipeline';
import WON_COUNT from '@salesforce/label/c.Scorecard_Won_Count';
import LOST_COUNT from '@salesforce/label/c.Scorecard_Lost_Count';
import OPEN_COUNT from '@salesforce/label/c.Scorecard_Open_Count';
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
import ON_TARGET from '@salesforce/label/c.Scorecard_On_Target';
import BEHIND from '@salesforce/label/c.Scorecard_Behind';
import TOLERANCE_HINT from '@salesforce/label/c.Scorecard_Tolerance_Hint';
import NOT_SET from '@salesforce/label/c.Common_Not_Set';
import OVERDUE from '@salesforce/label/c.Common_Overdue';
import LOADING from '@salesforce/label/c.Common_Loading';

/** What one tile shows (c-plan-scorecard-tile's public properties). */
export interface Tile {
    key: string;
    label: string;
    value: string;
    fullValue?: string;
    detail?: string;
    detailTitle?: string;
    tone?: TileTone;
}

const STATUS_TEXT: Record<TargetStatus, string> = { ahead: AHEAD, onTarget: ON_TARGET, behind: BEHIND };
const STATUS_TONE: Record<TargetStatus, TileTone> = { ahead: 'success', onTarget: 'success', behind: 'error' };

// Stryker disable OptionalChaining: equivalent, the template reads these getters only in its `lwc:elseif={plan}` branch
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

    /** The stored health score with its breakdown (PlanHealthView). */
    get health(): PlanHealth | undefined {
        return this.workspace?.health;
    }

    /** What changed since the last snapshot and the last review (PlanDeltas). */
    get deltas(): PlanDeltas | undefined {
        return this.workspace?.deltas;
    }

    /** A money tile: compact on the tile ($1.25B), the exact amount on hover, focus and for screen readers. */
    private moneyTile(key: string, label: string, amount: number, detail?: string): Tile {
        const currency = this.plan?.currencyIsoCode;
        return {
            key,
            label,
            value: formatCurrency(amount, currency, 'compact'),
            fullValue: formatCurrency(amount, currency),
            detail
        };
    }

    private varianceTile(plan: PlanSummary): Tile {
        const status = targetStatus(plan.forecastVariance, plan.revenueTarget, plan.onTargetTolerancePercent);
        if (!status) {
            return { key: 'variance', label: VARIANCE, value: NOT_SET };
        }
        return {
            key: 'variance',
            label: VARIANCE,
            value: formatCurrency(plan.forecastVariance, plan.currencyIsoCode, 'compact', true),
            // Stryker disable next-line StringLiteral: equivalent, any style but 'compact' formats the exact amount
            fullValue: formatCurrency(plan.forecastVariance, plan.currencyIsoCode, 'exact', true),
            detail: STATUS_TEXT[status],
            detailTitle: formatLabel(TOLERANCE_HINT, formatNumber(plan.onTargetTolerancePercent)),
            tone: STATUS_TONE[status]
        };
    }

    get tiles(): Tile[] {
        const plan = this.plan;
        // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, read only when there is a plan
        if (!plan) {
            // Stryker disable next-line ArrayDeclaration: equivalent, read only when there is a plan
            return [];
        }
        const hasTarget = plan.revenueTarget !== null && plan.revenueTarget !== undefined;
        return [
            hasTarget
                ? this.moneyTile('target', TARGET, plan.revenueTarget as number)
                : { key: 'target', label: TARGET, value: NOT_SET },
            this.moneyTile('won', WON, plan.wonAmount, formatLabel(WON_COUNT, plan.wonCount)),
            this.moneyTile('forecast', FORECAST, plan.forecast),
            this.varianceTile(plan),
            { key: 'attainment', label: ATTAINMENT, value: formatPercent(plan.attainmentPercent) },
            this.moneyTile('openPipeline', OPEN_PIPELINE, plan.openPipeline, formatLabel(OPEN_COUNT, plan.openCount)),
            this.moneyTile('weightedPipeline', WEIGHTED_PIPELINE, plan.weightedPipeline),
            this.moneyTile('lost', LOST, plan.lostAmount, formatLabel(LOST_COUNT, plan.lostCount)),
            {
                key: 'coverage',
                label: COVERAGE,
                value: plan.pipelineCoverage === null ? '—' : formatNumber(plan.pipelineCoverage) + '×'
            },
            { key: 'winRate', label: WIN_RATE, value: formatPercent(plan.winRate) }
        ];
    }

    get periodText(): string {
        const plan = this.plan;
        // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, read only when there is a plan
        if (!plan) {
            // Stryker disable next-line StringLiteral: equivalent, read only when there is a plan
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
