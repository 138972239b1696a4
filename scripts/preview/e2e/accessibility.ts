/**
 * axe-core on every tab, modal and page state (issue 14 item 9): a tour of the workspace that opens each tab, each
 * "New/Add/Assign/Edit" action, each row menu with its Edit modal and Delete confirmation, and the objective
 * actions; every tab of an empty plan (empty states); pages while they load; a form showing validation errors; the
 * Setup page after its actions. Each state is one axe run, named in the failure (KNOWN_AXE_VIOLATIONS in
 * harness.ts lists the ones another helper is fixing). The per-page checks (errors, no permission, 390 px...) are
 * in tests.ts and layout.ts.
 */
import type { Locator, Page } from 'playwright-core';
import {
    assert,
    expectNoAxeViolations,
    noErrors,
    open,
    orgName,
    settle,
    type TestCase,
    type TestContext
} from './harness';

const AHEAD_PLAN = 'a01000000000001AAA';
const EMPTY_PLAN = 'a01000000000003AAA';
const MODAL = 'section[role="dialog"], .slds-modal';

/** Collects the failures of many axe runs in one test, so one report names every failing state. */
class Checker {
    failures: string[] = [];
    runs = 0;
    constructor(private page: Page) {}
    async check(state: string): Promise<void> {
        this.runs += 1;
        try {
            await expectNoAxeViolations(this.page, state);
        } catch (e) {
            this.failures.push((e as Error).message);
        }
    }
    assertClean(): void {
        assert(!this.failures.length, `${this.failures.length} state(s) failed:\n${this.failures.join('\n')}`);
    }
}

async function modalOpen(page: Page): Promise<boolean> {
    return page
        .locator(MODAL)
        .first()
        .isVisible()
        .catch(() => false);
}

/** Closes what an action opened: the modal's Cancel, else Escape. */
async function closeModal(page: Page): Promise<void> {
    const cancel = page
        .locator(MODAL)
        .getByRole('button', { name: /^cancel$/i })
        .first();
    if (await cancel.isVisible().catch(() => false)) await cancel.click();
    else await page.keyboard.press('Escape');
    await page
        .waitForFunction(() => !document.querySelector('.slds-modal'), undefined, { timeout: 8000 })
        .catch(() => undefined);
    await settle(page);
}

/** The tab panel on show (lightning-tabset hides the others). */
function activePanel(page: Page): Locator {
    return page.locator('c-plan-workspace [role="tabpanel"]:visible').first();
}

async function names(buttons: Locator): Promise<string[]> {
    const all = await buttons.evaluateAll((els) =>
        els
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => (el.getAttribute('aria-label') || el.textContent || '').trim())
    );
    return [...new Set(all.filter(Boolean))];
}

/** Each "New/Add/Assign/Edit ..." action of the tab: the modal or inline form it opens, then its errors. */
async function tourActions(page: Page, tab: string, checker: Checker): Promise<void> {
    const actions = await names(activePanel(page).getByRole('button', { name: /^(New|Add|Assign|Edit)\b/ }));
    for (const action of actions) {
        await activePanel(page).getByRole('button', { name: action, exact: true }).first().click();
        await settle(page);
        if (await modalOpen(page)) {
            await checker.check(`${tab}: "${action}" modal`);
            await closeModal(page);
            continue;
        }
        const search = activePanel(page)
            .getByRole('textbox', { name: /search/i })
            .first();
        if (await search.isVisible().catch(() => false)) {
            await search.pressSequentially('a');
            await settle(page);
            await checker.check(`${tab}: "${action}" search results`);
        } else await checker.check(`${tab}: after "${action}" (inline form or picker)`);
        const cancel = activePanel(page)
            .getByRole('button', { name: /^cancel$/i })
            .first();
        if (await cancel.isVisible().catch(() => false)) await cancel.click();
        else await page.keyboard.press('Escape');
        await settle(page);
    }
}

/** The first row's menu, its Edit modal and its Delete confirmation (cancelled). */
async function tourRowMenu(page: Page, tab: string, checker: Checker): Promise<void> {
    const menu = activePanel(page)
        .getByRole('button', { name: /^Actions for / })
        .first();
    if (!(await menu.isVisible().catch(() => false))) return;
    await menu.click();
    await settle(page);
    await checker.check(`${tab}: row menu open`);
    const items = await names(page.getByRole('menuitem'));
    await page.keyboard.press('Escape');
    await settle(page);
    for (const item of items.filter((i) => /^(edit|delete)$/i.test(i))) {
        await menu.click();
        await page.getByRole('menuitem', { name: item, exact: true }).first().click();
        await settle(page);
        if (await modalOpen(page)) {
            await checker.check(`${tab}: row "${item}" ${/delete/i.test(item) ? 'confirmation' : 'modal'}`);
            await closeModal(page);
        }
    }
}

/** Objective cards' "Actions (n)" toggles: the expanded list of actions. */
async function tourExpanders(page: Page, tab: string, checker: Checker): Promise<void> {
    const toggle = activePanel(page)
        .getByRole('button', { name: /^Actions \(\d+\)/ })
        .first();
    if (!(await toggle.isVisible().catch(() => false))) return;
    await toggle.click();
    await settle(page);
    await checker.check(`${tab}: an objective's actions expanded`);
    await toggle.click();
    await settle(page);
}

async function tourPlan(ctx: TestContext, planId: string, deep: boolean): Promise<void> {
    const tracked = await open(ctx, `/plan/${planId}`);
    const { page } = tracked;
    const checker = new Checker(page);
    const tabs = page.locator('c-plan-workspace').getByRole('tab');
    const titles = await tabs.allInnerTexts();
    assert(titles.length > 0, 'no workspace tabs');
    for (let i = 0; i < titles.length; i++) {
        const tab = `plan ${planId}, tab "${titles[i].trim()}"`;
        await tabs.nth(i).click();
        await settle(page);
        await checker.check(tab);
        if (deep) {
            await tourActions(page, tab, checker);
            await tourRowMenu(page, tab, checker);
            await tourExpanders(page, tab, checker);
        }
    }
    await page.close();
    noErrors(tracked, `tour of plan ${planId}`);
    checker.assertClean();
    console.log(`       (${checker.runs} states checked)`);
}

/** The page while its server calls are still out (spinners, placeholders). */
async function whileLoading(ctx: TestContext, url: string, state: string): Promise<void> {
    const tracked = await open(ctx, `${url}${url.includes('?') ? '&' : '?'}latency=6000`);
    const spinner = await tracked.page.locator('lightning-spinner').count();
    await expectNoAxeViolations(tracked.page, state);
    await tracked.page.close();
    assert(spinner > 0, `${url}: no spinner while loading`);
}

export const accessibilityTests: TestCase[] = [
    {
        name: 'axe-core: every tab, action modal, row menu, edit modal and delete confirmation of a full plan',
        run: (ctx) => tourPlan(ctx, AHEAD_PLAN, true)
    },
    {
        name: 'axe-core: every tab of an empty plan (empty states) and its actions',
        run: (ctx) => tourPlan(ctx, EMPTY_PLAN, true)
    },
    {
        name: 'axe-core: pages while they load (plan, Planning Home, Account card, Setup)',
        run: async (ctx) => {
            await whileLoading(ctx, `/plan/${AHEAD_PLAN}`, 'plan page while loading');
            await whileLoading(ctx, '/home', 'Planning Home while loading');
            await whileLoading(ctx, '/account/001000000000101AAA', 'Account card while loading');
            await whileLoading(ctx, '/setup', 'Setup while loading');
        }
    },
    {
        name: 'axe-core: the New Account Plan form showing a validation error',
        run: async (ctx) => {
            const tracked = await open(ctx, `/new/${orgName(ctx, 'Account_Plan__c')}`);
            const form = tracked.page.locator('.preview-new-record');
            await form.getByLabel(/Revenue Target/).fill('-1');
            await form.getByRole('button', { name: /^save$/i }).click();
            await settle(tracked.page);
            await expectNoAxeViolations(tracked.page, 'new plan form with errors');
            await tracked.page.close();
        }
    },
    {
        name: 'axe-core: the Setup page after saving, running and scheduling (toasts, job status)',
        run: async (ctx) => {
            const tracked = await open(ctx, '/setup');
            const { page } = tracked;
            const checker = new Checker(page);
            for (const action of [/^save/i, /run/i, /^schedule/i]) {
                const button = page.locator('c-planning-setup').getByRole('button', { name: action }).first();
                if (!(await button.isVisible().catch(() => false))) continue;
                await button.click();
                await settle(page);
                await checker.check(`setup after "${String(action)}"`);
            }
            await page.close();
            noErrors(tracked, 'setup actions');
            checker.assertClean();
        }
    }
];
