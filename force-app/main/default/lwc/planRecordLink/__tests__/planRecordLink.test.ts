import PlanRecordLink from 'c/planRecordLink';
import * as navigation from 'lightning/navigation';
import { $, flush, mount, navigations, resetDom } from '../../../../../../jest/testUtils';

<<<<<<< HEAD
const PLAN_ID = 'a01000000000002AAA';
/** The stub's GenerateUrl (jest/lwc/lightning/navigation). */
const generated = (navigation as unknown as { generateUrl: jest.Mock }).generateUrl;

function urlOf(reference: { attributes: { recordId: string } }): Promise<string> {
    return Promise.resolve(`/lightning/r/${reference.attributes.recordId}/view`);
}

const create = (props: Record<string, unknown> = { recordId: PLAN_ID, label: 'Globex Q4 2026' }): HTMLElement =>
    mount('c-plan-record-link', PlanRecordLink, props);

function click(element: HTMLElement, init: MouseEventInit = {}): MouseEvent {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
    $(element, 'a').dispatchEvent(event);
    return event;
}

describe('c-plan-record-link', () => {
    beforeEach(() => {
        generated.mockImplementation(urlOf);
    });
    afterEach(() => {
        resetDom();
        generated.mockReset();
    });

    it('is a link with the record URL, so it opens in a new tab and its address can be copied', async () => {
        const element = create();
        await flush();
        const link = $(element, 'a') as HTMLAnchorElement;
        expect(link.textContent).toBe('Globex Q4 2026');
        expect(link.getAttribute('href')).toBe(`/lightning/r/${PLAN_ID}/view`);
        expect(generated).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: PLAN_ID, actionName: 'view' }
        });
    });

    it('is underlined inside a line of text (variant inline), so colour is not its only cue', async () => {
        const inline = create({ recordId: PLAN_ID, label: 'Globex Q4 2026', variant: 'inline' });
        const alone = create();
        await flush();
        expect(($(inline, 'a') as HTMLElement).className).toBe('record-link record-link_inline');
        expect(($(alone, 'a') as HTMLElement).className).toBe('record-link');
    });

    it('is focusable and clickable before the URL arrives', () => {
        generated.mockImplementation(() => new Promise(() => undefined));
        const element = create();
        expect(($(element, 'a') as HTMLAnchorElement).getAttribute('href')).toBe('#');
        const event = click(element);
        expect(event.defaultPrevented).toBe(true);
        expect(navigations()).toEqual([
            { type: 'standard__recordPage', attributes: { recordId: PLAN_ID, actionName: 'view' } }
        ]);
    });

    it('navigates in place on a plain click', async () => {
        const element = create();
        await flush();
        const event = click(element);
        expect(event.defaultPrevented).toBe(true);
        expect(navigations()).toHaveLength(1);
        expect(navigations()[0].attributes.recordId).toBe(PLAN_ID);
    });

    it.each([
        ['Ctrl', { ctrlKey: true }],
        ['Cmd', { metaKey: true }],
        ['Shift', { shiftKey: true }],
        ['Alt', { altKey: true }],
        ['middle button', { button: 1 }]
    ])('leaves a %s click to the browser (new tab or window)', async (_name, init) => {
        const element = create();
        await flush();
        const event = click(element, init as MouseEventInit);
        expect(event.defaultPrevented).toBe(false);
        expect(navigations()).toEqual([]);
    });

    it('follows a new record id and keeps only the latest URL', async () => {
        let resolveFirst: (url: string) => void = () => undefined;
        generated.mockImplementationOnce(() => new Promise<string>((resolve) => (resolveFirst = resolve)));
        const element = create();
        Object.assign(element, { recordId: 'a01000000000009AAA' });
        await flush();
        resolveFirst('/lightning/r/stale/view');
        await flush();
        expect(($(element, 'a') as HTMLAnchorElement).getAttribute('href')).toBe(
            '/lightning/r/a01000000000009AAA/view'
        );
        expect((element as unknown as { recordId: string }).recordId).toBe('a01000000000009AAA');
    });

    it('keeps navigating when no URL can be generated, and does nothing without a record', async () => {
        generated.mockImplementation(() => Promise.reject(new Error('no URL')));
        const element = create();
        await flush();
        expect(($(element, 'a') as HTMLAnchorElement).getAttribute('href')).toBe('#');
        click(element);
        expect(navigations()).toHaveLength(1);
        Object.assign(element, { recordId: undefined });
        await flush();
        click(element);
        expect(navigations()).toHaveLength(1);
        expect(generated).toHaveBeenCalledTimes(1);
=======
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
>>>>>>> wip/ui-review
    });
});
