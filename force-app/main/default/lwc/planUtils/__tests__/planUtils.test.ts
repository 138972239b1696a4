import {
    reduceErrors,
    formatCurrency,
    formatPercent,
    formatNumber,
    formatDate,
    formatDateTime,
    formatMonth,
    parseIsoDate,
    todayIso,
    daysUntil,
    isPast,
    isContactOverdue,
    showToast,
    formatLabel,
    clonePlain,
    userLocale
} from 'c/planUtils';
import ldsErrors from './data/ldsErrors.json';

describe('c-plan-utils', () => {
    describe('reduceErrors', () => {
        it('returns nothing for no error', () => {
            expect(reduceErrors(undefined)).toEqual([]);
            expect(reduceErrors([])).toEqual([]);
        });

        it('reads an Apex AuraHandledException body', () => {
            expect(reduceErrors(ldsErrors.apex)).toEqual(['You do not have access to Account Planning.']);
        });

        it('reads LDS page and field errors, distinct', () => {
            expect(reduceErrors(ldsErrors.lds)).toEqual(['Record is locked.', 'End Date must be after Start Date.']);
        });

        it('reads bodies given as arrays, JS errors, strings and status texts', () => {
            expect(reduceErrors(ldsErrors.arrayBody)).toEqual(['First', 'Second']);
            expect(reduceErrors(new Error('Boom'))).toEqual(['Boom']);
            expect(reduceErrors(['plain text', 'plain text'])).toEqual(['plain text']);
            expect(reduceErrors({ statusText: 'Server Error' })).toEqual(['Server Error']);
        });

        it('falls back to the generic label for unknown shapes', () => {
            expect(reduceErrors({ body: { unexpected: true } })).toEqual(['c.Error_Unknown']);
        });
    });

    describe('formatting', () => {
        it('formats currency, compact currency and missing values', () => {
            expect(formatCurrency(125000, 'USD')).toBe(
                new Intl.NumberFormat(userLocale(), {
                    style: 'currency',
                    currency: 'USD',
                    maximumFractionDigits: 0
                }).format(125000)
            );
            expect(formatCurrency(12.5, 'EUR')).toContain('12.50');
            expect(formatCurrency(1500000, 'USD', true)).toMatch(/1\.5M/);
            expect(formatCurrency(null, 'USD')).toBe('—');
            expect(formatCurrency(10, undefined)).toContain('10');
        });

        it('falls back when the currency code is invalid', () => {
            expect(formatCurrency(10, 'NOT-A-CODE')).toContain('NOT-A-CODE');
        });

        it('formats platform percents (0-100) and numbers', () => {
            expect(formatPercent(85.5)).toBe('85.5%');
            expect(formatPercent(null)).toBe('—');
            expect(formatNumber(1.256)).toBe('1.26');
            expect(formatNumber(undefined)).toBe('—');
        });

        it('formats ISO dates without time-zone shifts', () => {
            expect(parseIsoDate('2026-03-31')?.getUTCDate()).toBe(31);
            expect(parseIsoDate('bad')).toBeNull();
            expect(formatDate('2026-03-31')).toContain('2026');
            expect(formatDate(null)).toBe('—');
            expect(formatDateTime('2026-03-31T10:15:00.000Z')).toContain('2026');
            expect(formatDateTime('garbage')).toBe('—');
            expect(formatDateTime(null)).toBe('—');
            expect(formatMonth('2026-03')).toContain('2026');
            expect(formatMonth('x')).toBe('x');
        });

        it('fills label placeholders', () => {
            expect(formatLabel('Page {0} of {1}', 2, 7)).toBe('Page 2 of 7');
            expect(formatLabel('{0} {1}', 'a', null)).toBe('a ');
        });
    });

    describe('dates and overdue', () => {
        it('computes today and day differences', () => {
            expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
            expect(daysUntil('2026-01-10', '2026-01-05')).toBe(5);
            expect(daysUntil(null, '2026-01-05')).toBeNull();
            expect(isPast('2026-01-04', '2026-01-05')).toBe(true);
            expect(isPast('2026-01-05', '2026-01-05')).toBe(false);
            expect(typeof daysUntil(todayIso())).toBe('number');
        });

        it('flags contact overdue by cadence', () => {
            expect(isContactOverdue('2026-01-01', 14, '2026-01-20')).toBe(true);
            expect(isContactOverdue('2026-01-10', 14, '2026-01-20')).toBe(false);
            expect(isContactOverdue(null, 14, '2026-01-20')).toBe(true);
            expect(isContactOverdue(null, null, '2026-01-20')).toBe(false);
        });
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

    it('copies plain data', () => {
        const source = { a: [1, 2] };
        const copy = clonePlain(source);
        expect(copy).toEqual(source);
        expect(copy.a).not.toBe(source.a);
    });
});
