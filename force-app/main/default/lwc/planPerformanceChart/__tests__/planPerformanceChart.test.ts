import { createElement } from 'lwc';
import axe from 'axe-core';
import { loadScript } from 'lightning/platformResourceLoader';
import PlanPerformanceChart, { buildSeries } from 'c/planPerformanceChart';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;
const loadScriptMock = loadScript as unknown as jest.Mock;

interface ChartCall {
    canvas: HTMLCanvasElement;
    config: {
        data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] };
        options: { scales: { y: { ticks: { callback: (value: number) => string } } } };
    };
}

const chartCalls: ChartCall[] = [];
const destroy = jest.fn();

class FakeChart {
    constructor(canvas: HTMLCanvasElement, config: ChartCall['config']) {
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

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createChart(): HTMLElement {
    const element = createElement('c-plan-performance-chart', { is: PlanPerformanceChart });
    Object.assign(element, { recordId: workspaceAhead.plan.id });
    document.body.appendChild(element);
    return element;
}

describe('c-plan-performance-chart', () => {
    beforeEach(() => {
        (window as unknown as { Chart?: unknown }).Chart = FakeChart;
        loadScriptMock.mockResolvedValue(undefined);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        chartCalls.length = 0;
        jest.clearAllMocks();
        delete (window as unknown as { Chart?: unknown }).Chart;
    });

    it('builds cumulative won, a pro-rata target and open pipeline series', () => {
        const series = buildSeries(
            [
                { month: '2026-10', won: 100, open: 50 },
                { month: '2026-11', won: 0, open: 0 },
                { month: '2026-12', won: 200, open: 25 }
            ],
            600
        );
        expect(series.cumulativeWon).toEqual([100, 100, 300]);
        expect(series.target).toEqual([200, 400, 600]);
        expect(series.open).toEqual([50, 0, 25]);
        expect(buildSeries([{ month: '2026-10', won: 1, open: 1 }], null).target).toEqual([null]);
        expect(buildSeries(undefined as unknown as MonthPoint[], null).labels).toEqual([]);
    });

    it('loads Chart.js from the static resource and draws plain arrays', async () => {
        const element = createChart();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        await flush();
        expect(loadScriptMock).toHaveBeenCalledWith(expect.anything(), 'chartjs');
        expect(chartCalls).toHaveLength(1);
        const { config, canvas } = chartCalls[0];
        expect(canvas.tagName).toBe('CANVAS');
        expect(config.data.labels).toHaveLength(12);
        const [won, target, open] = config.data.datasets;
        expect(Array.isArray(won.data)).toBe(true);
        expect(won.data[11]).toBe(workspaceAhead.plan.wonAmount);
        expect(target.data[11]).toBeCloseTo(workspaceAhead.plan.revenueTarget as number);
        expect(open.data.reduce((sum: number, value) => sum + (value || 0), 0)).toBe(workspaceAhead.plan.openPipeline);
        expect(config.options.scales.y.ticks.callback(1500000)).toMatch(/1\.5M/);
        expect(canvas.getAttribute('role')).toBe('img');
        expect(canvas.getAttribute('aria-label')).toBe('c.Chart_Aria');
        const rows = element.shadowRoot!.querySelectorAll('table.data-table tbody tr');
        expect(rows).toHaveLength(12);
        await expectAccessible(element);
    });

    it('redraws when the workspace is refreshed and destroys the chart when removed', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        await flush();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        expect(chartCalls).toHaveLength(2);
        expect(destroy).toHaveBeenCalledTimes(1);
        expect(chartCalls[1].config.data.labels).toHaveLength(3);
        document.body.removeChild(element);
        expect(destroy).toHaveBeenCalledTimes(2);
    });

    it('shows an empty state for a plan without won or open amounts', async () => {
        const element = createChart();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        await flush();
        expect(element.shadowRoot!.querySelector('.empty-state')!.textContent).toBe('c.Chart_Empty');
        expect(element.shadowRoot!.querySelector('canvas')).toBeNull();
        expect(chartCalls).toHaveLength(0);
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createChart();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });

    it('shows the error panel when Chart.js cannot be loaded', async () => {
        loadScriptMock.mockRejectedValue(new Error('404'));
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        await flush();
        const panel = element.shadowRoot!.querySelector('c-error-panel') as unknown as { friendlyMessage: string };
        expect(panel).not.toBeNull();
        expect(panel.friendlyMessage).toBe('c.Chart_Load_Error');
        expect(chartCalls).toHaveLength(0);
    });

    it('waits for the library when the data arrives first and skips drawing without Chart', async () => {
        delete (window as unknown as { Chart?: unknown }).Chart;
        const element = createChart();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        await flush();
        expect(chartCalls).toHaveLength(0);
        expect(element.shadowRoot!.querySelector('canvas')).not.toBeNull();
    });
});
