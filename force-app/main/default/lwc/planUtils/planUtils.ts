/**
 * Shared helpers of the Account Planning components.
 * One error path: reduceErrors(error) -> <c-error-panel errors={...}>.
 */
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import ERROR_UNKNOWN from '@salesforce/label/c.Error_Unknown';

export { newPlanDefaults, newPlanPageReference } from './planDefaults';
export type { PlanSuggestion } from './planDefaults';

type Message = { message?: unknown };
type ErrorBody = {
    message?: unknown;
    pageErrors?: Message[];
    fieldErrors?: Record<string, Message[]>;
    /** UI API writes (createRecord, updateRecord): validation rules report here, under a generic body.message. */
    output?: { errors?: Message[]; fieldErrors?: Record<string, Message[]> };
};
type ErrorLike =
    { body?: ErrorBody | ErrorBody[]; message?: unknown; statusText?: unknown } | string | null | undefined;

function textsOf(list: Message[] | undefined): string[] {
    if (!Array.isArray(list)) {
        return [];
    }
    return list.map((item) => item?.message).filter((message): message is string => typeof message === 'string');
}

/** Any value but null or undefined: the values of a string or a number are no messages either. */
function fieldTextsOf(fieldErrors: Record<string, Message[]> | undefined): string[] {
    return fieldErrors ? Object.values(fieldErrors).flatMap(textsOf) : [];
}

/**
 * Page and field errors (Apex DML), then the UI API's output errors (a validation rule's own message: the body's
 * message is only "An error occurred while trying to update the record", see lwc-recipes issue #426), else the
 * body's message.
 */
function messagesFromBody(body: ErrorBody): string[] {
    const messages = [
        ...textsOf(body.pageErrors),
        ...fieldTextsOf(body.fieldErrors),
        ...textsOf(body.output?.errors),
        ...fieldTextsOf(body.output?.fieldErrors)
    ];
    if (messages.length === 0 && typeof body.message === 'string') {
        messages.push(body.message);
    }
    return messages;
}

/**
 * Reduces one or more LDS / Apex / JS errors to a list of distinct, non-empty messages
 * (after lwc-recipes ldsUtils.reduceErrors). Unknown shapes give the generic label.
 */
export function reduceErrors(errors: unknown): string[] {
    const list: ErrorLike[] = (Array.isArray(errors) ? errors : [errors]) as ErrorLike[];
    const messages: string[] = [];
    list.filter((error) => !!error).forEach((error) => {
        if (typeof error === 'string') {
            messages.push(error);
            return;
        }
        const candidate = error as Exclude<ErrorLike, string | null | undefined>;
        if (Array.isArray(candidate.body)) {
            candidate.body.forEach((body) => messages.push(...messagesFromBody(body)));
        } else if (candidate.body) {
            // a body that is no object (a string, a number) holds none of the members read: no message
            messages.push(...messagesFromBody(candidate.body));
        }
        if (messages.length === 0 && typeof candidate.message === 'string') {
            messages.push(candidate.message);
        } else if (messages.length === 0 && typeof candidate.statusText === 'string') {
            messages.push(candidate.statusText);
        }
    });
    const distinct = Array.from(new Set(messages.filter((message) => message && message.trim().length > 0)));
    if (distinct.length === 0 && list.some((error) => !!error)) {
        return [ERROR_UNKNOWN];
    }
    return distinct;
}

// Stryker disable BlockStatement: an emptied catch returns undefined too (userLocale, userTimeZone)
/** The user's locale when the runtime knows it, else the runtime default. */
export function userLocale(): string | undefined {
    try {
        // throws on a tag that is no BCP 47 tag; a valid tag the runtime lacks falls back to its default anyway
        Intl.NumberFormat.supportedLocalesOf([LOCALE]);
        return LOCALE;
    } catch (_error) {
        return undefined;
    }
}
// Stryker restore BlockStatement

/**
 * How an amount is written:
 * - 'exact' (default): the currency's decimals only when the amount has a fraction ($12.50, $2,160,000, ¥1,250,000,000);
 * - 'whole': rounded to whole units (totals, chart figures);
 * - 'compact': short form for tiles and chart axes ($1.25B, $65.8K), three significant digits.
 * `true` is the older spelling of 'compact'.
 */
export type MoneyStyle = 'exact' | 'whole' | 'compact';

/** Minor units of a currency as the runtime knows them (USD 2, JPY 0, KRW 0, KWD 3). */
export function currencyDigits(currencyIsoCode: string): number {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currencyIsoCode }).resolvedOptions()
        .maximumFractionDigits as number;
}

function currencyOptions(
    value: number,
    currency: string,
    style: MoneyStyle,
    signed: boolean
): Intl.NumberFormatOptions {
    const options: Intl.NumberFormatOptions = {
        style: 'currency',
        currency,
        signDisplay: signed ? 'exceptZero' : 'auto'
    };
    if (style === 'compact') {
        return { ...options, notation: 'compact', maximumSignificantDigits: 3 };
    }
    const digits = currencyDigits(currency);
    const hasFraction = Math.round(Math.abs(value) * 10 ** digits) % 10 ** digits !== 0;
    const fractionDigits = style === 'exact' && hasFraction ? digits : 0;
    return { ...options, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
}

/**
 * The one currency formatter of the package: the amount in the plan's ISO currency and the user's locale; '—' when
 * there is no amount. `signed` writes "+" before a positive amount (variances).
 */
export function formatCurrency(
    value: number | null | undefined,
    currencyIsoCode?: string | null,
    style: MoneyStyle | boolean = 'exact',
    signed = false
): string {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '—';
    }
    const currency = currencyIsoCode || 'USD';
    const resolvedStyle: MoneyStyle = style === true ? 'compact' : style === false ? 'exact' : style;
    try {
        return new Intl.NumberFormat(userLocale(), currencyOptions(value, currency, resolvedStyle, signed)).format(
            value
        );
    } catch (_error) {
        // An ISO code the runtime does not know: the number, then the code as stored.
        return `${formatNumber(value)} ${currency}`;
    }
}

/** Percent on the platform's 0-100 scale (Percent formula fields): 85.5 -> "85.5%". */
export function formatPercent(value: number | null | undefined, fractionDigits = 1): string {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '—';
    }
    return new Intl.NumberFormat(userLocale(), {
        style: 'percent',
        maximumFractionDigits: fractionDigits
    }).format(value / 100);
}

export function formatNumber(value: number | null | undefined, fractionDigits = 2): string {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '—';
    }
    return new Intl.NumberFormat(userLocale(), { maximumFractionDigits: fractionDigits }).format(value);
}

/** A lightning-input's value ('' when cleared) as a number, or undefined when it is empty. */
export function inputNumber(value: string | null | undefined): number | undefined {
    return value ? Number(value) : undefined;
}

/** Parses 'YYYY-MM-DD' as a calendar date (UTC midnight), never shifted by the time zone. */
export function parseIsoDate(iso: string | null | undefined): Date | null {
    // Stryker disable next-line ConditionalExpression,BlockStatement: exec() of a missing date ("null") matches nothing either
    if (!iso) {
        return null;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!match) {
        return null;
    }
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** 'YYYY-MM-DD' -> medium localized date ("Mar 31, 2026"); null -> '—'. */
export function formatDate(iso: string | null | undefined): string {
    const date = parseIsoDate(iso);
    if (!date) {
        return '—';
    }
    return new Intl.DateTimeFormat(userLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

// Stryker disable BlockStatement: an emptied catch returns undefined too
/** The user's Salesforce time zone (not the browser's) when the runtime knows it. */
export function userTimeZone(): string | undefined {
    try {
        return new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE }).resolvedOptions().timeZone;
    } catch (_error) {
        return undefined;
    }
}
// Stryker restore BlockStatement

/** ISO datetime -> localized date and time in the user's time zone ("Nov 26, 2026, 11:30 PM"). */
export function formatDateTime(iso: string | null | undefined): string {
    if (!iso) {
        return '—';
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        return '—';
    }
    return new Intl.DateTimeFormat(userLocale(), {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: userTimeZone()
    }).format(date);
}

/** 'YYYY-MM' -> short month label ("Mar 2026"). */
export function formatMonth(month: string): string {
    const date = parseIsoDate(month + '-01');
    if (!date) {
        return month;
    }
    return new Intl.DateTimeFormat(userLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Today as 'YYYY-MM-DD' in the local calendar. */
export function todayIso(now: Date = new Date()): string {
    const month = String(now.getMonth() + 1).padStart(2, '0');
    const day = String(now.getDate()).padStart(2, '0');
    return `${now.getFullYear()}-${month}-${day}`;
}

/** Whole days from today until the date (negative when past); null when no date. */
export function daysUntil(iso: string | null | undefined, today: string = todayIso()): number | null {
    const date = parseIsoDate(iso);
    const base = parseIsoDate(today);
    if (!date || !base) {
        return null;
    }
    return Math.round((date.getTime() - base.getTime()) / 86400000);
}

/** True when the date lies before today. */
export function isPast(iso: string | null | undefined, today: string = todayIso()): boolean {
    const days = daysUntil(iso, today);
    return (days ?? 0) < 0;
}

/**
 * True when the last contact is older than the cadence allows (e.g. a Key Account every 14 days).
 * No last activity with a cadence counts as overdue; no cadence is never overdue.
 */
export function isContactOverdue(
    lastActivityDate: string | null | undefined,
    cadenceDays: number | null | undefined,
    today: string = todayIso()
): boolean {
    if (!cadenceDays) {
        return false;
    }
    const days = daysUntil(lastActivityDate, today);
    return days === null || -days > cadenceDays;
}

/** Where a forecast stands against its target; null when the plan has no target. */
export type TargetStatus = 'ahead' | 'onTarget' | 'behind';

/**
 * "On target" when the forecast variance lies within ±tolerancePercent of the target (so -$200 on $2.2M is on
 * target, not behind); ahead above the band, behind below it. A missing or negative tolerance counts as 0.
 */
export function targetStatus(
    forecastVariance: number,
    revenueTarget: number | null | undefined,
    tolerancePercent: number | null | undefined
): TargetStatus | null {
    if (revenueTarget === null || revenueTarget === undefined) {
        return null;
    }
    const band = (Math.abs(revenueTarget) * Math.max(0, tolerancePercent ?? 0)) / 100;
    if (forecastVariance > band) {
        return 'ahead';
    }
    return forecastVariance < -band ? 'behind' : 'onTarget';
}

/** Dispatches a platform toast from the component. */
export function showToast(
    component: EventTarget,
    title: string,
    message?: string,
    variant: 'info' | 'success' | 'warning' | 'error' = 'info'
): void {
    component.dispatchEvent(new ShowToastEvent({ title, message, variant }));
}

/**
 * After a write on a plan or one of its children: LDS hears that the plan changed (record page header, other
 * LDS components) and the component's getWorkspace wire reloads its cached value.
 */
export async function refreshPlan(planId: string | undefined, wiredWorkspace: unknown): Promise<void> {
    if (planId) {
        await notifyRecordUpdateAvailable([{ recordId: planId }]);
    }
    await refreshApex(wiredWorkspace);
}

/** Replaces {0}, {1}... in a label with the values. */
export function formatLabel(label: string, ...values: (string | number | null | undefined)[]): string {
    return label.replace(/\{(\d+)\}/g, (_whole, index: string) => {
        const value = values[Number(index)];
        return value === null || value === undefined ? '' : String(value);
    });
}

/** Deep copy of plain data (strips LWC read-only proxies before handing data to third-party code). */
export function clonePlain<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}
