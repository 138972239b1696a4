import axe from 'axe-core';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanDetails from 'c/planDetails';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import { $, captureToasts, flush, mount, ns, readOnly, resetDom } from '../../../../../../jest/testUtils';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';

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
const PLAN_ID = workspaceAhead.plan.id;
const HALF = 'slds-col slds-size_1-of-1 slds-medium-size_1-of-2';

async function open(): Promise<HTMLElement> {
    const element = mount('c-plan-details', PlanDetails, { recordId: PLAN_ID });
    workspaceAdapter.emit(workspaceAhead);
    await flush();
    $(element, 'lightning-button.edit-plan').click();
    await flush();
    return element;
}

describe('c-plan-details', () => {
    afterEach(() => {
        resetDom();
    });

    it('offers "Edit plan" to a user who may edit the plan', async () => {
        const element = mount('c-plan-details', PlanDetails, { recordId: PLAN_ID });
        await flush();
        expect($(element, 'lightning-button')).toBeNull();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const button = $(element, 'lightning-button.edit-plan');
        expect(button.label).toBe('Edit plan');
        expect(button.iconName).toBe('utility:edit');
        expect($(element, 'c-plan-field-editor')).toBeNull();
        expect(workspaceAdapter.getLastConfig()).toEqual({ planId: PLAN_ID });
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });

    it('offers nothing to a user who can only read the plan, or when the plan cannot be loaded', async () => {
        const element = mount('c-plan-details', PlanDetails, { recordId: PLAN_ID });
        workspaceAdapter.emit(readOnly(workspaceAhead));
        await flush();
        expect($(element, 'lightning-button')).toBeNull();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect($(element, 'lightning-button')).toBeNull();
    });

    it("edits the plan's status, target, period, segments and classification in place", async () => {
        const element = await open();
        expect($(element, 'lightning-card').title).toBe('Plan details');
        expect($(element, 'lightning-button.edit-plan')).toBeNull();
        const editor = $(element, 'c-plan-field-editor');
        expect(editor.recordId).toBe(PLAN_ID);
        expect(editor.objectApiName).toBe(ns('Account_Plan__c'));
        expect(editor.label).toBe('Plan details');
        expect(editor.fields).toEqual(
            [
                'Status__c',
                'Revenue_Target__c',
                'Period_Type__c',
                'Start_Date__c',
                'End_Date__c',
                'Current_Segment__c',
                'Target_Segment__c',
                'Account_Potential__c',
                'Strategic_Alignment__c'
            ].map((name) => ({ key: ns(name), fieldApiName: ns(name), itemClass: HALF }))
        );
    });

    it('after a save, says so, closes the editor and refreshes the plan page', async () => {
        const element = await open();
        const toasts = captureToasts(element);
        $(element, 'c-plan-field-editor').dispatchEvent(new CustomEvent('saved', { detail: { id: PLAN_ID } }));
        await flush();
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Saved',
            message: 'The plan was updated.',
            variant: 'success'
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect($(element, 'c-plan-field-editor')).toBeNull();
        expect($(element, 'lightning-button.edit-plan')).not.toBeNull();
    });

    it('closes without saving when the edit is cancelled', async () => {
        const element = await open();
        $(element, 'c-plan-field-editor').dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect($(element, 'c-plan-field-editor')).toBeNull();
        expect(refreshApex).not.toHaveBeenCalled();
    });
});
