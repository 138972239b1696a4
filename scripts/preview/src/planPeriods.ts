/**
 * The preview's copy of the server's "next plan" rule (Apex PlanPeriods, FiscalCalendar, PlanPeriod) on the standard
 * calendar (fiscal year = calendar year): the period after the account's latest non-cancelled plan, of its period
 * type (Custom: the same length); the current quarter without a plan; a period already over moves to the current
 * one of its type; never a period overlapping another plan of the account. The Account card and Planning Home fakes
 * answer with it, as the controllers do.
 */
export interface Period {
    startDate: string;
    endDate: string;
    periodType: string;
    /** Q3 -> 3, H2 -> 2; null for years and custom periods. */
    position: number | null;
    year: number | null;
}

/** A plan as the store holds it (startDate, endDate, periodType, status). */
type PlanDates = Record<string, unknown>;

/** At most this many taken periods are skipped (PlanPeriods.MAX_SKIPPED). */
const MAX_SKIPPED = 40;
const NAME_LENGTH = 80;

function parse(iso: string): Date {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
}
export function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}
function addDays(iso: string, days: number): string {
    const date = parse(iso);
    date.setUTCDate(date.getUTCDate() + days);
    return isoDate(date);
}
/** The last day of the month `months` after the month of the date (0: its own month). */
function monthEnd(year: number, monthIndex: number): string {
    return isoDate(new Date(Date.UTC(year, monthIndex + 1, 0)));
}

/** The quarter, half or year (calendar) containing the day; any other type counts as a quarter (FiscalCalendar). */
export function periodContaining(day: string, periodType: string): Period {
    const date = parse(day);
    const year = date.getUTCFullYear();
    const type = periodType === 'Half Year' || periodType === 'Year' ? periodType : 'Quarter';
    const months = type === 'Year' ? 12 : type === 'Half Year' ? 6 : 3;
    const index = Math.floor(date.getUTCMonth() / months);
    return {
        startDate: isoDate(new Date(Date.UTC(year, index * months, 1))),
        endDate: monthEnd(year, index * months + months - 1),
        periodType: type,
        position: type === 'Year' ? null : index + 1,
        year
    };
}

/** A custom period as long as the given one, from the new start (whole months when it covers whole months). */
function sameLengthFrom(period: Period, newStart: string): Period {
    const start = parse(period.startDate);
    const afterEnd = parse(addDays(period.endDate, 1));
    let endDate: string;
    if (start.getUTCDate() === 1 && afterEnd.getUTCDate() === 1) {
        const months =
            (afterEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 + afterEnd.getUTCMonth() - start.getUTCMonth();
        const from = parse(newStart);
        endDate = addDays(
            isoDate(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate()))),
            -1
        );
    } else {
        const days = Math.round((parse(period.endDate).getTime() - start.getTime()) / 86400000);
        endDate = addDays(newStart, days);
    }
    return { startDate: newStart, endDate, periodType: 'Custom', position: null, year: null };
}

function isFiscal(type: string): boolean {
    return type === 'Quarter' || type === 'Half Year' || type === 'Year';
}

/** The period of the same type after the given one (FiscalCalendar.periodAfter on the standard calendar). */
export function periodAfter(period: Period): Period {
    const nextDay = addDays(period.endDate, 1);
    if (!isFiscal(period.periodType)) return sameLengthFrom(period, nextDay);
    const next = periodContaining(nextDay, period.periodType);
    if (next.startDate <= period.endDate) {
        // A plan not aligned to the calendar: the next full period.
        return periodContaining(
            addDays(periodContaining(period.endDate, period.periodType).endDate, 1),
            period.periodType
        );
    }
    return next;
}

function periodOf(plan: PlanDates): Period {
    const type = plan.periodType ? String(plan.periodType) : 'Custom';
    const start = String(plan.startDate);
    const end = String(plan.endDate);
    const aligned = isFiscal(type) ? periodContaining(start, type) : null;
    return {
        startDate: start,
        endDate: end,
        periodType: type,
        position: aligned && aligned.startDate === start ? aligned.position : null,
        year: aligned ? aligned.year : null
    };
}

function overlaps(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
    return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** The period a new plan of the account should cover, given the account's plans (PlanPeriods.suggestionsFor). */
export function suggestedPeriod(plans: PlanDates[], today: string): Period {
    const live = plans.filter((p) => p.status !== 'Cancelled' && p.startDate && p.endDate);
    const latest = [...live].sort((a, b) => String(b.endDate).localeCompare(String(a.endDate)))[0];
    let period: Period;
    if (!latest) period = periodContaining(today, 'Quarter');
    else {
        const next = periodAfter(periodOf(latest));
        if (next.endDate >= today) period = next;
        else if (next.periodType === 'Custom')
            period = sameLengthFrom(next, next.startDate.endsWith('-01') ? `${today.slice(0, 7)}-01` : today);
        else period = periodContaining(today, next.periodType);
    }
    const taken = live.map(periodOf);
    for (let skipped = 0; skipped < MAX_SKIPPED && taken.some((t) => overlaps(period, t)); skipped++) {
        period = periodAfter(period);
    }
    return period;
}

/** "Q3 2026", "H1 2027", "2027", or the dates of a custom period (PlanPeriod.label with the package's labels). */
export function periodLabel(period: Period, labels: Record<string, string>): string {
    const fill = (label: string | undefined, fallback: string, ...values: (string | number)[]) =>
        (label ?? fallback).replace(/\{(\d)\}/g, (_w, i: string) => String(values[Number(i)]));
    if (period.periodType === 'Quarter' && period.position)
        return fill(labels.Plan_Period_Name_Quarter, 'Q{0} {1}', period.position, String(period.year));
    if (period.periodType === 'Half Year' && period.position)
        return fill(labels.Plan_Period_Name_Half, 'H{0} {1}', period.position, String(period.year));
    if (period.periodType === 'Year' && period.year) return String(period.year);
    return fill(labels.Plan_Period_Name_Custom, '{0} to {1}', period.startDate, period.endDate);
}

/** "Acme Corporation Q3 2026", cut to the Name field's 80 characters (PlanPeriod.planName). */
export function planName(accountName: string, period: Period, labels: Record<string, string>): string {
    const suffix = ` ${periodLabel(period, labels)}`;
    return (accountName.slice(0, Math.max(0, NAME_LENGTH - suffix.length)) + suffix).trim().slice(0, NAME_LENGTH);
}
