import PlanRecordLink from 'c/planRecordLink';
import * as navigation from 'lightning/navigation';
import { $, flush, mount, navigations, resetDom } from '../../../../../../jest/testUtils';

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

    it('keeps navigating when no URL can be generated, and shows plain text without a record', async () => {
        generated.mockImplementation(() => Promise.reject(new Error('no URL')));
        const element = create();
        await flush();
        expect(($(element, 'a') as HTMLAnchorElement).getAttribute('href')).toBe('#');
        click(element);
        expect(navigations()).toHaveLength(1);
        Object.assign(element, { recordId: undefined });
        await flush();
        // Without a record the name is plain text: nothing to click, nothing to generate.
        expect($(element, 'a')).toBeNull();
        expect($(element, 'span.record-name').textContent).toBe('Globex Q4 2026');
        expect(navigations()).toHaveLength(1);
        expect(generated).toHaveBeenCalledTimes(1);
    });
});
