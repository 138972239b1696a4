/**
 * The preview's persona switch (issue 16): the header's "Signed in as" reloads the page as a rep, a manager or an
 * admin, whose permission sets decide what the pages allow; here, who may mark a plan reviewed.
 */
import { assert, newPage, settle } from './harness';
import type { TestCase } from './tests';

export const personaTests: TestCase[] = [
    {
        name: 'persona switch: a rep cannot mark a plan reviewed, the manager they switch to can',
        run: async (ctx) => {
            const tracked = await newPage(ctx.browsing);
            const { page } = tracked;
            await page.goto(`${ctx.baseUrl}/home?persona=rep`);
            await settle(page);
            const persona = page.getByTestId('persona-switch');
            assert((await persona.inputValue()) === 'rep', 'the switch does not show the rep');
            const action = page.locator('c-plan-review-action').first();
            await action.waitFor({ timeout: 8000 });
            assert(await action.locator('button').first().isDisabled(), 'a rep may mark plans reviewed');

            await Promise.all([page.waitForURL(/persona=manager/), persona.selectOption('manager')]);
            await settle(page);
            assert((await page.getByTestId('persona-switch').inputValue()) === 'manager', 'the switch did not move');
            const managerAction = page.locator('c-plan-review-action').first();
            await managerAction.waitFor({ timeout: 8000 });
            assert(
                !(await managerAction.locator('button').first().isDisabled()),
                'a manager may not mark plans reviewed'
            );
            assert(tracked.errors.length === 0, `console errors: ${tracked.errors.join('\n')}`);
            await page.close();
        }
    }
];
