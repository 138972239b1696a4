import { createElement } from 'lwc';
import axe from 'axe-core';
import PlanScorecard from 'c/planScorecard';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createScorecard(): HTMLElement {
    const element = createElement('c-plan-scorecard', { is: PlanScorecard });
    Object.assign(element, { recordId: workspaceAhead.plan.id });
    document.body.appendChild(element);
    return element;
}

function tileValue(element: HTMLElement, key: string): HTMLElement {
    return element.shadowRoot!.querySelector(`[data-tile="${key}"] .tile-value`) as HTMLElement;
}

describe('c-plan-scorecard', () => {
    beforeEach(() => {
        jest.useFakeTimers({ doNotFake: ['setTimeout', 'nextTick', 'setImmediate', 'queueMicrotask'] });
        jest.setSystemTime(new Date(2026, 10, 27, 9, 0, 0));
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
    });

    it('shows a spinner until the workspace arrives and wires the record id', async () => {
        const element = createScorecard();
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(workspaceAdapter.getLastConfig()).toEqual({ planId: workspaceAhead.plan.id });
    });

    it('renders the figures of a plan ahead of target', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const tiles = element.shadowRoot!.querySelectorAll('li[data-tile]');
        expect(tiles).toHaveLength(8);
        expect(tileValue(element, 'target').textContent).toBe('$2,160,000');
        expect(tileValue(element, 'won').textContent).toBe('$1,933,000');
        expect(tileValue(element, 'variance').textContent).toBe('+$65,800');
        expect(tileValue(element, 'variance').parentElement!.className).toContain('slds-text-color_success');
        expect(element.shadowRoot!.querySelector('[data-tile="variance"] .slds-assistive-text')!.textContent).toBe(
            'c.Scorecard_Ahead'
        );
        expect(tileValue(element, 'attainment').textContent).toBe('89.5%');
        expect(tileValue(element, 'coverage').textContent).toBe('3.47×');
        expect(tileValue(element, 'winRate').textContent).toBe('75%');
        expect(element.shadowRoot!.querySelector('.segment-journey')!.textContent).toContain('Key Account');
        expect(element.shadowRoot!.querySelector('.segment-journey')!.textContent).toContain('Strategic Partner');
        expect(element.shadowRoot!.querySelector('.key-account-type')!.textContent).toBe('Strategic');
        expect(element.shadowRoot!.querySelector('.period')!.textContent).toContain('Year');
        expect(element.shadowRoot!.querySelector('.review-due')).toBeNull();
        expect(element.shadowRoot!.querySelector('.contact-overdue')).toBeNull();
        expect(element.shadowRoot!.querySelector('.next-activity-overdue')).toBeNull();
        expect(element.shadowRoot!.querySelector('.calculated-at')!.textContent).toBe('c.Scorecard_Calculated_At');
        await expectAccessible(element);
    });

    it('flags a plan behind target, due for review and overdue for contact', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        expect(tileValue(element, 'variance').textContent).toBe('-$178,600');
        expect(tileValue(element, 'variance').parentElement!.className).toContain('slds-text-color_error');
        expect(element.shadowRoot!.querySelector('[data-tile="variance"] .slds-assistive-text')!.textContent).toBe(
            'c.Scorecard_Behind'
        );
        expect(element.shadowRoot!.querySelector('.review-due')).not.toBeNull();
        const overdue = element.shadowRoot!.querySelector('.contact-overdue') as unknown as { label: string };
        expect(overdue.label).toBe('c.Scorecard_Contact_Overdue');
        expect(element.shadowRoot!.querySelector('.next-activity')!.textContent).toContain(
            'c.Scorecard_No_Next_Activity'
        );
        await expectAccessible(element);
    });

    it('flags a next activity in the past', async () => {
        const element = createScorecard();
        workspaceAdapter.emit({ ...workspaceAhead, plan: { ...workspaceAhead.plan, nextActivityDate: '2026-11-01' } });
        await flush();
        expect(element.shadowRoot!.querySelector('.next-activity-overdue')).not.toBeNull();
    });

    it('shows "not set" for an empty draft plan without figures', async () => {
        const element = createScorecard();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect(tileValue(element, 'target').textContent).toBe('c.Common_Not_Set');
        expect(tileValue(element, 'variance').textContent).toBe('c.Common_Not_Set');
        expect(tileValue(element, 'variance').parentElement!.className).toBe('');
        expect(tileValue(element, 'attainment').textContent).toBe('—');
        expect(tileValue(element, 'coverage').textContent).toBe('—');
        expect(element.shadowRoot!.querySelector('.segment-journey')!.textContent).toContain('c.Common_Not_Set');
        expect(element.shadowRoot!.querySelector('.key-account-type')!.textContent).toBe('c.Common_Not_Set');
        expect(element.shadowRoot!.querySelector('.calculated-at')!.textContent).toBe('c.Scorecard_Not_Calculated');
        expect(element.shadowRoot!.querySelector('.period')!.textContent).toContain('Half Year');
        await expectAccessible(element);
    });

    it('shows the period without a period type', async () => {
        const element = createScorecard();
        workspaceAdapter.emit({ ...workspaceEmpty, plan: { ...workspaceEmpty.plan, periodType: null } });
        await flush();
        expect(element.shadowRoot!.querySelector('.period')!.textContent).not.toContain('·');
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createScorecard();
        workspaceAdapter.error({ message: 'You do not have access to Account Planning.' });
        await flush();
        const panel = element.shadowRoot!.querySelector('c-error-panel');
        expect(panel).not.toBeNull();
        expect(element.shadowRoot!.querySelector('ul.tiles')).toBeNull();
    });
});
