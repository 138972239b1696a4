/**
 * The browser tests of the offline preview. Each test gets a fresh page; console errors fail it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../build';
import { axeViolations, newPage, pageText, settle, type Browsing, type TrackedPage } from './harness';

export interface TestContext {
    baseUrl: string;
    browsing: Browsing;
}
export interface TestCase {
    name: string;
    run: (ctx: TestContext) => Promise<void>;
}

const DATA_DIR = path.join(ROOT, 'force-app', 'main', 'default', 'lwc', 'planWorkspace', '__tests__', 'data');

interface PlanFixture {
    plan: {
        id: string;
        name: string;
        revenueTarget: number | null;
        wonAmount: number;
        forecast: number;
        currencyIsoCode: string;
    };
    objectives: unknown[];
}

function fixture(file: string): PlanFixture {
    return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as PlanFixture;
}

function workspaceFixtures(): string[] {
    return fs.existsSync(DATA_DIR) ? fs.readdirSync(DATA_DIR).filter((f) => /^workspace.*\.json$/.test(f)) : [];
}

/** The ways a component may show an amount (full, with cents, compact). */
export function amountFormats(value: number, currency: string): string[] {
    const f = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', o).format(value);
    return [
        f({ style: 'currency', currency, maximumFractionDigits: 0 }),
        f({ style: 'currency', currency, minimumFractionDigits: 2 }),
        f({ style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }),
        f({ style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }),
        f({ maximumFractionDigits: 0 }),
        f({ minimumFractionDigits: 2 })
    ];
}

function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

async function open(ctx: TestContext, url: string): Promise<TrackedPage> {
    const tracked = await newPage(ctx.browsing);
    await tracked.page.goto(ctx.baseUrl + url);
    await settle(tracked.page);
    return tracked;
}

function noErrors(tracked: TrackedPage, where: string): void {
    assert(
        tracked.errors.length === 0,
        `${where}: ${tracked.errors.length} console error(s):\n  ${tracked.errors.join('\n  ')}`
    );
}

/** Inner text of the first element matching the selector (through synthetic shadow trees). */
async function textOf(page: Page, selector: string): Promise<string> {
    const locator = page.locator(selector).first();
    if (!(await locator.count())) return '';
    return locator.innerText();
}

interface ScenarioInfo {
    id: string;
    label: string;
    description: string;
}

async function scenarios(ctx: TestContext): Promise<{ plans: ScenarioInfo[]; bench: Record<string, string> }> {
    const tracked = await open(ctx, '/');
    const info = await tracked.page.evaluate(() => {
        const store = (window as unknown as { __preview: { store: { scenarios: ScenarioInfo[] } } }).__preview.store;
        return store.scenarios;
    });
    const links = await tracked.page
        .locator('a[href^="/plan/"]')
        .evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    await tracked.page.close();
    const bench: Record<string, string> = {};
    for (const [text, href] of links) {
        const m = /Plan with ([\d,]+) opportunities/.exec(text);
        if (m) bench[m[1].replace(/,/g, '')] = href;
    }
    return { plans: info, bench };
}

/** The pages every clean-page test visits. */
export async function pagesToVisit(ctx: TestContext): Promise<{ name: string; url: string }[]> {
    const { plans, bench } = await scenarios(ctx);
    const tracked = await open(ctx, '/');
    const accounts = await tracked.page
        .locator('a[href^="/account/"]')
        .evaluateAll((as) =>
            as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '', a.parentElement?.textContent ?? ''])
        );
    await tracked.page.close();
    const withPlan = accounts.find((a) => a[2].includes('with a plan'));
    const withoutPlan = accounts.find((a) => a[2].includes('without a plan'));
    return [
        { name: 'preview index', url: '/' },
        ...plans.map((p) => ({ name: `plan "${p.label}" (${p.description})`, url: `/plan/${p.id}` })),
        ...(bench['20'] ? [{ name: 'plan with 20 generated opportunities', url: bench['20'] }] : []),
        ...(withPlan ? [{ name: `account card with a plan (${withPlan[0]})`, url: withPlan[1] }] : []),
        ...(withoutPlan ? [{ name: `account card without a plan (${withoutPlan[0]})`, url: withoutPlan[1] }] : []),
        { name: 'planning home', url: '/home' },
        { name: 'setup', url: '/setup' },
        { name: 'setup without the Manage_Account_Planning permission', url: '/setup?without=Manage_Account_Planning' }
    ];
}

/** One page load per page, two results: console errors, and axe-core serious/critical violations. */
export function pageTests(pages: { name: string; url: string }[]): TestCase[] {
    const loaded = new Map<string, Promise<TrackedPage>>();
    return pages.flatMap((p) => [
        {
            name: `${p.name}: renders without console errors`,
            run: async (ctx: TestContext) => {
                const load = open(ctx, p.url);
                loaded.set(p.url, load);
                const tracked = await load;
                const text = await pageText(tracked.page);
                noErrors(tracked, p.url);
                assert(
                    !text.includes('is not in force-app yet'),
                    `${p.url}: the component for this page does not exist yet`
                );
                assert(
                    !/\[missing label c\./.test(text),
                    `${p.url}: a custom label is missing from CustomLabels.labels-meta.xml`
                );
            }
        },
        {
            name: `${p.name}: no serious or critical axe-core violations`,
            run: async (ctx: TestContext) => {
                const tracked = await (loaded.get(p.url) ?? open(ctx, p.url));
                loaded.delete(p.url);
                const violations = await axeViolations(tracked.page);
                await tracked.page.close();
                assert(
                    violations.length === 0,
                    `${p.url}: ${violations.length} violation(s):\n  ` +
                        violations
                            .map(
                                (v) =>
                                    `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`
                            )
                            .join('\n  ')
                );
            }
        }
    ]);
}

async function countCalls(page: Page, method: string): Promise<number> {
    return page.evaluate(
        (m) =>
            (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.filter(
                (c) => c.method === m
            ).length,
        method
    );
}

/** Opens the plan that is ahead of target on the workspace tab whose label matches. */
async function openPlanTab(ctx: TestContext, tab: RegExp): Promise<{ tracked: TrackedPage; page: Page }> {
    const f = fixture(workspaceFixtures().find((x) => /ahead/i.test(x)) ?? workspaceFixtures()[0]);
    const tracked = await open(ctx, `/plan/${f.plan.id}`);
    await tracked.page.locator('c-plan-workspace').getByRole('tab', { name: tab }).click();
    await settle(tracked.page);
    return { tracked, page: tracked.page };
}

/** Saves the open record modal and waits until it is gone. */
async function saveModal(page: Page): Promise<void> {
    const save = page
        .locator('lightning-modal-footer, .slds-modal__footer')
        .getByRole('button', { name: /save/i })
        .first();
    await save.waitFor({ state: 'visible', timeout: 5000 });
    await save.click();
    await page.waitForFunction(() => !document.querySelector('.slds-modal'), undefined, { timeout: 8000 });
}

export const workspaceTests: TestCase[] = [
    {
        name: 'workspace shows target, won and forecast from the fixture',
        run: async (ctx) => {
            const files = workspaceFixtures();
            assert(files.length > 0, 'no workspace*.json fixture in planWorkspace/__tests__/data');
            const f = fixture(files.find((x) => /ahead/i.test(x)) ?? files[0]);
            const tracked = await open(ctx, `/plan/${f.plan.id}`);
            const text = await textOf(tracked.page, 'c-plan-workspace');
            await tracked.page.close();
            noErrors(tracked, 'workspace');
            const checks: [string, number | null][] = [
                ['target', f.plan.revenueTarget],
                ['won', f.plan.wonAmount],
                ['forecast', f.plan.forecast]
            ];
            for (const [label, value] of checks) {
                if (value === null) continue;
                const formats = amountFormats(value, f.plan.currencyIsoCode || 'USD');
                assert(
                    formats.some((s) => text.includes(s)),
                    `${label} ${value} not shown in c-plan-workspace (looked for ${formats.join(' | ')})`
                );
            }
        }
    },
    {
        name: 'workspace: all its components share one getWorkspace server call',
        run: async (ctx) => {
            const f = fixture(workspaceFixtures()[0]);
            const tracked = await open(ctx, `/plan/${f.plan.id}`);
            const calls = await tracked.page.evaluate(
                () =>
                    (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.filter((c) =>
                        c.method.endsWith('.getWorkspace')
                    ).length
            );
            await tracked.page.close();
            assert(calls === 1, `expected 1 getWorkspace call, got ${calls}`);
        }
    },
    {
        name: 'an objective added through the UI shows up in the workspace',
        run: async (ctx) => {
            const f = fixture(workspaceFixtures().find((x) => /ahead/i.test(x)) ?? workspaceFixtures()[0]);
            const tracked = await open(ctx, `/plan/${f.plan.id}`);
            const { page } = tracked;
            const scope = page.locator('c-plan-objectives').first();
            assert(await scope.count(), 'c-plan-objectives is not on the workspace');
            const add = scope.getByRole('button', { name: /(new|add).*objective|^new$|^add$/i }).first();
            assert(await add.count(), 'no "New/Add objective" button in c-plan-objectives');
            await add.click();
            const title = page.getByLabel(/Objective Title/i).first();
            await title.waitFor({ state: 'visible', timeout: 5000 });
            const name = `E2E objective ${Date.now()}`;
            await title.fill(name);
            await title.blur();
            const save = page
                .locator('lightning-modal-footer, .slds-modal__footer')
                .getByRole('button', { name: /save/i })
                .first();
            await save.click();
            await page.waitForFunction(
                (n) => document.body.innerText.includes(n) && !document.querySelector('.slds-modal'),
                name,
                { timeout: 8000 }
            );
            await settle(page);
            const text = await textOf(page, 'c-plan-objectives');
            const created = await page.evaluate(
                () =>
                    (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.filter(
                        (c) => c.method === 'uiRecordApi.createRecord'
                    ).length
            );
            await page.close();
            noErrors(tracked, 'add objective');
            assert(created === 1, `expected one createRecord call, got ${created}`);
            assert(text.includes(name), `the new objective "${name}" is not listed in c-plan-objectives after saving`);
        }
    },
    {
        name: 'the error plan shows the error panel',
        run: async (ctx) => {
            const { plans } = await scenarios(ctx);
            const error = plans.find((p) => /throws/.test(p.description));
            assert(error, 'no error scenario');
            const tracked = await open(ctx, `/plan/${error.id}`);
            const panel = tracked.page.locator('c-error-panel').first();
            const visible = (await panel.count()) > 0 && (await panel.isVisible());
            const text = visible ? await panel.innerText() : '';
            await tracked.page.close();
            assert(visible, 'c-error-panel is not shown for the plan whose server call fails');
            assert(text.trim().length > 0, 'the error panel is empty');
        }
    },
    {
        name: 'account card without a plan: "Create plan" opens a prefilled form and the saved plan opens',
        run: async (ctx) => {
            const index = await open(ctx, '/');
            const href = await index.page
                .locator('li', { hasText: 'without a plan' })
                .locator('a[href^="/account/"]')
                .first()
                .getAttribute('href');
            await index.page.close();
            assert(href, 'no account without a plan on the preview index');
            const tracked = await open(ctx, href);
            const { page } = tracked;
            const create = page
                .locator('c-account-plan-card')
                .getByRole('button', { name: /create/i })
                .first();
            assert(await create.count(), 'no "Create plan" button on c-account-plan-card');
            await create.click();
            // The object as the org names it: sap__Account_Plan__c in a namespaced build.
            await page.waitForURL(/\/new\/(\w+__)?Account_Plan__c/, { timeout: 5000 });
            await settle(page);
            const name = await page
                .getByLabel(/Plan Name/i)
                .first()
                .inputValue();
            assert(name.length > 0, 'the plan name is not prefilled');
            await page
                .locator('.preview-new-record')
                .getByRole('button', { name: /^save$/i })
                .click();
            await page.waitForURL(/\/plan\//, { timeout: 8000 });
            await settle(page);
            const header = await textOf(page, 'h1');
            await page.close();
            noErrors(tracked, 'create plan');
            assert(header.includes(name), `the new plan page shows "${header}", expected "${name}"`);
        }
    },
    {
        name: 'narrative: a SWOT section edited in place is saved and shown',
        run: async (ctx) => {
            const { tracked, page } = await openPlanTab(ctx, /SWOT/);
            const scope = page.locator('c-plan-narrative');
            await scope.getByRole('button', { name: 'Edit SWOT' }).click();
            const text = `E2E strength ${Date.now()}`;
            const strengths = scope.getByLabel('Strengths', { exact: true });
            await strengths.waitFor({ state: 'visible', timeout: 5000 });
            await strengths.fill(text);
            await strengths.blur();
            await scope.getByRole('button', { name: /^save$/i }).click();
            await scope.locator('lightning-record-edit-form').waitFor({ state: 'detached', timeout: 8000 });
            await scope.getByText(text).first().waitFor({ timeout: 8000 });
            const updates = await countCalls(page, 'uiRecordApi.updateRecord');
            await page.close();
            noErrors(tracked, 'edit narrative');
            assert(updates === 1, `expected one updateRecord call, got ${updates}`);
        }
    },
    {
        name: 'stakeholders: a contact added through the picker and the modal shows up',
        run: async (ctx) => {
            const { tracked, page } = await openPlanTab(ctx, /Stakeholders/);
            const scope = page.locator('c-plan-stakeholders');
            await scope.getByRole('button', { name: 'Add Stakeholder' }).first().click();
            const picker = scope.getByRole('combobox', { name: /Contact/ });
            await picker.click();
            const option = scope.getByRole('option').first();
            const contact = (await option.innerText()).split('(')[0].trim();
            await option.click();
            await scope.getByRole('button', { name: 'Next' }).click();
            await saveModal(page);
            await scope.getByText(contact).first().waitFor({ timeout: 8000 });
            const created = await countCalls(page, 'uiRecordApi.createRecord');
            await page.close();
            noErrors(tracked, 'add stakeholder');
            assert(created === 1, `expected one createRecord call, got ${created}`);
        }
    },
    {
        name: 'partners: an account assigned as a partner with its role shows up',
        run: async (ctx) => {
            const { tracked, page } = await openPlanTab(ctx, /Partners/);
            const scope = page.locator('c-plan-partner-roles');
            await scope.getByRole('button', { name: 'Assign Partner' }).first().click();
            // Typed key by key, as a user types: the component searches after a pause.
            await scope.getByLabel('Search partner accounts').pressSequentially('ad');
            const select = scope.getByRole('button', { name: /^Select / }).first();
            await select.waitFor({ state: 'visible', timeout: 5000 });
            const partner = ((await select.getAttribute('aria-label')) ?? (await select.innerText())).replace(
                /^Select /,
                ''
            );
            await select.click();
            const modal = page.locator('c-plan-record-modal, .slds-modal').first();
            const role = modal.getByRole('combobox', { name: /^Role/ });
            await role.waitFor({ state: 'visible', timeout: 5000 });
            await role.click();
            await modal.getByRole('option', { name: 'Consultant' }).click();
            await saveModal(page);
            await scope.locator('section.search').waitFor({ state: 'detached', timeout: 8000 });
            await scope.getByText(partner).first().waitFor({ timeout: 8000 });
            await page.close();
            noErrors(tracked, 'assign partner');
        }
    },
    {
        name: 'white space: a cell added through the modal shows up in the grid',
        run: async (ctx) => {
            const { tracked, page } = await openPlanTab(ctx, /White Space/);
            const scope = page.locator('c-plan-white-space');
            await scope.getByRole('button', { name: 'Add Cell' }).first().click();
            const modal = page.locator('c-plan-record-modal, .slds-modal').first();
            const unit = `E2E unit ${Date.now() % 100000}`;
            const businessUnit = modal.getByLabel(/^\*?\s*Business Unit$/);
            await businessUnit.waitFor({ state: 'visible', timeout: 5000 });
            await businessUnit.fill(unit);
            await modal.getByLabel(/^\*?\s*Offering$/).fill('E2E offering');
            await saveModal(page);
            await scope.getByText(unit).first().waitFor({ timeout: 8000 });
            await page.close();
            noErrors(tracked, 'add white space cell');
        }
    },
    {
        name: 'planning home: "Create plan" opens the new-plan form with the account prefilled',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const create = page.locator('c-planning-home').getByRole('button', { name: 'Create plan' }).first();
            assert(await create.count(), 'no "Create plan" button on c-planning-home');
            const account = ((await create.getAttribute('title')) ?? (await create.innerText())).replace(
                /^Create a plan for /,
                ''
            );
            await create.click();
            await page.waitForURL(/\/new\/(\w+__)?Account_Plan__c/, { timeout: 5000 });
            await settle(page);
            const field = page
                .locator('.preview-new-record')
                .getByRole('combobox', { name: /Account$/ })
                .first();
            const shown = (await field.count())
                ? await field.evaluate((el) => (el as HTMLInputElement).value || el.textContent || '')
                : '';
            await page.close();
            noErrors(tracked, 'create plan from planning home');
            assert(shown.includes(account), `the Account field shows "${shown}", expected "${account}"`);
        }
    }
];
