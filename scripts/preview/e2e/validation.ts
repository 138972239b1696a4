/**
 * Every packaged validation rule, tried in the browser (issue 14 item 6): the simulated Lightning Data Service
 * refuses each rule's bad input with the rule's own message, at the rule's field; and the forms a user fills
 * (New Account Plan, New Objective, Add Cell, Assign Partner) show that message instead of saving. A rule added to
 * force-app without a case here fails the first test; scripts/preview/validation-rules.test.ts checks the
 * preview's counterpart of each rule.
 */
import type { Page } from 'playwright-core';
import { ROOT } from '../build';
import { loadValidationRules } from '../metadata';
import { assert, noErrors, open, orgName, settle, type TestCase, type TestContext } from './harness';

const AHEAD_PLAN = 'a01000000000001AAA';

interface Sample {
    planId: string;
    planStart: string;
    objectiveId: string;
    whiteSpaceId: string;
    partnerRoleId: string;
    partnerAccountId: string;
    stakeholderId: string;
    contactId: string;
}

/** A bad save for a rule: create (apiName) or update (Id) of the sample records. */
type BadSave = (s: Sample) => { apiName?: string; fields: Record<string, unknown> };

/** One bad input per rule, keyed `<Object>.<Rule>` (the custom metadata rules go through the Setup page's save). */
const BAD_SAVES: Record<string, BadSave> = {
    'Account_Plan__c.End_Date_On_Or_After_Start_Date': (s) => ({
        fields: { Id: s.planId, End_Date__c: '2020-01-01' }
    }),
    'Account_Plan__c.Revenue_Target_Not_Negative': (s) => ({ fields: { Id: s.planId, Revenue_Target__c: -500 } }),
    'Account_Plan_Objective__c.Due_Date_Near_Plan_Period': (s) => ({
        apiName: 'Account_Plan_Objective__c',
        fields: { Account_Plan__c: s.planId, Name: 'Too early', Due_Date__c: '2000-01-01' }
    }),
    'Account_Plan_Objective__c.Values_Not_Negative': (s) => ({
        fields: { Id: s.objectiveId, Current_Value__c: -1 }
    }),
    'Account_Plan_Objective__c.Last_Reviewed_Date_Not_In_Future': (s) => ({
        fields: { Id: s.objectiveId, Last_Reviewed_Date__c: '2999-01-01' }
    }),
    'Account_Plan_Stakeholder__c.Reports_To_Not_Self': (s) => ({
        fields: { Id: s.stakeholderId, Contact__c: s.contactId, Reports_To__c: s.contactId }
    }),
    'Account_Plan_Partner_Role__c.Role_Required': (s) => ({
        apiName: 'Account_Plan_Partner_Role__c',
        fields: { Account_Plan__c: s.planId, Partner_Account__c: s.partnerAccountId }
    }),
    'Account_Plan_White_Space__c.Competitor_Required': (s) => ({
        fields: { Id: s.whiteSpaceId, Current_Supplier__c: 'Competitor', Competitor__c: null }
    }),
    'Account_Plan_White_Space__c.Estimated_Annual_Spend_Not_Negative': (s) => ({
        fields: { Id: s.whiteSpaceId, Estimated_Annual_Spend__c: -1 }
    })
};

/** Rules on custom metadata: saved by the Setup page through its controller, which refuses the bad value first. */
const SETUP_RULES = [
    'Account_Planning_Setting__mdt.Async_Threshold_Positive',
    'Account_Planning_Setting__mdt.Revenue_Source_Valid',
    'Account_Planning_Setting__mdt.Health_Thresholds_Valid',
    'Health_Factor__mdt.Thresholds_Not_Negative',
    'Health_Factor__mdt.Weight_In_Range'
];

async function sample(page: Page): Promise<Sample> {
    return page.evaluate((planId) => {
        const store = (
            window as unknown as {
                __preview: {
                    store: {
                        workspaces: Map<string, Record<string, Record<string, unknown>[] | Record<string, unknown>>>;
                    };
                };
            }
        ).__preview.store;
        const ws = store.workspaces.get(planId) as unknown as {
            plan: { startDate: string };
            objectives: { id: string }[];
            whiteSpace: { id: string }[];
            partnerRoles: { id: string; partnerAccountId: string }[];
            stakeholders: { id: string; contactId: string }[];
        };
        return {
            planId,
            planStart: ws.plan.startDate,
            objectiveId: ws.objectives[0].id,
            whiteSpaceId: ws.whiteSpace[0].id,
            partnerRoleId: ws.partnerRoles[0].id,
            partnerAccountId: ws.partnerRoles[0].partnerAccountId,
            stakeholderId: ws.stakeholders[0].id,
            contactId: ws.stakeholders[0].contactId
        };
    }, AHEAD_PLAN);
}

/** Field names as the simulated org knows them (sap__... in the namespaced run). */
function forOrg(ctx: TestContext, fields: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(fields).map(([k, v]) => [orgName(ctx, k), v]));
}

/** The message a visible error shows near the form: the field's error or the form's banner. */
async function expectMessage(page: Page, scope: string, message: string): Promise<void> {
    await page
        .locator(scope)
        .getByText(message, { exact: false })
        .first()
        .waitFor({ state: 'visible', timeout: 8000 })
        .catch(async () => {
            const shown = (
                await page
                    .locator(scope)
                    .first()
                    .innerText()
                    .catch(() => '')
            ).slice(0, 600);
            throw new Error(`"${message}" is not shown in ${scope}; it shows:\n${shown}`);
        });
}

function ruleMessages(): Map<string, { message: string; field?: string }> {
    return new Map(
        loadValidationRules(ROOT)
            .filter((r) => r.active)
            .map((r) => [`${r.object}.${r.name}`, { message: r.errorMessage, field: r.errorDisplayField }])
    );
}

/** A modal's Save; the modal stays open when the save is refused. */
async function clickSave(page: Page): Promise<void> {
    await page
        .locator('lightning-modal-footer, .slds-modal__footer')
        .getByRole('button', { name: /save/i })
        .first()
        .click();
    await settle(page);
}

export const validationTests: TestCase[] = [
    {
        name: 'validation: the simulated LDS refuses every packaged rule with its message, at its field',
        run: async (ctx) => {
            const rules = ruleMessages();
            const missing = [...rules.keys()].filter((k) => !BAD_SAVES[k] && !SETUP_RULES.includes(k));
            assert(!missing.length, `no bad input in e2e/validation.ts for ${missing.join(', ')}`);
            const tracked = await open(ctx, `/plan/${AHEAD_PLAN}`);
            const s = await sample(tracked.page);
            const failures: string[] = [];
            for (const [rule, bad] of Object.entries(BAD_SAVES)) {
                const expected = rules.get(rule);
                if (!expected) {
                    failures.push(`${rule}: no such active rule in force-app (remove its case)`);
                    continue;
                }
                const { apiName, fields } = bad(s);
                const error = await tracked.page.evaluate(
                    async ({ apiName: objectName, fields: input }) => {
                        const lds = (
                            window as unknown as {
                                __preview: { lds: Record<string, (input: unknown) => Promise<unknown>> };
                            }
                        ).__preview.lds;
                        try {
                            if (objectName) await lds.createRecord({ apiName: objectName, fields: input });
                            else await lds.updateRecord({ fields: input });
                            return null;
                        } catch (e) {
                            return JSON.parse(JSON.stringify(e)) as {
                                body: {
                                    output: {
                                        errors: { message: string }[];
                                        fieldErrors: Record<string, { message: string }[]>;
                                    };
                                };
                            };
                        }
                    },
                    { apiName: apiName ? orgName(ctx, apiName) : undefined, fields: forOrg(ctx, fields) }
                );
                if (!error) {
                    failures.push(`${rule}: the bad input was saved`);
                    continue;
                }
                const output = error.body.output;
                const shown = expected.field
                    ? (output.fieldErrors[orgName(ctx, expected.field)] ?? []).map((e) => e.message)
                    : output.errors.map((e) => e.message);
                if (!shown.includes(expected.message))
                    failures.push(
                        `${rule}: expected "${expected.message}" at ${expected.field ?? 'the top'}, got ${JSON.stringify(output)}`
                    );
            }
            await tracked.page.close();
            assert(!failures.length, failures.join('\n'));
        }
    },
    {
        name: 'validation: text longer than the field is refused (STRING_TOO_LONG) and fitting text is saved',
        run: async (ctx) => {
            const tracked = await open(ctx, `/plan/${AHEAD_PLAN}`);
            const s = await sample(tracked.page);
            const result = await tracked.page.evaluate(
                async ({ id, field }) => {
                    const lds = (
                        window as unknown as {
                            __preview: { lds: Record<string, (input: unknown) => Promise<unknown>> };
                        }
                    ).__preview.lds;
                    const attempt = async (value: string) => {
                        try {
                            await lds.updateRecord({ fields: { Id: id, [field]: value } });
                            return 'saved';
                        } catch (e) {
                            return JSON.stringify((e as { body: unknown }).body);
                        }
                    };
                    return { long: await attempt('x'.repeat(81)), fits: await attempt('y'.repeat(80)) };
                },
                { id: s.whiteSpaceId, field: orgName(ctx, 'Business_Unit__c') }
            );
            await tracked.page.close();
            assert(
                /STRING_TOO_LONG/.test(result.long) && /max length=80/.test(result.long),
                `81 characters: ${result.long}`
            );
            assert(result.fits === 'saved', `80 characters: ${result.fits}`);
        }
    },
    {
        name: "validation: New Account Plan refuses a negative target and an end before the start, with the rules' messages",
        run: async (ctx) => {
            const rules = ruleMessages();
            const tracked = await open(ctx, `/new/${orgName(ctx, 'Account_Plan__c')}`);
            const { page } = tracked;
            const form = page.locator('.preview-new-record');
            await form.getByLabel(/Plan Name/).fill('E2E validation plan');
            const account = form.getByRole('combobox', { name: /Account$/ });
            await account.click();
            await form.getByRole('option').filter({ hasText: 'Litware' }).first().click();
            await form.getByLabel(/Start Date/).fill('Jan 1, 2031');
            await form.getByLabel(/End Date/).fill('Dec 31, 2030');
            await form.getByLabel(/Revenue Target/).fill('-500');
            await form.getByRole('button', { name: /^save$/i }).click();
            await expectMessage(
                page,
                '.preview-new-record',
                rules.get('Account_Plan__c.End_Date_On_Or_After_Start_Date')!.message
            );
            await expectMessage(
                page,
                '.preview-new-record',
                rules.get('Account_Plan__c.Revenue_Target_Not_Negative')!.message
            );
            const url = page.url();
            await page.close();
            noErrors(tracked, 'new plan with bad input');
            assert(/\/new\//.test(url), `the bad plan was saved and opened: ${url}`);
        }
    },
    {
        name: "validation: New Objective refuses negative values and a due date before the plan, with the rules' messages",
        run: async (ctx) => {
            const rules = ruleMessages();
            const tracked = await open(ctx, `/plan/${AHEAD_PLAN}`);
            const { page } = tracked;
            await page
                .locator('c-plan-objectives')
                .getByRole('button', { name: /new objective/i })
                .first()
                .click();
            const title = page.getByLabel(/Objective Title/i).first();
            await title.waitFor({ state: 'visible', timeout: 8000 });
            await title.fill('E2E bad objective');
            await page
                .getByLabel(/^\*?\s*Target Value/)
                .first()
                .fill('-10');
            await page
                .getByLabel(/^\*?\s*Due Date/)
                .first()
                .fill('Jan 1, 2000');
            await clickSave(page);
            const modal = 'c-plan-record-modal, .slds-modal';
            await expectMessage(page, modal, rules.get('Account_Plan_Objective__c.Values_Not_Negative')!.message);
            await expectMessage(page, modal, rules.get('Account_Plan_Objective__c.Due_Date_Near_Plan_Period')!.message);
            await page.close();
            noErrors(tracked, 'new objective with bad input');
        }
    },
    {
        name: "validation: Add Cell refuses a competitor without a name and a negative spend, with the rules' messages",
        run: async (ctx) => {
            const rules = ruleMessages();
            const tracked = await open(ctx, `/plan/${AHEAD_PLAN}`);
            const { page } = tracked;
            await page
                .locator('c-plan-workspace')
                .getByRole('tab', { name: /White Space/ })
                .click();
            await settle(page);
            await page.locator('c-plan-white-space').getByRole('button', { name: 'Add Cell' }).first().click();
            const modal = page.locator('c-plan-record-modal, .slds-modal').first();
            await modal.getByLabel(/^\*?\s*Business Unit$/).fill('E2E unit');
            await modal.getByLabel(/^\*?\s*Offering$/).fill('E2E offering');
            await modal.getByRole('combobox', { name: /Current Supplier/ }).click();
            await modal.getByRole('option', { name: 'Competitor', exact: true }).click();
            await modal.getByLabel(/Estimated Annual Spend/).fill('-1');
            await clickSave(page);
            const scope = 'c-plan-record-modal, .slds-modal';
            // The dialog checks the required competitor before it sends anything; the spend rule is the server's.
            await expectMessage(page, scope, rules.get('Account_Plan_White_Space__c.Competitor_Required')!.message);
            await modal.getByLabel(/^\*?\s*Competitor$/).fill('Globex');
            await clickSave(page);
            await expectMessage(
                page,
                scope,
                rules.get('Account_Plan_White_Space__c.Estimated_Annual_Spend_Not_Negative')!.message
            );
            await page.close();
            noErrors(tracked, 'white space cell with bad input');
        }
    },
    {
        name: "validation: Assign Partner without a role shows the rule's message",
        run: async (ctx) => {
            const rules = ruleMessages();
            const tracked = await open(ctx, `/plan/${AHEAD_PLAN}`);
            const { page } = tracked;
            await page
                .locator('c-plan-workspace')
                .getByRole('tab', { name: /Partners/ })
                .click();
            await settle(page);
            const scope = page.locator('c-plan-partner-roles');
            await scope.getByRole('button', { name: 'Assign Partner' }).first().click();
            // One dialog: find the account in it, then save without a role.
            const dialog = page.locator('c-plan-record-modal, .slds-modal').first();
            await dialog.getByLabel('Partner account').first().pressSequentially('ad');
            const option = dialog.locator('button.option').first();
            await option.waitFor({ state: 'visible', timeout: 8000 });
            await option.click();
            await page
                .locator('c-plan-record-modal, .slds-modal')
                .first()
                .getByRole('combobox', { name: /^\*?\s*Role/ })
                .waitFor({ timeout: 8000 });
            await clickSave(page);
            await expectMessage(
                page,
                'c-plan-record-modal, .slds-modal',
                rules.get('Account_Plan_Partner_Role__c.Role_Required')!.message
            );
            await page.close();
            noErrors(tracked, 'partner without a role');
        }
    }
];
