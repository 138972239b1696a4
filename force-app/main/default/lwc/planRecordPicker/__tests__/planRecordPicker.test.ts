import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanRecordPicker from 'c/planRecordPicker';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const CONTACTS = [
    { value: '003A', label: 'Lena Fischer', meta: 'Logistics Director' },
    { value: '003B', label: 'Omar Haddad', meta: null }
];

function create(properties: Record<string, unknown>): HTMLElement {
    return mount('c-plan-record-picker', PlanRecordPicker, {
        label: 'Contact',
        placeholder: 'Search the contacts of the account',
        requiredMessage: 'Choose a contact.',
        ...properties
    });
}

function type(element: HTMLElement, value: string): void {
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

const optionTexts = (element: HTMLElement): string[] =>
    $$(element, 'button.option').map((button) => button.textContent.replace(/\s+/g, ' ').trim());

describe('c-plan-record-picker', () => {
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
        jest.restoreAllMocks();
    });

    it('lists every record at once when no characters are needed, each a "Select" button', async () => {
        const search = jest.fn(() => Promise.resolve(CONTACTS));
        const element = create({ search });
        await flush();
        expect(search).toHaveBeenCalledWith('');
        const input = $(element, 'lightning-input');
        expect(input.label).toBe('Contact');
        expect(input.placeholder).toBe('Search the contacts of the account');
        expect(input.type).toBe('search');
        expect(input.required).toBe(true);
        expect(optionTexts(element)).toEqual([
            `${label('Picker_Select')} Lena Fischer · Logistics Director`,
            `${label('Picker_Select')} Omar Haddad`
        ]);
        expect($(element, '.no-results')).toBeNull();
    });

    it('searches only from the minimum length, once the user pauses, with the trimmed text', async () => {
        jest.useFakeTimers();
        const search = jest.fn(() => Promise.resolve([{ value: '001A', label: 'Adatum', meta: 'Partner' }]));
        const element = create({ search, minLength: 2 });
        await flush();
        expect(search).not.toHaveBeenCalled();
        // an empty search box, and no "No matches" before anything was searched
        expect($(element, 'lightning-input').value).toBe('');
        expect($(element, '.no-results')).toBeNull();
        type(element, 'a');
        jest.advanceTimersByTime(1000);
        expect(search).not.toHaveBeenCalled();
        type(element, ' ad ');
        jest.advanceTimersByTime(299);
        expect(search).not.toHaveBeenCalled();
        jest.advanceTimersByTime(1);
        expect(search).toHaveBeenCalledWith('ad');
        await flush();
        expect(optionTexts(element)).toEqual([`${label('Picker_Select')} Adatum · Partner`]);
        // back under the minimum: the results go, and no "No matches" either
        type(element, 'a');
        await flush();
        expect($$(element, 'button.option')).toHaveLength(0);
        expect($(element, '.no-results')).toBeNull();
        jest.advanceTimersByTime(1000);
        expect(search).toHaveBeenCalledTimes(1);
    });

    it('searches once for a burst of typing', async () => {
        jest.useFakeTimers();
        const search = jest.fn(() => Promise.resolve([]));
        const element = create({ search, minLength: 2 });
        type(element, 'ad');
        jest.advanceTimersByTime(100);
        type(element, 'ada');
        jest.advanceTimersByTime(300);
        expect(search.mock.calls).toEqual([['ada']]);
    });

    it('says when nothing matches, once the search has answered', async () => {
        jest.useFakeTimers();
        let answer: (value: unknown[]) => void = () => undefined;
        const search = jest.fn(() => new Promise<unknown[]>((resolve) => (answer = resolve)));
        const element = create({ search, minLength: 2 });
        type(element, 'zz');
        jest.advanceTimersByTime(300);
        await flush();
        expect($(element, 'lightning-input').isLoading).toBe(true);
        expect($(element, '.no-results')).toBeNull();
        answer([]);
        await flush();
        expect($(element, 'lightning-input').isLoading).toBe(false);
        expect($(element, '.no-results').textContent).toBe(label('Picker_No_Results'));
        expect($(element, 'ul.results')).toBeNull();
    });

    it('treats a cleared search box as empty text', async () => {
        jest.useFakeTimers();
        const search = jest.fn(() => Promise.resolve(CONTACTS));
        const element = create({ search, minLength: 2 });
        type(element, 'le');
        jest.advanceTimersByTime(300);
        await flush();
        expect(optionTexts(element)).toHaveLength(2);
        // the search box's clear button sends no value
        $(element, 'lightning-input').dispatchEvent(new CustomEvent('change', { detail: {} }));
        jest.advanceTimersByTime(1000);
        await flush();
        expect($(element, 'lightning-input').value).toBe('');
        expect($$(element, 'button.option')).toHaveLength(0);
        expect(search.mock.calls).toEqual([['le']]);
    });

    it("says the caller's own words when nothing matches", async () => {
        const search = jest.fn(() => Promise.resolve([]));
        const element = create({ search, noResultsMessage: 'Every contact of this account is already a stakeholder.' });
        await flush();
        expect($(element, '.no-results').textContent).toBe('Every contact of this account is already a stakeholder.');
    });

    /** Searches 'ad', then 'adat', both still unanswered: answer one with `answers.ad(...)` or `answers.adat(...)`. */
    const searchTwice = () => {
        jest.useFakeTimers();
        const answers: Record<string, (value: unknown[]) => void> = {};
        const search = jest.fn((term: string) => new Promise<unknown[]>((resolve) => (answers[term] = resolve)));
        const element = create({ search, minLength: 2 });
        type(element, 'ad');
        jest.advanceTimersByTime(300);
        type(element, 'adat');
        jest.advanceTimersByTime(300);
        return { element, answers };
    };

    it('keeps the results of the latest search when an older one answers last', async () => {
        const { element, answers } = searchTwice();
        answers.adat([{ value: '001A', label: 'Adatum', meta: null }]);
        await flush();
        answers.ad([{ value: '001B', label: 'Adventure Works', meta: null }]);
        await flush();
        expect(optionTexts(element)).toEqual([`${label('Picker_Select')} Adatum`]);
        expect($(element, 'lightning-input').isLoading).toBe(false);
    });

    it('keeps searching when an older search answers while the latest one is still out', async () => {
        const { element, answers } = searchTwice();
        answers.ad([{ value: '001B', label: 'Adventure Works', meta: null }]);
        await flush();
        expect($(element, 'lightning-input').isLoading).toBe(true);
        expect($$(element, 'button.option')).toHaveLength(0);
        expect($(element, '.no-results')).toBeNull();
        answers.adat([{ value: '001A', label: 'Adatum', meta: null }]);
        await flush();
        expect($(element, 'lightning-input').isLoading).toBe(false);
        expect(optionTexts(element)).toEqual([`${label('Picker_Select')} Adatum`]);
    });

    it('shows the chosen record with a Change button, and reports the choice and its clearing', async () => {
        const search = jest.fn(() => Promise.resolve(CONTACTS));
        const element = create({ search });
        const select = jest.fn();
        element.addEventListener('select', select);
        await flush();
        $$(element, 'button.option')[0].click();
        await flush();
        expect(select.mock.calls[0][0].detail).toEqual({ value: '003A', label: 'Lena Fischer' });
        expect($(element, '.chosen-label').textContent.replace(/\s+/g, ' ').trim()).toBe(
            `${label('Picker_Chosen')} Lena Fischer · Logistics Director`
        );
        expect($(element, 'button.change').textContent.trim()).toBe(label('Picker_Change'));
        expect($(element, 'lightning-input')).toBeNull();
        expect($$(element, 'button.option')).toHaveLength(0);
        // focus moved to the Change button
        expect(element.shadowRoot!.activeElement).toBe($(element, 'button.change'));

        const focused: unknown[] = [];
        jest.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (this: HTMLElement) {
            focused.push(this);
        });
        $(element, 'button.change').click();
        await flush();
        expect(select.mock.calls[1][0].detail).toEqual({ value: '', label: '' });
        expect($(element, '.chosen')).toBeNull();
        expect(optionTexts(element)).toHaveLength(2);
        // focus went back to the search box
        expect(focused).toEqual([$(element, 'lightning-input')]);
    });

    it('shows and reports the record chosen, not the first one', async () => {
        const search = jest.fn(() => Promise.resolve(CONTACTS));
        const element = create({ search });
        const select = jest.fn();
        element.addEventListener('select', select);
        await flush();
        $$(element, 'button.option')[1].click();
        await flush();
        expect(select.mock.calls.map((call) => call[0].detail)).toEqual([{ value: '003B', label: 'Omar Haddad' }]);
        expect($(element, '.chosen-label').textContent.replace(/\s+/g, ' ').trim()).toBe(
            `${label('Picker_Chosen')} Omar Haddad`
        );
    });

    it('can be asked to focus while a record is chosen', async () => {
        const element = create({ search: jest.fn(() => Promise.resolve(CONTACTS)) });
        await flush();
        $$(element, 'button.option')[0].click();
        await flush();
        expect(() => (element as unknown as { focus(): void }).focus()).not.toThrow();
        expect(element.shadowRoot!.activeElement).toBe($(element, 'button.change'));
    });

    it('asks for a choice with its message until there is one', async () => {
        const search = jest.fn(() => Promise.resolve(CONTACTS));
        const element = create({ search });
        await flush();
        expect($(element, '.picker-message')).toBeNull();
        expect((element as any).reportValidity()).toBe(false);
        await flush();
        expect($(element, '.picker-message').textContent).toBe('Choose a contact.');
        expect($(element, '.slds-form-element').classList).toContain('slds-has-error');
        // typing clears the message
        type(element, 'le');
        await flush();
        expect($(element, '.picker-message')).toBeNull();
        expect($(element, '.slds-form-element').classList).not.toContain('slds-has-error');

        expect((element as any).reportValidity()).toBe(false);
        await flush();
        $$(element, 'button.option')[1].click();
        await flush();
        expect($(element, '.picker-message')).toBeNull();
        expect((element as any).reportValidity()).toBe(true);
    });

    it('shows why the search failed', async () => {
        const error = { body: { message: 'Search is unavailable' } };
        const search = jest.fn(() => Promise.reject(error));
        const element = create({ search });
        await flush();
        expect($(element, 'c-error-panel.search-error').errors).toEqual(error);
        expect($(element, 'lightning-input').isLoading).toBe(false);
    });

    it('does nothing without a search function', async () => {
        const element = create({});
        await flush();
        expect($(element, 'lightning-input').isLoading).toBeFalsy();
        expect($$(element, 'button.option')).toHaveLength(0);
        expect($(element, 'c-error-panel')).toBeNull();
    });

    it('puts focus in the search box', async () => {
        const element = create({ search: jest.fn(() => Promise.resolve([])) });
        await flush();
        const input = $(element, 'lightning-input');
        input.focus = jest.fn();
        (element as unknown as { focus(): void }).focus();
        expect(input.focus).toHaveBeenCalled();
    });

    it('stops a pending search when removed', async () => {
        jest.useFakeTimers();
        const search = jest.fn(() => Promise.resolve([]));
        const element = create({ search, minLength: 2 });
        type(element, 'ad');
        document.body.removeChild(element);
        jest.advanceTimersByTime(1000);
        expect(search).not.toHaveBeenCalled();
    });
});
