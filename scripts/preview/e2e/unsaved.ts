/**
 * Browser tests of the plan page's unsaved-edits guard (issue 14 item 7, in-app navigation) in the preview. The
 * guard's Aura half (planUnsavedEditsGuard, with lightning:unsavedChanges) cannot run here: the tests play its
 * part through the preview's message bus (scripts/preview/src/messageService.ts, `window.__previewMessages`),
 * reading what the editor publishes on Plan_Unsaved_Edits__c and sending the guard's "discard" and "save".
 * Registered in run-e2e.ts with one spread.
 */
import type { Page } from 'playwright-core';
import { assert, newPage, noErrors, settle, type TrackedPage } from './harness';
import type { TestCase, TestContext } from './tests';

/** Northwind Traders 2026 (planWorkspace/__tests__/data/workspaceAhead.json). */
const PLAN_ID = 'a01000000000001AAA';

interface Message {
    action: string;
    source?: string;
    dirty?: boolean;
    label?: string;
}

async function openSwotEditor(ctx: TestContext): Promise<TrackedPage> {
    const tracked = await newPage(ctx.browsing);
    const { page } = tracked;
    await page.goto(`${ctx.baseUrl}/plan/${PLAN_ID}`);
    await settle(page);
    await page.locator('c-plan-workspace').getByRole('tab', { name: /SWOT/ }).click();
    await settle(page);
    await page.locator('c-plan-narrative').getByRole('button', { name: 'Edit SWOT' }).click();
    await page.locator('c-plan-narrative').getByLabel('Strengths', { exact: true }).waitFor({ timeout: 5000 });
    return tracked;
}

/** The editors' messages on the unsaved-edits channel, oldest first. */
function messages(page: Page): Promise<Message[]> {
    return page.evaluate(() =>
        (
            window as unknown as { __previewMessages: { published: { channel: string; message: Message }[] } }
        ).__previewMessages.published
            .filter((entry) => /Plan_Unsaved_Edits__c$/.test(entry.channel))
            .map((entry) => entry.message)
    );
}

/** Sends what the Aura guard sends after the user's answer in the platform's unsaved-changes dialog. */
async function guardSays(page: Page, action: 'save' | 'discard'): Promise<void> {
    await page.evaluate((request) => {
        const bus = (
            window as unknown as {
                __previewMessages: {
                    published: { channel: string }[];
                    publish(channel: string, message: unknown): void;
                };
            }
        ).__previewMessages;
        const channel = bus.published.map((entry) => entry.channel).find((name) => /Plan_Unsaved_Edits__c$/.test(name));
        if (!channel) throw new Error('no message on Plan_Unsaved_Edits__c yet');
        bus.publish(channel, { action: request });
    }, action);
}

async function typeStrength(page: Page, text: string): Promise<void> {
    const strengths = page.locator('c-plan-narrative').getByLabel('Strengths', { exact: true });
    await strengths.fill(text);
    await strengths.blur();
}

export const unsavedTests: TestCase[] = [
    {
        name: "unsaved edits: a dirty SWOT editor tells the page guard, and the guard's Discard drops the edit",
        run: async (ctx) => {
            const tracked = await openSwotEditor(ctx);
            const { page } = tracked;
            assert((await messages(page)).length === 0, 'an editor without a change published a state');
            await typeStrength(page, `Unsaved strength ${Date.now()}`);
            const dirty = (await messages(page)).filter((m) => m.action === 'state');
            assert(
                dirty.length === 1 && dirty[0].dirty === true && dirty[0].label === 'SWOT',
                `expected one dirty state labelled SWOT, got ${JSON.stringify(dirty)}`
            );

            await guardSays(page, 'discard');
            await page
                .locator('c-plan-narrative lightning-record-edit-form')
                .waitFor({ state: 'detached', timeout: 5000 });
            const last = (await messages(page)).filter((m) => m.action === 'state').pop();
            assert(last?.dirty === false, `after Discard the editor should report clean, got ${JSON.stringify(last)}`);
            const dialogs = await page.locator('lightning-alert-dialog, lightning-confirm, .slds-modal').count();
            assert(dialogs === 0, 'Discard from the guard must not ask the discard question again');
            await page.close();
            noErrors(tracked, 'unsaved edits: discard');
        }
    },
    {
        name: "unsaved edits: the guard's Save saves the SWOT edit and the page is clean",
        run: async (ctx) => {
            const tracked = await openSwotEditor(ctx);
            const { page } = tracked;
            const text = `Saved by the guard ${Date.now()}`;
            await typeStrength(page, text);
            await guardSays(page, 'save');
            await page
                .locator('c-plan-narrative lightning-record-edit-form')
                .waitFor({ state: 'detached', timeout: 8000 });
            await page.locator('c-plan-narrative').getByText(text).first().waitFor({ timeout: 8000 });
            const last = (await messages(page)).filter((m) => m.action === 'state').pop();
            assert(last?.dirty === false, `after Save the editor should report clean, got ${JSON.stringify(last)}`);
            await page.close();
            noErrors(tracked, 'unsaved edits: save');
        }
    }
];
