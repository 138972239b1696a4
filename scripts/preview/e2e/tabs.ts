/**
 * Browser tests of the workspace's child tabs (objectives, stakeholders, partners, white space and the heat map):
 * the one-step add dialogs, the rules checked in the dialog, colours that hold under the pointer, lists at 390 px,
 * objective actions, and axe on each tab. Registered in run-e2e.ts next to tests.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../build';
import { axeViolations, newPage, settle, type TrackedPage } from './harness';
import type { TestCase, TestContext } from './tests';

const AHEAD = JSON.parse(
    fs.readFileSync(
        path.join(ROOT, 'force-app/main/default/lwc/planWorkspace/__tests__/data/workspaceAhead.json'),
        'utf8'
    )
) as { plan: { id: string } };

function check(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

/** The ahead-of-target plan on one tab of the workspace. */
async function tab(ctx: TestContext, name: RegExp): Promise<TrackedPage> {
    const tracked = await newPage(ctx.browsing);
    await tracked.page.goto(`${ctx.baseUrl}/plan/${AHEAD.plan.id}`);
    await settle(tracked.page);
    await tracked.page.locator('c-plan-workspace').getByRole('tab', { name }).click();
    await settle(tracked.page);
    return tracked;
}

function calls(page: Page, method: string): Promise<number> {
    return page.evaluate(
        (m) =>
            (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.filter(
                (c) => c.method === m
            ).length,
        method
    );
}

/** The open dialog (LightningModal renders its component inside an SLDS modal section). */
function dialog(page: Page): Locator {
    return page.locator('.slds-modal').first();
}

/** The page at a phone's width; the components measure their own width and follow. */
async function narrow(page: Page): Promise<void> {
    await page.setViewportSize({ width: 390, height: 900 });
    await settle(page);
}

async function save(page: Page): Promise<void> {
    await page
        .locator('lightning-modal-footer, .slds-modal__footer')
        .getByRole('button', { name: /save/i })
        .first()
        .click();
}

async function closed(tracked: TrackedPage, where: string): Promise<void> {
    await tracked.page.close();
    check(tracked.errors.length === 0, `${where}: console errors:\n  ${tracked.errors.join('\n  ')}`);
}

export const tabTests: TestCase[] = [
    {
        name: 'tabs: Add Stakeholder is one dialog that names the chosen contact, and the person is listed',
        run: async (ctx) => {
            const tracked = await tab(ctx, /Stakeholders/);
            const { page } = tracked;
            await page.locator('c-plan-stakeholders').getByRole('button', { name: 'Add Stakeholder' }).first().click();
            const modal = dialog(page);
            await modal.getByLabel('Contact').first().click();
            const option = modal.locator('button.option').first();
            await option.waitFor({ state: 'visible', timeout: 5000 });
            const contact = (await option.locator('.option-label').innerText()).trim();
            await option.click();
            await modal.locator('.chosen-label').waitFor({ state: 'visible', timeout: 5000 });
            check(
                (await modal.locator('lightning-modal-header').innerText()).includes(contact),
                `the dialog does not name ${contact}`
            );
            await save(page);
            await page.waitForFunction(() => !document.querySelector('.slds-modal'), undefined, { timeout: 8000 });
            await page.locator('c-plan-stakeholders').getByText(contact).first().waitFor({ timeout: 8000 });
            check((await calls(page, 'uiRecordApi.createRecord')) === 1, 'expected one createRecord call');
            await closed(tracked, 'add stakeholder');
        }
    },
    {
        name: 'tabs: Assign Partner is one dialog: find the account, choose the role, save, the partner is listed',
        run: async (ctx) => {
            const tracked = await tab(ctx, /Partners/);
            const { page } = tracked;
            await page.locator('c-plan-partner-roles').getByRole('button', { name: 'Assign Partner' }).first().click();
            const modal = dialog(page);
            await modal.getByLabel('Partner account').first().pressSequentially('ad');
            const option = modal.locator('button.option').first();
            await option.waitFor({ state: 'visible', timeout: 5000 });
            const partner = (await option.locator('.option-label').innerText()).trim();
            await option.click();
            const role = modal.getByRole('combobox', { name: /^\*?\s*Role/ });
            await role.click();
            await modal.getByRole('option', { name: 'Consultant' }).click();
            await save(page);
            await page.waitForFunction(() => !document.querySelector('.slds-modal'), undefined, { timeout: 8000 });
            await page.locator('c-plan-partner-roles').getByText(partner).first().waitFor({ timeout: 8000 });
            await closed(tracked, 'assign partner');
        }
    },
    {
        name: "tabs: a white space cell with a competitor supplier but no competitor shows the rule's message",
        run: async (ctx) => {
            const tracked = await tab(ctx, /White Space/);
            const { page } = tracked;
            await page.locator('c-plan-white-space').getByRole('button', { name: 'Add Cell' }).first().click();
            const modal = dialog(page);
            const unit = modal.getByLabel(/^\*?\s*Business Unit$/);
            await unit.waitFor({ state: 'visible', timeout: 5000 });
            await unit.fill('E2E unit');
            await modal.getByLabel(/^\*?\s*Offering$/).fill('E2E offering');
            await modal.getByRole('combobox', { name: /Current Supplier/ }).click();
            await modal.getByRole('option', { name: 'Competitor' }).click();
            await save(page);
            const message = modal.locator('.rule-message').first();
            await message.waitFor({ state: 'visible', timeout: 5000 });
            const text = (await message.innerText()).trim();
            check(
                text === "Enter the competitor's name when Current Supplier is Competitor.",
                `rule message: "${text}"`
            );
            check((await calls(page, 'uiRecordApi.createRecord')) === 0, 'the cell was saved despite the rule');
            await closed(tracked, 'competitor rule');
        }
    },
    {
        name: 'tabs: white space cells keep their colours under the pointer, show focus as an outline, legend has Unknown',
        run: async (ctx) => {
            const tracked = await tab(ctx, /White Space/);
            const { page } = tracked;
            const cell = page.locator('c-plan-white-space button.white-space-cell').first();
            const colours = (): Promise<string> =>
                cell.evaluate((el) => {
                    const style = getComputedStyle(el);
                    return `${style.color} on ${style.backgroundColor}`;
                });
            const before = await colours();
            await cell.hover();
            const hovered = await colours();
            check(hovered === before, `hover changed the colours: ${before} -> ${hovered}`);
            await cell.focus();
            const focused = await colours();
            check(focused === before, `focus changed the colours: ${before} -> ${focused}`);
            const outline = await cell.evaluate((el) => getComputedStyle(el).outlineStyle);
            check(outline !== 'none', 'a focused cell shows no outline');
            const legend = await page.locator('c-plan-white-space ul.legend').innerText();
            check(/Unknown/.test(legend), `the legend has no Unknown: ${legend}`);
            await closed(tracked, 'white space colours');
        }
    },
    {
        name: 'tabs: at 390 px the white space and the heat map are lists',
        run: async (ctx) => {
            // the tab bar itself changes at 390 px: choose each tab at desktop width, then narrow the page
            const tracked = await tab(ctx, /Stakeholders/);
            const { page } = tracked;
            await narrow(page);
            check(
                await page.locator('c-plan-stakeholder-heat-map ul.heat-list').count(),
                'heat map: no list at 390 px'
            );
            await page.setViewportSize({ width: 1440, height: 900 });
            await page
                .locator('c-plan-workspace')
                .getByRole('tab', { name: /White Space/ })
                .click();
            await narrow(page);
            check(await page.locator('c-plan-white-space section.bu-group').count(), 'white space: no list at 390 px');
            check(!(await page.locator('c-plan-white-space table').count()), 'white space: still a grid at 390 px');
            await closed(tracked, '390 px lists');
        }
    },
    {
        name: 'tabs: an objective action is added (assigned to the objective owner) and completed with its checkbox',
        run: async (ctx) => {
            const tracked = await tab(ctx, /Objectives/);
            const { page } = tracked;
            const card = page.locator('c-plan-objective-card').first();
            await card.locator('button.actions-toggle').click();
            const subject = `E2E action ${Date.now() % 100000}`;
            await card.getByLabel('Action subject').fill(subject);
            await card.getByRole('button', { name: 'Add action' }).click();
            await card.getByText(subject).first().waitFor({ timeout: 8000 });
            check((await calls(page, 'uiRecordApi.createRecord')) === 1, 'expected one createRecord call');
            const box = card.locator('c-plan-objective-actions lightning-input.action-subject input');
            check((await box.inputValue()) === '', 'the subject box was not emptied');
            const item = card.locator('li.action', { hasText: subject });
            // the checkbox's label, as a user clicks it (its input is visually hidden behind the SLDS faux box)
            await item.locator('lightning-input.action-complete label').first().click();
            await page.waitForFunction(
                () =>
                    (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.some(
                        (c) => c.method === 'uiRecordApi.updateRecord'
                    ),
                undefined,
                { timeout: 8000 }
            );
            await closed(tracked, 'objective action');
        }
    },
    ...['Objectives', 'Stakeholders', 'Partners', 'White Space'].map((name): TestCase => ({
        name: `tabs: the ${name} tab has no serious or critical axe-core violations`,
        run: async (ctx) => {
            const tracked = await tab(ctx, new RegExp(name));
            const violations = await axeViolations(tracked.page);
            await tracked.page.close();
            check(
                violations.length === 0,
                violations
                    .map((v) => `${v.impact} ${v.id}: ${v.help} ${JSON.stringify(v.nodes[0]?.target)}`)
                    .join('\n  ')
            );
        }
    }))
];
