import { LightningElement, api } from 'lwc';
import { formatCurrency, formatDate, formatLabel, formatNumber } from 'c/planUtils';
import TITLE from '@salesforce/label/c.History_Deltas_Title';
import SINCE_SNAPSHOT from '@salesforce/label/c.History_Since_Snapshot';
import SINCE_REVIEW from '@salesforce/label/c.History_Since_Review';
import NO_SNAPSHOT from '@salesforce/label/c.History_No_Snapshot';
import NO_REVIEW from '@salesforce/label/c.History_No_Review';
import WON from '@salesforce/label/c.History_Won';
import FORECAST from '@salesforce/label/c.History_Forecast';
import ATTAINMENT from '@salesforce/label/c.History_Attainment';
import POINTS from '@salesforce/label/c.History_Attainment_Points';
import NEWLY_OVERDUE from '@salesforce/label/c.History_Newly_Overdue';
import NO_CHANGE from '@salesforce/label/c.History_No_Change';
import UP from '@salesforce/label/c.History_Up';
import DOWN from '@salesforce/label/c.History_Down';

/** U+2212, the minus sign screen readers announce as "minus". */
const MINUS = '\u2212';

export interface DeltaItem {
    key: string;
    label: string;
    /** The change as text with its sign ("+$120,000", "−$40,000", "+5.6 pts") or "No change". */
    value: string;
    /** utility:arrowup / utility:arrowdown; null when nothing changed. */
    iconName: string | null;
    /** The arrow's text alternative ("Up", "Down"): the direction is never told by colour alone. */
    direction: string | null;
    valueClass: string;
}

export interface DeltaGroup {
    key: 'snapshot' | 'review';
    title: string | null;
    items: DeltaItem[];
    emptyText: string | null;
}

/** "+1.5" / "−1.5": the formatter applied to the absolute value (a zero change is shown as "No change"). */
function signed(value: number, format: (absolute: number) => string): string {
    return value > 0 ? '+' + format(value) : MINUS + format(-value);
}

/**
 * One change: its text with the sign, the arrow and the colour. `upIsGood` is false where more is worse
 * (objectives newly overdue), so the colour follows the meaning while the arrow follows the number.
 */
export function deltaItem(key: string, label: string, change: number, text: string, upIsGood = true): DeltaItem {
    if (change === 0) {
        return { key, label, value: NO_CHANGE, iconName: null, direction: null, valueClass: 'delta-value' };
    }
    const up = change > 0;
    const good = up === upIsGood;
    return {
        key,
        label,
        value: text,
        iconName: up ? 'utility:arrowup' : 'utility:arrowdown',
        direction: up ? UP : DOWN,
        valueClass: `delta-value ${good ? 'slds-text-color_success' : 'slds-text-color_error'}`
    };
}

/** The four changes of one baseline, amounts in full in the plan's currency ("+$120,000"). */
export function deltaItems(delta: PlanDelta, currencyIsoCode: string): DeltaItem[] {
    const amount = (absolute: number) => formatCurrency(absolute, currencyIsoCode);
    const items = [
        deltaItem('won', WON, delta.wonAmountChange, signed(delta.wonAmountChange, amount)),
        deltaItem('forecast', FORECAST, delta.forecastChange, signed(delta.forecastChange, amount))
    ];
    const points = delta.attainmentPointsChange;
    if (typeof points === 'number') {
        const rounded = Math.round(points * 10) / 10;
        items.push(
            deltaItem(
                'attainment',
                ATTAINMENT,
                rounded,
                formatLabel(
                    POINTS,
                    signed(rounded, (absolute) => formatNumber(absolute, 1))
                )
            )
        );
    }
    const overdue = delta.newlyOverdueObjectives ?? 0;
    items.push(deltaItem('overdue', NEWLY_OVERDUE, overdue, '+' + formatNumber(overdue, 0), false));
    return items;
}

function group(
    key: DeltaGroup['key'],
    delta: PlanDelta | null,
    currencyIsoCode: string,
    titleLabel: string,
    emptyText: string
): DeltaGroup {
    if (!delta) {
        return { key, title: null, items: [], emptyText };
    }
    return {
        key,
        title: formatLabel(titleLabel, formatDate(delta.baselineDate)),
        items: deltaItems(delta, currencyIsoCode),
        emptyText: null
    };
}

/** Since the last snapshot, then since the last review; none without deltas. */
export function deltaGroups(deltas: PlanDeltas | null | undefined): DeltaGroup[] {
    if (!deltas) {
        return [];
    }
    return [
        group('snapshot', deltas.sinceLastSnapshot, deltas.currencyIsoCode, SINCE_SNAPSHOT, NO_SNAPSHOT),
        group('review', deltas.sinceLastReview, deltas.currencyIsoCode, SINCE_REVIEW, NO_REVIEW)
    ];
}

/**
 * What changed since the last snapshot and since the last review (workspace.deltas, PlanDeltas.compute), for the
 * scorecard. Each change says its direction in text and with an arrow that has a text alternative; colour only
 * repeats it. Without any earlier snapshot it says so in one line.
 */
export default class PlanDeltasView extends LightningElement {
    @api deltas: PlanDeltas | null | undefined;

    labels = { title: TITLE, noSnapshot: NO_SNAPSHOT };

    get hasDeltas(): boolean {
        return !!this.deltas;
    }

    get hasHistory(): boolean {
        return this.groups.some((candidate) => candidate.title !== null);
    }

    get groups(): DeltaGroup[] {
        return deltaGroups(this.deltas);
    }
}
