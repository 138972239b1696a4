import axe from 'axe-core';
import { loadScript } from 'lightning/platformResourceLoader';
import PlanPerformanceChart, { buildSeries } from 'c/planPerformanceChart';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import { $, $$, flush, mockOf, mount, resetDom } from '../../../../../../jest/testUtils';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

jest.setTimeout(30000);

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;
const loadScriptMock = mockOf(loadScript);

interface ChartConfig {
    type: string;
    data: { labels: string[]; datasets: Record<string, unknown>[] };
    options: Record<string, any>;
}

const chartCalls: { canvas: HTMLCanvasElement; config: ChartConfig }[] = [];
const destroy = jest.fn();

class FakeChart {
    constructor(canvas: HTMLCanvasElement, config: ChartConfig) {
        chartCalls.push({ canvas, config });
    }
    destroy(): void {
        destroy();
    }
}

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const createChart = (): HTMLElement =>
    mount('c-plan-performance-chart', PlanPerformanceChart, { recordId: workspaceAhead.plan.id });

function tableRows(element: HTMLElement): string[][] {
    return $$(element, 'table.data-table tbody tr').map((row) =>
        Array.from(row.children as HTMLCollection).map((cell) => (cell as HTMLElement).textContent as string)
    );
}

describe('c-plan-performance-chart', () => {
    beforeEach(() => {
        (window as unknown as { Chart?: unknown }).Chart = FakeChart;
        loadScriptMock.mockResolvedValue(undefined);
    });

    afterEach(() => {
        resetDom();
        chartCalls.length = 0;
        delete (window as unknown as { Chart?: unknown }).Chart;
    });

    describe('buildSeries', () => {
        it('builds cumulative won, a pro-rata target and open pipeline per month', () => {
            const series = buildSeries(
                [
                    { month: '2026-10', won: 100, open: 50 },
                    { month: '2026-11', won: 0, open: 0 },
                    { month: '2026-12', won: 200, open: 25 }
                ],
                600
            );
            expect(series).toEqual({
                labels: ['Oct 2026', 'Nov 2026', 'Dec 2026'],
                cumulativeWon: [100, 100, 300],
                target: [200, 400, 600],
                open: [50, 0, 25]
            });
        });

        it('counts missing amounts as 0 and draws no target line without a target', () => {
            const series = buildSeries(
                [
                    { month: '2026-10', won: null, open: null },
                    { month: '2026-11', won: 5, open: 7 }
                ] as unknown as MonthPoint[],
                null
            );
            expect(series.cumulativeWon).toEqual([0, 5]);
            expect(series.open).toEqual([0, 7]);
            expect(series.target).toEqual([null, null]);
            expect(buildSeries([{ month: '2026-10', won: 1, open: 1 }], undefined as unknown as null).target).toEqual([
                null
            ]);
            expect(buildSeries([{ month: '2026-10', won: 1, open: 1 }], 0).target).toEqual([0]);
        });

        it('returns empty series without months', () => {
            expect(buildSeries(undefined as unknown as MonthPoint[], 100)).toEqual({
                labels: [],
                cumulativeWon: [],
                target: [],
                open: []
            });
        });
    });

    it('shows a spinner until the workspace arrives, and loads Chart.js once from the static resource', async () => {
        const element = createChart();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, 'canvas')).toBeNull();
        await flush();
        expect(loadScriptMock).toHaveBeenCalledTimes(1);
        expect(loadScriptMock).toHaveBeenCalledWith(expect.any(Object), 'chartjs');
        expect(workspaceAdapter.getLastConfig()).toEqual({ planId: workspaceAhead.plan.id });
    });

    it('draws cumulative won, the pro-rata target and open pipeline in a chart that keeps its height', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'lightning-card').title).toBe('Performance');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(chartCalls).toHaveLength(1);
        const { config, canvas } = chartCalls[0];
        expect(canvas).toBe($(element, 'canvas.chart'));
        expect($(element, '.chart-container canvas')).toBe(canvas);
        const callback = config.options.scales.y.ticks.callback;
        expect(config).toEqual({
            type: 'bar',
            data: {
                labels: [
                    'Jan 2026',
                    'Feb 2026',
                    'Mar 2026',
                    'Apr 2026',
                    'May 2026',
                    'Jun 2026',
                    'Jul 2026',
                    'Aug 2026',
                    'Sep 2026',
                    'Oct 2026',
                    'Nov 2026',
                    'Dec 2026'
                ],
                datasets: [
                    {
                        type: 'line',
                        label: 'Cumulative won',
                        data: [
                            47000, 174000, 231000, 399000, 713000, 899000, 1006000, 1411000, 1454000, 1554000, 1933000,
                            1933000
                        ],
                        borderColor: '#2e844a',
                        backgroundColor: '#2e844a',
                        tension: 0.2,
                        order: 1
                    },
                    {
                        type: 'line',
                        label: 'Target (pro rata)',
                        data: [
                            180000, 360000, 540000, 720000, 900000, 1080000, 1260000, 1440000, 1620000, 1800000,
                            1980000, 2160000
                        ],
                        borderColor: '#706e6b',
                        borderDash: [6, 4],
                        pointRadius: 0,
                        order: 2
                    },
                    {
                        type: 'bar',
                        label: 'Open pipeline',
                        data: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 526000, 261000],
                        backgroundColor: 'rgba(1, 118, 211, 0.45)',
                        order: 3
                    }
                ]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: 'index', intersect: false },
                plugins: { legend: { position: 'bottom' } },
                scales: { y: { beginAtZero: true, ticks: { callback } } }
            }
        });
        expect(callback(1500000)).toBe('$1.5M');
        expect(callback(0)).toBe('$0');
        await expectAccessible(element);
    });

    it('hands Chart.js plain arrays it may change, never the component data', async () => {
        createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const { config } = chartCalls[0];
        (config.data.labels as string[]).push('extra');
        (config.data.datasets[0].data as number[]).push(1);
        (config.data.datasets[1].data as number[]).push(1);
        (config.data.datasets[2].data as number[]).push(1);
        expect(config.data.labels).toHaveLength(13);
    });

    it('describes the chart for screen readers and lists every month in a hidden table', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        expect($(element, 'canvas').getAttribute('role')).toBe('img');
        expect($(element, 'canvas').getAttribute('aria-label')).toBe(
            'Cumulative won $132,000 against a target of $500,000 from Oct 1, 2026 to Dec 31, 2026; open pipeline $365,000.'
        );
        const table = $(element, 'table.data-table');
        // Hidden visually by a wrapper: a <table> ignores the 1px clip and would widen the page at 390 px.
        expect((table.parentElement as HTMLElement).className).toBe('slds-assistive-text');
        expect(table.querySelector('caption').textContent.trim()).toBe('Performance by month');
        expect($$(element, 'thead th').map((cell) => cell.textContent)).toEqual([
            'Month',
            'Won in month',
            'Cumulative won',
            'Target (pro rata)',
            'Open pipeline'
        ]);
        expect(tableRows(element)).toEqual([
            ['Oct 2026', '$31,000', '$31,000', '$166,667', '$0'],
            ['Nov 2026', '$101,000', '$132,000', '$333,333', '$0'],
            ['Dec 2026', '$0', '$132,000', '$500,000', '$365,000']
        ]);
    });

    it('writes a plan in its own currency', async () => {
        const element = createChart();
        workspaceAdapter.emit({ ...workspaceBehind, plan: { ...workspaceBehind.plan, currencyIsoCode: 'EUR' } });
        await flush();
        expect(tableRows(element)[0]).toEqual(['Oct 2026', '€31,000', '€31,000', '€166,667', '€0']);
        expect(chartCalls[0].config.options.scales.y.ticks.callback(2500)).toBe('€2.5K');
    });

    it('redraws once per new workspace, not on every render, and destroys the chart when removed', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(chartCalls).toHaveLength(1);
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(chartCalls).toHaveLength(1);
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        expect(chartCalls).toHaveLength(2);
        expect(destroy).toHaveBeenCalledTimes(1);
        expect(chartCalls[1].config.data.labels).toEqual(['Oct 2026', 'Nov 2026', 'Dec 2026']);
        document.body.removeChild(element);
        expect(destroy).toHaveBeenCalledTimes(2);
    });

    it('draws again when it comes back on the page, without loading the library twice', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        document.body.removeChild(element);
        document.body.appendChild(element);
        await flush();
        expect(loadScriptMock).toHaveBeenCalledTimes(1);
        expect(chartCalls).toHaveLength(2);
        expect(destroy).toHaveBeenCalledTimes(1);
    });

    it('shows an empty state for a plan without won or open amounts', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect($(element, '.empty-state').textContent.trim()).toBe('No won or open opportunities in this period yet.');
        expect($(element, 'canvas')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(chartCalls).toHaveLength(0);
    });

    it('draws a plan with open pipeline only', async () => {
        const element = createChart();
        const monthly = workspaceEmpty.monthly.map((point, index) => ({ ...point, open: index === 2 ? 1000 : 0 }));
        workspaceAdapter.emit({ ...workspaceEmpty, monthly });
        await flush();
        expect($(element, '.empty-state')).toBeNull();
        expect(chartCalls).toHaveLength(1);
        expect($(element, 'canvas').getAttribute('aria-label')).toBe(
            'Cumulative won $0 against a target of — from Jan 1, 2027 to Jun 30, 2027; open pipeline $1,000.'
        );
    });

    it('draws a plan with won amounts and no open pipeline', async () => {
        const element = createChart();
        const monthly = workspaceBehind.monthly.map((point) => ({ ...point, open: 0 }));
        workspaceAdapter.emit({ ...workspaceBehind, monthly });
        await flush();
        expect($(element, '.empty-state')).toBeNull();
        expect(chartCalls).toHaveLength(1);
        expect(chartCalls[0].config.data.datasets[2].data).toEqual([0, 0, 0]);
        expect($(element, 'canvas').getAttribute('aria-label')).toBe(
            'Cumulative won $132,000 against a target of $500,000 from Oct 1, 2026 to Dec 31, 2026; open pipeline $0.'
        );
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createChart();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, 'canvas')).toBeNull();
    });

    it('draws the plan again when it loads again after a failed load', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        workspaceAdapter.error({ message: 'Offline' });
        await flush();
        expect($(element, 'canvas')).toBeNull();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(chartCalls).toHaveLength(2);
        expect(chartCalls[1].canvas).toBe($(element, 'canvas'));
    });

    it('shows the error panel when Chart.js cannot be loaded', async () => {
        loadScriptMock.mockRejectedValue(new Error('404'));
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.friendlyMessage).toBe('The chart library could not be loaded.');
        expect(panel.errors).toEqual(new Error('404'));
        expect($(element, 'canvas')).toBeNull();
        expect(chartCalls).toHaveLength(0);
    });

    it('waits for the library when the data arrives first and skips drawing without Chart', async () => {
        delete (window as unknown as { Chart?: unknown }).Chart;
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(chartCalls).toHaveLength(0);
        expect($(element, 'canvas')).not.toBeNull();
    });

    it('draws when the library arrives after the data', async () => {
        let loaded: () => void = () => undefined;
        loadScriptMock.mockReturnValue(new Promise<void>((resolve) => (loaded = resolve)));
        createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(chartCalls).toHaveLength(0);
        loaded();
        await flush();
        expect(chartCalls).toHaveLength(1);
    });
});
