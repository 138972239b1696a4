/**
 * Browser tests of plan history (issue 17): the trend chart and its table view on the plan page, the changes since
 * the last snapshot and the last review, and the Setup card of the snapshot settings. They read the components
 * through their data-testid attributes and the real label text, and run once the components are on the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../build';
import { assert, newPage, pageText, settle, type TrackedPage } from './harness';
import type { TestCase, TestContext } from './tests';

const DATA_DIR = path.join(ROOT, 'force-app', 'main', 'default', 'lwc', 'planWorkspace', '__tests__', 'data');

interface HistoryFixture {
    plan: { id: string; currencyIsoCode: string };
    snapshots: { snapshotDate: string; wonAmount: number }[];
}

function historyFixture(): HistoryFixture {
    return JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'workspaceHistory.json'), 'utf8')) as HistoryFixture;
}

/** A plan whose period has not started (workspaceEmpty.json): no snapshot can exist yet. */
function notStartedPlanId(): string {
    const empty = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'workspaceEmpty.json'), 'utf8')) as HistoryFixture;
    return empty.plan.id;
}

/** Opens the page, lets it settle, runs the checks, closes it; console errors on the way fail the test. */
async function onPage(ctx: TestContext, url: string, checks: (page: Page) => Promise<void>): Promise<void> {
    const tracked: TrackedPage = await newPage(ctx.browsing);
    try {
        await tracked.page.goto(ctx.baseUrl + url);
        await settle(tracked.page);
        await checks(tracked.page);
    } finally {
        await tracked.page.close();
    }
    assert(tracked.errors.length === 0, `${url}: console errors:\n  ${tracked.errors.join('\n  ')}`);
}

function usd(value: number): string {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
        value
    );
}

/** The datasets Chart.js holds for the trend canvas (Chart.getChart), as label and point count. */
async function chartDatasets(page: Page): Promise<{ label: string; points: number }[] | null> {
    const canvas = page.locator('[data-testid="history-trend"] canvas').first();
    if (!(await canvas.count())) return null;
    return canvas.evaluate((el) => {
        const chart = (
            window as unknown as {
                Chart?: {
                    getChart(c: Element): { data: { datasets: { label: string; data: unknown[] }[] } } | undefined;
                };
            }
        ).Chart?.getChart(el);
        return chart ? chart.data.datasets.map((d) => ({ label: d.label, points: d.data.length })) : null;
    });
}

export const historyTests: TestCase[] = [
    {
        name: 'history: the trend chart draws won and forecast per snapshot against the pro-rata target',
        run: async (ctx) => {
            const f = historyFixture();
            await onPage(ctx, `/plan/${f.plan.id}`, async (page) => {
                const card = page.locator('[data-testid="history-trend"]').first();
                assert(
                    await card.count(),
                    'c-plan-trend-chart ([data-testid="history-trend"]) is not on the plan page'
                );
                const datasets = await chartDatasets(page);
                assert(datasets, 'the trend canvas holds no Chart.js chart');
                assert(
                    JSON.stringify(datasets.map((d) => d.label)) ===
                        JSON.stringify(['Won', 'Forecast', 'Pro-rata target']),
                    `unexpected series ${JSON.stringify(datasets)}`
                );
                assert(
                    datasets[0].points === f.snapshots.length && datasets[1].points === f.snapshots.length,
                    `expected ${f.snapshots.length} points per series, got ${JSON.stringify(datasets)}`
                );
                const aria = (await card.locator('canvas').getAttribute('aria-label')) ?? '';
                const latest = f.snapshots[f.snapshots.length - 1];
                assert(
                    aria.includes(`${f.snapshots.length} snapshots`) && aria.includes(usd(latest.wonAmount)),
                    `the chart's text alternative does not summarise the history: "${aria}"`
                );
            });
        }
    },
    {
        name: 'history: the table view shows the same figures and toggles back to the chart',
        run: async (ctx) => {
            const f = historyFixture();
            await onPage(ctx, `/plan/${f.plan.id}`, async (page) => {
                const card = page.locator('[data-testid="history-trend"]').first();
                await card.getByRole('button', { name: 'Show table' }).click();
                const rows = card.locator('[data-testid="history-trend-table"] tbody tr');
                await rows.first().waitFor({ state: 'visible', timeout: 5000 });
                assert((await rows.count()) === f.snapshots.length, `expected ${f.snapshots.length} table rows`);
                const first = await rows.first().innerText();
                assert(first.includes(usd(f.snapshots[0].wonAmount)), `first row lacks the won amount: "${first}"`);
                assert(!(await card.locator('canvas').count()), 'the chart is still shown in table view');
                const back = card.getByRole('button', { name: 'Show chart' });
                assert(await back.count(), 'the toggle does not offer "Show chart" in table view');
                await back.click();
                await settle(page);
                assert(!(await card.locator('table').count()), 'the table is still shown after "Show chart"');
                assert((await chartDatasets(page))?.length === 3, 'the chart was not drawn again after "Show chart"');
            });
        }
    },
    {
        name: 'history: the changes since the last snapshot and the review show sign and direction in text',
        run: async (ctx) => {
            const f = historyFixture();
            await onPage(ctx, `/plan/${f.plan.id}`, async (page) => {
                const deltas = page.locator('[data-testid="history-deltas"]').first();
                assert(await deltas.count(), 'c-plan-deltas ([data-testid="history-deltas"]) is not on the plan page');
                const text = await deltas.innerText();
                // The heading is styled in capitals (innerText returns them so): compare it without case.
                assert(/what changed/i.test(text), `no "What changed" heading in the deltas: ${JSON.stringify(text)}`);
                const missing = [
                    'Since the snapshot of Nov 23, 2026',
                    'Since the review on Oct 2, 2026',
                    '+$120,000',
                    '\u2212$40,000',
                    '+5.6 pts',
                    'Up',
                    'Down'
                ].filter((expected) => !text.includes(expected));
                assert(missing.length === 0, `${JSON.stringify(missing)} not in the deltas: ${JSON.stringify(text)}`);
            });
        }
    },
    {
        name: 'history: a plan that has not started says there is no history yet',
        run: async (ctx) => {
            await onPage(ctx, `/plan/${notStartedPlanId()}`, async (page) => {
                const text = await pageText(page);
                assert(text.includes('No history yet'), 'the empty trend does not say "No history yet"');
                assert(text.includes('No earlier snapshot yet'), 'the deltas do not say "No earlier snapshot yet"');
                assert(
                    !(await page.locator('[data-testid="history-trend"] canvas').count()),
                    'an empty trend draws a chart'
                );
            });
        }
    },
    {
        name: 'history: Setup saves a monthly snapshot cadence',
        run: async (ctx) => {
            await onPage(ctx, '/setup', async (page) => {
                const card = page.locator('[data-testid="history-settings"]').first();
                assert(await card.count(), 'c-planning-setup-snapshots is not on the Setup page');
                await card.getByText('Monthly', { exact: true }).click();
                const day = card.getByLabel('Day of the month');
                await day.waitFor({ state: 'visible', timeout: 5000 });
                await day.fill('15');
                await day.blur();
                await card.locator('[data-testid="history-settings-save"] button').click();
                await settle(page);
                const text = await pageText(page);
                assert(
                    text.includes('Plan history settings saved'),
                    'no confirmation after saving the history settings'
                );
                assert((await card.getByLabel('Day of the month').inputValue()) === '15', 'the saved day did not stay');
            });
        }
    },
    {
        name: 'history: Setup snapshot settings are read only without Manage_Account_Planning',
        run: async (ctx) => {
            await onPage(ctx, '/setup?without=Manage_Account_Planning', async (page) => {
                const save = page.locator('[data-testid="history-settings-save"] button').first();
                assert(await save.count(), 'no Save button on the plan history card');
                assert(await save.isDisabled(), 'Save is enabled without Manage_Account_Planning');
            });
        }
    }
];
