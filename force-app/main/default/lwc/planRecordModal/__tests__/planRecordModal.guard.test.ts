import { createElement } from 'lwc';
import PlanRecordModal from 'c/planRecordModal';
import LightningModal from 'lightning/modal';
import { UNSAVED_EDITS_CHANNEL } from 'c/planUnsavedEdits';
import { MessageContext, publish } from 'lightning/messageService';
import OBJECTIVE_OBJECT from '@salesforce/schema/Account_Plan_Objective__c';
import NAME_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Name';
import STATUS_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Status__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Account_Plan__c';
import type { PlanRecordModalOptions } from 'c/planRecordModal';
import { $, $$, flush, resetDom } from '../../../../../../jest/testUtils';
import { published, resetMessages } from '../../../../../../jest/mocks/messageService';

jest.mock('lightning/modal', () => require('../../../../../../jest/mocks/lightningModal'), { virtual: true });
jest.mock('lightning/messageService', () => require('../../../../../../jest/mocks/messageService'));
jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('lightning/modalHeader', () => require('../../../../../../jest/stubs/modalHeader/modalHeader'));

const closeSpy = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;

/** The context every component gets from `@wire(MessageContext)` (the in-memory service's one context). */
let CONTEXT: unknown;
new (MessageContext as unknown as new (callback: (value: unknown) => void) => { connect(): void })((value) => {
    CONTEXT = value;
}).connect();

/** The page's unsaved-edits guard answering the platform's dialog: Save or Discard. */
const guard = (action: 'save' | 'discard'): void => publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action });

type ModalElement = HTMLElement & Omit<PlanRecordModalOptions, 'size'>;

const NEW_OBJECTIVE: Partial<ModalElement> = {
    label: 'New Objective',
    objectApiName: OBJECTIVE_OBJECT,
    fields: [NAME_FIELD, STATUS_FIELD],
    defaultValues: [{ field: PLAN_FIELD, value: 'a01000000000001AAA' }]
};
const NAME_MESSAGE = 'Name the objective.';

async function createModal(props: Partial<ModalElement>): Promise<{ element: ModalElement; submit: jest.Mock }> {
    const element = createElement('c-plan-record-modal', { is: PlanRecordModal }) as unknown as ModalElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    const submit = jest.fn();
    ($(element, 'lightning-record-edit-form') as unknown as { submit: jest.Mock }).submit = submit;
    return { element, submit };
}

function typeName(element: HTMLElement, value: string): void {
    $$(element, 'lightning-input-field')
        .find((input) => input.fieldName === 'Name')
        .dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/** What the dialog told the guard (its messages carry a source; the guard's do not), without the source. */
const told = (): unknown[] =>
    published
        .map(({ message }) => message as { source?: string })
        .filter((message) => message.source !== undefined)
        .map(({ source: _source, ...rest }) => rest);

describe('c-plan-record-modal and the page’s unsaved-edits guard', () => {
    afterEach(() => {
        resetDom();
        resetMessages();
        jest.clearAllMocks();
    });

    it('saves for the guard as the Save button does, once, and reports the edit gone when saved', async () => {
        const { element, submit } = await createModal(NEW_OBJECTIVE);
        typeName(element, 'Expand into APAC');
        expect(told()).toEqual([{ action: 'state', dirty: true, label: 'New Objective' }]);

        guard('save');
        await flush();
        expect(submit).toHaveBeenCalledTimes(1);
        expect($(element, 'lightning-spinner')).not.toBeNull();
        // a second request while the save runs does not submit again
        guard('save');
        expect(submit).toHaveBeenCalledTimes(1);

        $(element, 'lightning-record-edit-form').dispatchEvent(
            new CustomEvent('success', { detail: { id: 'a0C000000000009AAA' } })
        );
        await flush();
        expect(closeSpy).toHaveBeenCalledWith('a0C000000000009AAA');
        expect(told()).toEqual([
            { action: 'state', dirty: true, label: 'New Objective' },
            { action: 'state', dirty: false, label: '' }
        ]);
    });

    it('tells the guard its save failed when a rule stops it, and shows the rule message', async () => {
        const { element, submit } = await createModal({
            ...NEW_OBJECTIVE,
            rules: [{ field: NAME_FIELD, message: NAME_MESSAGE }]
        });
        typeName(element, '');
        guard('save');
        await flush();
        expect(submit).not.toHaveBeenCalled();
        expect($$(element, '.rule-message').map((message) => message.textContent.trim())).toEqual([NAME_MESSAGE]);
        expect(told()).toEqual([{ action: 'state', dirty: true, label: 'New Objective' }, { action: 'saveFailed' }]);
        expect(closeSpy).not.toHaveBeenCalled();
    });

    it('tells the guard its save failed when the server refuses it', async () => {
        const { element, submit } = await createModal(NEW_OBJECTIVE);
        typeName(element, 'Expand into APAC');
        guard('save');
        expect(submit).toHaveBeenCalledTimes(1);
        $(element, 'lightning-record-edit-form').dispatchEvent(new CustomEvent('error'));
        await flush();
        expect(told()).toEqual([{ action: 'state', dirty: true, label: 'New Objective' }, { action: 'saveFailed' }]);
    });

    it('discards for the guard: closes without a record and reports the edit gone', async () => {
        const { element, submit } = await createModal(NEW_OBJECTIVE);
        typeName(element, 'Expand into APAC');
        guard('discard');
        await flush();
        expect(closeSpy).toHaveBeenCalledWith(undefined);
        expect(submit).not.toHaveBeenCalled();
        expect(told()).toEqual([
            { action: 'state', dirty: true, label: 'New Objective' },
            { action: 'state', dirty: false, label: '' }
        ]);
    });

    it('holds no edit once it is gone, and no longer answers the guard', async () => {
        const { element, submit } = await createModal(NEW_OBJECTIVE);
        typeName(element, 'Expand into APAC');
        document.body.removeChild(element);
        expect(told()).toEqual([
            { action: 'state', dirty: true, label: 'New Objective' },
            { action: 'state', dirty: false, label: '' }
        ]);
        guard('save');
        guard('discard');
        expect(submit).not.toHaveBeenCalled();
        expect(closeSpy).not.toHaveBeenCalled();
    });
});
