/**
 * Browser tests of the plan page's summary (issue 14 items 1-4, 12, 15): the scorecard's compact amounts and
 * their exact value for screen readers, the tiles the plan computes, dates in the user's locale, the chart's
 * minimum height and the stacked opportunity cards at 390 px, and editing the plan from the workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../build';
import { assert, newPage, settle, type TrackedPage } from './harness';
import type { TestCase, TestContext } from './tests';

const AHEAD = path.join(ROOT, 'force-app', 'main', 'default', 'lwc', 'planWorkspace', '__tests__', 'data');

interface AheadPlan {
    id: string;
    revenueTarget: number;
    weightedPipeline: number;
    lostAmount: number;
    wonCount: number;
    lostCount: number;
    openCount: number;
    startDate: string;
    endDate: string;
}

function aheadPlan(): AheadPlan {
    return (JSON.parse(fs.readFileSync(path.join(AHEAD, 'workspaceAhead.json'), 'utf8')) as { plan: AheadPlan }).plan;
}

/** The plan page of the "ahead" fixture at the given viewport width. */
async function openPlan(ctx: TestContext, width: number): Promise<TrackedPage> {
    const tracked = await newPage(ctx.browsing);
    await tracked.page.setViewportSize({ width, height: 900 });
    await tracked.page.goto(`${ctx.baseUrl}/plan/${aheadPlan().id}`);
    await settle(tracked.page);
    return tracked;
}

async function finish(tracked: TrackedPage, where: string): Promise<void> {
    await tracked.page.close();
    assert(tracked.errors.length === 0, `${where}: console errors:\n  ${tracked.errors.join('\n  ')}`);
}

/** Texts of the scorecard tile with the given key: [shown value, screen-reader value]. */
async function tileTexts(page: Page, key: string): Promise<[string, string]> {
    const tile = page.locator(`c-plan-scorecard li[data-tile="${key}"]`);
    const value = await tile.locator('.tile-value').innerText();
    const full = await tile.locator('.tile-full-value').textContent();
    return [value.trim(), (full ?? '').trim()];
}

/** The innermost elements under `selector` that reach past the window's right edge ('' when none). */
async function pastRightEdge(page: Page, selector: string): Promise<string> {
    return page.locator(selector).evaluate((host) => {
        const found: string[] = [];
        const walk = (root: Element | ShadowRoot): void => {
            for (const el of Array.from(root.children)) {
                // What is not shown (visibility: hidden, e.g. the workspace's tab ruler) takes no room on screen.
                if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
                const box = el.getBoundingClientRect();
                const inner = el.shadowRoot ?? el;
                const before = found.length;
                walk(inner);
                if (box.right > window.innerWidth + 1 && found.length === before) {
                    found.push(`${el.tagName.toLowerCase()}.${String(el.className)} (${Math.round(box.right)})`);
                }
            }
        };
        walk(host.shadowRoot ?? host);
        return found.slice(0, 5).join(', ');
    });
}

const usd = (value: number, compact: boolean): string =>
    new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        ...(compact ? { notation: 'compact' as const, maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 })
    }).format(value);

const longDate = (iso: string): string =>
    new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export const summaryTests: TestCase[] = [
    {
        name: 'summary: the scorecard shows compact amounts, their exact value for screen readers, and the counts',
        run: async (ctx) => {
            const plan = aheadPlan();
            const tracked = await openPlan(ctx, 1400);
            const page = tracked.page;
            const expected: [string, number][] = [
                ['target', plan.revenueTarget],
                ['weightedPipeline', plan.weightedPipeline],
                ['lost', plan.lostAmount]
            ];
            for (const [key, amount] of expected) {
                const [value, full] = await tileTexts(page, key);
                assert(value === usd(amount, true), `${key} tile shows "${value}", expected "${usd(amount, true)}"`);
                assert(full === usd(amount, false), `${key} tile reads "${full}", expected "${usd(amount, false)}"`);
            }
            const text = await page.locator('c-plan-scorecard').innerText();
            for (const wanted of [
                'Weighted Pipeline',
                `${plan.wonCount} won`,
                `${plan.lostCount} lost`,
                `${plan.openCount} open`,
                'Ahead of target'
            ]) {
                assert(text.includes(wanted), `the scorecard does not show "${wanted}"`);
            }
            await finish(tracked, 'scorecard');
        }
    },
    {
        name: "summary: the scorecard shows dates in the user's locale, never ISO",
        run: async (ctx) => {
            const plan = aheadPlan();
            const tracked = await openPlan(ctx, 1400);
            const text = await tracked.page.locator('c-plan-scorecard').innerText();
            const range = `${longDate(plan.startDate)} – ${longDate(plan.endDate)}`;
            assert(text.includes(range), `the scorecard does not show the period "${range}"`);
            assert(!/\d{4}-\d{2}-\d{2}/.test(text), 'the scorecard shows an ISO date');
            await finish(tracked, 'scorecard dates');
        }
    },
    {
        name: 'summary: at 390 px the chart keeps its minimum height and opportunities are stacked cards',
        run: async (ctx) => {
            // The tab is chosen at desktop width (at 390 px a Section picker replaces the tabs), then the
            // window narrows: the components follow their own width, not the width they were opened at.
            const tracked = await openPlan(ctx, 1400);
            const page = tracked.page;
            await page
                .locator('c-plan-workspace')
                .getByRole('tab', { name: /Opportunities/ })
                .click();
            await page.setViewportSize({ width: 390, height: 900 });
            await settle(page);
            const chart = await page.locator('c-plan-performance-chart .chart-container').first().boundingBox();
            assert(chart && chart.height >= 240, `the chart is ${chart?.height ?? 0} px high at 390 px`);
            const scope = page.locator('c-plan-opportunities');
            const cards = await scope.locator('c-plan-opportunity-cards li.card').count();
            const tables = await scope.locator('table').count();
            assert(cards > 0, 'no stacked opportunity cards at 390 px');
            assert(tables === 0, 'the opportunities table is still shown at 390 px');
            // The workspace itself stays inside the window (the preview's own navigation bar is not ours).
            const past = await pastRightEdge(page, 'c-plan-workspace');
            assert(past === '', `at 390 px these reach past the window's right edge: ${past}`);
            await finish(tracked, 'narrow plan page');
        }
    },
    {
        name: 'summary: "Edit plan" saves the revenue target and the scorecard shows the new amount',
        run: async (ctx) => {
            const tracked = await openPlan(ctx, 1400);
            const page = tracked.page;
            const details = page.locator('c-plan-details');
            await details.getByRole('button', { name: 'Edit plan' }).click();
            const target = details.getByLabel('Revenue Target', { exact: true });
            await target.waitFor({ state: 'visible', timeout: 5000 });
            // As a user replaces a number: select what is there, type over it (fill() appends to a formatted number).
            await target.click();
            await target.press('Control+A');
            await target.pressSequentially('3000000');
            await target.blur();
            await details.getByRole('button', { name: /^save$/i }).click();
            await details.locator('lightning-record-edit-form').waitFor({ state: 'detached', timeout: 8000 });
            await settle(page);
            const [value, full] = await tileTexts(page, 'target');
            assert(value === '$3M', `the target tile shows "${value}" after the save, expected "$3M"`);
            assert(full === '$3,000,000', `the target tile reads "${full}" after the save`);
            await finish(tracked, 'edit plan');
        }
    }
];
