import { LightningElement, api } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import CHARTJS from '@salesforce/resourceUrl/chartjs';
import { formatCurrency, formatDate, formatLabel, formatPercent, parseIsoDate, userLocale } from 'c/planUtils';
import TITLE from '@salesforce/label/c.History_Trend_Title';
import ARIA from '@salesforce/label/c.History_Trend_Aria';
import WON from '@salesforce/label/c.History_Won';
import FORECAST from '@salesforce/label/c.History_Forecast';
import TARGET from '@salesforce/label/c.History_Target';
import DATE from '@salesforce/label/c.History_Date';
import TYPE from '@salesforce/label/c.History_Type';
import ATTAINMENT from '@salesforce/label/c.History_Attainment';
import CAPTION from '@salesforce/label/c.History_Table_Caption';
import SHOW_TABLE from '@salesforce/label/c.History_Show_Table';
import SHOW_CHART from '@salesforce/label/c.History_Show_Chart';
import EMPTY from '@salesforce/label/c.History_Empty';
import ONE_SNAPSHOT from '@salesforce/label/c.History_One_Snapshot';
import OTHER_CURRENCY from '@salesforce/label/c.History_Other_Currency';
import TYPE_SCHEDULED from '@salesforce/label/c.History_Type_Scheduled';
import TYPE_REVIEW from '@salesforce/label/c.History_Type_Review';
import TYPE_PERIOD_END from '@salesforce/label/c.History_Type_Period_End';
import LOAD_ERROR from '@salesforce/label/c.Chart_Load_Error';

const DAY_MS = 86400000;
const TRENDS = new WeakMap<PlanWorkspace, Trend>();

const TYPE_LABELS: Record<SnapshotType, string> = {
    Scheduled: TYPE_SCHEDULED,
    Review: TYPE_REVIEW,
    'Period End': TYPE_PERIOD_END
};

/** The part of the Chart.js API this component uses. */
interface ChartInstance {
    destroy(): void;
}
type ChartConstructor = new (canvas: HTMLCanvasElement, config: Record<string, unknown>) => ChartInstance;

/** One point on the period axis: x is the number of days since the plan's Start Date. */
export interface XY {
    x: number;
    y: number | null;
}

export interface TrendPoint {
    key: string;
    snapshotDate: string;
    snapshotType: SnapshotType;
    x: number;
    won: number;
    forecast: number;
    /** The plan's current target pro rata on that day (docs/calculations.md: target x d / n). */
    target: number | null;
    attainmentPercent: number | null;
}

export interface Trend {
    points: TrendPoint[];
    /** Snapshots left out because they were taken in another currency than the plan's current one. */
    excluded: number;
    /** Days in the plan's period (n). */
    periodDays: number;
    /** The pro-rata target from the first to the last day of the period, through every snapshot day. */
    targetLine: XY[];
}

type TrendPlan = Pick<PlanSummary, 'startDate' | 'endDate' | 'currencyIsoCode' | 'revenueTarget'>;

function daysBetween(fromIso: string, toIso: string): number {
    const from = parseIsoDate(fromIso);
    const to = parseIsoDate(toIso);
    return from && to ? Math.round((to.getTime() - from.getTime()) / DAY_MS) : 0;
}

/**
 * The target expected by day x of the period (x = 0 is the Start Date, day 1): target x d / n with d capped to
 * 1..n, the health score's definition (docs/calculations.md); null without a target.
 */
export function proRataTarget(revenueTarget: number | null | undefined, x: number, periodDays: number): number | null {
    if (revenueTarget === null || revenueTarget === undefined || periodDays <= 0) {
        return null;
    }
    const day = Math.min(Math.max(x + 1, 1), periodDays);
    return (revenueTarget * day) / periodDays;
}

/**
 * The trend of a plan: its snapshots in the plan's currency, oldest first, placed on the plan's period, and the
 * pro-rata target line across the whole period (Start Date to End Date) so the chart shows how much of it is gone.
 */
export function buildTrend(plan: TrendPlan, snapshots: readonly SnapshotPoint[] | null | undefined): Trend {
    const all = snapshots ?? [];
    const periodDays = Math.max(daysBetween(plan.startDate, plan.endDate) + 1, 1);
    const points = all
        .filter((snapshot) => snapshot.currencyIsoCode === plan.currencyIsoCode)
        .map((snapshot) => {
            const x = daysBetween(plan.startDate, snapshot.snapshotDate);
            return {
                key: snapshot.id,
                snapshotDate: snapshot.snapshotDate,
                snapshotType: snapshot.snapshotType,
                x,
                won: snapshot.wonAmount,
                forecast: snapshot.forecast,
                target: proRataTarget(plan.revenueTarget, x, periodDays),
                attainmentPercent: snapshot.attainmentPercent
            };
        })
        .sort((a, b) => a.x - b.x);
    const lineDays = new Set<number>([0, periodDays - 1, ...points.map((point) => point.x)]);
    const targetLine =
        plan.revenueTarget === null || plan.revenueTarget === undefined
            ? []
            : [...lineDays]
                  .sort((a, b) => a - b)
                  .map((x) => ({ x, y: proRataTarget(plan.revenueTarget, x, periodDays) }));
    return { points, excluded: all.length - points.length, periodDays, targetLine };
}

interface TableRow {
    key: string;
    date: string;
    type: string;
    won: string;
    forecast: string;
    target: string;
    attainment: string;
}

/**
 * The plan's history on the plan page: won and forecast per snapshot against the pro-rata target line across the
 * plan's period (Chart.js from the `chartjs` static resource, loaded like planPerformanceChart), with a table view
 * of the same figures one click away. Data comes from the container's one getWorkspace call (workspace.snapshots).
 */
export default class PlanTrendChart extends LightningElement {
    @api workspace: PlanWorkspace | undefined;

    showTable = false;
    libraryError: unknown;

    labels = {
        title: TITLE,
        date: DATE,
        type: TYPE,
        won: WON,
        forecast: FORECAST,
        target: TARGET,
        attainment: ATTAINMENT,
        caption: CAPTION,
        empty: EMPTY,
        oneSnapshot: ONE_SNAPSHOT,
        loadError: LOAD_ERROR
    };

    private chartLibraryLoaded = false;
    private chartLoadStarted = false;
    private chart: ChartInstance | undefined;
    /** The workspace on the canvas; cleared with the chart, whenever the canvas goes (table view, removal). */
    private drawnWorkspace: PlanWorkspace | undefined;

    override connectedCallback(): void {
        void this.loadChartJs();
    }

    /** Once per component: loadScript itself loads the resource once per page. */
    private async loadChartJs(): Promise<void> {
        if (this.chartLoadStarted) {
            return;
        }
        this.chartLoadStarted = true;
        try {
            await loadScript(this, CHARTJS);
            this.chartLibraryLoaded = true;
            this.drawChart();
        } catch (error) {
            this.libraryError = error;
        }
    }

    override disconnectedCallback(): void {
        this.destroyChart();
    }

    override renderedCallback(): void {
        this.drawChart();
    }

    get plan(): PlanSummary | undefined {
        return this.workspace?.plan;
    }

    get currency(): string | undefined {
        // Stryker disable next-line OptionalChaining: read only with a plan (the table under hasPoints, the other-currency note with excluded snapshots)
        return this.plan?.currencyIsoCode;
    }

    /** Built once per workspace value (every getter of a render reads it), without touching component state. */
    get trend(): Trend | undefined {
        const workspace = this.workspace;
        if (!workspace?.plan) {
            return undefined;
        }
        const trend = TRENDS.get(workspace) ?? buildTrend(workspace.plan, workspace.snapshots);
        TRENDS.set(workspace, trend);
        return trend;
    }

    get hasPoints(): boolean {
        return (this.trend?.points.length ?? 0) > 0;
    }

    get isEmpty(): boolean {
        return !!this.plan && !this.hasPoints;
    }

    get isSinglePoint(): boolean {
        return this.trend?.points.length === 1;
    }

    get showChart(): boolean {
        return this.hasPoints && !this.showTable && !this.libraryError;
    }

    get showTableView(): boolean {
        return this.hasPoints && (this.showTable || !!this.libraryError);
    }

    /** The toggle is offered while the chart can be drawn; without Chart.js the table is all there is. */
    get showToggle(): boolean {
        return this.hasPoints && !this.libraryError;
    }

    get toggleLabel(): string {
        return this.showTable ? SHOW_CHART : SHOW_TABLE;
    }

    get toggleIcon(): string {
        return this.showTable ? 'utility:chart' : 'utility:table';
    }

    get excludedMessage(): string | null {
        const excluded = this.trend?.excluded ?? 0;
        return excluded > 0 ? formatLabel(OTHER_CURRENCY, excluded, this.currency) : null;
    }

    get tableRows(): TableRow[] {
        const currency = this.currency;
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: the template reads it only under showTableView, i.e. with points
        return (this.trend?.points ?? []).map((point) => ({
            key: point.key,
            date: formatDate(point.snapshotDate),
            type: TYPE_LABELS[point.snapshotType] ?? point.snapshotType,
            won: formatCurrency(point.won, currency),
            forecast: formatCurrency(point.forecast, currency),
            // The pro-rata target is a computed share of the target: whole amounts, like the chart's axis.
            // Stryker disable next-line StringLiteral: formatCurrency writes any style but 'exact' and 'compact' as whole amounts
            target: formatCurrency(point.target, currency, 'whole'),
            attainment: formatPercent(point.attainmentPercent)
        }));
    }

    /** The chart's text alternative: the period, how many snapshots, and the latest values. */
    get ariaLabel(): string {
        // Read only under showChart, i.e. with points, which a trend has only with a plan.
        const plan = this.plan as PlanSummary;
        const points = (this.trend as Trend).points;
        const latest = points[points.length - 1];
        return formatLabel(
            ARIA,
            formatDate(plan.startDate),
            formatDate(plan.endDate),
            points.length,
            formatDate(latest.snapshotDate),
            formatCurrency(latest.won, plan.currencyIsoCode),
            formatCurrency(latest.forecast, plan.currencyIsoCode),
            // Stryker disable next-line StringLiteral: formatCurrency writes any style but 'exact' and 'compact' as whole amounts
            formatCurrency(latest.target, plan.currencyIsoCode, 'whole')
        );
    }

    handleToggleView(): void {
        this.showTable = !this.showTable;
    }

    private destroyChart(): void {
        if (this.chart) {
            this.chart.destroy();
            this.chart = undefined;
        }
        this.drawnWorkspace = undefined;
    }

    private drawChart(): void {
        // Stryker disable next-line OptionalChaining: a rendered component always has its template
        const canvas = this.showChart ? this.template?.querySelector('canvas') : null;
        if (!canvas) {
            // Table view or nothing to draw: the canvas is gone, so is the chart.
            this.destroyChart();
            return;
        }
        const ChartJs = (window as unknown as { Chart?: ChartConstructor }).Chart;
        const trend = this.trend;
        const plan = this.plan;
        if (!this.chartLibraryLoaded || !ChartJs || !trend || !plan) {
            return;
        }
        // A new canvas comes only after a render without one, which cleared drawnWorkspace.
        if (this.drawnWorkspace === this.workspace) {
            return;
        }
        this.destroyChart();
        this.drawnWorkspace = this.workspace;
        this.chart = new ChartJs(canvas, chartConfig(trend, plan));
    }
}

/** Short date of day x of the period for the axis ("Mar 3"). */
function axisDate(startDate: string, x: number): string {
    const start = parseIsoDate(startDate);
    if (!start) {
        return String(x);
    }
    return new Intl.DateTimeFormat(userLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
        new Date(start.getTime() + x * DAY_MS)
    );
}

function fullDate(startDate: string, x: number): string {
    const start = parseIsoDate(startDate);
    return start ? formatDate(new Date(start.getTime() + x * DAY_MS).toISOString()) : String(x);
}

/**
 * Chart.js configuration: a linear x axis in days since the Start Date spanning the whole period, so the lines stop
 * where the history stops. Won and forecast differ by point shape and the target by its dashes, not by colour
 * alone. Every array is a fresh plain copy (Chart.js instruments the arrays it receives).
 */
export function chartConfig(trend: Trend, plan: TrendPlan): Record<string, unknown> {
    const currency = plan.currencyIsoCode;
    const lastDay = Math.max(trend.periodDays - 1, ...trend.points.map((point) => point.x));
    return {
        type: 'line',
        data: {
            datasets: [
                {
                    label: WON,
                    data: trend.points.map((point) => ({ x: point.x, y: point.won })),
                    borderColor: '#2e844a',
                    backgroundColor: '#2e844a',
                    pointStyle: 'circle',
                    pointRadius: 3
                },
                {
                    label: FORECAST,
                    data: trend.points.map((point) => ({ x: point.x, y: point.forecast })),
                    borderColor: '#0176d3',
                    backgroundColor: '#0176d3',
                    pointStyle: 'triangle',
                    pointRadius: 4
                },
                {
                    label: TARGET,
                    data: trend.targetLine.map((point) => ({ x: point.x, y: point.y })),
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
            // Every dataset has a point on each snapshot day, so the tooltip lists won, forecast and target together.
            interaction: { mode: 'nearest', axis: 'x', intersect: false },
            plugins: {
                legend: { position: 'bottom', labels: { usePointStyle: true } },
                tooltip: {
                    callbacks: {
                        title: (items: { parsed: { x: number } }[]) => {
                            return items.length ? fullDate(plan.startDate, items[0].parsed.x) : '';
                        },
                        label: (item: { dataset: { label: string }; parsed: { y: number } }) =>
                            `${item.dataset.label}: ${formatCurrency(item.parsed.y, currency)}`
                    }
                }
            },
            scales: {
                x: {
                    type: 'linear',
                    min: 0,
                    max: lastDay,
                    ticks: { callback: (value: number) => axisDate(plan.startDate, Number(value)) }
                },
                y: {
                    beginAtZero: true,
                    ticks: { callback: (value: number) => formatCurrency(Number(value), currency, true) }
                }
            }
        }
    };
}
