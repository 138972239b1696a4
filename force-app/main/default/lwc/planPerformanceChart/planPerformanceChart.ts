import { LightningElement, api, wire } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import CHARTJS from '@salesforce/resourceUrl/chartjs';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { clonePlain, formatCurrency, formatDate, formatLabel, formatMonth } from 'c/planUtils';
import TITLE from '@salesforce/label/c.Chart_Title';
import CUMULATIVE_WON from '@salesforce/label/c.Chart_Cumulative_Won';
import TARGET from '@salesforce/label/c.Chart_Target';
import OPEN_PIPELINE from '@salesforce/label/c.Chart_Open_Pipeline';
import WON_IN_MONTH from '@salesforce/label/c.Chart_Won_In_Month';
import MONTH from '@salesforce/label/c.Chart_Month';
import ARIA from '@salesforce/label/c.Chart_Aria';
import TABLE_CAPTION from '@salesforce/label/c.Chart_Table_Caption';
import EMPTY from '@salesforce/label/c.Chart_Empty';
import LOAD_ERROR from '@salesforce/label/c.Chart_Load_Error';
import LOADING from '@salesforce/label/c.Common_Loading';

/** The part of the Chart.js API this component uses. */
interface ChartInstance {
    destroy(): void;
}
type ChartConstructor = new (canvas: HTMLCanvasElement, config: Record<string, unknown>) => ChartInstance;

export interface ChartRow {
    key: string;
    month: string;
    won: string;
    cumulativeWon: string;
    target: string;
    open: string;
}

export interface ChartSeries {
    labels: string[];
    cumulativeWon: number[];
    target: (number | null)[];
    open: number[];
}

/** Cumulative won per month, a straight target line from 0 to the target at the period end, open pipeline per month. */
export function buildSeries(monthly: MonthPoint[], revenueTarget: number | null): ChartSeries {
    const points = clonePlain(monthly || []);
    let running = 0;
    const count = points.length;
    return {
        labels: points.map((point) => formatMonth(point.month)),
        cumulativeWon: points.map((point) => {
            running += point.won || 0;
            return running;
        }),
        target: points.map((_point, index) => {
            return revenueTarget === null || revenueTarget === undefined ? null : (revenueTarget * (index + 1)) / count;
        }),
        open: points.map((point) => point.open || 0)
    };
}

/** A whole amount in the plan's currency, as the table and the summary write them. */
function wholeAmount(value: number | null | undefined, currency: string | undefined): string {
    // Stryker disable next-line StringLiteral: formatCurrency writes any style but 'exact' and 'compact' as whole amounts
    return formatCurrency(value, currency, 'whole');
}

/**
 * Performance chart of one plan. Chart.js comes from the `chartjs` static resource; every array handed to it is a
 * plain copy (Chart.js mutates its data and must never receive LWC read-only proxies). Screen readers get a summary
 * on the canvas and the full figures in a visually hidden table.
 */
export default class PlanPerformanceChart extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    libraryError: unknown;

    private chartLibraryLoaded = false;
    private chartLoadStarted = false;
    private chart: ChartInstance | undefined;
    private renderedWorkspace: PlanWorkspace | undefined;

    labels = {
        title: TITLE,
        month: MONTH,
        wonInMonth: WON_IN_MONTH,
        cumulativeWon: CUMULATIVE_WON,
        target: TARGET,
        open: OPEN_PIPELINE,
        caption: TABLE_CAPTION,
        empty: EMPTY,
        loadError: LOAD_ERROR,
        loading: LOADING
    };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspace(result: WireResult<PlanWorkspace>): void {
        this.workspace = result.data;
        this.error = result.error;
    }

    override connectedCallback(): void {
        if (this.chartLoadStarted) {
            return;
        }
        this.chartLoadStarted = true;
        loadScript(this, CHARTJS)
            .then(() => {
                this.chartLibraryLoaded = true;
                this.renderedWorkspace = undefined;
                this.drawChart();
            })
            .catch((error: unknown) => {
                this.libraryError = error;
            });
    }

    override disconnectedCallback(): void {
        this.destroyChart();
    }

    override renderedCallback(): void {
        this.drawChart();
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    get hasData(): boolean {
        return !!this.workspace && this.workspace.monthly.some((point) => point.won > 0 || point.open > 0);
    }

    get isEmpty(): boolean {
        return !!this.workspace && !this.hasData;
    }

    /**
     * The workspace as drawn. The getters below are read only with data: the table, the canvas and its label render
     * under hasData, and drawChart draws only on that canvas.
     */
    private get shown(): PlanWorkspace {
        return this.workspace as PlanWorkspace;
    }

    get currency(): string {
        return this.shown.plan.currencyIsoCode;
    }

    get series(): ChartSeries {
        return buildSeries(this.shown.monthly, this.shown.plan.revenueTarget ?? null);
    }

    get tableRows(): ChartRow[] {
        const series = this.series;
        return this.shown.monthly.map((point, index) => ({
            key: point.month,
            month: series.labels[index],
            won: wholeAmount(point.won, this.currency),
            cumulativeWon: wholeAmount(series.cumulativeWon[index], this.currency),
            target: wholeAmount(series.target[index], this.currency),
            open: wholeAmount(point.open, this.currency)
        }));
    }

    get ariaLabel(): string {
        const plan = this.shown.plan;
        const series = this.series;
        const won = series.cumulativeWon.length ? series.cumulativeWon[series.cumulativeWon.length - 1] : 0;
        const open = series.open.reduce((sum, value) => sum + value, 0);
        return formatLabel(
            ARIA,
            wholeAmount(won, plan.currencyIsoCode),
            wholeAmount(plan.revenueTarget, plan.currencyIsoCode),
            formatDate(plan.startDate),
            formatDate(plan.endDate),
            wholeAmount(open, plan.currencyIsoCode)
        );
    }

    private destroyChart(): void {
        if (this.chart) {
            this.chart.destroy();
            this.chart = undefined;
        }
        this.renderedWorkspace = undefined;
    }

    private drawChart(): void {
        // Stryker disable next-line OptionalChaining: a rendered component always has its template
        const canvas = this.template?.querySelector('canvas');
        if (!canvas) {
            // Loading, error or nothing to draw: the canvas is gone, so is the chart (a later canvas is drawn afresh).
            this.destroyChart();
            return;
        }
        const ChartJs = (window as unknown as { Chart?: ChartConstructor }).Chart;
        if (!this.chartLibraryLoaded || !ChartJs || this.renderedWorkspace === this.workspace) {
            return;
        }
        this.destroyChart();
        this.renderedWorkspace = this.workspace;
        const series = this.series;
        const currency = this.currency;
        // Plain arrays only: Chart.js instruments the arrays it receives.
        this.chart = new ChartJs(canvas, {
            type: 'bar',
            data: {
                labels: [...series.labels],
                datasets: [
                    {
                        type: 'line',
                        label: CUMULATIVE_WON,
                        data: [...series.cumulativeWon],
                        borderColor: '#2e844a',
                        backgroundColor: '#2e844a',
                        tension: 0.2,
                        order: 1
                    },
                    {
                        type: 'line',
                        label: TARGET,
                        data: [...series.target],
                        borderColor: '#706e6b',
                        borderDash: [6, 4],
                        pointRadius: 0,
                        order: 2
                    },
                    {
                        type: 'bar',
                        label: OPEN_PIPELINE,
                        data: [...series.open],
                        backgroundColor: 'rgba(1, 118, 211, 0.45)',
                        order: 3
                    }
                ]
            },
            options: {
                // The chart fills its container, whose CSS height has a floor: on a phone or a narrow column it
                // keeps a readable height instead of shrinking with the width (Chart.js "Responsive Charts").
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: 'index', intersect: false },
                plugins: { legend: { position: 'bottom' } },
                scales: {
                    y: {
                        beginAtZero: true,
                        ticks: { callback: (value: number) => formatCurrency(Number(value), currency, 'compact') }
                    }
                }
            }
        });
    }
}
