import { LightningElement, api } from 'lwc';
import { formatDateTime, formatLabel, formatNumber, formatPercent } from 'c/planUtils';
import { factorName, reasonText } from 'c/planHealthText';
import { observeWidth } from 'c/planSectionUtils';
import LABEL_TITLE from '@salesforce/label/c.Health_Title';
import LABEL_SCORE_OUT_OF from '@salesforce/label/c.Health_Score_Out_Of';
import LABEL_CALCULATED_AT from '@salesforce/label/c.Health_Calculated_At';
import LABEL_SHOW_BREAKDOWN from '@salesforce/label/c.Health_Show_Breakdown';
import LABEL_CLOSE_BREAKDOWN from '@salesforce/label/c.Health_Close_Breakdown';
import LABEL_BREAKDOWN_TITLE from '@salesforce/label/c.Health_Breakdown_Title';
import LABEL_BREAKDOWN_FORMULA from '@salesforce/label/c.Health_Breakdown_Formula';
import LABEL_TOP_REASONS from '@salesforce/label/c.Health_Top_Reasons';
import LABEL_NO_REASONS from '@salesforce/label/c.Health_No_Reasons';
import LABEL_REASON_WITH_POINTS from '@salesforce/label/c.Health_Reason_With_Points';
import LABEL_COL_FACTOR from '@salesforce/label/c.Health_Col_Factor';
import LABEL_COL_SCORE from '@salesforce/label/c.Health_Col_Score';
import LABEL_COL_WEIGHT from '@salesforce/label/c.Health_Col_Weight';
import LABEL_COL_COUNTED from '@salesforce/label/c.Health_Col_Counted';
import LABEL_COL_POINTS_LOST from '@salesforce/label/c.Health_Col_Points_Lost';
import LABEL_COL_EXPLANATION from '@salesforce/label/c.Health_Col_Explanation';
import LABEL_COUNTED from '@salesforce/label/c.Health_Counted';
import LABEL_NOT_COUNTED from '@salesforce/label/c.Health_Not_Counted';

/** Shown when the workspace carries no health at all (a server older than the health score). */
const NOT_CALCULATED = 'HEALTH_NOT_CALCULATED';
const NOT_APPLICABLE = '—';

interface ReasonView {
    id: string;
    /** The explanation, with the points it costs when it costs any. */
    text: string;
}

interface FactorView {
    key: string;
    name: string;
    scoreText: string;
    weightText: string;
    countedText: string;
    pointsText: string;
    explanation: string;
    details: ReasonView[];
    hasDetails: boolean;
    rowClass: string;
}

/**
 * The scorecard's health tile: the score and status (words and icon), why the plan is not scored when it is not,
 * and a breakdown the user opens with a button: each factor's score, renormalised weight, whether it counts, the
 * points it costs and its one-line explanation, then the top reasons. Escape closes it and focus returns to the
 * button. Read-only: the score is written by the engine.
 */
/** Below this tile width (px) the breakdown lists the factors instead of tabulating them. */
const NARROW_WIDTH = 600;

export default class PlanHealthScore extends LightningElement {
    /** PlanWorkspace.health (PlanHealthView). */
    @api health: PlanHealth | null | undefined;

    isOpen = false;
    /** The tile's width in px once measured; the breakdown's table becomes a list below NARROW_WIDTH. */
    width: number | undefined;
    private focusTarget: 'panel' | 'toggle' | null = null;
    private stopObserving: (() => void) | undefined;

    labels = {
        title: LABEL_TITLE,
        showBreakdown: LABEL_SHOW_BREAKDOWN,
        closeBreakdown: LABEL_CLOSE_BREAKDOWN,
        breakdownTitle: LABEL_BREAKDOWN_TITLE,
        topReasons: LABEL_TOP_REASONS,
        noReasons: LABEL_NO_REASONS,
        colFactor: LABEL_COL_FACTOR,
        colScore: LABEL_COL_SCORE,
        colWeight: LABEL_COL_WEIGHT,
        colCounted: LABEL_COL_COUNTED,
        colPointsLost: LABEL_COL_POINTS_LOST,
        colExplanation: LABEL_COL_EXPLANATION
    };

    override connectedCallback(): void {
        this.stopObserving = observeWidth(this.template!.host, (width) => {
            this.width = width;
        });
    }

    override disconnectedCallback(): void {
        // Stryker disable next-line OptionalChaining: equivalent, connectedCallback always sets it
        this.stopObserving?.();
    }

    /**
     * Six columns do not fit the scorecard's half of the page or a phone: below NARROW_WIDTH each factor becomes a
     * block with its figures labelled, the table's content in the same order.
     */
    get isNarrow(): boolean {
        // Stryker disable next-line ConditionalExpression: equivalent, `undefined < NARROW_WIDTH` is false too
        return this.width !== undefined && this.width < NARROW_WIDTH;
    }

    get isScored(): boolean {
        return typeof this.health?.score === 'number' && !this.health.notScoredCode;
    }

    get scoreText(): string {
        // Stryker disable next-line OptionalChaining: equivalent, shown only when isScored (there is a health)
        return formatLabel(LABEL_SCORE_OUT_OF, this.health?.score);
    }

    /** The badge's view of this health (status in words and icon; the score is shown large beside it). */
    get badge(): PlanHealthBadge {
        return {
            // Stryker disable next-line OptionalChaining: equivalent, read only when isScored (there is a health)
            score: this.isScored ? (this.health?.score ?? null) : null,
            // Stryker disable next-line OptionalChaining: equivalent, read only when isScored (there is a health)
            status: this.isScored ? (this.health?.status ?? null) : null,
            // Stryker disable next-line OptionalChaining: equivalent, read only when isScored (there is a health)
            statusLabel: this.isScored ? (this.health?.statusLabel ?? null) : null,
            topReason: this.health?.reasons?.[0] ?? null,
            calculatedAt: this.health?.calculatedAt ?? null
        };
    }

    /** Why the plan has no score (closed or cancelled, nothing applies, not calculated yet). */
    get notScoredText(): string {
        if (this.isScored) {
            return '';
        }
        return reasonText(this.health?.notScoredCode ?? NOT_CALCULATED);
    }

    get calculatedAtText(): string {
        return this.health?.calculatedAt
            ? formatLabel(LABEL_CALCULATED_AT, formatDateTime(this.health.calculatedAt))
            : '';
    }

    get hasFactors(): boolean {
        return (this.health?.factors ?? []).length > 0;
    }

    get ariaExpanded(): string {
        return String(this.isOpen);
    }

    get formulaText(): string {
        // Stryker disable next-line OptionalChaining: equivalent, shown only in the breakdown (there are factors)
        return formatLabel(LABEL_BREAKDOWN_FORMULA, this.health?.healthyFrom, this.health?.watchFrom);
    }

    get factors(): FactorView[] {
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, read only when hasFactors
        return (this.health?.factors ?? []).map((factor) => ({
            key: factor.key,
            name: factorName(factor.key),
            scoreText: factor.applies && typeof factor.score === 'number' ? String(factor.score) : NOT_APPLICABLE,
            weightText: factor.applies ? formatPercent(factor.effectiveWeight, 1) : NOT_APPLICABLE,
            countedText: factor.applies ? LABEL_COUNTED : LABEL_NOT_COUNTED,
            pointsText: factor.applies ? formatNumber(factor.pointsLost, 1) : NOT_APPLICABLE,
            explanation: reasonText(factor.code, factor.values),
            // The factor's own line already says the first reason when it has the same code.
            // Stryker disable next-line ArrayDeclaration: equivalent, shown only when hasDetails (false without reasons)
            details: reasonViews((factor.reasons ?? []).filter((reason) => reason.code !== factor.code)),
            hasDetails: (factor.reasons ?? []).some((reason) => reason.code !== factor.code),
            rowClass: factor.applies ? 'factor' : 'factor factor_not-counted slds-text-color_weak'
        }));
    }

    get topReasons(): ReasonView[] {
        // Stryker disable next-line OptionalChaining: equivalent, shown only in the breakdown (there is a health)
        return reasonViews(this.health?.reasons ?? []);
    }

    get hasTopReasons(): boolean {
        return this.topReasons.length > 0;
    }

    handleToggle(): void {
        this.isOpen = !this.isOpen;
        this.focusTarget = this.isOpen ? 'panel' : null;
    }

    handleClose(): void {
        this.close();
    }

    /** Escape anywhere in the tile closes the breakdown; it stops there so an enclosing modal stays open. */
    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && this.isOpen) {
            event.stopPropagation();
            event.preventDefault();
            this.close();
        }
    }

    override renderedCallback(): void {
        if (!this.focusTarget) {
            return;
        }
        const selector = this.focusTarget === 'panel' ? '.health-breakdown' : '.breakdown-toggle';
        const target = this.template?.querySelector(selector) as HTMLElement | null;
        this.focusTarget = null;
        target?.focus();
    }

    private close(): void {
        this.isOpen = false;
        this.focusTarget = 'toggle';
    }
}

function reasonViews(reasons: PlanHealthReason[]): ReasonView[] {
    return reasons.map((reason, index) => {
        const text = reasonText(reason.code, reason.values);
        return {
            id: `${reason.factor}-${reason.code}-${index}`,
            text: reason.points > 0 ? formatLabel(LABEL_REASON_WITH_POINTS, text, formatNumber(reason.points, 1)) : text
        };
    });
}
