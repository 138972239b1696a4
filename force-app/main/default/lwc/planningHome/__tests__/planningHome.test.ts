import PlanningHome from 'c/planningHome';
import getPlanningHome from '@salesforce/apex/PlanningHomeController.getPlanningHome';
import { refreshApex } from '@salesforce/apex';
import { decodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import homeData from './data/planningHome.json';
import homeEmpty from './data/planningHomeEmpty.json';
import homeCarry from './data/planningHomeCarry.json';
import homeTeam from './data/planningHomeTeam.json';
import { $, $$, flush, mount, navigations, ns, resetDom, wireAdapter } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/PlanningHomeController.getPlanningHome',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
// The labels whose placeholders the tests read filled in, with their real text.
jest.mock(
    '@salesforce/label/c.Home_Create_Plan_For',
    () => require('../../../../../../jest/realLabels').labelModule('Home_Create_Plan_For'),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Home_Period_Range',
    () => require('../../../../../../jest/realLabels').labelModule('Home_Period_Range'),
    {
        virtual: true
    }
);

jest.mock(
    '@salesforce/label/c.Home_Plan_Next_Period',
    () => require('../../../../../../jest/realLabels').labelModule('Home_Plan_Next_Period'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Home_Plan_Next_Period_For',
    () => require('../../../../../../jest/realLabels').labelModule('Home_Plan_Next_Period_For'),
    { virtual: true }
);

const homeAdapter = wireAdapter(getPlanningHome);

const create = (): HTMLElement => mount('c-planning-home', PlanningHome);

/** The rows a worklist shows, as the list component receives them. */
function list(element: HTMLElement, key: string): any {
    return $(element, `c-planning-home-list[data-list="${key}"]`);
}

/** What a list row reads: its name, then each detail as "label: value". */
function rowText(element: HTMLElement, key: string): string[][] {
    return list(element, key).rows.map((row: { name: string; details: { label?: string; value: string }[] }) => [
        row.name,
        ...row.details.map((d) => (d.label ? `${d.label}: ${d.value}` : d.value))
    ]);
}

/** What a rendered row reads, each detail prefixed by what it is (its data-key): "owner: Owner: Maria Lopez". */
function renderedDetails(element: HTMLElement, key: string, line: 'details' | 'figures' = 'details'): string[][] {
    const rows = Array.from<HTMLElement>(list(element, key).shadowRoot.querySelectorAll('li.row'));
    return rows.map((row) =>
        Array.from<HTMLElement>(row.querySelectorAll(`p.${line} span.detail`)).map((span) => {
            const link = span.querySelector<HTMLElement & { label: string }>('c-plan-record-link');
            const text = link ? link.label : span.textContent!.replace(/\s+/g, ' ').trim();
            return `${span.dataset.key}: ${text}`;
        })
    );
}

describe('c-planning-home', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading, and no lists', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        expect($$(element, 'c-planning-home-list')).toHaveLength(0);
        expect($(element, 'c-error-panel')).toBeNull();
    });

    it('renders the three worklists in order, with their counts, and no spinner', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(
            $$(element, 'c-planning-home-list').map((l) => [l.dataset.list, l.heading, l.listLabel, l.iconName])
        ).toEqual([
            ['key-accounts', 'c.Home_Key_Accounts (2)', 'c.Home_Key_Accounts', 'standard:account'],
            ['overdue', 'c.Home_Overdue (1)', 'c.Home_Overdue', 'standard:goals'],
            ['my-plans', 'c.Home_My_Plans (2)', 'c.Home_My_Plans', 'custom:custom18']
        ]);
        expect($$(element, 'c-planning-home-list').map((l) => l.emptyMessage)).toEqual([
            'c.Home_Key_Accounts_Empty',
            'c.Home_Overdue_Empty',
            'c.Home_My_Plans_Empty'
        ]);
    });

    it('lists key accounts without a current plan with their owner and a named "Create plan"', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect(rowText(element, 'key-accounts')).toEqual([
            ['Litware Inc.', 'c.Home_Owner: Maria Lopez'],
            ['Tailspin Toys', 'c.Home_Owner: James Chen']
        ]);
        const [first] = list(element, 'key-accounts').rows;
        expect(first.id).toBe('001000000000104AAA');
        expect(first.action).toEqual({
            name: 'createPlan',
            label: 'c.Home_Create_Plan',
            assistiveLabel: 'Create plan for Litware Inc.'
        });
    });

    it('lists overdue objectives with their due dates, plan links and owners', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect(rowText(element, 'overdue')).toEqual([
            [
                'Land analytics pilot in Retail',
                'Northwind Traders 2026',
                'c.Home_Due: Nov 20, 2026',
                'At Risk',
                'c.Home_Owner: James Chen'
            ]
        ]);
        const [objective] = list(element, 'overdue').rows;
        expect(objective.id).toBe('a02000000000002AAA');
        expect(objective.details[0].recordId).toBe('a01000000000001AAA');
        expect(objective.details[1].tone).toBe('error');
    });

    it('shows my plans with their account, status, period and figures in the plan currency', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect(rowText(element, 'my-plans')).toEqual([
            ['Northwind Traders 2026', 'Northwind Traders', 'Active', 'c.Home_Period: Jan 1, 2026 – Dec 31, 2026'],
            ['Globex Q4 2026', 'Globex Manufacturing', 'Active', 'c.Home_Period: Oct 1, 2026 – Dec 31, 2026']
        ]);
        expect(
            list(element, 'my-plans').rows.map((row: { figures: { label: string; value: string }[] }) =>
                row.figures.map((f) => `${f.label}: ${f.value}`)
            )
        ).toEqual([
            ['c.Home_Target: $2,160,000', 'c.Home_Won: $1,933,000', 'c.Home_Attainment: 89.5%'],
            ['c.Home_Target: $500,000', 'c.Home_Won: $132,000', 'c.Home_Attainment: 26.4%']
        ]);
    });

    it('shows each detail and figure of a row once, marked with what it is', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect(renderedDetails(element, 'key-accounts')).toStrictEqual([
            ['owner: c.Home_Owner: Maria Lopez'],
            ['owner: c.Home_Owner: James Chen']
        ]);
        expect(renderedDetails(element, 'overdue')).toStrictEqual([
            [
                'plan: Northwind Traders 2026',
                'due: c.Home_Due: Nov 20, 2026',
                'status: At Risk',
                'owner: c.Home_Owner: James Chen'
            ]
        ]);
        expect(renderedDetails(element, 'my-plans')).toStrictEqual([
            ['account: Northwind Traders', 'status: Active', 'period: c.Home_Period: Jan 1, 2026 – Dec 31, 2026'],
            ['account: Globex Manufacturing', 'status: Active', 'period: c.Home_Period: Oct 1, 2026 – Dec 31, 2026']
        ]);
        expect(renderedDetails(element, 'my-plans', 'figures')).toStrictEqual([
            [
                'target: c.Home_Target: $2,160,000',
                'won: c.Home_Won: $1,933,000',
                'attainment: c.Home_Attainment: 89.5%'
            ],
            ['target: c.Home_Target: $500,000', 'won: c.Home_Won: $132,000', 'attainment: c.Home_Attainment: 26.4%']
        ]);
    });

    it('leaves out a detail the server did not send', async () => {
        const element = create();
        homeAdapter.emit({
            ...homeEmpty,
            keyAccountsWithoutPlan: [{ ...homeData.keyAccountsWithoutPlan[0], ownerName: null }],
            overdueObjectives: [{ ...homeData.overdueObjectives[0], planName: null, ownerName: null }],
            myPlans: [{ ...homeData.myPlans[0], accountName: null, status: null }]
        });
        await flush();
        expect(rowText(element, 'key-accounts')).toStrictEqual([['Litware Inc.']]);
        expect(renderedDetails(element, 'key-accounts')).toStrictEqual([[]]);
        expect(renderedDetails(element, 'overdue')).toStrictEqual([
            ['due: c.Home_Due: Nov 20, 2026', 'status: At Risk']
        ]);
        expect(renderedDetails(element, 'my-plans')).toStrictEqual([
            ['period: c.Home_Period: Jan 1, 2026 – Dec 31, 2026']
        ]);
    });

    it('shows an empty message in each list when there is nothing to do', async () => {
        const element = create();
        homeAdapter.emit(homeEmpty);
        await flush();
        const lists = $$(element, 'c-planning-home-list');
        expect(lists.map((l) => [l.heading, l.rows.length])).toEqual([
            ['c.Home_Key_Accounts (0)', 0],
            ['c.Home_Overdue (0)', 0],
            ['c.Home_My_Plans (0)', 0]
        ]);
    });

    it('shows the error panel when the home cannot load, and no lists or spinner', async () => {
        const element = create();
        homeAdapter.error({ message: 'Home failed' });
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel.variant).toBe('illustration');
        expect($(element, 'c-planning-home-list')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
    });

    it('"Create plan" opens the New Account Plan page prefilled like the Account card', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        list(element, 'key-accounts').dispatchEvent(
            new CustomEvent('rowaction', { detail: { action: 'createPlan', id: '001000000000105AAA' } })
        );
        const [pageRef] = navigations();
        expect(pageRef.type).toBe('standard__objectPage');
        expect(pageRef.attributes).toEqual({ objectApiName: ns('Account_Plan__c'), actionName: 'new' });
        expect(pageRef.state!.useRecordTypeCheck).toBe(1);
        expect(decodeDefaultFieldValues(pageRef.state!.defaultFieldValues as string)).toEqual({
            Name: 'Tailspin Toys 2027',
            [ns('Account__c')]: '001000000000105AAA',
            [ns('Period_Type__c')]: 'Year',
            [ns('Start_Date__c')]: '2027-01-01',
            [ns('End_Date__c')]: '2027-12-31',
            [ns('Status__c')]: 'Draft'
        });
    });

    it('ignores an action it does not know, or for a row that is gone', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        const keyAccounts = list(element, 'key-accounts');
        keyAccounts.dispatchEvent(
            new CustomEvent('rowaction', { detail: { action: 'delete', id: '001000000000105AAA' } })
        );
        keyAccounts.dispatchEvent(
            new CustomEvent('rowaction', { detail: { action: 'createPlan', id: 'a01000000000002AAA' } })
        );
        expect(navigations()).toEqual([]);
    });

    it('refreshes the lists on demand', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        $(element, 'lightning-button-icon.refresh').click();
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(mockCalls(refreshApex)[0][0]).toEqual(expect.objectContaining({ data: homeData }));
    });

    it('has a page heading and a named refresh button', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect($(element, 'h1').textContent).toBe('c.Home_Title');
        expect($(element, 'lightning-button-icon.refresh').alternativeText).toBe('c.Common_Refresh');
    });
});

describe('c-planning-home: plan next period', () => {
    afterEach(() => {
        resetDom();
    });

    /** The row button of a list, as the user clicks it. */
    function rowButton(element: HTMLElement, key: string, id: string): HTMLButtonElement {
        return list(element, key).shadowRoot.querySelector(`button.row-action[data-id="${id}"]`);
    }

    function dialog(element: HTMLElement): any {
        return $(element, 'c-plan-carry-forward.carry-forward');
    }

    it('offers "Plan next period" on a key account whose latest plan can be carried, else "Create plan"', async () => {
        const element = create();
        homeAdapter.emit(homeCarry);
        await flush();
        expect(list(element, 'key-accounts').rows.map((row: { action: unknown }) => row.action)).toEqual([
            { name: 'createPlan', label: 'c.Home_Create_Plan', assistiveLabel: 'Create plan for Litware Inc.' },
            {
                name: 'planNextPeriod',
                label: 'Plan next period',
                assistiveLabel: 'Plan next period for Tailspin Toys',
                iconName: 'utility:forward'
            }
        ]);
        const button = rowButton(element, 'key-accounts', '001000000000105AAA');
        expect(button.textContent!.trim()).toBe('Plan next period');
        expect(button.querySelector<HTMLElement & { iconName: string }>('lightning-icon')!.iconName).toBe(
            'utility:forward'
        );
        expect(
            rowButton(element, 'key-accounts', '001000000000104AAA').querySelector<HTMLElement & { iconName: string }>(
                'lightning-icon'
            )!.iconName
        ).toBe('utility:add');
    });

    it('offers "Plan next period" only on my plans the server named', async () => {
        const element = create();
        homeAdapter.emit(homeCarry);
        await flush();
        expect(
            list(element, 'my-plans').rows.map((row: { name: string; action?: { assistiveLabel: string } }) => [
                row.name,
                row.action?.assistiveLabel ?? null
            ])
        ).toEqual([
            ['Northwind Traders 2026', null],
            ['Globex Q4 2026', 'Plan next period for Globex Q4 2026']
        ]);
        homeAdapter.emit(homeData);
        await flush();
        expect(list(element, 'my-plans').rows.every((row: { action?: unknown }) => !row.action)).toBe(true);
        expect(list(element, 'key-accounts').rows.map((row: { action: { name: string } }) => row.action.name)).toEqual([
            'createPlan',
            'createPlan'
        ]);
    });

    it("opens the carry dialog for a key account's latest plan and gives focus back to the row on close", async () => {
        const element = create();
        homeAdapter.emit(homeCarry);
        await flush();
        const carry = dialog(element);
        expect(carry.hideButton).toBe(true);
        expect(carry.shadowRoot.querySelector('button.open-button')).toBeNull();
        const button = rowButton(element, 'key-accounts', '001000000000105AAA');
        button.click();
        await flush();
        expect(carry.planId).toBe('a01000000000055AAA');
        expect(carry.shadowRoot.querySelector('section[role="dialog"]')).not.toBeNull();
        expect(navigations()).toEqual([]);
        carry.shadowRoot.querySelector('button.close-button').click();
        await flush();
        expect(carry.shadowRoot.querySelector('section[role="dialog"]')).toBeNull();
        expect(list(element, 'key-accounts').shadowRoot.activeElement).toBe(button);
    });

    it('opens the carry dialog for one of my plans, reads Home again after a carry, and gives focus back', async () => {
        const element = create();
        homeAdapter.emit(homeCarry);
        await flush();
        const button = rowButton(element, 'my-plans', 'a01000000000002AAA');
        button.click();
        await flush();
        const carry = dialog(element);
        expect(carry.planId).toBe('a01000000000002AAA');
        expect(carry.shadowRoot.querySelector('section[role="dialog"]')).not.toBeNull();
        (refreshApex as jest.Mock).mockClear();
        carry.dispatchEvent(new CustomEvent('planchange', { bubbles: true }));
        expect(refreshApex).toHaveBeenCalledTimes(1);
        carry.shadowRoot.querySelector('button.close-button').click();
        await flush();
        expect(list(element, 'my-plans').shadowRoot.activeElement).toBe(button);
        expect(list(element, 'key-accounts').shadowRoot.activeElement).toBeNull();
    });

    it('shows plans due for review once, in the team section, for a manager and for a rep without a team', async () => {
        const element = create();
        for (const home of [homeTeam, { ...homeTeam, hasTeam: false }]) {
            homeAdapter.emit(home);
            await flush();
            expect($$(element, 'c-planning-home-list').map((l) => l.dataset.list)).toEqual([
                'key-accounts',
                'overdue',
                'my-plans'
            ]);
            expect($(element, 'c-planning-home-team').home).toEqual(home);
        }
    });
});

function mockCalls(fn: unknown): unknown[][] {
    return (fn as jest.Mock).mock.calls;
}
