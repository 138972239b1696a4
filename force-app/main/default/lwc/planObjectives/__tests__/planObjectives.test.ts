import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanObjectives from 'c/planObjectives';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { createRecord, deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanRecordModal from 'c/planRecordModal';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
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
    wireAdapter
} from '../../../../../../jest/testUtils';
import { addButton, emptyStateText, hasSpinner, inCard, spyFocus } from '../../../../../../jest/sectionTestUtils';
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
jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));

const workspaceAdapter = wireAdapter(getWorkspace);
const modalOpen = openMock(PlanRecordModal);
const confirmOpen = openMock(PlanConfirmDialog);
const PLAN_ID = workspaceAhead.plan.id;
const [RENEW, PILOT, SPONSOR] = workspaceAhead.objectives;
const EMPTY = { ...workspaceAhead, objectives: [] };
const OBJECTIVE_FIELDS = [
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
];

async function create(data: unknown = workspaceAhead): Promise<HTMLElement> {
    const element = mount('c-plan-objectives', PlanObjectives, { recordId: PLAN_ID });
    workspaceAdapter.emit(data);
    await flush();
    return element;
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (element: HTMLElement, id: string): any => $(element, `c-plan-objective-card[data-id="${id}"]`);
const inObjective = (element: HTMLElement, id: string, selector: string): any =>
    card(element, id)?.shadowRoot.querySelector(selector) ?? null;
const menuOf = (element: HTMLElement, id: string): any => inObjective(element, id, 'c-plan-row-actions');
const menuValues = (element: HTMLElement, id: string): string[] =>
    Array.from(menuOf(element, id).shadowRoot.querySelectorAll('lightning-menu-item')).map((i: any) => i.value);

function choose(element: HTMLElement, id: string, value: string): void {
    menuOf(element, id)
        .shadowRoot.querySelector('lightning-button-menu')
        .dispatchEvent(new CustomEvent('select', { detail: { value } }));
}

describe('c-plan-objectives', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading, and no spinner once the objectives are there', async () => {
        const element = mount('c-plan-objectives', PlanObjectives, { recordId: PLAN_ID });
        await flush();
        expect(hasSpinner(element)).toBe(true);
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(hasSpinner(element)).toBe(false);
        expect(emptyStateText(element)).toBeNull();
    });

    it('heads the card with its title and the objectives icon', async () => {
        const element = await create();
        const lightningCard = inCard(element, 'lightning-card');
        expect(lightningCard.title).toBe(label('Objectives_Title'));
        expect(lightningCard.iconName).toBe('custom:custom18');
    });

    it('shows each objective: status, category, priority, owner, due date and progress', async () => {
        const element = await create();
        expect($$(element, 'c-plan-objective-card')).toHaveLength(3);
        expect(text(inObjective(element, RENEW.id, '.objective-name'))).toBe('Renew platform contract for 3 years');
        const badge = inObjective(element, RENEW.id, 'lightning-badge');
        expect(badge.label).toBe('On Track');
        expect(badge.className).toBe('slds-theme_success');
        expect(text(inObjective(element, RENEW.id, '.category'))).toBe('Retention');
        expect(text(inObjective(element, RENEW.id, '.priority'))).toBe('High');
        expect(text(inObjective(element, RENEW.id, '.owner'))).toBe('Maria Lopez');
        expect(text(inObjective(element, RENEW.id, '.due-date'))).toMatch(/2026/);
        expect(inObjective(element, RENEW.id, 'lightning-progress-bar').value).toBeCloseTo(66.67);
        expect(text(inObjective(element, RENEW.id, '.progress-label'))).toBe('67%');
        expect(text(inObjective(element, SPONSOR.id, '.category'))).toBe('Relationship');
        expect(text(inObjective(element, SPONSOR.id, '.priority'))).toBe('Medium');
    });

    it('says "Not set", "Unassigned" and "No due date" for what an objective lacks', async () => {
        const bare = {
            ...SPONSOR,
            category: null,
            priority: null,
            ownerName: null,
            dueDate: null,
            progressPercent: null
        };
        const element = await create({ ...workspaceAhead, objectives: [bare] });
        expect(text(inObjective(element, SPONSOR.id, '.category'))).toBe(label('Common_Not_Set'));
        expect(text(inObjective(element, SPONSOR.id, '.priority'))).toBe(label('Common_Not_Set'));
        expect(text(inObjective(element, SPONSOR.id, '.owner'))).toBe(label('Objectives_Unassigned'));
        expect(text(inObjective(element, SPONSOR.id, '.due-date'))).toBe(label('Objectives_No_Due_Date'));
        expect(inObjective(element, SPONSOR.id, 'lightning-progress-bar').value).toBe(0);
    });

    it('marks overdue objectives in words and colour, and shows the manager review', async () => {
        const element = await create();
        expect(inObjective(element, PILOT.id, 'article').className).toBe(
            'slds-box slds-box_x-small slds-m-bottom_small objective objective_overdue slds-theme_alert-texture'
        );
        expect(inObjective(element, PILOT.id, '.overdue-badge').label).toBe(label('Objectives_Overdue'));
        expect(inObjective(element, PILOT.id, '.due-date').className).toBe('slds-text-color_error due-date');
        expect(text(inObjective(element, PILOT.id, '.review-comments'))).toBe('Escalate data access to the CIO.');
        expect(inObjective(element, RENEW.id, '.overdue-badge')).toBeNull();
        expect(inObjective(element, RENEW.id, 'article').className).toBe(
            'slds-box slds-box_x-small slds-m-bottom_small objective'
        );
        expect(inObjective(element, RENEW.id, '.review')).toBeNull();
    });

    it('invites the first objective when there is none', async () => {
        const element = await create(EMPTY);
        expect(emptyStateText(element)).toBe(label('Objectives_Empty'));
        expect($(element, 'ul.objective-list')).toBeNull();
    });

    it('shows the error panel, and nothing else, when the workspace cannot load', async () => {
        const element = mount('c-plan-objectives', PlanObjectives, { recordId: PLAN_ID });
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect(inCard(element, 'c-error-panel.load-error')).not.toBeNull();
        expect(hasSpinner(element)).toBe(false);
        expect($(element, 'ul.objective-list')).toBeNull();
    });

    it('creates an objective that starts "Not Started" on this plan, then refreshes, toasts and focuses it', async () => {
        const element = await create();
        const toast = captureToasts(element);
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        modalOpen.mockImplementationOnce(async () => {
            workspaceAdapter.emit({
                ...workspaceAhead,
                objectives: [...workspaceAhead.objectives, { ...SPONSOR, id: 'a02NEW' }]
            });
            return 'a02NEW';
        });
        addButton(element).click();
        await flush();
        expect(modalOpen).toHaveBeenCalledWith(expect.objectContaining({ size: 'medium' }));
        expect(lastOpened()).toEqual({
            label: label('Objectives_New'),
            objectApiName: ns('Account_Plan_Objective__c'),
            fields: OBJECTIVE_FIELDS,
            defaultValues: { [ns('Account_Plan__c')]: PLAN_ID, [ns('Status__c')]: 'Not Started' }
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(toast.mock.calls[0][0].detail).toEqual(
            expect.objectContaining({ message: label('Objectives_Saved'), variant: 'success' })
        );
        const newMenu = menuOf(element, 'a02NEW').shadowRoot.querySelector('lightning-button-menu');
        expect(focus.mock.contexts).toContain(newMenu);
        focus.mockRestore();
    });

    it('changes nothing when the dialog is cancelled, and puts focus back on the button that opened it', async () => {
        const element = await create(EMPTY);
        const button = inCard(element, 'lightning-button.empty-action');
        const focus = spyFocus(button);
        modalOpen.mockResolvedValueOnce(undefined);
        button.click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(focus).toHaveBeenCalled();
    });

    it('edits an objective in a dialog named after it, then refreshes and focuses its menu', async () => {
        const element = await create();
        const toast = captureToasts(element);
        const focus = spyFocus(menuOf(element, PILOT.id));
        modalOpen.mockResolvedValueOnce(PILOT.id);
        choose(element, PILOT.id, 'edit');
        await flush();
        expect(modalOpen).toHaveBeenCalledWith(expect.objectContaining({ size: 'medium' }));
        expect(lastOpened()).toEqual({
            label: label('Objectives_Edit_Title'),
            description: 'Land analytics pilot in Retail',
            objectApiName: ns('Account_Plan_Objective__c'),
            recordId: PILOT.id,
            fields: OBJECTIVE_FIELDS,
            defaultValues: {}
        });
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Objectives_Saved'));
        expect(focus).toHaveBeenCalledTimes(1);
        // focus stays where it went: a later refresh of the list does not take it back
        workspaceAdapter.emit({ ...workspaceAhead });
        await flush();
        expect(focus).toHaveBeenCalledTimes(1);
    });

    it('offers Review only to reviewers, and opens the review fields', async () => {
        const element = await create();
        expect(menuValues(element, RENEW.id)).toEqual(['edit', 'delete']);
        workspaceAdapter.emit(reviewerWorkspace);
        await flush();
        const id = reviewerWorkspace.objectives[0].id;
        expect(menuValues(element, id)).toEqual(['edit', 'review', 'delete']);
        modalOpen.mockResolvedValueOnce(id);
        const toast = captureToasts(element);
        choose(element, id, 'review');
        await flush();
        expect(modalOpen).toHaveBeenCalledWith(expect.objectContaining({ size: 'small' }));
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                label: label('Objectives_Review_Title'),
                fields: [ns('Manager_Review_Comments__c'), ns('Last_Reviewed_Date__c'), ns('Status__c')]
            })
        );
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Objectives_Reviewed'));
    });

    it('offers a reviewer who cannot manage the plan only Review', async () => {
        const element = await create({
            ...reviewerWorkspace,
            permissions: { canEditPlan: false, canReview: true, canManageChildren: false }
        });
        expect(menuValues(element, reviewerWorkspace.objectives[0].id)).toEqual(['review']);
        expect(addButton(element)).toBeNull();
    });

    it('deletes an objective after confirmation naming it, then focuses the next one', async () => {
        const element = await create();
        const toast = captureToasts(element);
        const next = spyFocus(menuOf(element, SPONSOR.id));
        const newButton = spyFocus(addButton(element));
        confirmOpen.mockResolvedValueOnce(true);
        choose(element, PILOT.id, 'delete');
        await flush();
        expect(confirmOpen).toHaveBeenCalledWith({
            label: label('Common_Confirm_Delete_Title'),
            message: 'Delete the objective "Land analytics pilot in Retail" and its actions?',
            confirmLabel: 'Delete',
            confirmVariant: 'destructive',
            size: 'small'
        });
        expect(deleteRecord).toHaveBeenCalledWith(PILOT.id);
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Objectives_Deleted'));
        expect(next).toHaveBeenCalledTimes(1);
        expect(newButton).not.toHaveBeenCalled();
        expect(hasSpinner(element)).toBe(false);
    });

    it('keeps the objective when the delete is not confirmed, focus on its menu', async () => {
        const element = await create();
        const own = spyFocus(menuOf(element, PILOT.id));
        confirmOpen.mockResolvedValueOnce(false);
        choose(element, PILOT.id, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(own).toHaveBeenCalled();
    });

    it('says why a delete failed, keeps the objective and its focus, and stops the spinner', async () => {
        const element = await create();
        const own = spyFocus(menuOf(element, PILOT.id));
        const next = spyFocus(menuOf(element, SPONSOR.id));
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Delete failed' } });
        choose(element, PILOT.id, 'delete');
        await flush();
        expect(inCard(element, 'c-error-panel.write-error').errors).toEqual({ body: { message: 'Delete failed' } });
        expect(card(element, PILOT.id)).not.toBeNull();
        expect(hasSpinner(element)).toBe(false);
        expect(own).toHaveBeenCalled();
        expect(next).not.toHaveBeenCalled();
    });

    it('does nothing for a menu item it does not know (never deletes)', async () => {
        const element = await create();
        choose(element, PILOT.id, 'archive');
        await flush();
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(modalOpen).not.toHaveBeenCalled();
    });

    it('opens the actions of an objective with a toggle that says whether they are shown', async () => {
        const element = await create();
        const toggle = inObjective(element, RENEW.id, 'button.actions-toggle');
        expect(text(toggle)).toBe('Actions (2)');
        expect(toggle.getAttribute('title')).toBe('Show actions of Renew platform contract for 3 years');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(inObjective(element, RENEW.id, 'c-plan-objective-actions')).toBeNull();
        toggle.click();
        await flush();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        const actions = inObjective(element, RENEW.id, 'c-plan-objective-actions');
        expect(actions.objectiveId).toBe(RENEW.id);
        expect(actions.ownerId).toBe(RENEW.ownerId);
        expect(actions.actions).toEqual(RENEW.actions);
        expect(actions.canManage).toBe(true);
        toggle.click();
        await flush();
        expect(inObjective(element, RENEW.id, 'c-plan-objective-actions')).toBeNull();
    });

    it('toasts and refreshes after a change to an action, clearing an earlier error', async () => {
        const element = await create();
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Delete failed' } });
        choose(element, PILOT.id, 'delete');
        await flush();
        const toast = captureToasts(element);
        inObjective(element, RENEW.id, 'button.actions-toggle').click();
        await flush();
        const actions = inObjective(element, RENEW.id, 'c-plan-objective-actions');
        const box = actions.shadowRoot.querySelector('lightning-input.action-subject');
        box.value = 'Call the CFO';
        box.dispatchEvent(new CustomEvent('change', { detail: { value: 'Call the CFO' } }));
        actions.shadowRoot.querySelector('lightning-button.add-action').click();
        await flush();
        expect(createRecord).toHaveBeenCalledWith(
            expect.objectContaining({ fields: expect.objectContaining({ WhatId: RENEW.id, OwnerId: RENEW.ownerId }) })
        );
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Objectives_Action_Created'));
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(inCard(element, 'c-error-panel.write-error')).toBeNull();
    });

    it('offers no writes to users who cannot manage or review the plan', async () => {
        const element = await create(readOnly(workspaceAhead));
        expect(addButton(element)).toBeNull();
        expect(menuOf(element, RENEW.id)).toBeNull();
        inObjective(element, RENEW.id, 'button.actions-toggle').click();
        await flush();
        expect(inObjective(element, RENEW.id, 'c-plan-objective-actions').canManage).toBe(false);
    });

    it('puts focus back on the New button when the saved objective is not in the refreshed list', async () => {
        const element = await create();
        const button = spyFocus(addButton(element));
        modalOpen.mockResolvedValueOnce('a02HIDDEN');
        addButton(element).click();
        await flush();
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(button).toHaveBeenCalled();
    });

    it('focuses a new objective once the reloading list shows it', async () => {
        const element = await create();
        mockOf(refreshApex).mockImplementationOnce(async () => {
            workspaceAdapter.emit(undefined);
        });
        modalOpen.mockResolvedValueOnce('a02NEW');
        addButton(element).click();
        await flush();
        expect(hasSpinner(element)).toBe(true);
        workspaceAdapter.emit({
            ...workspaceAhead,
            objectives: [...workspaceAhead.objectives, { ...SPONSOR, id: 'a02NEW' }]
        });
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        await flush();
        const newMenu = menuOf(element, 'a02NEW').shadowRoot.querySelector('lightning-button-menu');
        expect(focus.mock.contexts).toEqual([newMenu]);
        focus.mockRestore();
    });

    it("gives each objective's review the plan's reviews and permissions", async () => {
        const reviews = [
            {
                id: 'a05REVIEW',
                type: 'Objective',
                reviewDate: '2026-11-02',
                reviewerId: '005MANAGER',
                reviewerName: 'Dana Whit',
                comments: 'On track.',
                objectiveId: reviewerWorkspace.objectives[0].id,
                objectiveName: reviewerWorkspace.objectives[0].name
            }
        ];
        const element = await create({ ...reviewerWorkspace, reviews });
        const review = inObjective(element, reviewerWorkspace.objectives[0].id, 'c-plan-objective-review');
        expect(review.reviews).toEqual(reviews);
        expect(review.permissions).toEqual(reviewerWorkspace.permissions);
    });

    it('reloads the plan after a review is saved on an objective', async () => {
        const element = await create(reviewerWorkspace);
        const id = reviewerWorkspace.objectives[0].id;
        inObjective(element, id, 'c-plan-objective-review').dispatchEvent(new CustomEvent('planchange'));
        await flush();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    it('names the list and each menu for assistive technology', async () => {
        const element = await create();
        expect($(element, 'ul.objective-list').getAttribute('aria-label')).toBe(label('Objectives_Title'));
        expect(menuOf(element, RENEW.id).recordName).toBe('Renew platform contract for 3 years');
    });
});
