import { LightningElement, api } from 'lwc';

/** success: good news (ahead or on target); error: bad news (behind). Colour always comes with words. */
export type TileTone = 'success' | 'error' | undefined;

const TONE_CLASS = new Map<TileTone, string>([
    ['success', 'slds-text-color_success'],
    ['error', 'slds-text-color_error']
]);

/**
 * One scorecard figure. A value that is abbreviated ("$1.25B") carries its full value ("$1,250,000,000"): shown in a
 * tooltip on hover and on keyboard focus, and read by screen readers instead of the short form.
 */
export default class PlanScorecardTile extends LightningElement {
    @api label = '';
    @api value = '';
    @api fullValue: string | undefined;
    @api detail: string | undefined;
    /** Explains the detail (e.g. the on-target tolerance) on hover. */
    @api detailTitle: string | undefined;
    @api tone: TileTone;

    get isAbbreviated(): boolean {
        return !!this.fullValue && this.fullValue !== this.value;
    }

    get valueClass(): string {
        return ['tile-figure', TONE_CLASS.get(this.tone)].join(' ');
    }

    get detailClass(): string {
        return ['slds-text-body_small tile-detail', TONE_CLASS.get(this.tone) ?? 'slds-text-color_weak'].join(' ');
    }
}
