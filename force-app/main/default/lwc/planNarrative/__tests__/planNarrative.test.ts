import { createElement } from 'lwc';
import axe from 'axe-core';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanNarrative from 'c/planNarrative';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import { ns } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createNarrative(): HTMLElement {
    const element = createElement('c-plan-narrative', { is: PlanNarrative });
    Object.assign(element, { recordId: workspaceAhead.plan.id });
    document.body.appendChild(element);
    return element;
}

function section(element: HTMLElement, key: string): HTMLElement | null {
    return element.shadowRoot!.querySelector(`section[data-section="${key}"]`);
}

describe('c-plan-narrative', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows a spinner while loading', () => {
        const element = createNarrative();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    });

    it('renders the SWOT quadrants, the story and the manager comments', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const swot = section(element, 'swot')!;
        expect(swot.querySelectorAll('[data-field]')).toHaveLength(4);
        const strengths = swot.querySelector('[data-field="strengths"] lightning-formatted-text') as unknown as {
            value: string;
        };
        expect(strengths.value).toBe(workspaceAhead.plan.strengths);
        expect(section(element, 'story')!.querySelectorAll('[data-field]')).toHaveLength(7);
        // A rep cannot review, but sees the comments a manager wrote (read-only).
        const review = section(element, 'review')!;
        expect(review.querySelector('.edit-button')).toBeNull();
        expect(swot.querySelector('.edit-button')).not.toBeNull();
        await expectAccessible(element);
    });

    it('invites writing on an empty plan and hides manager comments a rep cannot write', async () => {
        const element = createNarrative();
        workspaceAdapter.emit({
            ...workspaceEmpty,
            permissions: { canEditPlan: false, canReview: false, canManageChildren: false }
        });
        await flush();
        expect(section(element, 'swot')!.querySelectorAll('.empty-value')).toHaveLength(4);
        expect(section(element, 'review')).toBeNull();
        expect(element.shadowRoot!.querySelector('.edit-button')).toBeNull();
        await expectAccessible(element);
    });

    it('lets a manager edit the review section', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        const reviewEdit = section(element, 'review')!.querySelector('.edit-button') as HTMLElement;
        expect(reviewEdit).not.toBeNull();
        reviewEdit.click();
        await flush();
        const inputs = section(element, 'review')!.querySelectorAll('lightning-input-field') as unknown as {
            fieldName: string;
        }[];
        expect(Array.from(inputs).map((input) => input.fieldName)).toEqual([ns('Manager_Review_Comments__c')]);
    });

    it('edits a section in place, saves through LDS and refreshes the workspace', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const toastHandler = jest.fn();
        element.addEventListener('lightning__showtoast', toastHandler);
        (section(element, 'swot')!.querySelector('.edit-button') as HTMLElement).click();
        await flush();
        const form = section(element, 'swot')!.querySelector('lightning-record-edit-form') as unknown as HTMLElement & {
            recordId: string;
            objectApiName: string;
        };
        expect(form.recordId).toBe(workspaceAhead.plan.id);
        expect(form.objectApiName).toBe(ns('Account_Plan__c'));
        const inputs = Array.from(form.querySelectorAll('lightning-input-field')) as unknown as { fieldName: string }[];
        expect(inputs.map((input) => input.fieldName)).toEqual([
            ns('SWOT_Strengths__c'),
            ns('SWOT_Weaknesses__c'),
            ns('SWOT_Opportunities__c'),
            ns('SWOT_Threats__c')
        ]);
        // While one section is edited, no other section offers editing.
        expect(section(element, 'story')!.querySelector('.edit-button')).toBeNull();

        form.dispatchEvent(new CustomEvent('submit'));
        await flush();
        expect((form.querySelector('.save-button') as unknown as { disabled: boolean }).disabled).toBe(true);
        form.dispatchEvent(new CustomEvent('error'));
        await flush();
        expect((form.querySelector('.save-button') as unknown as { disabled: boolean }).disabled).toBe(false);

        form.dispatchEvent(new CustomEvent('success', { detail: { id: workspaceAhead.plan.id } }));
        await flush();
        expect(toastHandler).toHaveBeenCalledTimes(1);
        expect(toastHandler.mock.calls[0][0].detail.variant).toBe('success');
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: workspaceAhead.plan.id }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(section(element, 'swot')!.querySelector('lightning-record-edit-form')).toBeNull();
    });

    it('cancels editing without saving', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        (section(element, 'story')!.querySelector('.edit-button') as HTMLElement).click();
        await flush();
        (section(element, 'story')!.querySelector('.cancel-button') as HTMLElement).click();
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-record-edit-form')).toBeNull();
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createNarrative();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('section')).toBeNull();
    });
});
