import axe from 'axe-core';
import PlanOpportunities from 'c/planOpportunities';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import getLinkedOpportunities from '@salesforce/apex/AccountPlanWorkspaceController.getLinkedOpportunities';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import opportunityRow from './data/opportunityRow.json';
import { $, flush, mockOf, mount, resetDom, wireAdapter } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.getLinkedOpportunities', () => ({ default: jest.fn() }), {
    virtual: true
});

jest.setTimeout(30000);

const workspaceAdapter = wireAdapter(getWorkspace);
const linked = mockOf(getLinkedOpportunities);
const PLAN_ID = workspaceAhead.plan.id;

type Row = Record<string, unknown> & { id: string };

function makeRows(count: number, offset = 0): OpportunityRow[] {
    return Array.from({ length: count }, (_value, index) => ({
        ...opportunityRow,
        id: `006${String(offset + index).padStart(12, '0')}AAA`,
        name: `${opportunityRow.name} ${offset + index}`
    }));
}

/** A workspace whose plan has `total` linked opportunities; the DTO carries `carried` of them (the server sends one page). */
function workspaceWith(total: number, carried = Math.min(total, 50), plan: Partial<PlanSummary> = {}): PlanWorkspace {
    return {
        ...(workspaceAhead as unknown as PlanWorkspace),
        plan: { ...(workspaceAhead.plan as unknown as PlanSummary), ...plan },
        opportunities: { totalCount: total, pageNumber: 1, pageSize: 50, rows: makeRows(carried) }
    };
}

function page(total: number, pageNumber: number, size = 50): OpportunityPage {
    const count = Math.max(0, Math.min(size, total - (pageNumber - 1) * size));
    return { totalCount: total, pageNumber, pageSize: size, rows: makeRows(count, (pageNumber - 1) * size) };
}

/** A promise the test settles when it wants: out-of-order server answers. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
    let resolve: (value: T) => void = () => undefined;
    let reject: (reason: unknown) => void = () => undefined;
    const promise = new Promise<T>((done, fail) => {
        resolve = done;
        reject = fail;
    });
    return { promise, resolve, reject };
}

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const createList = (props: Record<string, unknown> = {}): HTMLElement =>
    mount('c-plan-opportunities', PlanOpportunities, { recordId: PLAN_ID, ...props });

const datatable = (element: HTMLElement): any => $(element, 'lightning-datatable');
const rows = (element: HTMLElement): Row[] => datatable(element).data;
const status = (element: HTMLElement): string => $(element, '.page-status').textContent;
const filterTo = (element: HTMLElement, value: string): void =>
    $(element, 'lightning-radio-group').dispatchEvent(new CustomEvent('change', { detail: { value } }));
const sortTable = (element: HTMLElement, fieldName: string, sortDirection: string): void =>
    datatable(element).dispatchEvent(new CustomEvent('sort', { detail: { fieldName, sortDirection } }));

/** A ResizeObserver the test drives: resize(width) tells the component its new width. */
class FakeResizeObserver {
    static instances: FakeResizeObserver[] = [];
    observed: Element[] = [];
    disconnected = false;
    constructor(private callback: (entries: { contentRect: { width: number } }[]) => void) {
        FakeResizeObserver.instances.push(this);
    }
    observe(target: Element): void {
        this.observed.push(target);
    }
    disconnect(): void {
        this.disconnected = true;
    }
    resize(width: number): void {
        this.callback([{ contentRect: { width } }]);
    }
}

describe('c-plan-opportunities', () => {
    afterEach(() => {
        resetDom();
        delete (window as unknown as { ResizeObserver?: unknown }).ResizeObserver;
        FakeResizeObserver.instances = [];
    });

    it('shows a spinner until the workspace arrives, and nothing else', () => {
        const element = createList();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect(datatable(element)).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
        expect($(element, 'lightning-radio-group')).toBeNull();
    });

    it('shows the first page from the workspace, formatted, without another server call', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'lightning-card').title).toBe('Linked Opportunities');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
        const filter = $(element, 'lightning-radio-group');
        expect(filter.label).toBe('Show');
        expect(filter.value).toBe('all');
        expect(filter.options).toEqual([
            { label: 'All', value: 'all' },
            { label: 'Won', value: 'won' },
            { label: 'Open', value: 'open' },
            { label: 'Lost', value: 'lost' }
        ]);
        expect(datatable(element).columns).toEqual([
            {
                label: 'Opportunity',
                fieldName: 'recordUrl',
                type: 'url',
                sortable: true,
                typeAttributes: { label: { fieldName: 'name' }, target: '_self' }
            },
            { label: 'Stage', fieldName: 'stageName', type: 'text', sortable: true },
            { label: 'Close Date', fieldName: 'closeDateText', type: 'text', sortable: true },
            {
                label: 'Amount',
                fieldName: 'amountText',
                type: 'text',
                sortable: true,
                cellAttributes: { alignment: 'right' }
            },
            {
                label: 'Probability (%)',
                fieldName: 'probabilityText',
                type: 'text',
                sortable: true,
                cellAttributes: { alignment: 'right' }
            },
            {
                label: 'Expected Revenue',
                fieldName: 'expectedRevenueText',
                type: 'text',
                sortable: true,
                cellAttributes: { alignment: 'right' }
            },
            { label: 'Owner', fieldName: 'ownerName', type: 'text', sortable: true }
        ]);
        expect(rows(element)).toHaveLength(33);
        expect(rows(element)[0]).toMatchObject({
            id: '006000000001031AAA',
            name: 'Northwind Traders - Data migration 31',
            recordUrl: '/lightning/r/Opportunity/006000000001031AAA/view',
            stageName: 'Proposal/Price Quote',
            closeDateText: 'Dec 14, 2026',
            amountText: '$89,000',
            probabilityText: '60%',
            expectedRevenueText: '$53,400',
            ownerName: 'Maria Lopez'
        });
        expect(datatable(element).sortedBy).toBe('closeDateText');
        expect(datatable(element).sortedDirection).toBe('desc');
        expect(datatable(element).keyField).toBe('id');
        expect($(element, '.pager')).toBeNull();
        expect(linked).not.toHaveBeenCalled();
        await expectAccessible(element);
    });

    it('writes amounts in the plan currency: euros, yen without decimals, cents only when there are some', async () => {
        const element = createList();
        const euroRows = [
            { ...opportunityRow, amount: 1234.5, expectedRevenue: 740.7, probability: null, closeDate: '2027-01-05' }
        ];
        workspaceAdapter.emit({
            ...workspaceWith(1, 1, { currencyIsoCode: 'EUR' }),
            opportunities: { totalCount: 1, pageNumber: 1, pageSize: 50, rows: euroRows }
        });
        await flush();
        expect(rows(element)[0]).toMatchObject({
            amountText: '€1,234.50',
            expectedRevenueText: '€740.70',
            probabilityText: '—',
            closeDateText: 'Jan 5, 2027'
        });
        workspaceAdapter.emit(workspaceWith(1, 1, { currencyIsoCode: 'JPY' }));
        await flush();
        expect(rows(element)[0]).toMatchObject({ amountText: '¥120,000', expectedRevenueText: '¥72,000' });
        workspaceAdapter.emit({
            ...workspaceWith(1, 1, { currencyIsoCode: '' }),
            opportunities: { totalCount: 1, pageNumber: 1, pageSize: 50, rows: [{ ...opportunityRow, amount: null }] }
        });
        await flush();
        expect(rows(element)[0]).toMatchObject({ amountText: '—', expectedRevenueText: '$72,000' });
    });

    it('invites linking on a plan without opportunities, without a spinner', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect($(element, '.empty-state').textContent.trim()).toBe(
            'No opportunities are linked to this plan yet. Opportunities of the account that close within the plan period are linked automatically.'
        );
        expect(datatable(element)).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, '.pager')).toBeNull();
    });

    it('filters through the server, says when nothing matches, and shows the workspace page again for "all"', async () => {
        linked.mockResolvedValueOnce(page(3, 1)).mockResolvedValueOnce(page(0, 1));
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        filterTo(element, 'won');
        await flush();
        expect(linked).toHaveBeenCalledWith({
            planId: PLAN_ID,
            filter: 'won',
            sortBy: 'closeDate',
            sortDirection: 'desc',
            pageNumber: 1,
            pageSize: 50
        });
        expect(rows(element)).toHaveLength(3);
        expect($(element, '.empty-state')).toBeNull();
        expect($(element, 'lightning-radio-group').value).toBe('won');
        filterTo(element, 'lost');
        await flush();
        expect($(element, '.empty-state').textContent.trim()).toBe('No opportunities match this filter.');
        expect(datatable(element)).toBeNull();
        filterTo(element, 'all');
        await flush();
        expect(linked).toHaveBeenCalledTimes(2);
        expect(rows(element)).toHaveLength(33);
        expect($(element, '.empty-state')).toBeNull();
    });

    it('sorts ascending by close date through the server', async () => {
        linked.mockResolvedValue(page(33, 1));
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        sortTable(element, 'closeDateText', 'asc');
        await flush();
        expect(linked).toHaveBeenCalledWith({
            planId: PLAN_ID,
            filter: 'all',
            sortBy: 'closeDate',
            sortDirection: 'asc',
            pageNumber: 1,
            pageSize: 50
        });
        expect(datatable(element).sortedBy).toBe('closeDateText');
        expect(datatable(element).sortedDirection).toBe('asc');
        expect(rows(element)[0].id).toBe(makeRows(1)[0].id);
    });

    it('maps each column to its server field, and an unknown column to the default order', async () => {
        linked.mockResolvedValue(page(33, 1));
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const expected: [string, string][] = [
            ['recordUrl', 'name'],
            ['stageName', 'stageName'],
            ['amountText', 'amount'],
            ['probabilityText', 'probability'],
            ['expectedRevenueText', 'expectedRevenue'],
            ['ownerName', 'ownerName']
        ];
        for (const [column, field] of expected) {
            sortTable(element, column, 'asc');
            await flush();
            expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ sortBy: field, sortDirection: 'asc' }));
            expect(datatable(element).sortedBy).toBe(column);
        }
        sortTable(element, 'amountText', 'desc');
        await flush();
        expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ sortBy: 'amount', sortDirection: 'desc' }));
        const calls = linked.mock.calls.length;
        // Unknown sort keys fall back to the default order, which is the workspace page again: no call.
        sortTable(element, 'hacked', 'sideways');
        await flush();
        expect(linked).toHaveBeenCalledTimes(calls);
        expect(datatable(element).sortedBy).toBe('closeDateText');
        expect(datatable(element).sortedDirection).toBe('desc');
    });

    it('pages forward and back, one page per call, with the pager buttons enabled where they lead somewhere', async () => {
        linked.mockImplementation((params: { pageNumber: number }) => Promise.resolve(page(120, params.pageNumber)));
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        const previous = $(element, '.previous-button');
        const next = $(element, '.next-button');
        expect(previous.label).toBe('Previous');
        expect(next.label).toBe('Next');
        expect(status(element)).toBe('Page 1 of 3 (120 opportunities)');
        expect(previous.disabled).toBe(true);
        expect(next.disabled).toBe(false);
        next.click();
        await flush();
        expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
        expect(rows(element)[0].id).toBe(makeRows(1, 50)[0].id);
        expect(status(element)).toBe('Page 2 of 3 (120 opportunities)');
        expect(previous.disabled).toBe(false);
        expect(next.disabled).toBe(false);
        next.click();
        await flush();
        expect(rows(element)).toHaveLength(20);
        expect(status(element)).toBe('Page 3 of 3 (120 opportunities)');
        expect(next.disabled).toBe(true);
        expect(previous.disabled).toBe(false);
        next.click();
        await flush();
        expect(linked).toHaveBeenCalledTimes(2);
        previous.click();
        await flush();
        expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
        previous.click();
        await flush();
        // Page 1 in the default order is the workspace page: no call.
        expect(linked).toHaveBeenCalledTimes(3);
        expect(status(element)).toBe('Page 1 of 3 (120 opportunities)');
        previous.click();
        await flush();
        expect(linked).toHaveBeenCalledTimes(3);
        await expectAccessible(element);
    });

    it('keeps the rows under a spinner while a page loads, then removes the spinner', async () => {
        const answer = deferred<OpportunityPage>();
        linked.mockReturnValue(answer.promise);
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        $(element, '.next-button').click();
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect(rows(element)[0].id).toBe(makeRows(1)[0].id);
        expect($(element, '.previous-button').disabled).toBe(true);
        expect($(element, '.next-button').disabled).toBe(true);
        expect($(element, '.empty-state')).toBeNull();
        answer.resolve(page(120, 2));
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(rows(element)[0].id).toBe(makeRows(1, 50)[0].id);
        expect($(element, '.previous-button').disabled).toBe(false);
    });

    it('shows the page asked for last, even when an older answer arrives after it', async () => {
        const second = deferred<OpportunityPage>();
        const third = deferred<OpportunityPage>();
        linked.mockReturnValueOnce(second.promise).mockReturnValueOnce(third.promise);
        const element = createList();
        workspaceAdapter.emit(workspaceWith(150));
        await flush();
        filterTo(element, 'open');
        filterTo(element, 'won');
        await flush();
        third.resolve(page(150, 3));
        await flush();
        expect(rows(element)[0].id).toBe(makeRows(1, 100)[0].id);
        expect($(element, 'lightning-spinner')).toBeNull();
        second.resolve(page(150, 2));
        await flush();
        expect(rows(element)[0].id).toBe(makeRows(1, 100)[0].id);
        expect(status(element)).toBe('Page 3 of 3 (150 opportunities)');
    });

    it('keeps the spinner until the latest request answers, not an older one', async () => {
        const older = deferred<OpportunityPage>();
        const newer = deferred<OpportunityPage>();
        linked.mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        filterTo(element, 'open');
        filterTo(element, 'won');
        older.resolve(page(120, 1));
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        newer.resolve(page(3, 1));
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(rows(element)).toHaveLength(3);
    });

    it('shows the error panel when a page fails and ignores a stale failure', async () => {
        const stale = deferred<OpportunityPage>();
        linked.mockReturnValueOnce(stale.promise).mockRejectedValueOnce({ body: { message: 'Query failed' } });
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        filterTo(element, 'won');
        filterTo(element, 'open');
        await flush();
        stale.reject({ body: { message: 'stale' } });
        await flush();
        expect($(element, 'c-error-panel').errors).toEqual({ body: { message: 'Query failed' } });
        expect($(element, 'lightning-spinner')).toBeNull();
        linked.mockResolvedValueOnce(page(2, 1));
        filterTo(element, 'lost');
        await flush();
        expect($(element, 'c-error-panel')).toBeNull();
    });

    it('reloads the page on screen when the workspace is refreshed', async () => {
        linked.mockResolvedValue(page(120, 2));
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        $(element, '.next-button').click();
        await flush();
        expect(linked).toHaveBeenCalledTimes(1);
        workspaceAdapter.emit(workspaceWith(121));
        await flush();
        expect(linked).toHaveBeenCalledTimes(2);
        expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
    });

    it('does not ask the server without a plan id', async () => {
        const element = createList({ recordId: undefined });
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        filterTo(element, 'won');
        await flush();
        expect(linked).not.toHaveBeenCalled();
    });

    it('loads its own first page when configured with another page size, within 1 to 200', async () => {
        linked.mockResolvedValue(page(120, 1, 10));
        const element = createList({ pageSize: 10 });
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        // The workspace page holds 50 rows; only the configured 10 are shown, then the next page is fetched.
        expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 1, pageSize: 10 }));
        expect(rows(element)).toHaveLength(10);
        expect(status(element)).toBe('Page 1 of 12 (120 opportunities)');
        linked.mockResolvedValue(page(120, 2, 10));
        $(element, '.next-button').click();
        await flush();
        expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2, pageSize: 10 }));
        expect(rows(element)).toHaveLength(10);

        for (const [configured, used] of [
            [500, 200],
            [12.7, 12],
            [-3, 1]
        ]) {
            resetDom();
            createList({ pageSize: configured });
            workspaceAdapter.emit(workspaceWith(120));
            await flush();
            expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageSize: used }));
        }
        for (const configured of [0, 'abc']) {
            resetDom();
            const other = createList({ pageSize: configured });
            workspaceAdapter.emit(workspaceWith(120));
            await flush();
            // 50, the workspace's own page: no call
            expect(linked).not.toHaveBeenCalled();
            expect(rows(other)).toHaveLength(50);
        }
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createList();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-radio-group')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(linked).not.toHaveBeenCalled();
    });

    it('keeps the page on screen, not the first one, while the next page loads', async () => {
        const third = deferred<OpportunityPage>();
        linked.mockResolvedValueOnce(page(120, 2)).mockReturnValueOnce(third.promise);
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        $(element, '.next-button').click();
        await flush();
        $(element, '.next-button').click();
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect(rows(element)[0].id).toBe(makeRows(1, 50)[0].id);
        third.resolve(page(120, 3));
        await flush();
        expect(rows(element)[0].id).toBe(makeRows(1, 100)[0].id);
    });

    it('shows the new number of rows when an admin changes the page size on the page shown', async () => {
        linked.mockImplementation((params: { pageNumber: number }) => Promise.resolve(page(120, params.pageNumber)));
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        $(element, '.next-button').click();
        await flush();
        expect(rows(element)).toHaveLength(50);
        (element as unknown as { pageSize: number }).pageSize = 10;
        await flush();
        expect(rows(element)).toHaveLength(10);
        expect(rows(element)[0].id).toBe(makeRows(1, 50)[0].id);
    });

    it('shows no pager when every opportunity fits on the one page', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceWith(50));
        await flush();
        expect(rows(element)).toHaveLength(50);
        expect($(element, '.next-button')).toBeNull();
        expect($(element, '.page-status')).toBeNull();
    });

    describe('in a narrow column or on a phone', () => {
        beforeEach(() => {
            (window as unknown as { ResizeObserver: unknown }).ResizeObserver = FakeResizeObserver;
        });

        it('shows stacked cards with a sort picker below 600 px of its own width, and the table from 600 px', async () => {
            linked.mockResolvedValue(page(33, 1));
            const element = createList();
            workspaceAdapter.emit(workspaceAhead);
            await flush();
            const observer = FakeResizeObserver.instances[0];
            expect(observer.observed).toEqual([element]);
            observer.resize(390);
            await flush();
            expect(datatable(element)).toBeNull();
            const cards = $(element, 'c-plan-opportunity-cards');
            expect(cards.rows).toHaveLength(33);
            expect(cards.rows[0]).toMatchObject({ amountText: '$89,000', closeDateText: 'Dec 14, 2026' });
            const picker = $(element, 'lightning-combobox.sort-field');
            expect(picker.label).toBe('Sort by');
            expect(picker.value).toBe('closeDate');
            expect(picker.options).toEqual([
                { label: 'Opportunity', value: 'name' },
                { label: 'Stage', value: 'stageName' },
                { label: 'Close Date', value: 'closeDate' },
                { label: 'Amount', value: 'amount' },
                { label: 'Probability (%)', value: 'probability' },
                { label: 'Expected Revenue', value: 'expectedRevenue' },
                { label: 'Owner', value: 'ownerName' }
            ]);
            const direction = $(element, 'lightning-button.sort-direction');
            expect(direction.label).toBe('Descending');
            expect(direction.iconName).toBe('utility:arrowdown');
            expect(direction.title).toBe('Sorted descending. Click to reverse the order.');
            await expectAccessible(element);

            observer.resize(599);
            await flush();
            expect(datatable(element)).toBeNull();
            observer.resize(600);
            await flush();
            expect(datatable(element)).not.toBeNull();
            expect($(element, 'c-plan-opportunity-cards')).toBeNull();
            expect($(element, '.sort-controls')).toBeNull();
        });

        it('keeps the table while hidden (no width yet, e.g. in a closed tab)', async () => {
            const element = createList();
            workspaceAdapter.emit(workspaceAhead);
            await flush();
            FakeResizeObserver.instances[0].resize(0);
            await flush();
            expect(datatable(element)).not.toBeNull();
        });

        it('sorts from the picker and reverses with the direction button', async () => {
            linked.mockResolvedValue(page(33, 1));
            const element = createList();
            workspaceAdapter.emit(workspaceAhead);
            await flush();
            FakeResizeObserver.instances[0].resize(390);
            await flush();
            $(element, 'lightning-combobox.sort-field').dispatchEvent(
                new CustomEvent('change', { detail: { value: 'amount' } })
            );
            await flush();
            expect(linked).toHaveBeenLastCalledWith(
                expect.objectContaining({ sortBy: 'amount', sortDirection: 'desc' })
            );
            $(element, 'lightning-button.sort-direction').click();
            await flush();
            expect(linked).toHaveBeenLastCalledWith(
                expect.objectContaining({ sortBy: 'amount', sortDirection: 'asc' })
            );
            const direction = $(element, 'lightning-button.sort-direction');
            expect(direction.label).toBe('Ascending');
            expect(direction.iconName).toBe('utility:arrowup');
            expect(direction.title).toBe('Sorted ascending. Click to reverse the order.');
            $(element, 'lightning-button.sort-direction').click();
            await flush();
            expect(linked).toHaveBeenLastCalledWith(
                expect.objectContaining({ sortBy: 'amount', sortDirection: 'desc' })
            );
            $(element, 'lightning-combobox.sort-field').dispatchEvent(
                new CustomEvent('change', { detail: { value: 'nonsense' } })
            );
            await flush();
            expect($(element, 'lightning-combobox.sort-field').value).toBe('closeDate');
        });

        it('stops watching its width once removed from the page', async () => {
            const element = createList();
            await flush();
            document.body.removeChild(element);
            expect(FakeResizeObserver.instances[0].disconnected).toBe(true);
        });
    });

    // Timing lives in the e2e render benchmark (printed, never asserted); this test states the structure that
    // keeps a large plan as cheap as a small one: one page of rows and one server call per page.
    it('puts at most one page of a 2,000-opportunity plan in the table and calls the server once per page', async () => {
        linked.mockImplementation((params: { pageNumber: number }) => Promise.resolve(page(2000, params.pageNumber)));
        const element = createList();
        workspaceAdapter.emit(workspaceWith(2000));
        await flush();
        expect(rows(element)).toHaveLength(50);
        expect(linked).not.toHaveBeenCalled();
        const next = $(element, '.next-button');
        for (let pageNumber = 2; pageNumber <= 4; pageNumber++) {
            next.click();
            await flush();
            expect(linked).toHaveBeenCalledTimes(pageNumber - 1);
            expect(linked).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber, pageSize: 50 }));
            expect(rows(element)).toHaveLength(50);
            expect(rows(element)[0].id).toBe(makeRows(1, (pageNumber - 1) * 50)[0].id);
        }
    });

    it('turns only one page into rows even when the workspace carries all 2,000 opportunities', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceWith(2000, 2000));
        await flush();
        expect(rows(element)).toHaveLength(50);
        expect(rows(element)[49].id).toBe(makeRows(1, 49)[0].id);
        expect(linked).not.toHaveBeenCalled();
    });
});
