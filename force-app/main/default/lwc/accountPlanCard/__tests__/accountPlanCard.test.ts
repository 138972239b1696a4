import { createElement } from 'lwc';
import axe from 'axe-core';
import { decodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import AccountPlanCard from 'c/accountPlanCard';
import getAccountPlanCard from '@salesforce/apex/AccountPlanCardController.getAccountPlanCard';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import cardCurrentPlan from './data/cardCurrentPlan.json';
import cardNoPlan from './data/cardNoPlan.json';
import cardCarryForward from './data/cardCarryForward.json';
import cardContinueFrom from './data/cardContinueFrom.json';
import { refreshApex } from '@salesforce/apex';
import { navigations, ns, resetDom } from '../../../../../../jest/testUtils';

// The labels whose placeholders the tests read filled in, with their real text.
jest.mock(
    '@salesforce/label/c.Card_Suggested',
    () => require('../../../../../../jest/realLabels').labelModule('Card_Suggested'),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Card_Attainment_Progress',
    () => require('../../../../../../jest/realLabels').labelModule('Card_Attainment_Progress'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Card_Continue_From',
    () => require('../../../../../../jest/realLabels').labelModule('Card_Continue_From'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Button',
    () => require('../../../../../../jest/realLabels').labelModule('CarryForward_Button'),
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock(
    '@salesforce/apex/AccountPlanCardController.getAccountPlanCard',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const cardAdapter = getAccountPlanCard as unknown as TestWireAdapter;
const ACCOUNT_ID = '001000000000102AAA';

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createCard(): HTMLElement {
    const element = createElement('c-account-plan-card', { is: AccountPlanCard });
    Object.assign(element, { recordId: ACCOUNT_ID });
    document.body.appendChild(element);
    return element;
}

describe('c-account-plan-card', () => {
    afterEach(() => {
        resetDom();
    });

    it('wires the account id and shows a spinner while loading', async () => {
        const element = createCard();
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(cardAdapter.getLastConfig()).toEqual({ accountId: ACCOUNT_ID });
    });

    it('shows the current plan at a glance, its name a link to it', async () => {
        const element = createCard();
        cardAdapter.emit(cardCurrentPlan);
        await flush();
        const link = element.shadowRoot!.querySelector('c-plan-record-link.plan-link') as unknown as {
            recordId: string;
            label: string;
        };
        expect([link.recordId, link.label]).toEqual([cardCurrentPlan.currentPlan.id, 'Globex Q4 2026']);
        expect(element.shadowRoot!.querySelector('.period')!.textContent).toBe(
            'c.Scorecard_PeriodOct 1, 2026 – Dec 31, 2026 · Active'
        );
        const figures = element.shadowRoot!.querySelectorAll('[data-figure] .figure-value');
        expect(Array.from(figures).map((figure) => figure.textContent)).toEqual([
            '$500,000',
            '$132,000',
            '$321,400',
            '-$178,600'
        ]);
        const figureItems = Array.from(element.shadowRoot!.querySelectorAll('li[data-figure]'));
        expect(
            figureItems.map((item) => [
                item.getAttribute('data-figure'),
                item.querySelector('.slds-text-title')!.textContent,
                item.querySelector('.figure-value')!.parentElement!.className
            ])
        ).toEqual([
            ['target', 'c.Scorecard_Target', ''],
            ['won', 'c.Scorecard_Won', ''],
            ['forecast', 'c.Scorecard_Forecast', ''],
            ['variance', 'c.Scorecard_Variance', 'slds-text-color_error']
        ]);
        const progress = element.shadowRoot!.querySelector('lightning-progress-bar') as unknown as { value: number };
        expect(progress.value).toBeCloseTo(26.4);
        expect(element.shadowRoot!.querySelector('.attainment-label')!.textContent).toBe('Attainment 26.4%');
        expect(element.shadowRoot!.querySelector('.next-review')!.textContent).toContain('Nov 15, 2026');
        expect(element.shadowRoot!.querySelector('.review-due')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        expect(element.shadowRoot!.querySelector('.empty-state')).toBeNull();
        await expectAccessible(element);
    }, 60000);

    it('shows an ahead plan in green and no progress bar without a target', async () => {
        const element = createCard();
        cardAdapter.emit({
            ...cardCurrentPlan,
            currentPlan: { ...cardCurrentPlan.currentPlan, forecastVariance: 1000, isReviewDue: false }
        });
        await flush();
        const variance = element.shadowRoot!.querySelector('[data-figure="variance"] .figure-value')!;
        expect(variance.textContent).toBe('+$1,000');
        expect(variance.parentElement!.className).toBe('slds-text-color_success');
        expect(element.shadowRoot!.querySelector('.review-due')).toBeNull();
        cardAdapter.emit({
            ...cardCurrentPlan,
            currentPlan: { ...cardCurrentPlan.currentPlan, revenueTarget: null, attainmentPercent: null }
        });
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-progress-bar')).toBeNull();
        expect(element.shadowRoot!.querySelector('[data-figure="target"] .figure-value')!.textContent).toBe(
            'c.Common_Not_Set'
        );
        // Without a target there is no variance either, and it is neither green nor red.
        const noVariance = element.shadowRoot!.querySelector('[data-figure="variance"] .figure-value')!;
        expect([noVariance.textContent, noVariance.parentElement!.className]).toEqual(['c.Common_Not_Set', '']);
    });

    it('shows a plan exactly on target as on track, without a plus sign', async () => {
        const element = createCard();
        cardAdapter.emit({
            ...cardCurrentPlan,
            currentPlan: { ...cardCurrentPlan.currentPlan, forecastVariance: 0 }
        });
        await flush();
        const variance = element.shadowRoot!.querySelector('[data-figure="variance"] .figure-value')!;
        expect([variance.textContent, variance.parentElement!.className]).toEqual(['$0', 'slds-text-color_success']);
    });

    it('shows no progress bar when the server leaves the attainment out', async () => {
        const element = createCard();
        const { attainmentPercent: _omitted, ...planWithoutAttainment } = cardCurrentPlan.currentPlan;
        cardAdapter.emit({ ...cardCurrentPlan, currentPlan: planWithoutAttainment });
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-progress-bar')).toBeNull();
        expect(element.shadowRoot!.querySelector('.attainment-label')).toBeNull();
        expect(element.shadowRoot!.querySelector('[data-figure="target"] .figure-value')!.textContent).toBe('$500,000');
    });

    it('offers to plan the next period prefilled with the suggestion', async () => {
        const element = createCard();
        cardAdapter.emit(cardCurrentPlan);
        await flush();
        (element.shadowRoot!.querySelector('.plan-next-button') as HTMLElement).click();
        const [pageReference] = navigations();
        expect(pageReference).toEqual(
            expect.objectContaining({
                type: 'standard__objectPage',
                attributes: { objectApiName: ns('Account_Plan__c'), actionName: 'new' }
            })
        );
        expect(decodeDefaultFieldValues(pageReference.state!.defaultFieldValues as string)).toEqual({
            Name: 'Globex Manufacturing Q1 2027',
            [ns('Account__c')]: ACCOUNT_ID,
            [ns('Start_Date__c')]: '2027-01-01',
            [ns('End_Date__c')]: '2027-03-31',
            [ns('Period_Type__c')]: 'Quarter',
            [ns('Status__c')]: 'Draft'
        });
    });

    it('shows the empty state of a key account and creates a plan', async () => {
        const element = createCard();
        cardAdapter.emit(cardNoPlan);
        await flush();
        expect(element.shadowRoot!.querySelector('.empty-message')!.textContent).toBe('c.Card_No_Plan_Key_Account');
        expect(element.shadowRoot!.querySelector('.suggestion')!.textContent!.trim()).toBe(
            'Suggested: Initech H2 2027, Jul 1, 2027 to Dec 31, 2027'
        );
        const icon = element.shadowRoot!.querySelector('.empty-state lightning-icon') as unknown as {
            variant: string;
            alternativeText?: string;
        };
        expect(icon.variant).toBe('warning');
        // Decorative: the sentence beside it says it, so screen readers do not hear it twice.
        expect(icon.alternativeText).toBeUndefined();
        (element.shadowRoot!.querySelector('.create-button') as HTMLElement).click();
        const [pageReference] = navigations();
        expect(decodeDefaultFieldValues(pageReference.state!.defaultFieldValues as string)).toEqual({
            Name: 'Initech H2 2027',
            [ns('Account__c')]: ACCOUNT_ID,
            [ns('Period_Type__c')]: 'Half Year',
            [ns('Start_Date__c')]: '2027-07-01',
            [ns('End_Date__c')]: '2027-12-31',
            [ns('Status__c')]: 'Draft'
        });
        await expectAccessible(element);
    }, 60000);

    it('shows the plain empty message for a normal account', async () => {
        const element = createCard();
        cardAdapter.emit({ ...cardNoPlan, isKeyAccount: false });
        await flush();
        expect(element.shadowRoot!.querySelector('.empty-message')!.textContent).toBe('c.Card_No_Plan');
        expect(
            (element.shadowRoot!.querySelector('.empty-state lightning-icon') as unknown as { variant: string }).variant
        ).toBe('');
    });

    it('shows the error panel when the card cannot load', async () => {
        const element = createCard();
        cardAdapter.error({ message: 'The account plan summary could not be loaded.' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('.create-button')).toBeNull();
    });

    describe('plan next period', () => {
        type CarryElement = HTMLElement & { planId: string; carryForward: CarryForwardLinks; hideButton: boolean };

        it('offers the real "Plan next period" for a plan the user may carry, and reads the card again after it', async () => {
            const element = createCard();
            cardAdapter.emit(cardCarryForward);
            await flush();
            const carry = element.shadowRoot!.querySelector('c-plan-carry-forward.carry-forward') as CarryElement;
            expect([carry.planId, carry.carryForward, carry.hideButton]).toEqual([
                cardCarryForward.currentPlan.id,
                cardCarryForward.carryForward,
                false
            ]);
            expect(carry.shadowRoot!.querySelector('button.open-button')!.textContent!.trim()).toBe('Plan next period');
            // The prefilled New form is the fallback for users who cannot carry.
            expect(element.shadowRoot!.querySelector('.plan-next-button')).toBeNull();
            (refreshApex as jest.Mock).mockClear();
            carry.dispatchEvent(new CustomEvent('planchange', { bubbles: true }));
            await flush();
            expect(refreshApex).toHaveBeenCalledTimes(1);
            await expectAccessible(element);
        }, 60000);

        it('keeps the prefilled "Plan Next Period" when the user may not carry the plan', async () => {
            const element = createCard();
            cardAdapter.emit({
                ...cardCarryForward,
                carryForward: { ...cardCarryForward.carryForward, canCarryForward: false }
            });
            await flush();
            expect(element.shadowRoot!.querySelector('c-plan-carry-forward')).toBeNull();
            const fallback = element.shadowRoot!.querySelector('.plan-next-button') as unknown as { label: string };
            expect(fallback.label).toBe('c.Card_Plan_Next');
        });

        it('continues from the latest ended plan when the account has no current plan', async () => {
            const element = createCard();
            cardAdapter.emit(cardContinueFrom);
            await flush();
            const button = element.shadowRoot!.querySelector('button.continue-button') as HTMLButtonElement;
            expect(button.textContent!.trim()).toBe('Continue from Initech H1 2027');
            const create = element.shadowRoot!.querySelector('.create-button') as unknown as { variant: string };
            expect(create.variant).toBe('neutral');
            const carry = element.shadowRoot!.querySelector('c-plan-carry-forward.continue-dialog') as CarryElement;
            expect([carry.planId, carry.hideButton]).toEqual([cardContinueFrom.continueFromPlanId, true]);
            expect(carry.shadowRoot!.querySelector('button.open-button')).toBeNull();
            button.click();
            await flush();
            expect(carry.shadowRoot!.querySelector('section[role="dialog"]')).not.toBeNull();
            // Closed without carrying: focus returns to "Continue from".
            (carry.shadowRoot!.querySelector('button.close-button') as HTMLElement).click();
            await flush();
            expect(carry.shadowRoot!.querySelector('section[role="dialog"]')).toBeNull();
            expect(element.shadowRoot!.activeElement).toBe(button);
            (refreshApex as jest.Mock).mockClear();
            carry.dispatchEvent(new CustomEvent('planchange', { bubbles: true }));
            await flush();
            expect(refreshApex).toHaveBeenCalledTimes(1);
            await expectAccessible(element);
        }, 60000);

        it('offers only "Create Plan" without a plan to continue from', async () => {
            const element = createCard();
            cardAdapter.emit(cardNoPlan);
            await flush();
            expect(element.shadowRoot!.querySelector('.continue-button')).toBeNull();
            expect(element.shadowRoot!.querySelector('c-plan-carry-forward')).toBeNull();
            const create = element.shadowRoot!.querySelector('.create-button') as unknown as { variant: string };
            expect(create.variant).toBe('brand');
        });
    });
});
