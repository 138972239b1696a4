import PlanObjectives from 'c/planObjectives';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { createRecord, deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import reviewerWorkspace from './data/workspaceReviewer.json';
import {
    $,
    $$,
    captureToasts,
    flush,
    mockOf,
    mount,
    ns,
    openMock,
    readOnly,
    resetDom,
    selectRowAction,
    wireAdapter
} from '../../../../../../jest/testUtils';
import { lastOpened } from '../../../../../../jest/mocks/planRecordModal';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));

const workspaceAdapter = wireAdapter(getWorkspace);
const modalOpen = openMock(PlanRecordModal);
const confirmOpen = openMock(LightningConfirm);
const PLAN_ID = workspaceAhead.plan.id;

const create = (): HTMLElement => mount('c-plan-objectives', PlanObjectives, { recordId: PLAN_ID });

describe('c-plan-objectives', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('renders objectives with status, owner, due date, progress and overdue highlight', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const items = $$(element, 'li.objective');
        expect(items).toHaveLength(workspaceAhead.objectives.length);
        expect($$(element, '.objective-name').map((n) => n.textContent)).toEqual(
            workspaceAhead.objectives.map((o) => o.name)
        );
        const overdueCount = workspaceAhead.objectives.filter((o) => o.isOverdue).length;
        expect($$(element, 'li.objective_overdue')).toHaveLength(overdueCount);
        expect($$(element, '.overdue-badge')).toHaveLength(overdueCount);
        expect($(element, '.owner').textContent).toBe(workspaceAhead.objectives[0].ownerName);
        const bars = $$(element, 'lightning-progress-bar');
        expect(bars[0].value).toBeCloseTo(workspaceAhead.objectives[0].progressPercent as number);
        const badges = $$(element, 'lightning-badge');
        expect(badges[0].label).toBe(workspaceAhead.objectives[0].status);
        expect(badges[0].className).toContain('slds-theme_success');
    });

    it('shows the empty state with an invitation to add the first objective', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect($(element, '.empty-state')).not.toBeNull();
        expect($(element, '.empty-state').textContent).toContain('c.Objectives_Empty');
        expect($(element, '.empty-new-objective')).not.toBeNull();
    });

    it('shows the error panel when the workspace cannot load', async () => {
        const element = create();
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'li.objective')).toBeNull();
    });

    it('creates an objective through the record modal, then refreshes and toasts', async () => {
        modalOpen.mockResolvedValueOnce('a02000000000099AAA');
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const toast = captureToasts(element);
        $(element, '.new-objective').click();
        await flush();
        expect(lastOpened()).toEqual({
            objectApiName: ns('Account_Plan_Objective__c'),
            recordId: undefined,
            fields: [
                'Name',
                ns('Category__c'),
                ns('Status__c'),
                ns('Priority__c'),
                ns('Objective_Owner__c'),
                ns('Due_Date__c'),
                ns('Target_Value__c'),
                ns('Current_Value__c'),
                ns('Description__c'),
                ns('Owner_Comments__c')
            ],
            defaultValues: { [ns('Account_Plan__c')]: PLAN_ID, [ns('Status__c')]: 'Not Started' }
        });
        expect(refreshApex).toHaveBeenCalled();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(toast).toHaveBeenCalled();
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
    });

    it('does nothing when the modal is cancelled', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        $(element, '.empty-new-objective').click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('edits an objective from the row menu', async () => {
        modalOpen.mockResolvedValueOnce(workspaceAhead.objectives[0].id);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const menu = $(element, 'lightning-button-menu');
        menu.dispatchEvent(new CustomEvent('select', { detail: { value: 'edit' } }));
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                objectApiName: ns('Account_Plan_Objective__c'),
                recordId: workspaceAhead.objectives[0].id
            })
        );
        expect(refreshApex).toHaveBeenCalled();
    });

    it('deletes an objective after confirmation', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'delete');
        await flush();
        expect(deleteRecord).toHaveBeenCalledWith(workspaceAhead.objectives[0].id);
        expect(refreshApex).toHaveBeenCalled();
    });

    it('keeps the objective when the delete is not confirmed', async () => {
        confirmOpen.mockResolvedValueOnce(false);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
    });

    it('shows the error panel when the delete fails', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Insufficient access' } });
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'delete');
        await flush();
        const panel = $(element, 'c-error-panel.write-error');
        expect(panel).not.toBeNull();
        expect(panel.errors).toEqual({ body: { message: 'Insufficient access' } });
        expect($$(element, 'li.objective')).toHaveLength(workspaceAhead.objectives.length);
    });

    it('offers the review action only to reviewers and opens the review fields', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($$(element, 'lightning-menu-item').map((i) => i.value)).not.toContain('review');

        modalOpen.mockResolvedValueOnce(reviewerWorkspace.objectives[0].id);
        workspaceAdapter.emit(reviewerWorkspace);
        await flush();
        expect($$(element, 'lightning-menu-item').map((i) => i.value)).toContain('review');
        expect($(element, '.review-comments')).not.toBeNull();
        selectRowAction(element, 'review');
        await flush();
        expect(lastOpened().fields).toEqual([
            ns('Manager_Review_Comments__c'),
            ns('Last_Reviewed_Date__c'),
            ns('Status__c')
        ]);
    });

    it('hides write controls from users who cannot manage children', async () => {
        const element = create();
        workspaceAdapter.emit(readOnly(workspaceAhead));
        await flush();
        expect($(element, '.new-objective')).toBeNull();
        expect($(element, 'lightning-button-menu')).toBeNull();
    });

    it('expands the actions of an objective with an accessible toggle', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const toggle = $(element, '.actions-toggle');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.getAttribute('aria-controls')).toBeTruthy();
        toggle.click();
        await flush();
        expect($(element, '.actions-toggle').getAttribute('aria-expanded')).toBe('true');
        expect($$(element, '.action-subject').filter((n) => n.tagName === 'SPAN')).toHaveLength(
            workspaceAhead.objectives[0].actions.length
        );
        expect($(element, '.action_closed')).not.toBeNull();
        toggle.click();
        await flush();
        expect($(element, '.actions-region')).toBeNull();
    });

    it('shows a note when an objective has no actions', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        const withoutActions = workspaceBehind.objectives.findIndex((o) => o.actions.length === 0);
        expect(withoutActions).toBeGreaterThanOrEqual(0);
        $$(element, '.actions-toggle')[withoutActions].click();
        await flush();
        expect($(element, '.no-actions')).not.toBeNull();
    });

    it('creates an action (Task) under the objective', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.actions-toggle').click();
        await flush();
        const subject = $(element, 'lightning-input.action-subject');
        subject.dispatchEvent(new CustomEvent('change', { detail: { value: '  Call the CFO ' } }));
        $(element, 'lightning-input.action-date').dispatchEvent(
            new CustomEvent('change', { detail: { value: '2026-12-10' } })
        );
        await flush();
        $(element, '.add-action').click();
        await flush();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Task',
            fields: {
                Subject: 'Call the CFO',
                WhatId: workspaceAhead.objectives[0].id,
                ActivityDate: '2026-12-10',
                Status: 'Not Started'
            }
        });
        expect(refreshApex).toHaveBeenCalled();
        expect($(element, 'lightning-input.action-subject').value).toBe('');
    });

    it('asks for a subject before creating an action', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.actions-toggle').click();
        await flush();
        const subject = $(element, 'lightning-input.action-subject');
        subject.setCustomValidity = jest.fn();
        subject.reportValidity = jest.fn();
        $(element, '.add-action').click();
        await flush();
        expect(createRecord).not.toHaveBeenCalled();
        expect(subject.setCustomValidity).toHaveBeenCalledWith('c.Objectives_Action_Subject_Required');
    });

    it('shows the error panel when the action cannot be created', async () => {
        mockOf(createRecord).mockRejectedValueOnce({ body: { message: 'Required fields are missing' } });
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.actions-toggle').click();
        await flush();
        $(element, 'lightning-input.action-subject').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Call' } })
        );
        $(element, '.add-action').click();
        await flush();
        expect($(element, 'c-error-panel.write-error')).not.toBeNull();
    });

    it('labels the list and the row menus for assistive technology', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'ul.objective-list').getAttribute('aria-label')).toBe('c.Objectives_Title');
        expect($(element, 'lightning-button-menu').alternativeText).toBe('c.Common_Row_Actions');
        expect($(element, 'lightning-progress-bar').getAttribute('aria-label')).toBe('c.Objectives_Progress');
    });
});
