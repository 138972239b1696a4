import { createElement } from 'lwc';
import axe from 'axe-core';
import PlanOpportunities from 'c/planOpportunities';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import getLinkedOpportunities from '@salesforce/apex/AccountPlanWorkspaceController.getLinkedOpportunities';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import opportunityRow from './data/opportunityRow.json';

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

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;
const getLinkedOpportunitiesMock = getLinkedOpportunities as unknown as jest.Mock;

type Datatable = HTMLElement & {
    data: { id: string; recordUrl: string }[];
    columns: { fieldName: string }[];
    sortedBy: string;
    sortedDirection: string;
};

function makeRows(count: number, offset = 0): OpportunityRow[] {
    return Array.from({ length: count }, (_value, index) => ({
        ...opportunityRow,
        id: `006${String(offset + index).padStart(12, '0')}AAA`,
        name: `${opportunityRow.name} ${offset + index}`
    }));
}

/** A workspace whose plan has `total` linked opportunities; the DTO carries `carried` of them (the server sends one page). */
function workspaceWith(total: number, carried = Math.min(total, 50)): PlanWorkspace {
    return {
        ...(workspaceAhead as unknown as PlanWorkspace),
        opportunities: { totalCount: total, pageNumber: 1, pageSize: 50, rows: makeRows(carried) }
    };
}

function page(total: number, pageNumber: number, size = 50): OpportunityPage {
    const count = Math.max(0, Math.min(size, total - (pageNumber - 1) * size));
    return { totalCount: total, pageNumber, pageSize: size, rows: makeRows(count, (pageNumber - 1) * size) };
}

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createList(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-plan-opportunities', { is: PlanOpportunities });
    Object.assign(element, { recordId: workspaceAhead.plan.id, ...props });
    document.body.appendChild(element);
    return element;
}

function datatable(element: HTMLElement): Datatable {
    return element.shadowRoot!.querySelector('lightning-datatable') as Datatable;
}

describe('c-plan-opportunities', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows a spinner until the workspace arrives', () => {
        const element = createList();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('lightning-datatable')).toBeNull();
    });

    it('renders the first page from the workspace without another server call', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const table = datatable(element);
        expect(table.data).toHaveLength(workspaceAhead.opportunities.rows.length);
        expect(table.data[0].recordUrl).toBe(
            `/lightning/r/Opportunity/${workspaceAhead.opportunities.rows[0].id}/view`
        );
        expect(table.columns.map((column) => column.fieldName)).toEqual([
            'recordUrl',
            'stageName',
            'closeDate',
            'amount',
            'probability',
            'expectedRevenue',
            'ownerName'
        ]);
        expect(table.sortedBy).toBe('closeDate');
        expect(table.sortedDirection).toBe('desc');
        expect(element.shadowRoot!.querySelector('.pager')).toBeNull();
        expect(getLinkedOpportunitiesMock).not.toHaveBeenCalled();
        await expectAccessible(element);
    });

    it('invites linking on a plan without opportunities', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect(element.shadowRoot!.querySelector('.empty-state')!.textContent).toBe('c.Opportunities_Empty');
        expect(element.shadowRoot!.querySelector('lightning-datatable')).toBeNull();
    });

    it('filters through the server and says when nothing matches', async () => {
        getLinkedOpportunitiesMock.mockResolvedValueOnce(page(3, 1)).mockResolvedValueOnce(page(0, 1));
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const filter = element.shadowRoot!.querySelector('lightning-radio-group') as HTMLElement;
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'won' } }));
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenCalledWith({
            planId: workspaceAhead.plan.id,
            filter: 'won',
            sortBy: 'closeDate',
            sortDirection: 'desc',
            pageNumber: 1,
            pageSize: 50
        });
        expect(datatable(element).data).toHaveLength(3);
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'lost' } }));
        await flush();
        expect(element.shadowRoot!.querySelector('.empty-state')!.textContent).toBe('c.Opportunities_Empty_Filter');
        // Back to "all": the workspace page again, no call.
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'all' } }));
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenCalledTimes(2);
        expect(datatable(element).data).toHaveLength(workspaceAhead.opportunities.rows.length);
    });

    it('sorts through the server, mapping the name column', async () => {
        getLinkedOpportunitiesMock.mockResolvedValue(page(33, 1));
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        datatable(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'recordUrl', sortDirection: 'asc' } })
        );
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(
            expect.objectContaining({ sortBy: 'name', sortDirection: 'asc' })
        );
        expect(datatable(element).sortedBy).toBe('recordUrl');
        expect(datatable(element).sortedDirection).toBe('asc');
        datatable(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'amount', sortDirection: 'desc' } })
        );
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(
            expect.objectContaining({ sortBy: 'amount', sortDirection: 'desc' })
        );
        // Unknown sort keys fall back to the default order, which is the workspace page again: no call.
        datatable(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'hacked', sortDirection: 'sideways' } })
        );
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenCalledTimes(2);
        expect(datatable(element).sortedBy).toBe('closeDate');
        expect(datatable(element).sortedDirection).toBe('desc');
    });

    it('pages forward and back, one page per call', async () => {
        getLinkedOpportunitiesMock.mockImplementation((params: { pageNumber: number }) =>
            Promise.resolve(page(120, params.pageNumber))
        );
        const element = createList();
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        const status = () => element.shadowRoot!.querySelector('.page-status')!.textContent;
        const previous = element.shadowRoot!.querySelector('.previous-button') as HTMLElement & { disabled: boolean };
        const next = element.shadowRoot!.querySelector('.next-button') as HTMLElement & { disabled: boolean };
        expect(status()).toBe('c.Opportunities_Page_Of');
        expect(previous.disabled).toBe(true);
        expect(next.disabled).toBe(false);
        next.click();
        // While the page loads, the previous rows stay under a spinner and the pager stays put.
        expect(element.shadowRoot!.querySelector('.next-button')).toBe(next);
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
        expect(datatable(element).data[0].id).toBe(makeRows(1, 50)[0].id);
        next.click();
        await flush();
        expect(datatable(element).data).toHaveLength(20);
        expect(next.disabled).toBe(true);
        next.click();
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenCalledTimes(2);
        previous.click();
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
        previous.click();
        await flush();
        // Page 1 in the default order is the workspace page: no call.
        expect(getLinkedOpportunitiesMock).toHaveBeenCalledTimes(3);
        previous.click();
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenCalledTimes(3);
        await expectAccessible(element);
    });

    it('loads its own first page when configured with another page size', async () => {
        getLinkedOpportunitiesMock.mockResolvedValue(page(120, 1, 10));
        const element = createList({ pageSize: 10 });
        workspaceAdapter.emit(workspaceWith(120));
        await flush();
        // The workspace page holds 50 rows; only the configured 10 are shown, then the next page is fetched.
        expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(
            expect.objectContaining({ pageNumber: 1, pageSize: 10 })
        );
        expect(datatable(element).data).toHaveLength(10);
        getLinkedOpportunitiesMock.mockResolvedValue(page(120, 2, 10));
        (element.shadowRoot!.querySelector('.next-button') as HTMLElement).click();
        await flush();
        expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(
            expect.objectContaining({ pageNumber: 2, pageSize: 10 })
        );
        expect(datatable(element).data).toHaveLength(10);
    });

    it('shows the error panel when a page fails and ignores stale answers', async () => {
        let rejectFirst: (reason: unknown) => void = () => undefined;
        getLinkedOpportunitiesMock
            .mockImplementationOnce(() => new Promise((_resolve, reject) => (rejectFirst = reject)))
            .mockRejectedValueOnce({ body: { message: 'Query failed' } });
        const element = createList();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const filter = element.shadowRoot!.querySelector('lightning-radio-group') as HTMLElement;
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'won' } }));
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'open' } }));
        await flush();
        rejectFirst({ body: { message: 'stale' } });
        await flush();
        const panel = element.shadowRoot!.querySelector('c-error-panel') as unknown as {
            errors: { body: { message: string } };
        };
        expect(panel.errors.body.message).toBe('Query failed');
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createList();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('lightning-radio-group')).toBeNull();
    });

    // Timing lives in the e2e render benchmark (printed, never asserted); this test states the structure that
    // keeps a large plan as cheap as a small one: one page of rows and one server call per page.
    it('puts at most one page of a 2,000-opportunity plan in the table and calls the server once per page', async () => {
        getLinkedOpportunitiesMock.mockImplementation((params: { pageNumber: number }) =>
            Promise.resolve(page(2000, params.pageNumber))
        );
        const element = createList();
        workspaceAdapter.emit(workspaceWith(2000));
        await flush();
        expect(datatable(element).data).toHaveLength(50);
        expect(getLinkedOpportunitiesMock).not.toHaveBeenCalled();
        const next = element.shadowRoot!.querySelector('.next-button') as HTMLElement;
        for (let pageNumber = 2; pageNumber <= 4; pageNumber++) {
            next.click();
            await flush();
            expect(getLinkedOpportunitiesMock).toHaveBeenCalledTimes(pageNumber - 1);
            expect(getLinkedOpportunitiesMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ pageNumber, pageSize: 50 })
            );
            expect(datatable(element).data).toHaveLength(50);
            expect(datatable(element).data[0].id).toBe(makeRows(1, (pageNumber - 1) * 50)[0].id);
        }
    });

    it('turns only one page into rows even when the workspace carries all 2,000 opportunities', async () => {
        const element = createList();
        workspaceAdapter.emit(workspaceWith(2000, 2000));
        await flush();
        expect(datatable(element).data).toHaveLength(50);
        expect(datatable(element).data[49].id).toBe(makeRows(1, 49)[0].id);
        expect(getLinkedOpportunitiesMock).not.toHaveBeenCalled();
    });
});
