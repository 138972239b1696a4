import { LightningElement, api } from 'lwc';
import { formatCurrency, formatDate, formatLabel, formatPercent } from 'c/planUtils';
import { coverageText, healthText } from 'c/planReviewFormat';
import LABEL_TITLE from '@salesforce/label/c.Review_Timeline_Title';
import LABEL_EMPTY from '@salesforce/label/c.Review_Timeline_Empty';
import LABEL_PLAN from '@salesforce/label/c.Review_Timeline_Plan';
import LABEL_OBJECTIVE from '@salesforce/label/c.Review_Timeline_Objective';
import LABEL_BY from '@salesforce/label/c.Review_Timeline_By';
import LABEL_NO_COMMENTS from '@salesforce/label/c.Review_Timeline_No_Comments';
import LABEL_PROGRESS from '@salesforce/label/c.Review_Timeline_Progress';
import LABEL_SNAPSHOT from '@salesforce/label/c.Review_Timeline_Snapshot';
import LABEL_STATUS from '@salesforce/label/c.Review_Timeline_Status';
import LABEL_HEALTH from '@salesforce/label/c.Review_Timeline_Health';
import LABEL_TARGET from '@salesforce/label/c.Review_Timeline_Target';
import LABEL_WON from '@salesforce/label/c.Review_Timeline_Won';
import LABEL_FORECAST from '@salesforce/label/c.Review_Timeline_Forecast';
import LABEL_VARIANCE from '@salesforce/label/c.Review_Timeline_Variance';
import LABEL_ATTAINMENT from '@salesforce/label/c.Review_Timeline_Attainment';
import LABEL_COVERAGE from '@salesforce/label/c.Review_Timeline_Coverage';
import LABEL_OBJECTIVES from '@salesforce/label/c.Review_Timeline_Objectives_Label';
import LABEL_OBJECTIVES_VALUE from '@salesforce/label/c.Review_Timeline_Objectives';

interface Figure {
    key: string;
    labelKey: string;
    valueClass: string;
    label: string;
    value: string;
}

interface TimelineEntry {
    id: string;
    heading: string;
    /** "Oct 2, 2026 · Reviewed by Sofia Becker" (the date alone when the reviewer is unknown). */
    meta: string;
    comments: string;
    iconName: string;
    itemClass: string;
    figures: Figure[];
    hasFigures: boolean;
    objectiveProgress: string | null;
    snapshotId: string | null;
}

/**
 * The plan's review history (workspace.reviews, newest first as the server sends it): who reviewed, when (in the
 * user's locale), what they wrote and, for plan reviews, the numbers as they were that day in the currency they
 * were recorded in, with a link to that day's snapshot.
 */
export default class PlanReviewTimeline extends LightningElement {
    /** PlanWorkspace.reviews. */
    @api reviews: ReviewTimelineRow[] | undefined;

    labels = { title: LABEL_TITLE, empty: LABEL_EMPTY, snapshot: LABEL_SNAPSHOT };

    get entries(): TimelineEntry[] {
        return (this.reviews ?? []).map((row) => {
            const isPlan = row.type === 'Plan';
            const figures = isPlan ? this.planFigures(row) : [];
            return {
                id: row.id,
                heading: isPlan ? LABEL_PLAN : formatLabel(LABEL_OBJECTIVE, row.objectiveName ?? '—'),
                meta: [formatDate(row.reviewDate), row.reviewerName ? formatLabel(LABEL_BY, row.reviewerName) : null]
                    .filter((part) => !!part)
                    .join(' · '),
                comments: row.comments ?? LABEL_NO_COMMENTS,
                iconName: isPlan ? 'standard:approval' : 'standard:goals',
                itemClass: `review slds-timeline__item_expandable ${isPlan ? 'review-plan' : 'review-objective'}`,
                figures,
                hasFigures: figures.length > 0,
                objectiveProgress: isPlan ? null : this.objectiveProgress(row),
                snapshotId: isPlan ? row.snapshotId : null
            };
        });
    }

    get hasEntries(): boolean {
        return this.entries.length > 0;
    }

    private planFigures(row: ReviewTimelineRow): Figure[] {
        const money = (value: number | null) => formatCurrency(value, row.currencyIsoCode);
        const objectives =
            row.openObjectives === null
                ? '—'
                : formatLabel(LABEL_OBJECTIVES_VALUE, row.openObjectives, row.overdueObjectives ?? 0);
        const figures: Omit<Figure, 'labelKey' | 'valueClass'>[] = [
            { key: 'status', label: LABEL_STATUS, value: row.planStatus ?? '—' },
            { key: 'health', label: LABEL_HEALTH, value: healthText(row.healthStatus, row.healthScore) },
            { key: 'target', label: LABEL_TARGET, value: money(row.revenueTarget) },
            { key: 'won', label: LABEL_WON, value: money(row.wonAmount) },
            { key: 'forecast', label: LABEL_FORECAST, value: money(row.forecast) },
            { key: 'variance', label: LABEL_VARIANCE, value: money(row.forecastVariance) },
            { key: 'attainment', label: LABEL_ATTAINMENT, value: formatPercent(row.attainmentPercent) },
            { key: 'coverage', label: LABEL_COVERAGE, value: coverageText(row.pipelineCoverage) },
            { key: 'objectives', label: LABEL_OBJECTIVES, value: objectives }
        ];
        return figures.map((figure) => ({
            ...figure,
            labelKey: `${figure.key}-label`,
            valueClass: `slds-item_detail figure-${figure.key}`
        }));
    }

    /** "At Risk, 36% complete"; the status alone without a target value; null when neither was recorded. */
    private objectiveProgress(row: ReviewTimelineRow): string | null {
        if (row.objectiveProgressPercent === null) {
            return row.objectiveStatus;
        }
        return formatLabel(LABEL_PROGRESS, row.objectiveStatus ?? '—', formatPercent(row.objectiveProgressPercent, 0));
    }
}
