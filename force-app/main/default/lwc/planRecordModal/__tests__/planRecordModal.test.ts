import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import { createElement } from 'lwc';
import PlanRecordModal from 'c/planRecordModal';
import LightningModal from 'lightning/modal';
import PlanConfirmDialog from 'c/planConfirmDialog';
import OBJECTIVE_OBJECT from '@salesforce/schema/Account_Plan_Objective__c';
import NAME_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Name';
import STATUS_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Status__c';
import DUE_DATE_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Due_Date__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Account_Plan__c';
import WHITE_SPACE_OBJECT from '@salesforce/schema/Account_Plan_White_Space__c';
import SUPPLIER_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Current_Supplier__c';
import COMPETITOR_FIELD from '@salesforce/schema/Account_Plan_White_Space__c.Competitor__c';
import STAKEHOLDER_OBJECT from '@salesforce/schema/Account_Plan_Stakeholder__c';
import CONTACT_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Contact__c';
import INFLUENCE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Influence__c';
import STAKEHOLDER_PLAN_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Account_Plan__c';
import PARTNER_OBJECT from '@salesforce/schema/Account_Plan_Partner_Role__c';
import ROLE_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Role__c';
import PARTNER_ACCOUNT_FIELD from '@salesforce/schema/Account_Plan_Partner_Role__c.Partner_Account__c';
import type { PlanRecordModalOptions } from 'c/planRecordModal';
import modalProps from './data/modalProps.json';
import { $, $$, flush, ns, openMock } from '../../../../../../jest/testUtils';
import { assertPlatformAccepted } from '../../../../../../jest/platform/org';

const closeSpy = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;

// LightningModal with close() recorded (jest/mocks/lightningModal).
jest.mock('lightning/modal', () => require('../../../../../../jest/mocks/lightningModal'), { virtual: true });

jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
const confirmOpen = openMock(PlanConfirmDialog);

jest.mock('lightning/modalHeader', () => require('../../../../../../jest/stubs/modalHeader/modalHeader'));

/** The text under the dialog's heading. */
const tagline = (element: HTMLElement): string => $(element, 'lightning-modal-header').textContent;

type ModalElement = HTMLElement & Omit<PlanRecordModalOptions, 'size'> & { disableClose?: boolean };

/** What planObjectives passes: schema imports only, so the names are the simulated org's. */
const CREATE: Partial<ModalElement> = {
    label: modalProps.create.label,
    objectApiName: OBJECTIVE_OBJECT,
    fields: [NAME_FIELD, STATUS_FIELD, DUE_DATE_FIELD],
    defaultValues: [
        { field: STATUS_FIELD, value: modalProps.create.status },
        { field: PLAN_FIELD, value: modalProps.create.planId }
    ]
};
const EDIT: Partial<ModalElement> = {
    ...CREATE,
    label: modalProps.edit.label,
    recordId: modalProps.edit.recordId,
    fields: [NAME_FIELD, STATUS_FIELD]
};
const COMPETITOR_MESSAGE = "Enter the competitor's name when Current Supplier is Competitor.";
/** The white space cell with the Competitor_Required rule, as planWhiteSpace passes it. */
const CELL: Partial<ModalElement> = {
    label: 'Edit White Space Cell',
    objectApiName: WHITE_SPACE_OBJECT,
    fields: [SUPPLIER_FIELD, COMPETITOR_FIELD],
    rules: [
        { field: COMPETITOR_FIELD, message: COMPETITOR_MESSAGE, when: { field: SUPPLIER_FIELD, equals: 'Competitor' } }
    ]
};
const ROLE_MESSAGE = "Choose the partner's role.";

function createModal(props: Partial<ModalElement>): ModalElement {
    const element = createElement('c-plan-record-modal', { is: PlanRecordModal }) as unknown as ModalElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

type FormStub = HTMLElement & { submit: jest.Mock };

function form(element: HTMLElement): FormStub {
    const found = $(element, 'lightning-record-edit-form') as FormStub;
    found.submit = found.submit?.mock ? found.submit : jest.fn();
    return found;
}

function field(element: HTMLElement, name: string): any {
    return $$(element, 'lightning-input-field').find((input) => input.fieldName === name);
}

function change(element: HTMLElement, name: string, value: unknown): void {
    field(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function save(element: HTMLElement): void {
    ($(element, 'lightning-button.save-button') as HTMLElement).click();
}

const ruleMessages = (element: HTMLElement): string[] =>
    $$(element, '.rule-message').map((message) => message.textContent.trim());

describe('c-plan-record-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('renders the fields with defaults and hidden master field on create', async () => {
        const element = createModal(CREATE);
        await flush();
        const header = $(element, 'lightning-modal-header');
        expect(header.label).toBe('New Objective');
        expect(tagline(element)).toBe('');
        const editForm = $(element, 'lightning-record-edit-form');
        expect(editForm.objectApiName).toBe(ns('Account_Plan_Objective__c'));
        expect(editForm.recordId).toBeUndefined();
        const inputs = $$(element, 'lightning-input-field');
        expect(inputs.map((input) => input.fieldName)).toEqual([
            'Name',
            ns('Status__c'),
            ns('Due_Date__c'),
            ns('Account_Plan__c')
        ]);
        expect(inputs[0].value).toBeUndefined();
        expect(inputs[1].value).toBe(modalProps.create.status);
        expect(inputs[3].value).toBe(modalProps.create.planId);
        expect(inputs[3].className).toContain('slds-hide');
        expect(inputs.slice(0, 3).every((input) => !input.className.includes('slds-hide'))).toBe(true);
        expect(inputs.slice(0, 3).every((input) => input.required === false)).toBe(true);
        expect($(element, 'lightning-messages')).not.toBeNull();
        expect($(element, 'c-plan-record-picker')).toBeNull();
        expect($(element, 'lightning-button.save-button').label).toBe(label('Modal_Save'));
        expect($(element, 'lightning-button.cancel-button').label).toBe(label('Modal_Cancel'));
    });

    it('has its object and fields checked by the form, as the platform does', async () => {
        createModal({
            ...CREATE,
            fields: [
                NAME_FIELD,
                { objectApiName: OBJECTIVE_OBJECT.objectApiName, fieldApiName: ns('No_Such_Field__c') }
            ]
        });
        await flush();
        expect(() => assertPlatformAccepted()).toThrow(
            /lightning-record-edit-form: INVALID_FIELD: No such column '(sap__)?No_Such_Field__c'/
        );
    });

    it('does not prefill defaults when editing, and names the record under the header', async () => {
        const element = createModal({ ...EDIT, description: 'Renew platform contract for 3 years' });
        await flush();
        expect($(element, 'lightning-record-edit-form').recordId).toBe(modalProps.edit.recordId);
        const inputs = $$(element, 'lightning-input-field');
        expect(inputs).toHaveLength(2);
        expect(inputs.every((input) => input.value === undefined)).toBe(true);
        expect(tagline(element)).toBe('Renew platform contract for 3 years');
    });

    it('submits the form from the footer and closes with the saved id', async () => {
        const element = createModal(CREATE);
        await flush();
        const editForm = form(element);
        save(element);
        expect(editForm.submit).toHaveBeenCalled();

        // submit() fires no submit event on the platform: the click alone shows the saving state.
        await flush();
        expect($(element, 'lightning-button.save-button').disabled).toBe(true);
        expect($(element, 'lightning-button.cancel-button').disabled).toBe(true);
        expect(element.disableClose).toBe(true);
        expect($(element, 'lightning-spinner').alternativeText).toBe(label('Modal_Saving'));

        editForm.dispatchEvent(new CustomEvent('success', { detail: { id: 'a0C000000000009AAA' } }));
        await flush();
        expect(closeSpy).toHaveBeenCalledWith('a0C000000000009AAA');
        expect(element.disableClose).toBe(false);
        expect($(element, 'lightning-spinner')).toBeNull();
    });

    it('does not submit while a field reports itself invalid', async () => {
        const element = createModal(CREATE);
        await flush();
        const editForm = form(element);
        const inputs = $$(element, 'lightning-input-field');
        inputs[0].reportValidity = jest.fn(() => false);
        inputs[1].reportValidity = jest.fn(() => true);
        save(element);
        await flush();
        // every field reports, so the user sees every problem at once
        expect(inputs[0].reportValidity).toHaveBeenCalled();
        expect(inputs[1].reportValidity).toHaveBeenCalled();
        expect(editForm.submit).not.toHaveBeenCalled();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, 'lightning-button.save-button').disabled).toBe(false);
    });

    it('re-enables the buttons after a save error, keeps the server message area, and cancels with undefined', async () => {
        const element = createModal(CREATE);
        await flush();
        const editForm = form(element);
        editForm.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
        await flush();
        expect($(element, 'lightning-button.save-button').disabled).toBe(true);
        editForm.dispatchEvent(new CustomEvent('error', { detail: { message: 'Required fields are missing' } }));
        await flush();
        expect($(element, 'lightning-button.save-button').disabled).toBe(false);
        expect(element.disableClose).toBe(false);
        expect($(element, 'lightning-messages')).not.toBeNull();
        $(element, 'lightning-button.cancel-button').click();
        await flush();
        expect(closeSpy).toHaveBeenCalledWith(undefined);
    });

    describe('rules that make a field required', () => {
        it('marks an always-required field and stops the save with the rule message under it', async () => {
            const element = createModal({
                label: 'Assign Partner',
                objectApiName: PARTNER_OBJECT,
                recordId: 'a04000000000001AAA',
                fields: [ROLE_FIELD],
                rules: [{ field: ROLE_FIELD, message: ROLE_MESSAGE }]
            });
            await flush();
            const role = field(element, ns('Role__c'));
            expect(role.required).toBe(true);
            role.reportValidity = jest.fn(() => false);
            const editForm = form(element);
            save(element);
            await flush();
            expect(ruleMessages(element)).toEqual([ROLE_MESSAGE]);
            expect($(element, '.rule-message').getAttribute('role')).toBe('alert');
            expect(editForm.submit).not.toHaveBeenCalled();
            // one message per field: the field's own "Complete this field" is not asked for
            expect(role.reportValidity).not.toHaveBeenCalled();

            change(element, ns('Role__c'), 'Reseller');
            await flush();
            expect(ruleMessages(element)).toEqual([]);
            role.reportValidity = jest.fn(() => true);
            save(element);
            expect(editForm.submit).toHaveBeenCalledTimes(1);
        });

        it('marks a conditional field only while its condition holds, and checks it then', async () => {
            const element = createModal({ ...CELL, recordId: undefined });
            await flush();
            const editForm = form(element);
            expect(field(element, ns('Competitor__c')).required).toBe(false);
            save(element);
            expect(editForm.submit).toHaveBeenCalledTimes(1);
            editForm.dispatchEvent(new CustomEvent('error'));

            change(element, ns('Current_Supplier__c'), 'Competitor');
            await flush();
            expect(field(element, ns('Competitor__c')).required).toBe(true);
            // no message before the user tries to save
            expect(ruleMessages(element)).toEqual([]);
            save(element);
            await flush();
            expect(ruleMessages(element)).toEqual([COMPETITOR_MESSAGE]);
            expect(editForm.submit).toHaveBeenCalledTimes(1);

            // the condition no longer holds: the marker and the message go
            change(element, ns('Current_Supplier__c'), 'Us');
            await flush();
            expect(field(element, ns('Competitor__c')).required).toBe(false);
            expect(ruleMessages(element)).toEqual([]);
        });

        it('keeps the message while the field is still blank and drops it once filled', async () => {
            const element = createModal({ ...CELL, recordId: undefined });
            await flush();
            change(element, ns('Current_Supplier__c'), 'Competitor');
            save(element);
            await flush();
            change(element, ns('Competitor__c'), '');
            await flush();
            expect(ruleMessages(element)).toEqual([COMPETITOR_MESSAGE]);
            change(element, ns('Competitor__c'), 'Contoso');
            await flush();
            expect(ruleMessages(element)).toEqual([]);
            const editForm = form(element);
            save(element);
            expect(editForm.submit).toHaveBeenCalledTimes(1);
        });

        it('reads the values of the record being edited from the form', async () => {
            const element = createModal({ ...CELL, recordId: 'a05000000000002AAA' });
            await flush();
            const editForm = form(element);
            editForm.dispatchEvent(
                new CustomEvent('load', {
                    detail: {
                        records: {
                            a05000000000002AAA: {
                                fields: {
                                    [ns('Current_Supplier__c')]: { value: 'Competitor' },
                                    [ns('Competitor__c')]: { value: null }
                                }
                            }
                        }
                    }
                })
            );
            await flush();
            expect(field(element, ns('Competitor__c')).required).toBe(true);
            save(element);
            await flush();
            expect(ruleMessages(element)).toEqual([COMPETITOR_MESSAGE]);
            expect(editForm.submit).not.toHaveBeenCalled();
        });

        it('keeps what the user changed when the form loads after it', async () => {
            const element = createModal({ ...CELL, recordId: 'a05000000000002AAA' });
            await flush();
            change(element, ns('Current_Supplier__c'), 'Us');
            form(element).dispatchEvent(
                new CustomEvent('load', {
                    detail: {
                        records: {
                            a05000000000002AAA: { fields: { [ns('Current_Supplier__c')]: { value: 'Competitor' } } }
                        }
                    }
                })
            );
            await flush();
            expect(field(element, ns('Competitor__c')).required).toBe(false);
        });

        it('ignores the defaults of a new record when loading one to edit, and the load of a new record', async () => {
            const edit = createModal({
                ...CELL,
                recordId: 'a05000000000002AAA',
                defaultValues: [{ field: SUPPLIER_FIELD, value: 'Competitor' }]
            });
            await flush();
            expect(field(edit, ns('Competitor__c')).required).toBe(false);

            const created = createModal({ ...CELL, defaultValues: [{ field: SUPPLIER_FIELD, value: 'Competitor' }] });
            await flush();
            form(created).dispatchEvent(new CustomEvent('load', { detail: { records: {} } }));
            await flush();
            expect(field(created, ns('Competitor__c')).required).toBe(true);
        });

        it('keeps the values it has when a load carries no fields of the record being edited', async () => {
            const element = createModal({ ...CELL, recordId: 'a05000000000002AAA' });
            await flush();
            change(element, ns('Current_Supplier__c'), 'Competitor');
            const errors: unknown[] = [];
            const onError = (event: ErrorEvent): void => {
                errors.push(event.error);
                event.preventDefault();
            };
            window.addEventListener('error', onError);
            try {
                const editForm = form(element);
                editForm.dispatchEvent(new CustomEvent('load'));
                editForm.dispatchEvent(new CustomEvent('load', { detail: {} }));
                editForm.dispatchEvent(new CustomEvent('load', { detail: { records: {} } }));
                editForm.dispatchEvent(
                    new CustomEvent('load', { detail: { records: { a05000000000009AAA: { fields: {} } } } })
                );
                editForm.dispatchEvent(new CustomEvent('load', { detail: { records: { a05000000000002AAA: {} } } }));
            } finally {
                window.removeEventListener('error', onError);
            }
            await flush();
            expect(errors).toEqual([]);
            expect(field(element, ns('Competitor__c')).required).toBe(true);
        });

        it('stops the Enter-key submit of the form while a rule fails', async () => {
            const element = createModal({ ...CELL, defaultValues: [{ field: SUPPLIER_FIELD, value: 'Competitor' }] });
            await flush();
            const submit = new CustomEvent('submit', { cancelable: true });
            form(element).dispatchEvent(submit);
            await flush();
            expect(submit.defaultPrevented).toBe(true);
            expect(ruleMessages(element)).toEqual([COMPETITOR_MESSAGE]);
            expect($(element, 'lightning-button.save-button').disabled).toBe(false);
        });

        it('takes the first Id of a lookup change as its value', async () => {
            const element = createModal({
                label: 'Assign Partner',
                objectApiName: PARTNER_OBJECT,
                fields: [PARTNER_ACCOUNT_FIELD, ROLE_FIELD],
                rules: [{ field: PARTNER_ACCOUNT_FIELD, message: 'Choose the partner account.' }]
            });
            await flush();
            change(element, ns('Partner_Account__c'), ['001000000000201AAA']);
            save(element);
            await flush();
            expect(ruleMessages(element)).toEqual([]);
            change(element, ns('Partner_Account__c'), []);
            save(element);
            await flush();
            expect(ruleMessages(element)).toEqual(['Choose the partner account.']);
        });
    });

    describe('choosing the record the new one is about', () => {
        const search = jest.fn(() =>
            Promise.resolve([{ value: '003000000000005AAA', label: 'Lena Fischer', meta: 'Logistics Director' }])
        );
        const ADD_STAKEHOLDER: Partial<ModalElement> = {
            label: 'Add Stakeholder',
            objectApiName: STAKEHOLDER_OBJECT,
            fields: [INFLUENCE_FIELD],
            defaultValues: [{ field: STAKEHOLDER_PLAN_FIELD, value: 'a01000000000001AAA' }],
            choice: {
                field: CONTACT_FIELD,
                label: 'Contact',
                placeholder: 'Search the contacts of the account',
                minLength: 0,
                search,
                requiredMessage: 'Choose a contact.',
                noResultsMessage: 'Every contact is a stakeholder.'
            }
        };

        it('puts the picker above the fields and names the chosen record under the header', async () => {
            const element = createModal(ADD_STAKEHOLDER);
            await flush();
            const picker = $(element, 'c-plan-record-picker');
            expect(picker.label).toBe('Contact');
            expect(picker.placeholder).toBe('Search the contacts of the account');
            expect(picker.minLength).toBe(0);
            expect(picker.requiredMessage).toBe('Choose a contact.');
            expect(picker.search).toBe(search);
            expect(picker.noResultsMessage).toBe('Every contact is a stakeholder.');
            expect(tagline(element)).toBe('');
            const hidden = field(element, ns('Contact__c'));
            expect(hidden.className).toContain('slds-hide');
            expect(hidden.value).toBeNull();

            picker.dispatchEvent(
                new CustomEvent('select', { detail: { value: '003000000000005AAA', label: 'Lena Fischer' } })
            );
            await flush();
            expect(tagline(element)).toBe('Lena Fischer');
            expect(field(element, ns('Contact__c')).value).toBe('003000000000005AAA');

            picker.dispatchEvent(new CustomEvent('select', { detail: { value: '', label: '' } }));
            await flush();
            expect(tagline(element)).toBe('');
            expect(field(element, ns('Contact__c')).value).toBeNull();
        });

        it('shows only the picker and the hidden inputs when the dialog is given no fields', async () => {
            const { fields: _fields, ...withoutFields } = ADD_STAKEHOLDER;
            const element = createModal(withoutFields);
            await flush();
            expect($(element, 'c-plan-record-picker')).not.toBeNull();
            const inputs = $$(element, 'lightning-input-field');
            expect(inputs.map((input) => [input.fieldName, input.value, input.className])).toEqual([
                [ns('Account_Plan__c'), 'a01000000000001AAA', 'slds-hide'],
                [ns('Contact__c'), null, 'slds-hide']
            ]);
        });

        it('does not save until a record is chosen', async () => {
            const element = createModal(ADD_STAKEHOLDER);
            await flush();
            const picker = $(element, 'c-plan-record-picker');
            picker.reportValidity = jest.fn(() => false);
            const editForm = form(element);
            save(element);
            expect(picker.reportValidity).toHaveBeenCalled();
            expect(editForm.submit).not.toHaveBeenCalled();
            picker.reportValidity = jest.fn(() => true);
            save(element);
            expect(editForm.submit).toHaveBeenCalledTimes(1);
        });

        it('is not offered when editing: the record is already chosen', async () => {
            const element = createModal({
                ...ADD_STAKEHOLDER,
                recordId: 'a03000000000001AAA',
                description: 'Helen Park'
            });
            await flush();
            expect($(element, 'c-plan-record-picker')).toBeNull();
            expect(field(element, ns('Contact__c'))).toBeUndefined();
            expect(tagline(element)).toBe('Helen Park');
        });
    });
    describe('a half-filled dialog is not lost silently', () => {
        beforeEach(() => confirmOpen.mockReset());

        it('closes at once when nothing was changed', async () => {
            const element = createModal(CREATE);
            await flush();
            expect(element.disableClose).toBeFalsy();
            $(element, 'lightning-button.cancel-button').click();
            await flush();
            expect(confirmOpen).not.toHaveBeenCalled();
            expect(closeSpy).toHaveBeenLastCalledWith(undefined);
        });

        it('asks before discarding a change, stays open when the user keeps editing, closes when they discard', async () => {
            closeSpy.mockClear();
            const element = createModal(CREATE);
            await flush();
            change(element, ns('Name'), 'Expand into APAC');
            await flush();
            expect(element.disableClose).toBe(true);
            confirmOpen.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
            $(element, 'lightning-button.cancel-button').click();
            await flush();
            expect(confirmOpen).toHaveBeenCalledWith({
                label: label('Common_Discard_Title'),
                message: label('Common_Discard_Message').replace('{0}', modalProps.create.label),
                confirmLabel: 'Discard',
                confirmVariant: 'destructive',
                size: 'small'
            });
            expect(closeSpy).not.toHaveBeenCalled();
            expect(element.disableClose).toBe(true);
            $(element, 'lightning-button.cancel-button').click();
            await flush();
            expect(closeSpy).toHaveBeenCalledWith(undefined);
            expect(element.disableClose).toBe(false);
        });

        it('asks on Escape once something changed, and only once while the question is open', async () => {
            closeSpy.mockClear();
            const element = createModal(CREATE);
            await flush();
            change(element, ns('Name'), 'Expand into APAC');
            let answer: (value: boolean) => void = () => undefined;
            confirmOpen.mockReturnValueOnce(new Promise<boolean>((resolve) => (answer = resolve)));
            const body = $(element, 'lightning-modal-body');
            body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            await flush();
            expect(confirmOpen).toHaveBeenCalledTimes(1);
            answer(true);
            await flush();
            expect(closeSpy).toHaveBeenCalledWith(undefined);

            // discarded: an Escape while the dialog closes asks nothing more
            body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            await flush();
            expect(confirmOpen).toHaveBeenCalledTimes(1);
            expect(closeSpy).toHaveBeenCalledTimes(1);
        });

        it('leaves keys other than Escape to the fields, and Escape on an untouched dialog to the platform', async () => {
            closeSpy.mockClear();
            const element = createModal(CREATE);
            await flush();
            const body = $(element, 'lightning-modal-body');
            const reachedPage: string[] = [];
            const onKey = (event: KeyboardEvent): void => {
                reachedPage.push(event.key);
            };
            document.addEventListener('keydown', onKey);
            try {
                for (const key of ['a', 'Enter', 'Escape']) {
                    body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
                }
                await flush();
                // untouched: the platform's own Escape closes it, the dialog does not close itself
                expect(reachedPage).toEqual(['a', 'Enter', 'Escape']);
                expect(closeSpy).not.toHaveBeenCalled();
                expect(confirmOpen).not.toHaveBeenCalled();

                change(element, ns('Name'), 'Expand into APAC');
                reachedPage.length = 0;
                for (const key of ['a', 'Enter']) {
                    body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
                }
                await flush();
                expect(reachedPage).toEqual(['a', 'Enter']);
                expect(confirmOpen).not.toHaveBeenCalled();
                expect(closeSpy).not.toHaveBeenCalled();
            } finally {
                document.removeEventListener('keydown', onKey);
            }
        });

        it('does not ask on Escape while the save is under way', async () => {
            const element = createModal(CREATE);
            await flush();
            form(element);
            change(element, ns('Name'), 'Expand into APAC');
            save(element);
            await flush();
            $(element, 'lightning-modal-body').dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
            );
            await flush();
            expect(confirmOpen).not.toHaveBeenCalled();
            expect(closeSpy).not.toHaveBeenCalled();
        });

        it('keeps the close button off after a refused save while the edit is still there', async () => {
            const element = createModal(CREATE);
            await flush();
            change(element, ns('Name'), 'Expand into APAC');
            form(element).dispatchEvent(new CustomEvent('error', { detail: { message: 'Refused' } }));
            await flush();
            expect(element.disableClose).toBe(true);
        });
    });
});
