/**
 * The browser tests of the offline preview (ui-home's): the workspace and every write path, Planning Home and the
 * Account card, and one console + axe-core check per page. Each test gets a fresh page; console errors fail it.
 * Other e2e files: validation.ts (every packaged validation rule), accessibility.ts (every tab, modal and state),
 * layout.ts (widths, record page columns); the other helpers' files register in run-e2e.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../build';
import {
    assert,
    countCalls,
    expectNoAxeViolations,
    noErrors,
    open,
    orgName,
    pageText,
    settle,
    textOf,
    type TestCase,
    type TestContext,
    type TrackedPage
} from './harness';

export type { TestCase, TestContext } from './harness';

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

/** The pages every clean-page test visits: each sample plan, account, app page, and their error states. */
export async function pagesToVisit(ctx: TestContext): Promise<{ name: string; url: string }[]> {
    const { plans, bench } = await scenarios(ctx);
    const tracked = await open(ctx, '/');
    const accounts = await tracked.page
        .locator('a[href^="/account/"]')
        .evaluateAll((as) =>
            as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '', a.parentElement?.textContent ?? ''])
        );
    await tracked.page.close();
    return [
        { name: 'preview index', url: '/' },
        ...plans.map((p) => ({ name: `plan "${p.label}" (${p.description})`, url: `/plan/${p.id}` })),
        ...(bench['20'] ? [{ name: 'plan with 20 generated opportunities', url: bench['20'] }] : []),
        ...accounts.map(([label, url, line]) => ({
            name: `account card: ${label} (${line.slice(label.length).replace(/[()]/g, '').trim()})`,
            url
        })),
        { name: 'planning home', url: '/home' },
        { name: 'planning home, the server fails', url: '/home?fail=PlanningHomeController.getPlanningHome' },
        {
            name: 'account card, the server fails',
            url: `${accounts[0]?.[1] ?? '/account/none'}?fail=AccountPlanCardController.getAccountPlanCard`
        },
        { name: 'setup', url: '/setup' },
        { name: 'setup without the Manage_Account_Planning permission', url: '/setup?without=Manage_Account_Planning' },
        { name: 'setup as a rep (no admin permission set)', url: '/setup?persona=rep' },
        { name: 'setup, the server fails', url: '/setup?fail=PlanningSetupController.getSetup' },
        { name: 'new account plan form', url: `/new/${orgName(ctx, 'Account_Plan__c')}` }
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
                try {
                    await expectNoAxeViolations(tracked.page, `${p.name} (${p.url})`);
                } finally {
                    await tracked.page.close();
                }
            }
        }
    ]);
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
    // Adding a stakeholder and assigning a partner (one step each) are in e2e/tabs.ts.
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
    }
];

/** The New Account Plan form's values by field (the org's names), as the preview's record form holds them. */
async function newPlanForm(page: Page): Promise<Record<string, string>> {
    await page.waitForURL(/\/new\/(\w+__)?Account_Plan__c/, { timeout: 8000 });
    await settle(page);
    const pairs = await page.locator('.preview-new-record lightning-input-field').evaluateAll((fields) =>
        fields.map((f) => {
            const field = f as unknown as { fieldName: string; value: unknown };
            return [field.fieldName, field.value == null ? '' : String(field.value)];
        })
    );
    return Object.fromEntries(pairs.filter(([, value]) => value !== ''));
}

/** The key account without any plan that the preview index offers. */
async function accountWithoutPlan(ctx: TestContext): Promise<{ id: string; name: string }> {
    const index = await open(ctx, '/');
    const link = index.page.locator('li', { hasText: 'key account without any plan' }).locator('a[href^="/account/"]');
    const href = await link.first().getAttribute('href');
    const name = (await link.first().innerText()).trim();
    await index.page.close();
    assert(href, 'no key account without any plan on the preview index');
    return { id: href.split('/').pop() as string, name };
}

const PREFILLED = ['Name', 'Account__c', 'Period_Type__c', 'Start_Date__c', 'End_Date__c', 'Status__c'];

/** Planning Home and the Account card (issue 14 items 11 and 14). */
export const homeTests: TestCase[] = [
    {
        name: 'account card without a plan: "Create Plan" prefills name, period type, dates, status and account; the saved plan is current',
        run: async (ctx) => {
            const account = await accountWithoutPlan(ctx);
            const tracked = await open(ctx, `/account/${account.id}`);
            const { page } = tracked;
            await page
                .locator('c-account-plan-card')
                .getByRole('button', { name: /create plan/i })
                .click();
            const values = await newPlanForm(page);
            for (const field of PREFILLED)
                assert(values[orgName(ctx, field)], `${field} is not prefilled (form: ${JSON.stringify(values)})`);
            assert(
                values[orgName(ctx, 'Account__c')] === account.id,
                `Account is ${values[orgName(ctx, 'Account__c')]}`
            );
            assert(values[orgName(ctx, 'Status__c')] === 'Draft', `Status is ${values[orgName(ctx, 'Status__c')]}`);
            const today = new Date().toISOString().slice(0, 10);
            assert(
                values[orgName(ctx, 'Start_Date__c')] <= today && today <= values[orgName(ctx, 'End_Date__c')],
                `an account without plans gets the current period, got ${values[orgName(ctx, 'Start_Date__c')]} - ${values[orgName(ctx, 'End_Date__c')]}`
            );
            await page
                .locator('.preview-new-record')
                .getByRole('button', { name: /^save$/i })
                .click();
            await page.waitForURL(/\/plan\//, { timeout: 8000 });
            await settle(page);
            const header = await textOf(page, 'h1');
            assert(header.includes(values.Name), `the new plan page shows "${header}", expected "${values.Name}"`);
            await page.goBack();
            await settle(page);
            const card = await textOf(page, 'c-account-plan-card');
            await page.close();
            noErrors(tracked, 'create plan from the account card');
            assert(card.includes(values.Name), `the card does not show the new plan as current: ${card}`);
        }
    },
    {
        name: 'planning home: "Create plan" prefills exactly what the Account card prefills',
        run: async (ctx) => {
            const account = await accountWithoutPlan(ctx);
            const fromCard = await open(ctx, `/account/${account.id}`);
            await fromCard.page
                .locator('c-account-plan-card')
                .getByRole('button', { name: /create plan/i })
                .click();
            const cardValues = await newPlanForm(fromCard.page);
            await fromCard.page.close();
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const create = page
                .locator('c-planning-home')
                .getByRole('button', { name: `Create plan for ${account.name}` });
            assert(await create.count(), `no "Create plan for ${account.name}" button on Planning Home`);
            await create.click();
            const homeValues = await newPlanForm(page);
            await page.close();
            noErrors(tracked, 'create plan from planning home');
            noErrors(fromCard, 'create plan from the account card');
            assert(
                JSON.stringify(homeValues) === JSON.stringify(cardValues),
                `Planning Home prefills ${JSON.stringify(homeValues)}, the card ${JSON.stringify(cardValues)}`
            );
        }
    },
    {
        name: 'planning home: a plan created for a key account takes it off "Key accounts without a current plan"',
        run: async (ctx) => {
            const account = await accountWithoutPlan(ctx);
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            await page
                .locator('c-planning-home')
                .getByRole('button', { name: `Create plan for ${account.name}` })
                .click();
            const values = await newPlanForm(page);
            await page
                .locator('.preview-new-record')
                .getByRole('button', { name: /^save$/i })
                .click();
            await page.waitForURL(/\/plan\//, { timeout: 8000 });
            await page.locator('a[href="/home"]').first().click();
            await settle(page);
            const keyAccounts = await textOf(page, 'c-planning-home-list[data-list="key-accounts"]');
            const myPlans = await textOf(page, 'c-planning-home-list[data-list="my-plans"]');
            await page.close();
            noErrors(tracked, 'planning home after creating a plan');
            assert(!keyAccounts.includes(account.name), `${account.name} is still listed: ${keyAccounts}`);
            assert(myPlans.includes(values.Name), `"${values.Name}" is not in My plans: ${myPlans}`);
        }
    },
    {
        name: 'planning home: record names are links (real URL, new tab on Ctrl+click, in place on click)',
        run: async (ctx) => {
            const tracked = await open(ctx, '/home');
            const { page } = tracked;
            const home = page.locator('c-planning-home');
            const names = await home
                .locator('c-plan-record-link a')
                .evaluateAll((links) => links.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
            assert(names.length >= 4, `expected record links in every list, found ${names.length}`);
            const notLinks = names.filter(([, href]) => !/^\/(plan|account|user)\/\w{15,18}$/.test(href));
            assert(!notLinks.length, `links without a record URL: ${JSON.stringify(notLinks)}`);
            const [name, href] = names.find(([, h]) => h.startsWith('/plan/')) as string[];
            const link = home.getByRole('link', { name, exact: true }).first();
            const [popup] = await Promise.all([
                page.context().waitForEvent('page', { timeout: 8000 }),
                link.click({ modifiers: ['Control'] })
            ]);
            await popup.waitForLoadState();
            const popupUrl = popup.url();
            await popup.close();
            assert(popupUrl.endsWith(href), `Ctrl+click opened ${popupUrl}, expected ${href}`);
            assert(page.url().endsWith('/home'), `Ctrl+click also navigated the page to ${page.url()}`);
            await link.click();
            await page.waitForURL((url) => url.pathname === href, { timeout: 8000 });
            await page.close();
            noErrors(tracked, 'planning home links');
        }
    },
    {
        name: 'planning home: every list fits inside its card at 1024, 1280 and 1440 px',
        run: async (ctx) => {
            for (const width of [1024, 1280, 1440]) {
                const tracked = await open(ctx, '/home', { width, height: 900 });
                const overflow = await tracked.page.locator('c-planning-home-list').evaluateAll((lists) =>
                    lists
                        .map((list) => {
                            // The card and its rows are in the list component's (synthetic) shadow tree.
                            const root = list.shadowRoot ?? list;
                            const card = root.querySelector('lightning-card') as HTMLElement;
                            const rows = Array.from(root.querySelectorAll('li.row')) as HTMLElement[];
                            const box = card.getBoundingClientRect();
                            const outside = rows.filter((r) => r.getBoundingClientRect().right > box.right + 1);
                            return outside.length || card.scrollWidth > card.clientWidth + 1
                                ? `${list.getAttribute('data-list')}: ${outside.length} row(s) past the card`
                                : '';
                        })
                        .filter(Boolean)
                );
                const pageOverflow = await tracked.page.evaluate(
                    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
                );
                await tracked.page.close();
                assert(!overflow.length, `${width} px: ${overflow.join('; ')}`);
                assert(pageOverflow <= 0, `${width} px: the page scrolls sideways by ${pageOverflow} px`);
            }
        }
    },
    {
        name: 'the sample data obeys the product rules (no overlapping plans, current = contains today, on target is on target)',
        run: async (ctx) => {
            const tracked = await open(ctx, '/');
            const problems = await tracked.page.evaluate(() => {
                type Plan = Record<string, unknown> & { id: string; accountId: string; name: string };
                const store = (
                    window as unknown as {
                        __preview: {
                            store: {
                                workspaces: Map<string, { plan: Plan }>;
                                scenarios: { id: string; description: string }[];
                                currentPlanFor: (accountId: string) => Plan | null;
                            };
                        };
                    }
                ).__preview.store;
                const d = new Date();
                const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
                const plans = [...store.workspaces.values()].map((w) => w.plan).filter((p) => p.status !== 'Cancelled');
                const found: string[] = [];
                for (const a of plans)
                    for (const b of plans)
                        if (
                            a.id < b.id &&
                            a.accountId === b.accountId &&
                            String(a.startDate) <= String(b.endDate) &&
                            String(b.startDate) <= String(a.endDate)
                        )
                            found.push(`${a.name} overlaps ${b.name}`);
                for (const accountId of new Set(plans.map((p) => p.accountId))) {
                    const current = store.currentPlanFor(accountId);
                    const containing = plans.filter(
                        (p) => p.accountId === accountId && String(p.startDate) <= today && today <= String(p.endDate)
                    );
                    if ((current?.id ?? null) !== (containing[0]?.id ?? null))
                        found.push(
                            `account ${accountId}: current plan ${current?.name ?? 'none'}, period containing today: ${containing[0]?.name ?? 'none'}`
                        );
                }
                for (const s of store.scenarios.filter((x) => x.description === 'on target')) {
                    const p = store.workspaces.get(s.id)?.plan as Plan;
                    const target = Number(p.revenueTarget);
                    if (!(Math.abs(Number(p.forecast) - target) <= target * 0.02))
                        found.push(
                            `${p.name} is labelled on target with forecast ${String(p.forecast)} and target ${target}`
                        );
                }
                return found;
            });
            await tracked.page.close();
            assert(!problems.length, problems.join('\n'));
        }
    }
];
