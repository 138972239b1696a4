/**
 * Browser tests of the plan health score (issue 19): the scorecard's breakdown with the keyboard, Plans at Risk on
 * Planning Home, the Setup page's health card. They run once the health components are placed in the pages
 * (planScorecard, planningHome, planningSetup) and the fake handlers of src/fakeHealth.ts are registered.
 * Registration (run-e2e.ts): `import { healthTests } from './e2e/health';` and `...healthTests` in the test list.
 */
import type { Locator, Page } from 'playwright-core';
import { assert, axeViolations, noErrors, open } from './harness';
import type { TestCase } from './tests';

/** workspaceBehind.json: Globex Q4 2026, forecast far below target, At Risk in the preview (fakeHealth.ts). */
const AT_RISK_PLAN_ID = 'a01000000000002AAA';
const FACTOR_NAMES = [
    'Forecast vs pro-rata target',
    'Pipeline coverage',
    'Objectives',
    'Stakeholder coverage',
    'Activity recency',
    'Plan freshness',
    'Manager review'
];

/** True when the element has the focus inside its (synthetic) shadow tree. */
function hasFocus(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el);
}

async function waitGone(page: Page, selector: string): Promise<void> {
    await page.locator(selector).first().waitFor({ state: 'detached', timeout: 5000 });
}

export const healthTests: TestCase[] = [
    {
        name: 'health: the breakdown opens with the keyboard, lists every factor, and Escape closes it',
        run: async (ctx) => {
            const tracked = await open(ctx, `/plan/${AT_RISK_PLAN_ID}`);
            const { page } = tracked;
            const score = page.locator('[data-testid="health-score"]').first();
            assert((await score.innerText()).trim() === '36 / 100', `score: "${await score.innerText()}"`);
            const tile = await page.locator('[data-testid="health-tile"]').first().innerText();
            assert(tile.includes('At Risk'), `the status is not written out in the tile: "${tile}"`);
            const toggle = page.locator('[data-testid="health-breakdown-toggle"]').first();
            await toggle.focus();
            assert(await hasFocus(toggle), 'the breakdown button cannot take the focus');
            await page.keyboard.press('Enter');
            const panel = page.locator('[data-testid="health-breakdown"]').first();
            await panel.waitFor({ state: 'visible', timeout: 5000 });
            assert((await toggle.getAttribute('aria-expanded')) === 'true', 'aria-expanded is not true when open');
            assert(await hasFocus(panel), 'the focus did not move into the breakdown');
            const names = await panel.locator('.factor-name').allInnerTexts();
            assert(
                JSON.stringify(names.map((n) => n.trim())) === JSON.stringify(FACTOR_NAMES),
                `factors: ${JSON.stringify(names)}`
            );
            const text = await panel.innerText();
            for (const expected of [
                'Forecast is 18% below the pro-rata target for day 200 of 365',
                'Open pipeline covers 83% of the target still to win; 300% scores full (20 points)'
            ]) {
                assert(text.includes(expected), `the breakdown does not say "${expected}"`);
            }
            const violations = await axeViolations(page);
            assert(
                violations.length === 0,
                `axe-core with the breakdown open: ${violations.map((v) => `${v.id}: ${v.help}`).join('; ')}`
            );
            await page.keyboard.press('Escape');
            await waitGone(page, '[data-testid="health-breakdown"]');
            assert(await hasFocus(toggle), 'the focus did not return to the breakdown button after Escape');
            noErrors(tracked, 'health breakdown');
            await page.close();
        }
    },
    {
        name: 'health: Planning Home lists the plans at risk with their top reason',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const card = tracked.page.locator('[data-testid="plans-at-risk"]').first();
            await card.waitFor({ state: 'visible', timeout: 5000 });
            const text = await card.innerText();
            assert(text.includes('Globex Q4 2026'), `the at-risk plan is not listed: "${text}"`);
            assert(text.includes('At Risk'), 'the status is not written out');
            assert(text.includes('Open pipeline covers 83% of the target still to win'), 'no top reason');
            noErrors(tracked, '/home');
            await tracked.page.close();
        }
    },
    {
        name: 'health: the Setup page shows the factors and refuses Watch from at or above Healthy from',
        run: async (ctx) => {
            const tracked = await open(ctx, '/setup');
            const { page } = tracked;
            const card = page.locator('[data-testid="setup-health"]').first();
            await card.waitFor({ state: 'visible', timeout: 5000 });
            const text = await card.innerText();
            for (const name of FACTOR_NAMES) assert(text.includes(name), `the Setup card misses "${name}"`);
            const link = card.locator('[data-testid="health-factors-link"]');
            assert((await link.getAttribute('href'))?.startsWith('/lightning/setup/'), 'no Health Factor link');
            const watch = card.locator('lightning-input.watch-from input');
            await watch.fill('75');
            await watch.dispatchEvent('change');
            await card.locator('lightning-button.save-thresholds button').click();
            await card.locator('.threshold-error').first().waitFor({ state: 'visible', timeout: 5000 });
            const error = await card.locator('.threshold-error').first().innerText();
            assert(error.includes('Watch from must be below Healthy from.'), `validation: "${error}"`);
            noErrors(tracked, '/setup');
            await page.close();
        }
    }
];
