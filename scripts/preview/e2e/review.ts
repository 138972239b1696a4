/**
 * Browser tests of the review loop (issue 16), against the preview once the lead has wired the review components
 * into the pages (planWorkspace: c-plan-review-action + c-plan-review-timeline; planningHome: c-planning-home-team)
 * and registered REVIEW_HANDLERS (src/fakeReview.ts). Register here: `...reviewTests` in run-e2e.ts.
 * They find the components by data-testid and read what a user reads.
 */
import type { Page } from 'playwright-core';
import { assert, axeViolations, noErrors, open, settle } from './harness';
import type { TestCase, TestContext } from './tests';

/** The first sample plan of the preview index (a scenario with data, not the error plan). */
async function firstPlanId(ctx: TestContext): Promise<string> {
    const tracked = await open(ctx, '/');
    const ids = await tracked.page.evaluate(() => {
        const preview = (window as unknown as { __preview: { store: { scenarios: { id: string }[] } } }).__preview;
        return preview.store.scenarios.map((s) => s.id);
    });
    await tracked.page.close();
    assert(ids.length > 0, 'the preview index lists no plan');
    return ids[0];
}

/** Opens the dialog of a Mark reviewed / Review button, types the comments and confirms. */
async function confirmReview(page: Page, button: string, comments: string): Promise<void> {
    await page.locator(`${button} button`).first().click();
    const dialog = page.locator('.slds-modal').first();
    const field = dialog.getByLabel(/Review comments/).first();
    await field.waitFor({ state: 'visible', timeout: 5000 });
    await field.fill(comments);
    await dialog
        .locator('lightning-modal-footer, .slds-modal__footer')
        .getByRole('button', { name: /^(Mark reviewed|Review)$/ })
        .first()
        .click();
    await page.waitForFunction(() => !document.querySelector('.slds-modal'), undefined, { timeout: 8000 });
    await settle(page);
}

export const reviewTests: TestCase[] = [
    {
        name: 'review loop: Mark reviewed on the plan page records the review in the history',
        run: async (ctx) => {
            const planId = await firstPlanId(ctx);
            const tracked = await open(ctx, `/plan/${planId}`);
            const { page } = tracked;
            const timeline = page.locator('[data-testid="review-timeline"]');
            const before = await timeline.locator('ol > li').count();
            await confirmReview(page, '[data-testid="mark-reviewed"]', 'E2E review: forecast covers the target.');
            const first = timeline.locator('ol > li').first();
            assert((await timeline.locator('ol > li').count()) === before + 1, 'the history has no new entry');
            const text = await first.innerText();
            assert(text.includes('Plan review'), `the newest entry is not a plan review: ${text}`);
            assert(text.includes('E2E review: forecast covers the target.'), `the comments are missing: ${text}`);
            assert(/Reviewed by \S+/.test(text), `the reviewer is missing: ${text}`);
            noErrors(tracked, `/plan/${planId}`);
            await page.close();
        }
    },
    {
        name: 'review loop: a plan due for review on Planning Home leaves the list once marked reviewed',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const due = page.locator('[data-testid="home-team"] li.due-plan');
            const before = await due.count();
            assert(before > 0, 'Planning Home lists no plan due for review');
            const name = (await due.first().locator('.due-plan-name').innerText()).trim();
            await confirmReview(page, '[data-testid="home-team"] li.due-plan [data-testid="mark-reviewed"]', 'E2E');
            assert((await due.count()) === before - 1, `"${name}" is still due for review`);
            const remaining = await page.locator('[data-testid="home-team"]').innerText();
            assert(!remaining.split('Plans due for review')[1]?.includes(name), `"${name}" is still listed as due`);
            noErrors(tracked, '/home');
            await page.close();
        }
    },
    {
        name: 'Planning Home: sorting a column asks the server and sets aria-sort',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const header = page.locator('[data-testid="home-team-plans"] th:has(button[data-key="forecast"])');
            await header.locator('button').click();
            await settle(page);
            assert((await header.getAttribute('aria-sort')) === 'ascending', 'Forecast is not sorted ascending');
            await header.locator('button').click();
            await settle(page);
            assert((await header.getAttribute('aria-sort')) === 'descending', 'Forecast is not sorted descending');
            const calls = await page.evaluate(() =>
                (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.map(
                    (c) => c.method
                )
            );
            assert(calls.includes('PlanningHomeController.getPlanningHomeFor'), 'sorting did not call the server');
            noErrors(tracked, '/home');
            await page.close();
        }
    },
    {
        name: 'Planning Home: My / My team switch and the totals row',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const totals = page.locator('[data-testid="home-team-totals"]');
            assert(/Total of \d+ plans \([A-Z]{3}\)/.test(await totals.innerText()), 'no totals row');
            const teamRows = await page.locator('[data-testid="home-team-plans"] tbody tr').count();
            await page.locator('[data-testid="home-scope"] label:has-text("My plans")').click();
            await settle(page);
            const myRows = await page.locator('[data-testid="home-team-plans"] tbody tr').count();
            assert(myRows < teamRows, `My plans shows ${myRows} rows, My team ${teamRows}`);
            assert((await axeViolations(page)).length === 0, 'axe: serious or critical violations on Planning Home');
            noErrors(tracked, '/home');
            await page.close();
        }
    },
    {
        name: 'Planning Home without Review Account Plans: Mark reviewed is disabled and says why',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home?without=Review_Account_Plans');
            const { page } = tracked;
            const action = page.locator('[data-testid="home-team"] li.due-plan c-plan-review-action').first();
            assert(await action.locator('button').isDisabled(), 'Mark reviewed is enabled for a non-manager');
            const reason = await action.locator('.disabled-reason').innerText();
            assert(reason.trim() === 'Only managers can mark plans reviewed.', `unexpected reason: ${reason}`);
            noErrors(tracked, '/home?without=Review_Account_Plans');
            await page.close();
        }
    }
];
