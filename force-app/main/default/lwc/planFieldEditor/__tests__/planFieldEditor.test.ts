import axe from 'axe-core';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanFieldEditor from 'c/planFieldEditor';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import STRENGTHS_FIELD from '@salesforce/schema/Account_Plan__c.SWOT_Strengths__c';
import STATUS_FIELD from '@salesforce/schema/Account_Plan__c.Status__c';
import { UNSAVED_EDITS_CHANNEL } from 'c/planUnsavedEdits';
import { MessageContext, publish } from 'lightning/messageService';
import { $, $$, flush, mount, ns, openMock, resetDom } from '../../../../../../jest/testUtils';
import { published, resetMessages } from '../../../../../../jest/mocks/messageService';

jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('lightning/messageService', () => require('../../../../../../jest/mocks/messageService'));

/** The context every component gets from `@wire(MessageContext)` (the in-memory service's one context). */
let CONTEXT: unknown;
new (MessageContext as unknown as new (callback: (value: unknown) => void) => { connect(): void })((value) => {
    CONTEXT = value;
}).connect();

/** The page's unsaved-edits guard: the user leaves the page and chose Save or Discard in the platform's dialog. */
const guardAsks = (action: 'save' | 'discard'): void => publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action });
/** The editor's states the guard was told, oldest first. */
const statesSent = (): { dirty?: boolean; label?: string }[] =>
    published
        .map(({ message }) => message as { action: string; dirty?: boolean; label?: string })
        .filter((message) => message.action === 'state')
        .map(({ dirty, label }) => ({ dirty, label }));

const confirmOpen = openMock(PlanConfirmDialog);
const PLAN_ID = 'a00000000000001AAA';

function create(): HTMLElement {
    return mount('c-plan-field-editor', PlanFieldEditor, {
        recordId: PLAN_ID,
        objectApiName: PLAN_OBJECT.objectApiName,
        label: 'SWOT',
        fields: [
            {
                key: 'strengths',
                fieldApiName: STRENGTHS_FIELD.fieldApiName,
                lines: 6,
                itemClass: 'slds-col slds-size_1-of-2'
            },
            { key: 'status', fieldApiName: STATUS_FIELD.fieldApiName }
        ]
    });
}

function events(element: HTMLElement): { saved: jest.Mock; cancel: jest.Mock } {
    const saved = jest.fn();
    const cancel = jest.fn();
    element.addEventListener('saved', saved);
    element.addEventListener('cancel', cancel);
    return { saved, cancel };
}

type EditForm = HTMLElement & { recordId?: string; objectApiName?: string };
const form = (element: HTMLElement): EditForm => $(element, 'lightning-record-edit-form') as EditForm;
const edit = (element: HTMLElement): void => {
    $(element, 'lightning-input-field').dispatchEvent(new CustomEvent('change', { detail: { value: 'Typed' } }));
};
const pressKey = (element: HTMLElement, key: string): KeyboardEvent => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
    $(element, 'lightning-input-field').dispatchEvent(event);
    return event;
};
const leavePage = (): Event => {
    // The browser fires a plain Event (BeforeUnloadEvent) here, not a component's CustomEvent.
    // eslint-disable-next-line @lwc/lwc/prefer-custom-event -- the window's own event, as the browser sends it
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
};

describe('c-plan-field-editor', () => {
    afterEach(() => {
        resetDom();
        resetMessages();
    });

    it('edits the given fields of the record, each edit area as tall as the field has visible lines', async () => {
        const element = create();
        await flush();
        expect(form(element).recordId).toBe(PLAN_ID);
        expect(form(element).objectApiName).toBe(ns('Account_Plan__c'));
        expect($$(element, 'lightning-input-field').map((input) => input.fieldName)).toEqual([
            ns('SWOT_Strengths__c'),
            ns('Status__c')
        ]);
        const cells = $$(element, '[data-field]');
        expect(cells.map((cell) => cell.className)).toEqual(['slds-col slds-size_1-of-2', 'slds-col slds-size_1-of-1']);
        expect(cells[0].style.getPropertyValue('--slds-c-textarea-sizing-min-height')).toBe('10rem');
        expect(cells[1].getAttribute('style')).toBeNull();
        expect($(element, 'lightning-messages')).not.toBeNull();
        expect($(element, '.cancel-button').label).toBe('Cancel');
        expect($(element, '.save-button').label).toBe('Save');
        expect($(element, '.save-button').type).toBe('submit');
        expect($(element, 'lightning-spinner')).toBeNull();
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });

    it('closes on Cancel without a question when nothing was changed', async () => {
        const element = create();
        const { cancel } = events(element);
        await flush();
        $(element, '.cancel-button').click();
        await flush();
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('asks before discarding changes on Cancel, and keeps them when the user says no', async () => {
        confirmOpen.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
        const element = create();
        const { cancel } = events(element);
        await flush();
        edit(element);
        $(element, '.cancel-button').click();
        await flush();
        expect(confirmOpen).toHaveBeenCalledWith({
            label: 'Discard unsaved changes?',
            message: 'Your changes to SWOT are not saved. Discard them?',
            confirmLabel: 'Discard',
            confirmVariant: 'destructive',
            size: 'small'
        });
        expect(cancel).not.toHaveBeenCalled();
        $(element, '.cancel-button').click();
        await flush();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('treats Escape like Cancel: closes a clean editor, asks in a half-filled one', async () => {
        confirmOpen.mockResolvedValue(false);
        const element = create();
        const { cancel } = events(element);
        await flush();
        pressKey(element, 'Enter');
        await flush();
        expect(cancel).not.toHaveBeenCalled();
        edit(element);
        pressKey(element, 'Escape');
        await flush();
        expect(confirmOpen).toHaveBeenCalledTimes(1);
        expect(cancel).not.toHaveBeenCalled();
        confirmOpen.mockResolvedValue(true);
        pressKey(element, 'Escape');
        await flush();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('asks only once while its question is open', async () => {
        let answer: (discard: boolean) => void = () => undefined;
        confirmOpen.mockReturnValue(new Promise<boolean>((resolve) => (answer = resolve)));
        const element = create();
        const { cancel } = events(element);
        await flush();
        edit(element);
        pressKey(element, 'Escape');
        pressKey(element, 'Escape');
        $(element, '.cancel-button').click();
        await flush();
        expect(confirmOpen).toHaveBeenCalledTimes(1);
        answer(true);
        await flush();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it('lets the browser warn before leaving the page with unsaved changes, and only then', async () => {
        const element = create();
        await flush();
        expect(leavePage().defaultPrevented).toBe(false);
        edit(element);
        expect(leavePage().defaultPrevented).toBe(true);
        document.body.removeChild(element);
        expect(leavePage().defaultPrevented).toBe(false);
    });

    it('shows a spinner and disables its buttons while saving, and keeps the edit when the server refuses', async () => {
        const element = create();
        const { saved } = events(element);
        await flush();
        edit(element);
        form(element).dispatchEvent(new CustomEvent('submit'));
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, '.save-button').disabled).toBe(true);
        expect($(element, '.cancel-button').disabled).toBe(true);
        pressKey(element, 'Escape');
        await flush();
        expect(confirmOpen).not.toHaveBeenCalled();
        form(element).dispatchEvent(
            new CustomEvent('error', { detail: { message: 'End Date must be on or after Start Date.' } })
        );
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, '.save-button').disabled).toBe(false);
        expect(saved).not.toHaveBeenCalled();
        expect(leavePage().defaultPrevented).toBe(true);
    });

    it('reports a successful save with the record id and forgets the changes', async () => {
        const element = create();
        const { saved, cancel } = events(element);
        await flush();
        edit(element);
        form(element).dispatchEvent(new CustomEvent('submit'));
        form(element).dispatchEvent(new CustomEvent('success', { detail: { id: PLAN_ID } }));
        await flush();
        expect(saved).toHaveBeenCalledTimes(1);
        expect(saved.mock.calls[0][0].detail).toEqual({ id: PLAN_ID });
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(leavePage().defaultPrevented).toBe(false);
        $(element, '.cancel-button').click();
        await flush();
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(cancel).toHaveBeenCalledTimes(1);
    });

    it.each([
        ['no fields', {}],
        ['null fields', { fields: null }]
    ])('shows no field when it is given %s', async (_case, fields) => {
        const element = mount('c-plan-field-editor', PlanFieldEditor, {
            recordId: PLAN_ID,
            objectApiName: PLAN_OBJECT.objectApiName,
            ...fields
        });
        await flush();
        expect($$(element, '[data-field]')).toHaveLength(0);
        expect($$(element, 'lightning-input-field')).toHaveLength(0);
        expect($(element, '.save-button').label).toBe('Save');
    });

    it('tells the guard about an unsaved edit, by its name, and that it is gone once discarded', async () => {
        confirmOpen.mockResolvedValue(true);
        const element = create();
        const { cancel } = events(element);
        await flush();
        edit(element);
        $(element, '.cancel-button').click();
        await flush();
        expect(cancel).toHaveBeenCalledTimes(1);
        expect(statesSent()).toEqual([
            { dirty: true, label: 'SWOT' },
            { dirty: false, label: '' }
        ]);
        // the editor is still on the page until its parent closes it: leaving asks nothing now
        expect(leavePage().defaultPrevented).toBe(false);
    });

    it('tells the guard about an unsaved edit of an unnamed editor without a name', async () => {
        const element = mount('c-plan-field-editor', PlanFieldEditor, {
            recordId: PLAN_ID,
            objectApiName: PLAN_OBJECT.objectApiName,
            fields: [{ key: 'status', fieldApiName: STATUS_FIELD.fieldApiName }]
        });
        await flush();
        edit(element);
        expect(statesSent()).toEqual([{ dirty: true, label: '' }]);
    });

    it("closes when the guard's Discard drops the edit", async () => {
        const element = create();
        const { cancel } = events(element);
        await flush();
        edit(element);
        guardAsks('discard');
        await flush();
        expect(cancel).toHaveBeenCalledTimes(1);
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(leavePage().defaultPrevented).toBe(false);
    });

    it("submits the form once for the guard's Save, showing that it saves", async () => {
        const element = create();
        const { saved } = events(element);
        await flush();
        const submit = jest.spyOn(form(element) as unknown as { submit: () => void }, 'submit');
        edit(element);
        guardAsks('save');
        await flush();
        expect(submit.mock.calls).toEqual([[]]);
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, '.save-button').disabled).toBe(true);
        expect($(element, '.cancel-button').disabled).toBe(true);
        // asked again while the save is under way: no second save
        guardAsks('save');
        await flush();
        expect(submit).toHaveBeenCalledTimes(1);
        form(element).dispatchEvent(new CustomEvent('success', { detail: { id: PLAN_ID } }));
        await flush();
        expect(saved.mock.calls[0][0].detail).toEqual({ id: PLAN_ID });
        expect($(element, 'lightning-spinner')).toBeNull();
    });
});
