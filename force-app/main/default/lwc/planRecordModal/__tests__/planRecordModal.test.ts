import { createElement } from 'lwc';
import PlanRecordModal from 'c/planRecordModal';
import LightningModal from 'lightning/modal';
import OBJECTIVE_OBJECT from '@salesforce/schema/Account_Plan_Objective__c';
import NAME_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Name';
import STATUS_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Status__c';
import DUE_DATE_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Due_Date__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Account_Plan__c';
import type { PlanRecordModalOptions } from 'c/planRecordModal';
import modalProps from './data/modalProps.json';
import { ns } from '../../../../../../jest/testUtils';
import { assertPlatformAccepted } from '../../../../../../jest/platform/org';

const closeSpy = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;

// sfdx-lwc-jest ships no lightning/modal stub: a minimal LightningModal with the public API the component uses.
jest.mock(
    'lightning/modal',
    () => {
        const lwcModule = jest.requireActual('lwc');
        // No class fields here: the LWC Babel plugin would rewrite them with an out-of-scope helper.
        const mockCloseSpy = jest.fn();
        const MockLightningModal = class extends lwcModule.LightningElement {
            close(result: unknown) {
                mockCloseSpy(result);
                return Promise.resolve();
            }
        };
        Object.assign(MockLightningModal, { open: jest.fn(), closeSpy: mockCloseSpy });
        lwcModule.registerDecorators(MockLightningModal, {
            publicProps: {
                label: { config: 0 },
                size: { config: 0 },
                description: { config: 0 },
                disableClose: { config: 0 }
            }
        });
        return { __esModule: true, default: MockLightningModal };
    },
    { virtual: true }
);

type ModalElement = HTMLElement & Omit<PlanRecordModalOptions, 'size' | 'description'>;

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

function createModal(props: Partial<ModalElement>): ModalElement {
    const element = createElement('c-plan-record-modal', { is: PlanRecordModal }) as unknown as ModalElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function flush(): Promise<void> {
    return Promise.resolve();
}

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
        const header = element.shadowRoot!.querySelector('lightning-modal-header') as unknown as { label: string };
        expect(header.label).toBe('New Objective');
        const form = element.shadowRoot!.querySelector('lightning-record-edit-form') as unknown as {
            objectApiName: string;
            recordId?: string;
        };
        expect(form.objectApiName).toBe(ns('Account_Plan_Objective__c'));
        const inputs = Array.from(element.shadowRoot!.querySelectorAll('lightning-input-field')) as unknown as {
            fieldName: string;
            value: unknown;
            className: string;
        }[];
        expect(inputs.map((input) => input.fieldName)).toEqual([
            'Name',
            ns('Status__c'),
            ns('Due_Date__c'),
            ns('Account_Plan__c')
        ]);
        expect(inputs[1].value).toBe(modalProps.create.status);
        expect(inputs[3].value).toBe(modalProps.create.planId);
        expect(inputs[3].className).toContain('slds-hide');
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

    it('does not prefill defaults when editing', async () => {
        const element = createModal(EDIT);
        await flush();
        const inputs = Array.from(element.shadowRoot!.querySelectorAll('lightning-input-field')) as unknown as {
            value: unknown;
        }[];
        expect(inputs).toHaveLength(2);
        expect(inputs.every((input) => input.value === undefined)).toBe(true);
    });

    it('submits the form from the footer and closes with the saved id', async () => {
        const element = createModal(CREATE);
        await flush();
        const form = element.shadowRoot!.querySelector('lightning-record-edit-form') as unknown as HTMLElement & {
            submit: jest.Mock;
        };
        form.submit = jest.fn();
        const save = element.shadowRoot!.querySelector('lightning-button.save-button') as HTMLElement;
        save.click();
        expect(form.submit).toHaveBeenCalled();

        // submit() fires no submit event on the platform: the click alone shows the saving state.
        await flush();
        expect((save as unknown as { disabled: boolean }).disabled).toBe(true);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        form.dispatchEvent(new CustomEvent('success', { detail: { id: 'a0C000000000009AAA' } }));
        await flush();
        expect(closeSpy).toHaveBeenCalledWith('a0C000000000009AAA');
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
    });

    it('does not submit while a field reports itself invalid', async () => {
        const element = createModal(CREATE);
        await flush();
        const form = element.shadowRoot!.querySelector('lightning-record-edit-form') as unknown as HTMLElement & {
            submit: jest.Mock;
        };
        form.submit = jest.fn();
        const input = element.shadowRoot!.querySelector('lightning-input-field') as unknown as {
            reportValidity: jest.Mock;
        };
        input.reportValidity = jest.fn(() => false);
        const save = element.shadowRoot!.querySelector('lightning-button.save-button') as HTMLElement;
        save.click();
        await flush();
        expect(input.reportValidity).toHaveBeenCalled();
        expect(form.submit).not.toHaveBeenCalled();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
    });

    it('re-enables the buttons after a save error and cancels with undefined', async () => {
        const element = createModal(CREATE);
        await flush();
        const form = element.shadowRoot!.querySelector('lightning-record-edit-form') as HTMLElement;
        form.dispatchEvent(new CustomEvent('submit'));
        await flush();
        form.dispatchEvent(new CustomEvent('error', { detail: { message: 'Required fields are missing' } }));
        await flush();
        const save = element.shadowRoot!.querySelector('lightning-button.save-button') as unknown as {
            disabled: boolean;
        };
        expect(save.disabled).toBe(false);
        const cancel = element.shadowRoot!.querySelector('lightning-button.cancel-button') as HTMLElement;
        cancel.click();
        await flush();
        expect(closeSpy).toHaveBeenCalledWith(undefined);
    });
});
