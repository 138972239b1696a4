import axe from 'axe-core';
import PlanScorecard from 'c/planScorecard';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import workspaceHistory from '../../planWorkspace/__tests__/data/workspaceHistory.json';
import healthAtRisk from '../../planWorkspace/__tests__/data/healthAtRisk.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;

// axe-core on a full scorecard takes seconds on a loaded machine
jest.setTimeout(30000);

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const createScorecard = (): HTMLElement =>
    mount('c-plan-scorecard', PlanScorecard, { recordId: workspaceAhead.plan.id });

/** The public properties the scorecard hands to a tile. */
function tile(element: HTMLElement, key: string): Record<string, unknown> {
    const node = $(element, `[data-tile="${key}"] c-plan-scorecard-tile`);
    return {
        label: node.label,
        value: node.value,
        fullValue: node.fullValue,
        detail: node.detail,
        tone: node.tone
    };
}

function text(element: HTMLElement, selector: string): string {
    return ($(element, selector).textContent as string).replace(/\s+/g, ' ').trim();
}

async function emitPlan(
    plan: Partial<PlanSummary>,
    base: typeof workspaceAhead | typeof workspaceEmpty = workspaceAhead
): Promise<void> {
    workspaceAdapter.emit({ ...base, plan: { ...base.plan, ...plan } });
    await flush();
}

describe('c-plan-scorecard', () => {
    beforeEach(() => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout'] });
        jest.setSystemTime(new Date(2026, 10, 27, 9, 0, 0));
    });

    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    it('shows a spinner until the workspace arrives and wires the record id', async () => {
        const element = createScorecard();
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, 'ul.tiles')).toBeNull();
        expect(workspaceAdapter.getLastConfig()).toEqual({ planId: workspaceAhead.plan.id });
    });

    it('shows every figure of a plan ahead of target, compact, with the exact amounts and the deal counts', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'lightning-card').title).toBe('Plan Scorecard');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($$(element, 'li[data-tile]').map((node) => node.dataset.tile)).toEqual([
            'target',
            'won',
            'forecast',
            'variance',
            'attainment',
            'openPipeline',
            'weightedPipeline',
            'lost',
            'coverage',
            'winRate'
        ]);
        expect(tile(element, 'target')).toEqual({
            label: 'Revenue Target',
            value: '$2.16M',
            fullValue: '$2,160,000',
            detail: undefined,
            tone: undefined
        });
        expect(tile(element, 'won')).toEqual({
            label: 'Won',
            value: '$1.93M',
            fullValue: '$1,933,000',
            detail: '18 won',
            tone: undefined
        });
        expect(tile(element, 'forecast')).toMatchObject({
            label: 'Forecast',
            value: '$2.23M',
            fullValue: '$2,225,800'
        });
        expect(tile(element, 'variance')).toEqual({
            label: 'Forecast vs Target',
            value: '+$65.8K',
            fullValue: '+$65,800',
            detail: 'Ahead of target',
            tone: 'success'
        });
        expect($(element, '[data-tile="variance"] c-plan-scorecard-tile').detailTitle).toBe(
            'A forecast within ±2% of the revenue target counts as on target.'
        );
        expect(tile(element, 'attainment')).toMatchObject({
            label: 'Attainment',
            value: '89.5%',
            fullValue: undefined
        });
        expect(tile(element, 'openPipeline')).toEqual({
            label: 'Open Pipeline',
            value: '$787K',
            fullValue: '$787,000',
            detail: '9 open',
            tone: undefined
        });
        expect(tile(element, 'weightedPipeline')).toEqual({
            label: 'Weighted Pipeline',
            value: '$293K',
            fullValue: '$292,800',
            detail: undefined,
            tone: undefined
        });
        expect(tile(element, 'lost')).toEqual({
            label: 'Lost',
            value: '$662K',
            fullValue: '$662,000',
            detail: '6 lost',
            tone: undefined
        });
        expect(tile(element, 'coverage')).toMatchObject({ label: 'Pipeline Coverage', value: '3.47×' });
        expect(tile(element, 'winRate')).toMatchObject({ label: 'Win Rate', value: '75%' });
        await expectAccessible(element);
    });

    it('shows the period, segment journey, type, review and activity in the user locale', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(text(element, '.period')).toBe('Year · Jan 1, 2026 – Dec 31, 2026');
        expect($$(element, '.segment-journey span').map((node) => node.textContent)).toEqual([
            'Key Account',
            'Strategic Partner'
        ]);
        expect($(element, '.segment-journey lightning-icon').alternativeText).toBe('to');
        expect(text(element, '.key-account-type')).toBe('Strategic');
        expect(text(element, '.next-review')).toBe('Dec 31, 2026');
        expect(text(element, '.last-activity')).toBe('Nov 24, 2026');
        expect(text(element, '.next-activity')).toBe('Dec 3, 2026');
        expect($(element, '.review-due')).toBeNull();
        expect($(element, '.contact-overdue')).toBeNull();
        expect($(element, '.next-activity-overdue')).toBeNull();
        expect(text(element, '.calculated-at')).toBe('Figures calculated Nov 26, 2026, 6:00 PM');
        const terms = $$(element, 'dt').map((node) => node.textContent);
        expect(terms).toEqual([
            'Period',
            'Segment Journey',
            'Key Account Type',
            'Next Review',
            'Last Activity',
            'Next Activity'
        ]);
    });

    it('flags a plan behind target in red with words, due for review and overdue for contact', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        expect(tile(element, 'variance')).toEqual({
            label: 'Forecast vs Target',
            value: '-$179K',
            fullValue: '-$178,600',
            detail: 'Behind target',
            tone: 'error'
        });
        expect(text(element, '.next-review')).toBe('Nov 15, 2026');
        expect($(element, '.review-due').label).toBe('Review due');
        expect($(element, '.contact-overdue').label).toBe('Contact overdue (every 30 days)');
        expect(text(element, '.last-activity')).toContain('Oct 20, 2026');
        expect(text(element, '.next-activity')).toBe('Nothing planned');
        expect($(element, '.next-activity-overdue')).toBeNull();
        expect(text(element, '.period')).toBe('Quarter · Oct 1, 2026 – Dec 31, 2026');
        await expectAccessible(element);
    });

    it('shows a forecast within the tolerance as on target, green, not behind', async () => {
        const element = createScorecard();
        await emitPlan({ revenueTarget: 2200000, forecast: 2199800, forecastVariance: -200 });
        expect(tile(element, 'variance')).toEqual({
            label: 'Forecast vs Target',
            value: '-$200',
            fullValue: '-$200',
            detail: 'On target',
            tone: 'success'
        });
    });

    it('shows a plan exactly on target as on target, even without tolerance', async () => {
        const element = createScorecard();
        await emitPlan({ forecastVariance: 0, onTargetTolerancePercent: 0 });
        expect(tile(element, 'variance')).toMatchObject({ value: '$0', detail: 'On target', tone: 'success' });
        expect($(element, '[data-tile="variance"] c-plan-scorecard-tile').detailTitle).toBe(
            'A forecast within ±0% of the revenue target counts as on target.'
        );
    });

    it('applies the tolerance the admin set', async () => {
        const element = createScorecard();
        await emitPlan({ onTargetTolerancePercent: 5 });
        expect(tile(element, 'variance')).toMatchObject({ detail: 'On target', tone: 'success' });
        await emitPlan({ onTargetTolerancePercent: 2.5, forecastVariance: -60000 });
        expect(tile(element, 'variance')).toMatchObject({ detail: 'Behind target', tone: 'error' });
        expect($(element, '[data-tile="variance"] c-plan-scorecard-tile').detailTitle).toBe(
            'A forecast within ±2.5% of the revenue target counts as on target.'
        );
    });

    it('keeps a 14-digit JPY target short on the tile and exact on hover, without decimals', async () => {
        const element = createScorecard();
        await emitPlan({
            currencyIsoCode: 'JPY',
            revenueTarget: 12500000000000,
            wonAmount: 1250000000.4,
            lostAmount: 0
        });
        expect(tile(element, 'target')).toMatchObject({ value: '¥12.5T', fullValue: '¥12,500,000,000,000' });
        expect(tile(element, 'won')).toMatchObject({ value: '¥1.25B', fullValue: '¥1,250,000,000' });
        expect(tile(element, 'lost')).toMatchObject({ value: '¥0', fullValue: '¥0' });
    });

    it('writes EUR plans in euros', async () => {
        const element = createScorecard();
        await emitPlan({ currencyIsoCode: 'EUR' });
        expect(tile(element, 'target')).toMatchObject({ value: '€2.16M', fullValue: '€2,160,000' });
    });

    it('flags a next activity in the past', async () => {
        const element = createScorecard();
        await emitPlan({ nextActivityDate: '2026-11-26' });
        expect($(element, '.next-activity-overdue').label).toBe('Overdue');
        expect(text(element, '.next-activity')).toBe('Nov 26, 2026');
    });

    it('does not flag a next activity planned for today', async () => {
        const element = createScorecard();
        await emitPlan({ nextActivityDate: '2026-11-27' });
        expect($(element, '.next-activity-overdue')).toBeNull();
    });

    it('shows "Not set" and dashes for an empty draft plan without figures', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect(tile(element, 'target')).toEqual({
            label: 'Revenue Target',
            value: 'Not set',
            fullValue: undefined,
            detail: undefined,
            tone: undefined
        });
        expect(tile(element, 'variance')).toEqual({
            label: 'Forecast vs Target',
            value: 'Not set',
            fullValue: undefined,
            detail: undefined,
            tone: undefined
        });
        expect(tile(element, 'won')).toMatchObject({ value: '$0', detail: '0 won' });
        expect(tile(element, 'attainment')).toMatchObject({ value: '—' });
        expect(tile(element, 'coverage')).toMatchObject({ value: '—' });
        expect(tile(element, 'winRate')).toMatchObject({ value: '—' });
        expect($$(element, '.segment-journey span').map((node) => node.textContent)).toEqual(['Not set', 'Not set']);
        expect(text(element, '.key-account-type')).toBe('Not set');
        expect(text(element, '.next-review')).toBe('—');
        expect(text(element, '.last-activity')).toBe('—');
        expect($(element, '.contact-overdue')).toBeNull();
        expect(text(element, '.calculated-at')).toBe('Figures not calculated yet');
        expect(text(element, '.period')).toBe('Half Year · Jan 1, 2027 – Jun 30, 2027');
        await expectAccessible(element);
    });

    it('shows "Not set" for a target the server left out, not a dash', async () => {
        const element = createScorecard();
        const { revenueTarget: _omitted, ...plan } = workspaceEmpty.plan;
        workspaceAdapter.emit({ ...workspaceEmpty, plan });
        await flush();
        expect(tile(element, 'target')).toMatchObject({ value: 'Not set', fullValue: undefined });
    });

    it('hands the health score and the changes since the last snapshot to their parts', async () => {
        const element = createScorecard();
        workspaceAdapter.emit({ ...workspaceHistory, health: healthAtRisk });
        await flush();
        expect($(element, 'c-plan-health-score').health).toEqual(healthAtRisk);
        expect($(element, 'c-plan-deltas').deltas).toEqual(workspaceHistory.deltas);
    });

    it('shows the period without a period type', async () => {
        const element = createScorecard();
        await emitPlan({ periodType: null }, workspaceEmpty);
        expect(text(element, '.period')).toBe('Jan 1, 2027 – Jun 30, 2027');
    });

    it('shows the error panel instead of the figures when the workspace fails to load', async () => {
        const element = createScorecard();
        workspaceAdapter.error({ message: 'You do not have access to Account Planning.' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'ul.tiles')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
    });
});
