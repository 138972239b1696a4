import axe from 'axe-core';
import PlanThreadLinks from 'c/planThreadLinks';
import carryForwardLinks from '../../planWorkspace/__tests__/data/carryForwardLinks.json';
import { $, $$, flush, mount, navigations, ns, resetDom } from '../../../../../../jest/testUtils';

jest.mock('@salesforce/label/c.CarryForward_Continued_From', () => ({ default: 'Continued from' }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_Continued_In', () => ({ default: 'Continued in' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.CarryForward_Thread_Label',
    () => ({ default: 'Plans of the previous and next periods' }),
    { virtual: true }
);

const create = (carryForward: unknown): HTMLElement => mount('c-plan-thread-links', PlanThreadLinks, { carryForward });

function texts(element: HTMLElement): string[] {
    return $$(element, 'li.thread-link').map(
        (item) => `${item.querySelector('.thread-label').textContent} ${item.querySelector('.thread-plan').textContent}`
    );
}

describe('c-plan-thread-links', () => {
    afterEach(() => {
        resetDom();
    });

    it('links to the plan this one continues', async () => {
        const element = create(carryForwardLinks);
        await flush();
        expect($(element, 'nav').getAttribute('aria-label')).toBe('Plans of the previous and next periods');
        expect(texts(element)).toEqual(['Continued from Northwind Traders 2025']);
    });

    it('links both ways and opens the plan clicked', async () => {
        const element = create({
            ...carryForwardLinks,
            nextPlanId: 'a01000000000010AAA',
            nextPlanName: 'Northwind Traders 2027'
        });
        await flush();
        expect(texts(element)).toEqual([
            'Continued from Northwind Traders 2025',
            'Continued in Northwind Traders 2027'
        ]);
        expect(
            $$(element, 'li.thread-link').map((item) => [
                item.dataset.key,
                item.querySelector('lightning-icon').iconName
            ])
        ).toEqual([
            ['previous', 'utility:back'],
            ['next', 'utility:forward']
        ]);
        $$(element, 'a.thread-plan')[1].click();
        $$(element, 'a.thread-plan')[0].click();
        expect(navigations()).toEqual([
            {
                type: 'standard__recordPage',
                attributes: { recordId: 'a01000000000010AAA', objectApiName: ns('Account_Plan__c'), actionName: 'view' }
            },
            {
                type: 'standard__recordPage',
                attributes: { recordId: 'a01000000000009AAA', objectApiName: ns('Account_Plan__c'), actionName: 'view' }
            }
        ]);
    });

    it('shows only the next plan when there is no previous one', async () => {
        const element = create({
            previousPlanId: null,
            previousPlanName: null,
            nextPlanId: 'a01000000000010AAA',
            nextPlanName: 'Northwind Traders 2027',
            canCarryForward: true
        });
        await flush();
        expect(texts(element)).toEqual(['Continued in Northwind Traders 2027']);
    });

    it('renders nothing without a thread, or for a plan the user cannot read', async () => {
        const none = create({ ...carryForwardLinks, previousPlanId: null, previousPlanName: null });
        const hidden = create({ ...carryForwardLinks, previousPlanName: null });
        const missing = create(null);
        await flush();
        expect($(none, 'nav')).toBeNull();
        expect($(hidden, 'nav')).toBeNull();
        expect($(missing, 'nav')).toBeNull();
    });

    it('is accessible', async () => {
        const element = create({ ...carryForwardLinks, nextPlanId: 'a0100000000001XAAA', nextPlanName: 'Next' });
        await flush();
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
});
