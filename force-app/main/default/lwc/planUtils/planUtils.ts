/**
 * Shared helpers of the Account Planning components.
 * One error path: reduceErrors(error) -> <c-error-panel errors={...}>.
 */
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LOCALE from '@salesforce/i18n/locale';
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
    return (Array.isArray(list) ? list : [])
        .map((item) => item?.message)
        .filter((message): message is string => typeof message === 'string');
}

function fieldTextsOf(fieldErrors: Record<string, Message[]> | undefined): string[] {
    return fieldErrors && typeof fieldErrors === 'object' ? Object.values(fieldErrors).flatMap(textsOf) : [];
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
        } else if (candidate.body && typeof candidate.body === 'object') {
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

/** The user's locale when the runtime knows it, else the runtime default. */
export function userLocale(): string | undefined {
    try {
        return Intl.NumberFormat.supportedLocalesOf([LOCALE]).length > 0 ? LOCALE : undefined;
    } catch {
        return undefined;
    }
}

/** Currency value in the given ISO currency, no decimals above 1,000 (scorecards, chart axes). */
export function formatCurrency(
    value: number | null | undefined,
    currencyIsoCode?: string | null,
    compact = false
): string {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '—';
    }
    const options: Intl.NumberFormatOptions = {
        style: 'currency',
        currency: currencyIsoCode || 'USD',
        maximumFractionDigits: Math.abs(value) >= 1000 || compact ? 0 : 2
    };
    if (compact) {
        options.notation = 'compact';
        options.maximumFractionDigits = 1;
    }
    try {
        return new Intl.NumberFormat(userLocale(), options).format(value);
    } catch {
        return (
            new Intl.NumberFormat(userLocale(), { maximumFractionDigits: 2 }).format(value) +
            ' ' +
            (currencyIsoCode || '')
        );
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

/** Parses 'YYYY-MM-DD' as a calendar date (UTC midnight), never shifted by the time zone. */
export function parseIsoDate(iso: string | null | undefined): Date | null {
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

/** ISO datetime -> localized date and time in the user's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
    if (!iso) {
        return '—';
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        return '—';
    }
    return new Intl.DateTimeFormat(userLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
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
    return days !== null && days < 0;
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
