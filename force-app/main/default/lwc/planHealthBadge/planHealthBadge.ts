import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/planUtils';
import { reasonText, statusIcon, statusIconVariant, statusText } from 'c/planHealthText';
import LABEL_ASSISTIVE from '@salesforce/label/c.Health_Badge_Assistive';

/**
 * A plan's health at a glance (Account card, list rows): an icon and the status in words, then the score.
 * Colour only repeats what the text says; the top reason is the badge's tooltip.
 */
export default class HealthBadge extends LightningElement {
    /** PlanSummary.health or PlanAtRiskRow.health; null or absent shows "Not scored". */
    @api health: PlanHealthBadge | null | undefined;
    /** Shows the status only (where the score is in its own column). */
    @api hideScore = false;

    get status(): HealthStatus | null {
        return this.health?.status ?? null;
    }

    get statusText(): string {
        return statusText(this.status, this.health?.statusLabel);
    }

    get score(): number | null {
        return this.health?.score ?? null;
    }

    get showScore(): boolean {
        return !this.hideScore && this.score !== null;
    }

    get iconName(): string {
        return statusIcon(this.status);
    }

    get iconVariant(): string | undefined {
        return statusIconVariant(this.status);
    }

    get assistiveText(): string {
        return this.score === null ? this.statusText : formatLabel(LABEL_ASSISTIVE, this.statusText, this.score);
    }

    get tooltip(): string {
        const reason = this.health?.topReason;
        return reason ? reasonText(reason.code, reason.values) : '';
    }

    get badgeClass(): string {
        const key = this.status ? this.status.toLowerCase().replace(/\s+/g, '-') : 'not-scored';
        return `slds-badge slds-badge_lightest health-badge health-badge_${key}`;
    }
}
