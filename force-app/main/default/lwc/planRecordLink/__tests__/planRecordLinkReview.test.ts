import PlanRecordLink from 'c/planRecordLink';
import * as navigation from 'lightning/navigation';
import { $, flush, mount, navigations, resetDom } from '../../../../../../jest/testUtils';

const generateUrl = (navigation as unknown as { generateUrl: jest.Mock }).generateUrl;
const RECORD_PAGE = {
    type: 'standard__recordPage',
    attributes: { recordId: 'a01000000000001AAA', actionName: 'view' }
};

describe('c-plan-record-link', () => {
    afterEach(() => {
        resetDom();
    });

    it('renders the name as a link to the record page URL', async () => {
        const element = mount('c-plan-record-link', PlanRecordLink, {
            recordId: 'a01000000000001AAA',
            label: 'Northwind Traders 2026',
            linkTitle: 'Open Northwind Traders 2026'
        });
        await flush();
        const link = $(element, 'a.record-link');
        expect(link.textContent).toBe('Northwind Traders 2026');
        expect(link.getAttribute('href')).toBe('https://example.my.salesforce.com/lightning/page');
        expect(link.getAttribute('title')).toBe('Open Northwind Traders 2026');
        expect(generateUrl).toHaveBeenCalledWith(RECORD_PAGE);
    });

    it('navigates inside Lightning on a plain click', async () => {
        const element = mount('c-plan-record-link', PlanRecordLink, { recordId: 'a01000000000001AAA', label: 'Plan' });
        await flush();
        const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
        $(element, 'a').dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(navigations()).toEqual([RECORD_PAGE]);
    });

    it('leaves a ctrl-click (new tab) to the browser', async () => {
        const element = mount('c-plan-record-link', PlanRecordLink, { recordId: 'a01000000000001AAA', label: 'Plan' });
        await flush();
        const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
        $(element, 'a').dispatchEvent(click);
        expect(click.defaultPrevented).toBe(false);
        expect(navigations()).toEqual([]);
    });

    it('follows a new record and ignores a late URL of the previous one', async () => {
        let resolveFirst: (url: string) => void = () => undefined;
        generateUrl.mockImplementationOnce(() => new Promise<string>((resolve) => (resolveFirst = resolve)));
        const element = mount('c-plan-record-link', PlanRecordLink, { recordId: 'a01000000000001AAA', label: 'Plan' });
        generateUrl.mockImplementationOnce(() => Promise.resolve('/lightning/r/a01000000000002AAA/view'));
        (element as HTMLElement & { recordId: string }).recordId = 'a01000000000002AAA';
        await flush();
        resolveFirst('/lightning/r/a01000000000001AAA/view');
        await flush();
        expect($(element, 'a').getAttribute('href')).toBe('/lightning/r/a01000000000002AAA/view');
    });

    it('shows plain text without a record', () => {
        const element = mount('c-plan-record-link', PlanRecordLink, { label: 'Deleted objective' });
        expect($(element, 'a')).toBeNull();
        expect($(element, 'span.record-name').textContent).toBe('Deleted objective');
    });
});
