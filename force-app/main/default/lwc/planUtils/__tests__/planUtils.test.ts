import {
    reduceErrors,
    currencyDigits,
    formatCurrency,
    formatPercent,
    formatNumber,
    inputNumber,
    formatDate,
    formatDateTime,
    formatMonth,
    parseIsoDate,
    todayIso,
    daysUntil,
    isPast,
    isContactOverdue,
    showToast,
    refreshPlan,
    formatLabel,
    clonePlain,
    targetStatus,
    userLocale,
    userTimeZone
} from 'c/planUtils';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import ldsErrors from './data/ldsErrors.json';

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// The Jest platform stubs give the user locale en-US and the time zone America/Los_Angeles.
describe('c-plan-utils', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    describe('reduceErrors', () => {
        it('returns nothing for no error', () => {
            expect(reduceErrors(undefined)).toEqual([]);
            expect(reduceErrors(null)).toEqual([]);
            expect(reduceErrors([])).toEqual([]);
        });

        it('reads an Apex AuraHandledException body', () => {
            expect(reduceErrors(ldsErrors.apex)).toEqual(['You do not have access to Account Planning.']);
        });

        it('reads LDS page and field errors, distinct, before the generic body message', () => {
            expect(reduceErrors(ldsErrors.lds)).toEqual(['Record is locked.', 'End Date must be after Start Date.']);
        });

        it('reads bodies given as arrays, JS errors, strings and status texts', () => {
            expect(reduceErrors(ldsErrors.arrayBody)).toEqual(['First', 'Second']);
            expect(reduceErrors(new Error('Boom'))).toEqual(['Boom']);
            expect(reduceErrors(['plain text', 'plain text'])).toEqual(['plain text']);
            expect(reduceErrors({ statusText: 'Server Error' })).toEqual(['Server Error']);
        });

        it('prefers the body over the error message and the message over the status text', () => {
            expect(reduceErrors({ body: { message: 'From the body' }, message: 'From the error' })).toEqual([
                'From the body'
            ]);
            expect(reduceErrors({ message: 'From the error', statusText: 'Bad Request' })).toEqual(['From the error']);
        });

        it('skips messages that are not text, and blank ones', () => {
            expect(
                reduceErrors({
                    body: {
                        pageErrors: [{ message: 42 }, { message: 'Page' }],
                        fieldErrors: { Name: [{ message: null }, { message: 'Field' }], Other: null }
                    }
                })
            ).toEqual(['Page', 'Field']);
            expect(reduceErrors(['  ', 'Kept'])).toEqual(['Kept']);
            expect(reduceErrors({ body: { pageErrors: 'not a list', fieldErrors: 'not an object' } })).toEqual([
                'c.Error_Unknown'
            ]);
        });

        it('reads past missing entries, a null field-error map and a null body', () => {
            expect(reduceErrors({ body: { pageErrors: [null, { message: 'Page' }] } })).toEqual(['Page']);
            expect(reduceErrors({ body: { fieldErrors: null, message: 'From the body' } })).toEqual(['From the body']);
            expect(reduceErrors({ body: null, message: 'From the error' })).toEqual(['From the error']);
        });

        it("shows a save's own errors without the generic body message, and the body's without the status text", () => {
            expect(
                reduceErrors({
                    body: { pageErrors: [{ message: 'Record is locked.' }], message: 'An error occurred' }
                })
            ).toEqual(['Record is locked.']);
            expect(reduceErrors({ body: { message: 'From the body' }, statusText: 'Bad Request' })).toEqual([
                'From the body'
            ]);
        });

        it('falls back to the generic label for unknown shapes', () => {
            expect(reduceErrors({ body: { unexpected: true } })).toEqual(['c.Error_Unknown']);
            expect(reduceErrors({ message: 7 })).toEqual(['c.Error_Unknown']);
            expect(reduceErrors({ statusText: 500 })).toEqual(['c.Error_Unknown']);
            expect(reduceErrors({ body: { message: 42 }, message: 'From the error' })).toEqual(['From the error']);
        });
    });

    describe('currency', () => {
        it('knows the minor units of a currency', () => {
            expect(currencyDigits('USD')).toBe(2);
            expect(currencyDigits('JPY')).toBe(0);
            expect(currencyDigits('KRW')).toBe(0);
            expect(currencyDigits('KWD')).toBe(3);
        });

        it('writes whole amounts without decimals and fractions with the currency decimals', () => {
            expect(formatCurrency(2160000, 'USD')).toBe('$2,160,000');
            expect(formatCurrency(0, 'USD')).toBe('$0');
            expect(formatCurrency(12.5, 'EUR')).toBe('€12.50');
            expect(formatCurrency(-12.5, 'USD')).toBe('-$12.50');
            expect(formatCurrency(1234.567, 'KWD')).toBe('KWD\u00a01,234.567');
            expect(formatCurrency(12.001, 'USD')).toBe('$12');
            // `false` is the older spelling of 'exact'
            expect(formatCurrency(12.5, 'USD', false)).toBe('$12.50');
        });

        it('never writes decimals for currencies without minor units', () => {
            expect(formatCurrency(1250000000, 'JPY')).toBe('¥1,250,000,000');
            expect(formatCurrency(1250.4, 'JPY')).toBe('¥1,250');
            expect(formatCurrency(990.5, 'KRW')).toBe('₩991');
        });

        it('rounds to whole units in the whole style', () => {
            expect(formatCurrency(180000.33, 'USD', 'whole')).toBe('$180,000');
            expect(formatCurrency(12.5, 'EUR', 'whole')).toBe('€13');
        });

        it('writes compact amounts with three significant digits', () => {
            expect(formatCurrency(1250000000, 'USD', 'compact')).toBe('$1.25B');
            expect(formatCurrency(2160000, 'USD', 'compact')).toBe('$2.16M');
            expect(formatCurrency(65800, 'EUR', 'compact')).toBe('€65.8K');
            expect(formatCurrency(1250000000, 'JPY', true)).toBe('¥1.25B');
            expect(formatCurrency(800, 'USD', 'compact')).toBe('$800');
        });

        it('signs variances only when asked, never zero', () => {
            expect(formatCurrency(65800, 'USD', 'exact', true)).toBe('+$65,800');
            expect(formatCurrency(-178600, 'USD', 'compact', true)).toBe('-$179K');
            expect(formatCurrency(0, 'USD', 'exact', true)).toBe('$0');
            expect(formatCurrency(65800, 'USD')).toBe('$65,800');
        });

        it('takes the older boolean for compact and exact', () => {
            expect(formatCurrency(1500000, 'USD', true)).toBe('$1.5M');
            expect(formatCurrency(1500000, 'USD', false)).toBe('$1,500,000');
        });

        it('uses USD without a currency code and a dash without an amount', () => {
            expect(formatCurrency(10, undefined)).toBe('$10');
            expect(formatCurrency(10, null)).toBe('$10');
            expect(formatCurrency(null, 'USD')).toBe('—');
            expect(formatCurrency(undefined, 'USD')).toBe('—');
            expect(formatCurrency(Number.NaN, 'USD')).toBe('—');
        });

        it('writes the number and the code when the runtime does not know the code', () => {
            expect(formatCurrency(1234.5, 'NOT-A-CODE')).toBe('1,234.5 NOT-A-CODE');
        });
    });

    describe('numbers and percents', () => {
        it('formats platform percents (0-100) and numbers', () => {
            expect(formatPercent(85.5)).toBe('85.5%');
            expect(formatPercent(85.56)).toBe('85.6%');
            expect(formatPercent(85.56, 0)).toBe('86%');
            expect(formatPercent(null)).toBe('—');
            expect(formatPercent(undefined)).toBe('—');
            expect(formatPercent(Number.NaN)).toBe('—');
            expect(formatNumber(1.256)).toBe('1.26');
            expect(formatNumber(1234.5, 0)).toBe('1,235');
            expect(formatNumber(undefined)).toBe('—');
            expect(formatNumber(null)).toBe('—');
            expect(formatNumber(Number.NaN)).toBe('—');
        });

        it("reads a number input's value: a cleared input is no number, zero is a number", () => {
            expect(inputNumber('12.5')).toBe(12.5);
            expect(inputNumber('0')).toBe(0);
            expect(inputNumber('-3')).toBe(-3);
            expect(inputNumber('')).toBeUndefined();
            expect(inputNumber(null)).toBeUndefined();
            expect(inputNumber(undefined)).toBeUndefined();
        });

        it('uses the user locale and time zone of the platform', () => {
            expect(userLocale()).toBe('en-US');
            expect(userTimeZone()).toBe('America/Los_Angeles');
        });

        it("writes numbers in the runtime's own locale when the platform's is no valid tag", () => {
            jest.isolateModules(() => {
                jest.doMock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'en_US' }), {
                    virtual: true
                });
                const utils = require('c/planUtils') as typeof import('c/planUtils');
                expect(utils.userLocale()).toBeUndefined();
                expect(utils.formatNumber(1234.5)).toBe('1,234.5');
            });
        });
    });

    describe('dates', () => {
        it('parses ISO dates as calendar dates, never shifted by the time zone', () => {
            expect(parseIsoDate('2026-03-31')?.toISOString()).toBe('2026-03-31T00:00:00.000Z');
            expect(parseIsoDate('2026-01-01T10:00:00Z')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
            expect(parseIsoDate('bad')).toBeNull();
            expect(parseIsoDate('on 2026-03-31')).toBeNull();
            expect(parseIsoDate('')).toBeNull();
            expect(parseIsoDate(null)).toBeNull();
        });

        it('writes dates in the user locale', () => {
            expect(formatDate('2026-03-31')).toBe('Mar 31, 2026');
            expect(formatDate('2026-01-01')).toBe('Jan 1, 2026');
            expect(formatDate('2026-12-31')).toBe('Dec 31, 2026');
            expect(formatDate(null)).toBe('—');
            expect(formatDate('31/12/2026')).toBe('—');
        });

        it('writes date-times in the user time zone', () => {
            expect(formatDateTime('2026-03-31T10:15:00.000Z')).toBe('Mar 31, 2026, 3:15 AM');
            expect(formatDateTime('2026-01-01T07:59:00.000Z')).toBe('Dec 31, 2025, 11:59 PM');
            expect(formatDateTime('garbage')).toBe('—');
            expect(formatDateTime(null)).toBe('—');
            expect(formatDateTime('')).toBe('—');
        });

        it('writes months', () => {
            expect(formatMonth('2026-03')).toBe('Mar 2026');
            expect(formatMonth('2026-12')).toBe('Dec 2026');
            expect(formatMonth('x')).toBe('x');
        });

        it('computes today and day differences', () => {
            expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
            expect(todayIso(new Date(2026, 10, 27))).toBe('2026-11-27');
            expect(daysUntil('2026-01-10', '2026-01-05')).toBe(5);
            expect(daysUntil('2026-01-01', '2026-01-05')).toBe(-4);
            expect(daysUntil('2026-03-01', '2026-02-28')).toBe(1);
            expect(daysUntil(null, '2026-01-05')).toBeNull();
            expect(daysUntil('2026-01-05', 'not a date')).toBeNull();
            expect(isPast('2026-01-04', '2026-01-05')).toBe(true);
            expect(isPast('2026-01-05', '2026-01-05')).toBe(false);
            expect(isPast(null, '2026-01-05')).toBe(false);
        });

        it('counts from the real today by default', () => {
            jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
            jest.setSystemTime(new Date(2026, 10, 27, 9, 0, 0));
            try {
                expect(todayIso()).toBe('2026-11-27');
                expect(daysUntil('2026-11-30')).toBe(3);
                expect(isPast('2026-11-26')).toBe(true);
                expect(isContactOverdue('2026-11-01', 14)).toBe(true);
            } finally {
                jest.useRealTimers();
            }
        });

        it('flags contact overdue by cadence', () => {
            expect(isContactOverdue('2026-01-01', 14, '2026-01-20')).toBe(true);
            expect(isContactOverdue('2026-01-06', 14, '2026-01-20')).toBe(false);
            expect(isContactOverdue('2026-01-05', 14, '2026-01-20')).toBe(true);
            expect(isContactOverdue(null, 14, '2026-01-20')).toBe(true);
            expect(isContactOverdue(null, null, '2026-01-20')).toBe(false);
            expect(isContactOverdue('2025-01-01', 0, '2026-01-20')).toBe(false);
        });
    });

    describe('target status', () => {
        it('is on target within the tolerance band, both ways and on its edges', () => {
            expect(targetStatus(-200, 2200000, 2)).toBe('onTarget');
            expect(targetStatus(0, 2200000, 2)).toBe('onTarget');
            expect(targetStatus(44000, 2200000, 2)).toBe('onTarget');
            expect(targetStatus(-44000, 2200000, 2)).toBe('onTarget');
        });

        it('is ahead above the band and behind below it', () => {
            expect(targetStatus(44001, 2200000, 2)).toBe('ahead');
            expect(targetStatus(-44001, 2200000, 2)).toBe('behind');
        });

        it('treats no tolerance as an exact comparison: exactly on target is not behind', () => {
            expect(targetStatus(0, 2200000, 0)).toBe('onTarget');
            expect(targetStatus(-1, 2200000, null)).toBe('behind');
            expect(targetStatus(1, 2200000, undefined)).toBe('ahead');
            expect(targetStatus(-1, 2200000, -5)).toBe('behind');
        });

        it('has no status without a target', () => {
            expect(targetStatus(100, null, 2)).toBeNull();
            expect(targetStatus(100, undefined, 2)).toBeNull();
        });
    });

    it('fills label placeholders', () => {
        expect(formatLabel('Page {0} of {1}', 2, 7)).toBe('Page 2 of 7');
        expect(formatLabel('{1} before {0}', 'a', 'b')).toBe('b before a');
        expect(formatLabel('{0} {1}', 'a', null)).toBe('a ');
        expect(formatLabel('{0}{1}', undefined, 0)).toBe('0');
        expect(formatLabel('No placeholder')).toBe('No placeholder');
        expect(formatLabel('{10} of {1}', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k')).toBe('k of b');
    });

    it('dispatches a toast event', () => {
        const target = document.createElement('div');
        const handler = jest.fn();
        target.addEventListener('lightning__showtoast', handler);
        showToast(target, 'Saved', 'All good', 'success');
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ title: 'Saved', message: 'All good', variant: 'success' });
        showToast(target, 'Info');
        expect(handler.mock.calls[1][0].detail.variant).toBe('info');
    });

    it('tells LDS the plan changed, then refreshes the wire', async () => {
        const wired = { data: {} };
        await refreshPlan('a00000000000001AAA', wired);
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: 'a00000000000001AAA' }]);
        expect(refreshApex).toHaveBeenCalledWith(wired);
    });

    it('only refreshes the wire without a plan id', async () => {
        await refreshPlan(undefined, undefined);
        expect(notifyRecordUpdateAvailable).not.toHaveBeenCalled();
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('copies plain data', () => {
        const source = { a: [1, 2] };
        const copy = clonePlain(source);
        expect(copy).toEqual(source);
        expect(copy.a).not.toBe(source.a);
    });
});
