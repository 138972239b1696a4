import PlanningHomeTeam from 'c/planningHomeTeam';
import getPlanningHomeFor from '@salesforce/apex/PlanningHomeController.getPlanningHomeFor';
import { refreshApex } from '@salesforce/apex';
import homeTeam from '../../planningHome/__tests__/data/planningHomeTeam.json';
import { $, $$, flush, mount, resetDom, wireAdapter } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/PlanningHomeController.getPlanningHomeFor',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('c/planReviewModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('@salesforce/customPermission/Review_Account_Plans', () => ({ __esModule: true, default: true }), {
    virtual: true
});
const realLabel = (name: string) => require('../../../../../../jest/realLabels').labelModule(name);
jest.mock('@salesforce/label/c.Review_Home_Totals', () => realLabel('Review_Home_Totals'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Home_Showing', () => realLabel('Review_Home_Showing'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Last_Reviewed', () => realLabel('Review_Last_Reviewed'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Health_Healthy', () => realLabel('Review_Health_Healthy'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Health_Watch', () => realLabel('Review_Health_Watch'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Health_At_Risk', () => realLabel('Review_Health_At_Risk'), { virtual: true });

const homeAdapter = wireAdapter(getPlanningHomeFor) as ReturnType<typeof wireAdapter> & {
    getLastConfig(): Record<string, unknown>;
};
// The fixture predates plansAtRisk, which this component does not read.
const TEAM = homeTeam as unknown as PlanningHomeData;
const create = (home: PlanningHomeData | undefined = TEAM) => mount('c-planning-home-team', PlanningHomeTeam, { home });
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const cell = (row: Element, css: string) => text(row.querySelector(css));
const header = (element: HTMLElement, key: string) => $(element, `th button[data-key="${key}"]`).closest('th');

describe('c-planning-home-team', () => {
    afterEach(() => {
        resetDom();
    });

    it('lists the plans in scope with forecast, variance, coverage and health in each plan currency', () => {
        const element = create();
        const rows = $$(element, 'tbody tr.plan');
        expect(rows.map((row) => row.dataset.id)).toEqual(TEAM.plans.map((plan) => plan.id));
        const contoso = rows[0];
        expect(cell(contoso, '.target')).toBe('€900,000');
        expect(cell(contoso, '.won')).toBe('€310,000');
        expect(cell(contoso, '.forecast')).toBe('€520,000');
        expect(cell(contoso, '.variance')).toBe('-€380,000');
        expect(cell(contoso, '.attainment')).toBe('34.4%');
        expect(cell(contoso, '.coverage')).toBe('1.12×');
        expect(cell(contoso, '.health')).toBe('At Risk (38)');
        expect(cell(contoso, '.next-review')).toBe('Nov 2, 2026');
        expect(contoso.classList).toContain('plan-review-due');
        expect(cell(rows[2], '.variance')).toBe('$65,800');
        expect(cell(rows[2], '.health')).toBe('Healthy (82)');
        expect(rows[2].classList).not.toContain('plan-review-due');
    });

    it('makes every plan, account and owner name a record link', () => {
        const element = create();
        const links = Array.from($$(element, 'tbody tr.plan')[1].querySelectorAll('c-plan-record-link')) as any[];
        expect(links.map((link) => [link.recordId, link.label])).toEqual([
            ['a01000000000002AAA', 'Globex Q4 2026'],
            ['001000000000101AAA', 'Globex Manufacturing'],
            ['005000000000001AAA', 'Maria Lopez']
        ]);
    });

    it('adds a totals row in the corporate currency', () => {
        const element = create();
        const totals = $(element, 'tfoot tr.totals');
        expect(cell(totals, '.totals-label')).toBe('Total of 3 plans (USD)');
        expect(cell(totals, '.target')).toBe('$3,582,000');
        expect(cell(totals, '.won')).toBe('$2,387,800');
        expect(cell(totals, '.forecast')).toBe('$3,167,400');
        expect(cell(totals, '.variance')).toBe('-$414,600');
        expect(cell(totals, '.attainment')).toBe('66.7%');
        expect($(element, 'p.showing')).toBeNull();
    });

    it('says when the table shows only part of the plans the totals count', () => {
        const element = create({ ...TEAM, totals: { ...TEAM.totals, planCount: 120 } });
        expect(text($(element, 'p.showing'))).toBe('Showing 3 of 120 plans. The totals count them all.');
    });

    it('marks the sorted column with aria-sort and sorts on the server', async () => {
        const element = create();
        expect(header(element, 'forecastVariance').getAttribute('aria-sort')).toBe('ascending');
        expect(header(element, 'name').getAttribute('aria-sort')).toBe('none');
        expect($$(element, 'th[aria-sort]')).toHaveLength(11);

        $(element, 'th button[data-key="forecastVariance"]').click();
        await flush();
        expect(homeAdapter.getLastConfig()).toEqual({
            scope: 'TEAM',
            sortBy: 'forecastVariance',
            sortDirection: 'desc'
        });
        expect($(element, 'lightning-spinner')).not.toBeNull();

        const homeChange = jest.fn();
        element.addEventListener('homechange', homeChange);
        const sorted = { ...TEAM, sortBy: 'forecastVariance', sortDirection: 'desc', plans: [...TEAM.plans].reverse() };
        homeAdapter.emit(sorted);
        await flush();
        expect(header(element, 'forecastVariance').getAttribute('aria-sort')).toBe('descending');
        expect($$(element, 'tbody tr.plan')[0].dataset.id).toBe('a01000000000001AAA');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(homeChange.mock.calls[0][0].detail).toEqual({ home: sorted });

        $(element, 'th button[data-key="accountName"]').click();
        await flush();
        expect(homeAdapter.getLastConfig()).toEqual({ scope: 'TEAM', sortBy: 'accountName', sortDirection: 'asc' });
    });

    it('heads every column with its label, numbers right-aligned and the sorted one marked', () => {
        const element = create();
        const headers = $$(element, 'thead th');
        expect(headers.map((th) => [th.querySelector('button')?.dataset.key, text(th)])).toEqual([
            ['name', 'c.Home_Plan'],
            ['accountName', 'c.Home_Account'],
            ['ownerName', 'c.Home_Owner'],
            ['revenueTarget', 'c.Home_Target'],
            ['wonAmount', 'c.Home_Won'],
            ['forecast', 'c.Review_Timeline_Forecast'],
            ['forecastVariance', 'c.Review_Timeline_Variance'],
            ['attainmentPercent', 'c.Home_Attainment'],
            ['pipelineCoverage', 'c.Review_Timeline_Coverage'],
            ['healthScore', 'c.Review_Timeline_Health'],
            ['nextReviewDate', 'c.Home_Next_Review']
        ]);
        const classes = (th: Element) => Array.from(th.classList);
        const plain = ['slds-is-sortable'];
        const numeric = ['slds-is-sortable', 'slds-text-align_right'];
        expect(headers.map(classes)).toEqual([
            plain,
            plain,
            plain,
            numeric,
            numeric,
            numeric,
            ['slds-is-sortable', 'slds-is-sorted', 'slds-text-align_right'],
            numeric,
            numeric,
            plain,
            plain
        ]);
    });

    it('shows an up arrow on the column sorted ascending and a down arrow when descending', async () => {
        const element = create();
        expect($$(element, 'thead lightning-icon').map((icon) => icon.iconName)).toEqual(['utility:arrowup']);
        expect(header(element, 'forecastVariance').querySelector('lightning-icon')).not.toBeNull();
        const descending = create({ ...TEAM, sortBy: 'name', sortDirection: 'desc' });
        expect($$(descending, 'thead lightning-icon').map((icon) => icon.iconName)).toEqual(['utility:arrowdown']);
        expect(header(descending, 'name').querySelector('lightning-icon')).not.toBeNull();
        expect(Array.from(header(descending, 'name').classList)).toEqual(['slds-is-sortable', 'slds-is-sorted']);
    });

    it('sorts another column ascending, and the sorted column the other way', async () => {
        const element = create();
        $(element, 'th button[data-key="name"]').click();
        await flush();
        expect(homeAdapter.getLastConfig()).toEqual({ scope: 'TEAM', sortBy: 'name', sortDirection: 'asc' });

        const descending = create({ ...TEAM, sortBy: 'wonAmount', sortDirection: 'desc' });
        $(descending, 'th button[data-key="wonAmount"]').click();
        await flush();
        expect(homeAdapter.getLastConfig()).toEqual({ scope: 'TEAM', sortBy: 'wonAmount', sortDirection: 'asc' });
    });

    it('shows no spinner until the user asks for another scope or sort, and keeps it while the answer is pending', async () => {
        const element = create();
        expect($(element, 'lightning-spinner')).toBeNull();
        $(element, 'th button[data-key="name"]').click();
        await flush();
        homeAdapter.emit(undefined);
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('keeps a descending sort on another column when switching scope', async () => {
        const element = create({ ...TEAM, sortBy: 'accountName', sortDirection: 'desc' });
        $(element, 'lightning-radio-group.scope').dispatchEvent(new CustomEvent('change', { detail: { value: 'MY' } }));
        await flush();
        expect(homeAdapter.getLastConfig()).toEqual({ scope: 'MY', sortBy: 'accountName', sortDirection: 'desc' });
    });

    it('switches between my plans and my team, keeping the sort', async () => {
        const element = create();
        const scope = $(element, 'lightning-radio-group.scope');
        expect(scope.value).toBe('TEAM');
        expect(scope.options.map((option: { value: string }) => option.value)).toEqual(['MY', 'TEAM']);
        scope.dispatchEvent(new CustomEvent('change', { detail: { value: 'MY' } }));
        await flush();
        expect(homeAdapter.getLastConfig()).toEqual({ scope: 'MY', sortBy: 'forecastVariance', sortDirection: 'asc' });
        homeAdapter.emit({ ...TEAM, scope: 'MY', plans: [TEAM.plans[2]], totals: { ...TEAM.totals, planCount: 1 } });
        await flush();
        expect($(element, 'lightning-radio-group.scope').value).toBe('MY');
        expect($$(element, 'tbody tr.plan')).toHaveLength(1);
    });

    it('has no switch for a user without a team', () => {
        const element = create({ ...TEAM, hasTeam: false, scope: 'MY' });
        expect($(element, 'lightning-radio-group')).toBeNull();
    });

    it('warns that a very large team may be incomplete', () => {
        const element = create({ ...TEAM, teamTruncated: true });
        expect(text($(element, '.truncated'))).toBe('c.Review_Home_Team_Truncated');
        expect($(element, '.truncated').getAttribute('role')).toBe('status');
        const mine = create({ ...TEAM, teamTruncated: true, scope: 'MY' });
        expect($(mine, '.truncated')).toBeNull();
    });

    it('groups the plans due for review by owner, each with Mark reviewed', () => {
        const element = create();
        const groups = $$(element, '.owner-group');
        expect(groups.map((group) => (group.querySelector('h3 c-plan-record-link') as any).label)).toEqual([
            'James Chen',
            'Maria Lopez'
        ]);
        const contoso = groups[0].querySelector('li.due-plan');
        expect(text(contoso.querySelector('.due-details'))).toBe(
            'c.Home_Next_Review: Nov 2, 2026 · Last reviewed Aug 3, 2026 · At Risk (—)'
        );
        const action = contoso.querySelector('c-plan-review-action') as any;
        expect(action.planIds).toEqual(['a01000000000003AAA']);
        expect(action.planName).toBe('Contoso Pharma H2 2026');
        const globex = groups[1].querySelector('li.due-plan');
        expect(text(globex.querySelector('.due-details'))).toBe(
            'c.Home_Next_Review: Nov 15, 2026 · c.Review_Never_Reviewed · Watch (—)'
        );
        expect((globex.querySelector('.due-account-name') as any).recordId).toBe('001000000000101AAA');
    });

    it('reloads its own view after a review only once it asked the server itself', async () => {
        const element = create();
        const group = $(element, 'li.due-plan');
        const planChange = jest.fn();
        element.addEventListener('planchange', planChange);
        group.dispatchEvent(new CustomEvent('planchange', { bubbles: true, composed: true }));
        expect(planChange).toHaveBeenCalledTimes(1);
        expect(refreshApex).not.toHaveBeenCalled();
        $(element, 'th button[data-key="name"]').click();
        await flush();
        homeAdapter.emit(TEAM);
        await flush();
        $(element, 'li.due-plan').dispatchEvent(new CustomEvent('planchange', { bubbles: true, composed: true }));
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('shows the error panel when the server refuses a scope or sort', async () => {
        const element = create();
        $(element, 'th button[data-key="name"]').click();
        await flush();
        homeAdapter.error({ message: 'Home failed' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($$(element, 'tbody tr.plan')).toHaveLength(3);
    });

    it('says when there are no plans and nothing is due', () => {
        const element = create({ ...TEAM, plans: [], reviewDueByOwner: [] });
        expect(text($(element, '.plans-empty'))).toBe('c.Review_Home_Plans_Empty');
        expect(text($(element, '.due-empty'))).toBe('c.Home_Reviews_Empty');
        expect($(element, 'table')).toBeNull();
    });

    it('renders nothing but the frame before the data arrives', () => {
        const element = mount('c-planning-home-team', PlanningHomeTeam);
        expect($(element, 'table')).toBeNull();
        expect($(element, 'h2')).toBeNull();
    });
});
