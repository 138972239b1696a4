/**
 * Formatting shared by the review components (timeline, Planning Home team table): health in words with its
 * score, and pipeline coverage as a ratio. Text, never colour alone.
 */
import { formatLabel, formatNumber } from 'c/planUtils';
import LABEL_HEALTHY from '@salesforce/label/c.Review_Health_Healthy';
import LABEL_WATCH from '@salesforce/label/c.Review_Health_Watch';
import LABEL_AT_RISK from '@salesforce/label/c.Review_Health_At_Risk';

const HEALTH_LABELS: Record<string, string> = { Healthy: LABEL_HEALTHY, Watch: LABEL_WATCH, 'At Risk': LABEL_AT_RISK };

/** "At Risk (38)"; "At Risk (—)" without a score; '—' before the first calculation. */
export function healthText(status: string | null | undefined, score: number | null | undefined): string {
    const label = status ? HEALTH_LABELS[status] : undefined;
    if (!label) {
        return status || '—';
    }
    return formatLabel(label, score === null || score === undefined ? '—' : score);
}

/** Open pipeline / target still to win, as the scorecard shows it ("2.86×"). */
export function coverageText(coverage: number | null | undefined): string {
    return coverage === null || coverage === undefined ? '—' : formatNumber(coverage) + '×';
}
