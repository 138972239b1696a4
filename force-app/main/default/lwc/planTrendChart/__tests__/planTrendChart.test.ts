import '../../../../../../jest/useRealLabels';
import { createElement } from 'lwc';
import axe from 'axe-core';
import { loadScript } from 'lightning/platformResourceLoader';
import PlanTrendChart, { buildTrend, chartConfig, proRataTarget } from 'c/planTrendChart';
import workspaceHistory from '../../planWorkspace/__tests__/data/workspaceHistory.json';

const loadScriptMock = loadScript as unknown as jest.Mock;

interface Dataset {
    label: string;
    data: { x: number; y: number | null }[];
    pointStyle: string;
    borderDash?: number[];
}
interface Config {
    type: string;
    data: { datasets: Dataset[] };
    options: {
        maintainAspectRatio: boolean;
        scales: {
            x: { min: number; max: number; ticks: { callback: (value: number) => string } };
            y: { ticks: { callback: (value: number) => string } };
        };
        plugins: {
            tooltip: {
                callbacks: {
                    title: (items: { parsed: { x: number } }[]) => string;
                    label: (item: { dataset: { label: string }; parsed: { y: number } }) => string;
                };
            };
        };
    };
}
/** window.Chart: a constructor mock whose instances only need destroy(). */
const destroy = jest.fn();
const ChartMock = jest.fn(() => ({ destroy }));

/** The canvas and configuration of each chart drawn, oldest first. */
function charts(): { canvas: HTMLCanvasElement; config: Config }[] {
    return (ChartMock.mock.calls as unknown as [HTMLCanvasElement, Config][]).map(([canvas, config]) => ({
        canvas,
        config
    }));
}

function history(): PlanWorkspace {
    return JSON.parse(JSON.stringify(workspaceHistory)) as PlanWorkspace;
}

/** The history fixture with only its first n snapshots. */
function firstSnapshots(count: number): PlanWorkspace {
    const workspace = history();
    workspace.snapshots = workspace.snapshots.slice(0, count);
    return workspace;
}

/** The history fixture as a plan in another currency: the first `inOldCurrency` snapshots keep USD. */
function inCurrency(currency: string, inOldCurrency = 0): PlanWorkspace {
    const workspace = history();
    workspace.plan.currencyIsoCode = currency;
    workspace.snapshots.forEach((snapshot, index) => {
        snapshot.currencyIsoCode = index < inOldCurrency ? 'USD' : currency;
    });
    return workspace;
}

async function flush(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
}

async function createChart(workspace: PlanWorkspace | undefined): Promise<HTMLElement & { workspace?: PlanWorkspace }> {
    const element = createElement('c-plan-trend-chart', { is: PlanTrendChart }) as HTMLElement & {
        workspace?: PlanWorkspace;
    };
    element.workspace = workspace;
    document.body.appendChild(element);
    await flush();
    return element;
}

function $(element: HTMLElement, selector: string): HTMLElement | null {
    return element.shadowRoot!.querySelector(selector);
}

function cellTexts(element: HTMLElement, rowIndex: number): string[] {
    const row = element.shadowRoot!.querySelectorAll('table.data-table tbody tr')[rowIndex];
    return Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent!.trim());
}

async function toggle(element: HTMLElement): Promise<void> {
    ($(element, 'lightning-button.view-toggle') as HTMLElement).click();
    await flush();
}

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe('buildTrend', () => {
    const plan = { startDate: '2026-01-01', endDate: '2026-12-31', currencyIsoCode: 'USD', revenueTarget: 365000 };

    it('spreads the target pro rata over the period: day 1 is the Start Date, capped at the End Date', () => {
        expect(proRataTarget(365000, 0, 365)).toBe(1000);
        expect(proRataTarget(365000, 99, 365)).toBe(100000);
        expect(proRataTarget(365000, 364, 365)).toBe(365000);
        expect(proRataTarget(365000, 370, 365)).toBe(365000);
        expect(proRataTarget(365000, -5, 365)).toBe(1000);
        expect(proRataTarget(null, 10, 365)).toBeNull();
        expect(proRataTarget(undefined, 10, 365)).toBeNull();
        expect(proRataTarget(365000, 10, 0)).toBeNull();
    });

    it('places the snapshots oldest first on the period and leaves out other currencies', () => {
        const snapshots = history().snapshots.slice(0, 3);
        snapshots.reverse();
        snapshots[0].currencyIsoCode = 'EUR';
        const trend = buildTrend(plan, snapshots);
        expect(trend.excluded).toBe(1);
        expect(trend.periodDays).toBe(365);
        expect(trend.points.map((point) => point.snapshotDate)).toEqual(['2026-01-05', '2026-01-12']);
        expect(trend.points.map((point) => point.x)).toEqual([4, 11]);
        expect(trend.points[0].target).toBe(5000);
        expect(trend.points[1].won).toBe(18000);
        expect(trend.points[1].forecast).toBe(713000);
        expect(trend.targetLine).toEqual([
            { x: 0, y: 1000 },
            { x: 4, y: 5000 },
            { x: 11, y: 12000 },
            { x: 364, y: 365000 }
        ]);
    });

    it('draws no target line without a target and copes with no snapshots', () => {
        const trend = buildTrend({ ...plan, revenueTarget: null }, undefined);
        expect(trend.points).toEqual([]);
        expect(trend.excluded).toBe(0);
        expect(trend.targetLine).toEqual([]);
        expect(buildTrend({ ...plan, endDate: '2025-12-01' }, []).periodDays).toBe(1);
    });
});

describe('c-plan-trend-chart', () => {
    beforeEach(() => {
        (window as unknown as { Chart?: unknown }).Chart = ChartMock;
        loadScriptMock.mockResolvedValue(undefined);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        delete (window as unknown as { Chart?: unknown }).Chart;
    });

    it('renders nothing before the workspace arrives', async () => {
        const element = await createChart(undefined);
        expect($(element, 'canvas')).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
        expect($(element, 'lightning-button')).toBeNull();
        expect(charts()).toHaveLength(0);
    });

    it('says there is no history yet when the plan has no snapshot', async () => {
        const element = await createChart(firstSnapshots(0));
        expect($(element, '.empty-state')!.textContent!.trim()).toBe(
            'No history yet: the first snapshot of this plan is taken at the next scheduled snapshot run.'
        );
        expect($(element, 'canvas')).toBeNull();
        expect($(element, 'table')).toBeNull();
        expect($(element, 'lightning-button.view-toggle')).toBeNull();
        expect(charts()).toHaveLength(0);
        await expectAccessible(element);
    });

    it('draws won and forecast per snapshot against the pro-rata target across the whole period', async () => {
        const element = await createChart(history());
        expect(loadScriptMock).toHaveBeenCalledWith(expect.anything(), 'chartjs');
        expect(charts()).toHaveLength(1);
        const { canvas, config } = charts()[0];
        expect(canvas.getAttribute('role')).toBe('img');
        expect(canvas.getAttribute('aria-label')).toBe(
            'Trend from Jan 1, 2026 to Dec 31, 2026, 50 snapshots. On Nov 23, 2026: won $1,813,000, forecast $2,265,800, pro-rata target $1,935,123.'
        );
        expect(config.type).toBe('line');
        const [won, forecast, target] = config.data.datasets;
        expect([won.label, forecast.label, target.label]).toEqual(['Won', 'Forecast', 'Pro-rata target']);
        expect(won.data).toHaveLength(50);
        expect(won.data[0]).toEqual({ x: 4, y: 8000 });
        expect(won.data[49]).toEqual({ x: 326, y: 1813000 });
        expect(forecast.data[49]).toEqual({ x: 326, y: 2265800 });
        // Shapes and dashes tell the series apart, not colour alone.
        expect([won.pointStyle, forecast.pointStyle]).toEqual(['circle', 'triangle']);
        expect(target.borderDash).toEqual([6, 4]);
        expect(target.data[0].y).toBeCloseTo(2160000 / 365);
        expect(target.data[target.data.length - 1]).toEqual({ x: 364, y: 2160000 });
        expect(config.options.scales.x.min).toBe(0);
        expect(config.options.scales.x.max).toBe(364);
        expect(config.options.maintainAspectRatio).toBe(false);
        expect(config.options.scales.x.ticks.callback(4)).toBe('Jan 5');
        expect(config.options.scales.y.ticks.callback(1500000)).toBe('$1.5M');
        const { title, label } = config.options.plugins.tooltip.callbacks;
        expect(title([{ parsed: { x: 326 } }])).toBe('Nov 23, 2026');
        expect(title([])).toBe('');
        expect(label({ dataset: { label: 'Won' }, parsed: { y: 1813000 } })).toBe('Won: $1,813,000');
        expect($(element, '.one-snapshot')).toBeNull();
        expect($(element, '.other-currency')).toBeNull();
        await expectAccessible(element);
    });

    it('tells the series apart by colour, point shape and dashes, legend below, one tooltip per day, from zero up', async () => {
        await createChart(history());
        const { config } = charts()[0];
        const [won, forecast, target] = config.data.datasets;
        expect(config).toEqual({
            type: 'line',
            data: {
                datasets: [
                    {
                        label: 'Won',
                        data: won.data,
                        borderColor: '#2e844a',
                        backgroundColor: '#2e844a',
                        pointStyle: 'circle',
                        pointRadius: 3
                    },
                    {
                        label: 'Forecast',
                        data: forecast.data,
                        borderColor: '#0176d3',
                        backgroundColor: '#0176d3',
                        pointStyle: 'triangle',
                        pointRadius: 4
                    },
                    {
                        label: 'Pro-rata target',
                        data: target.data,
                        borderColor: '#706e6b',
                        backgroundColor: '#706e6b',
                        borderDash: [6, 4],
                        pointStyle: 'line',
                        pointRadius: 0,
                        pointHitRadius: 6
                    }
                ]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: 'nearest', axis: 'x', intersect: false },
                plugins: {
                    legend: { position: 'bottom', labels: { usePointStyle: true } },
                    tooltip: { callbacks: { title: expect.any(Function), label: expect.any(Function) } }
                },
                scales: {
                    x: { type: 'linear', min: 0, max: 364, ticks: { callback: expect.any(Function) } },
                    y: { beginAtZero: true, ticks: { callback: expect.any(Function) } }
                }
            }
        });
    });

    it('shows the same figures as a table and back to the chart', async () => {
        const element = await createChart(history());
        const button = $(element, 'lightning-button.view-toggle') as HTMLElement & { label: string; iconName: string };
        expect(button.label).toBe('Show table');
        expect(button.iconName).toBe('utility:table');
        await toggle(element);
        expect(destroy).toHaveBeenCalledTimes(1);
        expect($(element, 'canvas')).toBeNull();
        expect(button.label).toBe('Show chart');
        expect(button.iconName).toBe('utility:chart');
        expect($(element, 'caption')!.textContent!.trim()).toBe(
            'Plan snapshots: won and forecast against the pro-rata target'
        );
        expect(Array.from(element.shadowRoot!.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual([
            'Snapshot date',
            'Taken',
            'Won',
            'Forecast',
            'Pro-rata target',
            'Attainment'
        ]);
        expect(element.shadowRoot!.querySelectorAll('table.data-table tbody tr')).toHaveLength(50);
        expect(cellTexts(element, 0)).toEqual(['Jan 5, 2026', 'Scheduled', '$8,000', '$708,000', '$29,589', '0.4%']);
        expect(cellTexts(element, 13)[1]).toBe('Review');
        expect(cellTexts(element, 49)).toEqual([
            'Nov 23, 2026',
            'Scheduled',
            '$1,813,000',
            '$2,265,800',
            '$1,935,123',
            '83.9%'
        ]);
        await toggle(element);
        expect($(element, 'table')).toBeNull();
        expect(charts()).toHaveLength(2);
        expect(charts()[1].canvas).toBe($(element, 'canvas'));
    });

    it("names each snapshot's type in the table by its label, not its value", async () => {
        const workspace = firstSnapshots(2);
        workspace.snapshots[1].snapshotType = 'Period End';
        const element = await createChart(workspace);
        await toggle(element);
        expect([cellTexts(element, 0)[1], cellTexts(element, 1)[1]]).toEqual(['Scheduled', 'Period end']);
    });

    it('draws a single snapshot and says the trend needs one more', async () => {
        const element = await createChart(firstSnapshots(1));
        expect(charts()).toHaveLength(1);
        const [won, forecast, target] = charts()[0].config.data.datasets;
        expect(won.data).toEqual([{ x: 4, y: 8000 }]);
        expect(forecast.data).toEqual([{ x: 4, y: 708000 }]);
        expect(target.data).toHaveLength(3);
        expect($(element, '.one-snapshot')!.textContent).toBe(
            'One snapshot so far: the trend appears after the next one.'
        );
        await toggle(element);
        expect(element.shadowRoot!.querySelectorAll('table.data-table tbody tr')).toHaveLength(1);
        expect(cellTexts(element, 0)[2]).toBe('$8,000');
        await expectAccessible(element);
    });

    it('formats euro amounts and leaves out the snapshots taken in the former currency', async () => {
        const element = await createChart(inCurrency('EUR', 20));
        expect($(element, '.other-currency')!.textContent).toBe(
            '20 earlier snapshot(s) taken in another currency are not shown: the trend shows amounts in EUR only.'
        );
        expect(charts()[0].config.data.datasets[0].data).toHaveLength(30);
        expect(charts()[0].config.options.scales.y.ticks.callback(1500000)).toBe('€1.5M');
        await toggle(element);
        expect(element.shadowRoot!.querySelectorAll('table.data-table tbody tr')).toHaveLength(30);
        expect(cellTexts(element, 29).slice(2, 5)).toEqual(['€1,813,000', '€2,265,800', '€1,935,123']);
    });

    it('formats yen amounts without decimals', async () => {
        const workspace = inCurrency('JPY');
        workspace.snapshots[0].wonAmount = 950;
        const element = await createChart(workspace);
        expect($(element, '.other-currency')).toBeNull();
        await toggle(element);
        expect(cellTexts(element, 0).slice(2, 4)).toEqual(['¥950', '¥708,000']);
        expect(cellTexts(element, 49)[2]).toBe('¥1,813,000');
    });

    it('shows the table when Chart.js cannot be loaded', async () => {
        loadScriptMock.mockRejectedValue(new Error('blocked'));
        const element = await createChart(history());
        expect(charts()).toHaveLength(0);
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect(($(element, 'c-error-panel') as unknown as { friendlyMessage: string }).friendlyMessage).toBe(
            'The chart library could not be loaded.'
        );
        expect($(element, 'lightning-button.view-toggle')).toBeNull();
        expect(element.shadowRoot!.querySelectorAll('table.data-table tbody tr')).toHaveLength(50);
    });

    it('redraws when the plan is refreshed and destroys the chart when removed', async () => {
        const element = await createChart(history());
        element.workspace = firstSnapshots(2);
        await flush();
        expect(destroy).toHaveBeenCalledTimes(1);
        expect(charts()).toHaveLength(2);
        expect(charts()[1].config.data.datasets[0].data).toHaveLength(2);
        document.body.removeChild(element);
        expect(destroy).toHaveBeenCalledTimes(2);
    });

    it('keeps its chart when handed the same workspace again', async () => {
        const workspace = history();
        const element = await createChart(workspace);
        element.workspace = workspace;
        await flush();
        expect(charts()).toHaveLength(1);
        expect(destroy).not.toHaveBeenCalled();
    });

    it('draws again when it comes back on the page, without loading Chart.js twice', async () => {
        const element = await createChart(history());
        document.body.removeChild(element);
        document.body.appendChild(element);
        await flush();
        expect(loadScriptMock).toHaveBeenCalledTimes(1);
        expect(charts()).toHaveLength(2);
        expect(charts()[1].canvas).toBe($(element, 'canvas'));
        expect(destroy).toHaveBeenCalledTimes(1);
    });

    it('draws no target line for a plan without a target and says the target is missing', async () => {
        const workspace = history();
        delete (workspace.plan as Partial<PlanSummary>).revenueTarget;
        const element = await createChart(workspace);
        const [won, , target] = charts()[0].config.data.datasets;
        expect(won.data).toHaveLength(50);
        expect(target.data).toEqual([]);
        expect(charts()[0].canvas.getAttribute('aria-label')).toBe(
            'Trend from Jan 1, 2026 to Dec 31, 2026, 50 snapshots. On Nov 23, 2026: won $1,813,000, forecast $2,265,800, pro-rata target —.'
        );
        await toggle(element);
        expect(cellTexts(element, 49)[4]).toBe('—');
    });

    it('does not draw before Chart.js is there and draws once it is', async () => {
        let resolveLoad: () => void = () => undefined;
        loadScriptMock.mockReturnValue(
            new Promise<void>((resolve) => {
                resolveLoad = resolve;
            })
        );
        const element = await createChart(history());
        expect($(element, 'canvas')).not.toBeNull();
        expect(charts()).toHaveLength(0);
        resolveLoad();
        await flush();
        expect(charts()).toHaveLength(1);
    });
});

describe('chartConfig', () => {
    const snapshots = (): SnapshotPoint[] => history().snapshots.slice(0, 2);

    it('counts days on the axis and in the tooltip for a plan without a Start Date', () => {
        const plan = {
            startDate: undefined as unknown as string,
            endDate: '2026-12-31',
            currencyIsoCode: 'USD',
            revenueTarget: 100
        };
        const config = chartConfig(buildTrend(plan, snapshots()), plan) as unknown as Config;
        expect(config.options.scales.x.ticks.callback(4)).toBe('4');
        expect(config.options.plugins.tooltip.callbacks.title([{ parsed: { x: 11 } }])).toBe('11');
    });

    it('places the snapshots from the Start Date of a plan without an End Date, its target reached on day 1', () => {
        const plan = {
            startDate: '2026-01-01',
            endDate: undefined as unknown as string,
            currencyIsoCode: 'USD',
            revenueTarget: 100
        };
        const trend = buildTrend(plan, snapshots());
        expect(trend.periodDays).toBe(1);
        expect(trend.points.map((point) => [point.x, point.target])).toEqual([
            [4, 100],
            [11, 100]
        ]);
        expect((chartConfig(trend, plan) as unknown as Config).options.scales.x.max).toBe(11);
    });

    it('reaches past the End Date for a period-end snapshot taken the night after', () => {
        const plan = { startDate: '2026-01-01', endDate: '2026-01-10', currencyIsoCode: 'USD', revenueTarget: 100 };
        const snapshot = { ...history().snapshots[0], snapshotDate: '2026-01-11', snapshotType: 'Period End' as const };
        const config = chartConfig(buildTrend(plan, [snapshot]), plan) as unknown as Config;
        expect(config.options.scales.x.max).toBe(10);
        expect(config.data.datasets[2].data[config.data.datasets[2].data.length - 1]).toEqual({ x: 10, y: 100 });
    });
});
