/**
 * Browser tests of "Plan next period" (issue 18) in the preview: the dialog on the plan page (c-plan-carry-forward),
 * the thread links in the plan header (c-plan-thread-links) and the Setup page card (c-planning-setup-carry-forward),
 * answered by scripts/preview/src/fakeCarryForward.ts. Registered in run-e2e.ts with one spread.
 */
import type { Page } from 'playwright-core';
import { assert, axeViolations, noErrors, open, pageText, settle } from './harness';
import type { TestCase } from './tests';

/** Northwind Traders 2026 (planWorkspace/__tests__/data/workspaceAhead.json): a Year plan, 2 of 3 objectives open. */
const SOURCE_PLAN_ID = 'a01000000000001AAA';
/** Tailspin Toys: a key account whose only plan ended last quarter (fakeCarryForward.ts QUARTER_END_ACCOUNT_ID). */
const QUARTER_END_ACCOUNT_ID = '001000000000105AAA';

async function openDialog(page: Page): Promise<void> {
    await page.locator('c-plan-carry-forward button.open-button').click();
    await page.locator('c-plan-carry-forward .group-label').first().waitFor({ state: 'visible', timeout: 5000 });
    await settle(page);
}

async function groupLabels(page: Page): Promise<string[]> {
    return page.locator('c-plan-carry-forward .group-label').allInnerTexts();
}

/** The class of the element that has the focus, through the shadow roots. */
async function focusedClass(page: Page): Promise<string> {
    return page.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return `${active?.tagName.toLowerCase()}.${active?.className ?? ''}`;
    });
}

/** Waits for the dialog a container opened (its own button hidden) to show its groups. */
async function dialogShown(page: Page): Promise<void> {
    await page.locator('c-plan-carry-forward .group-label').first().waitFor({ state: 'visible', timeout: 5000 });
    await settle(page);
}

/** Carries every group: the new plan opens with the success toast and its "continued from" link. */
async function carryAndOpenTheNewPlan(page: Page, sourceName: string): Promise<string> {
    const before = new URL(page.url()).pathname;
    await page.locator('c-plan-carry-forward button.submit-button').click();
    await page.waitForURL((url) => url.pathname !== before && url.pathname.startsWith('/plan/'), { timeout: 8000 });
    await settle(page);
    const text = await pageText(page);
    assert(/was created from this plan\./.test(text), 'the success toast is missing');
    assert(new RegExp(`Continued from\\s*${sourceName}`).test(text), `the new plan should link to ${sourceName}`);
    return text;
}

export const carryForwardTests: TestCase[] = [
    {
        name: 'plan next period: the dialog takes the focus and shows each group with its count and the suggested target',
        run: async (ctx) => {
            const tracked = await open(ctx, `/plan/${SOURCE_PLAN_ID}`);
            const { page } = tracked;
            await openDialog(page);
            const focused = await page.evaluate(() => {
                let active: Element | null = document.activeElement;
                while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
                return active?.className ?? '';
            });
            assert(focused.includes('modal-title'), `the dialog heading should have the focus, not "${focused}"`);
            const groups = await groupLabels(page);
            const expected = [
                /^Open objectives \(2\)/,
                /^Stakeholders \(4\)$/,
                /^Partner roles \(2\)$/,
                /^White space cells \(4\)$/,
                /^SWOT and narrative fields \(11\)$/,
                /^Target segment as the new current segment \(Strategic Partner\)$/
            ];
            assert(
                groups.length === expected.length && expected.every((re, i) => re.test(groups[i])),
                `group labels: ${JSON.stringify(groups)}`
            );
            const target = await page.locator('c-plan-carry-forward input.target-input').inputValue();
            assert(target === '1933000', `the suggested target should be last period's won, got ${target}`);
            const violations = await axeViolations(page);
            assert(violations.length === 0, `axe: ${violations.map((v) => `${v.id} ${v.help}`).join('; ')}`);
            await page.keyboard.press('Escape');
            await settle(page);
            assert(
                (await page.locator('c-plan-carry-forward section[role="dialog"]').count()) === 0,
                'Escape should close the dialog'
            );
            noErrors(tracked, 'plan next period dialog');
            await page.close();
        }
    },
    {
        name: 'plan next period: carries the checked groups, opens the new plan with its items and the thread, and never twice',
        run: async (ctx) => {
            const tracked = await open(ctx, `/plan/${SOURCE_PLAN_ID}`);
            const { page } = tracked;
            await openDialog(page);
            await page.locator('c-plan-carry-forward label', { hasText: 'Stakeholders (4)' }).click();
            const growth = page.locator('c-plan-carry-forward input.growth-input');
            await growth.fill('10');
            await growth.press('Tab');
            const target = await page.locator('c-plan-carry-forward input.target-input').inputValue();
            assert(target === '2126300', `10% growth on $1,933,000 should suggest 2126300, got ${target}`);
            await page.locator('c-plan-carry-forward button.submit-button').click();
            await page.waitForURL((url) => !url.pathname.endsWith(SOURCE_PLAN_ID), { timeout: 8000 });
            await settle(page);
            const text = await pageText(page);
            assert(text.includes('Northwind Traders 2027 was created from this plan.'), 'the success toast is missing');
            assert(/Continued from\s*Northwind Traders 2026/.test(text), 'the new plan should link to its predecessor');
            const tabs = await page.locator('c-plan-workspace [role="tab"]').allInnerTexts();
            assert(
                tabs.some((t) => /Objectives \(2\)/.test(t)) && tabs.some((t) => /Stakeholders \(0\)/.test(t)),
                `the new plan should hold the 2 open objectives and no stakeholders: ${JSON.stringify(tabs)}`
            );
            await page.locator('c-plan-thread-links a', { hasText: 'Northwind Traders 2026' }).click();
            await page.waitForURL((url) => url.pathname.endsWith(SOURCE_PLAN_ID), { timeout: 8000 });
            await settle(page);
            assert(
                /Continued in\s*Northwind Traders 2027/.test(await pageText(page)),
                'the old plan should link to the new one'
            );
            await openDialog(page);
            const dialogText = await page.locator('c-plan-carry-forward .period-text').innerText();
            assert(
                dialogText.startsWith('Northwind Traders 2027 already exists'),
                `a second run should complete the existing plan: "${dialogText}"`
            );
            const groups = await groupLabels(page);
            assert(
                groups[0].startsWith('Open objectives (0)') && groups[1] === 'Stakeholders (4)',
                `only what is missing should be offered: ${JSON.stringify(groups)}`
            );
            noErrors(tracked, 'carry forward');
            await page.close();
        }
    },
    {
        name: 'plan next period from the account card: "Continue from" the plan that ended opens the dialog and creates the next plan',
        run: async (ctx) => {
            const tracked = await open(ctx, `/account/${QUARTER_END_ACCOUNT_ID}`);
            const { page } = tracked;
            const card = page.locator('c-account-plan-card');
            const button = card.getByRole('button', { name: /^Continue from Tailspin Toys Q[1-4] \d{4}$/ });
            const label = (await button.innerText()).trim();
            const sourceName = label.replace(/^Continue from /, '');
            assert(
                (await card.getByRole('button', { name: 'Create Plan' }).count()) === 1,
                '"Create Plan" should stay next to "Continue from"'
            );
            await button.click();
            await dialogShown(page);
            const groups = await groupLabels(page);
            assert(
                groups.includes('SWOT and narrative fields (2)') &&
                    groups.includes('Target segment as the new current segment (Strategic Partner)'),
                `the ended plan's narrative and segment should be offered: ${JSON.stringify(groups)}`
            );
            const violations = await axeViolations(page);
            assert(violations.length === 0, `axe: ${violations.map((v) => `${v.id} ${v.help}`).join('; ')}`);
            await page.keyboard.press('Escape');
            await settle(page);
            const focused = await focusedClass(page);
            assert(focused.includes('continue-button'), `focus should return to "Continue from", not ${focused}`);
            await button.click();
            await dialogShown(page);
            await carryAndOpenTheNewPlan(page, sourceName);
            // Back to the account in the same session (a reload would start the preview's store afresh).
            await page.locator(`a[href="/account/${QUARTER_END_ACCOUNT_ID}"]`).first().click();
            await page.waitForURL((url) => url.pathname.startsWith('/account/'), { timeout: 8000 });
            await settle(page);
            const cardText = await page.locator('c-account-plan-card').innerText();
            assert(!/Continue from/.test(cardText), `after the carry the card should show the new plan: ${cardText}`);
            assert(
                (await card.locator('c-plan-carry-forward button.open-button').count()) === 1,
                'the new current plan should offer the real "Plan next period"'
            );
            noErrors(tracked, 'carry forward from the account card');
            await page.close();
        }
    },
    {
        name: 'plan next period from planning home: the key account row opens the dialog for its latest plan and the carry takes it off the list',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const keyAccounts = page.locator('c-planning-home-list[data-list="key-accounts"]');
            const row = keyAccounts.getByRole('button', { name: 'Plan next period for Tailspin Toys' });
            assert(
                (await row.innerText()).trim() === 'Plan next period',
                'the row button should read "Plan next period"'
            );
            assert(
                (await keyAccounts.getByRole('button', { name: 'Create plan for Tailspin Toys' }).count()) === 0,
                '"Plan next period" should replace "Create plan" on the row'
            );
            await row.click();
            await dialogShown(page);
            const period = await page.locator('c-plan-carry-forward .period-text').innerText();
            assert(
                /^Creates Tailspin Toys Q[1-4] \d{4} as a Draft/.test(period),
                `the dialog should create the next quarter: "${period}"`
            );
            await page.keyboard.press('Escape');
            await settle(page);
            const focused = await focusedClass(page);
            assert(focused.includes('row-action'), `focus should return to the row button, not ${focused}`);
            await row.click();
            await dialogShown(page);
            await carryAndOpenTheNewPlan(page, 'Tailspin Toys Q[1-4] \\d{4}');
            await page.locator('a[href="/home"]').first().click();
            await settle(page);
            const listed = await page.locator('c-planning-home-list[data-list="key-accounts"]').innerText();
            assert(!listed.includes('Tailspin Toys'), `Tailspin Toys should have a current plan now: ${listed}`);
            noErrors(tracked, 'carry forward from planning home');
            await page.close();
        }
    },
    {
        name: 'setup: carry forward all plans ending this period starts the run and shows its summary',
        run: async (ctx) => {
            const tracked = await open(ctx, '/setup');
            const { page } = tracked;
            const card = page.locator('c-planning-setup-carry-forward');
            assert(
                (await card.innerText()).includes('Carry forward all plans ending this period'),
                'the Setup page should show the carry-forward card'
            );
            await card.locator('button.start-button').click();
            await settle(page);
            assert(
                (await pageText(page)).includes('Carrying forward every plan ending from'),
                'the start toast is missing'
            );
            const lastRun = await card.locator('.last-run').innerText();
            assert(/^Last run /i.test(lastRun), `the summary of the run should show, got "${lastRun}"`);
            noErrors(tracked, 'setup carry forward');
            await page.close();
        }
    },
    {
        name: 'setup: without Manage Account Planning the carry-forward card cannot start a run',
        run: async (ctx) => {
            const tracked = await open(ctx, '/setup?without=Manage_Account_Planning');
            const { page } = tracked;
            assert(
                (await page.locator('c-planning-setup-carry-forward button.start-button').count()) === 0,
                'no start button without Manage Account Planning'
            );
            noErrors(tracked, 'setup without manage');
            await page.close();
        }
    }
];
