import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanObjectiveActions from 'c/planObjectiveActions';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanRecordModal from 'c/planRecordModal';
import { $, $$, flush, mockOf, mount, navigations, openMock, resetDom } from '../../../../../../jest/testUtils';
import { spyFocus } from '../../../../../../jest/sectionTestUtils';
import { lastOpened } from '../../../../../../jest/mocks/planRecordModal';

jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));

const modalOpen = openMock(PlanRecordModal);
const confirmOpen = openMock(PlanConfirmDialog);

/** A date `days` from today in the local time zone, as a Task's ActivityDate. */
function dayFromToday(days: number): string {
    const date = new Date();
    date.setDate(date.getDate() + days);
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const OBJECTIVE_ID = 'a02000000000001AAA';
const OWNER_ID = '005000000000001AAA';
const LATE = {
    id: '00T000000000001AAA',
    subject: 'Send redlines',
    status: 'Not Started',
    activityDate: dayFromToday(-1),
    isClosed: false,
    ownerName: 'Maria Lopez'
};
const DUE_TODAY = { ...LATE, id: '00T000000000002AAA', subject: 'Book the CIO', activityDate: dayFromToday(0) };
const DONE_LATE = { ...LATE, id: '00T000000000003AAA', subject: 'Kick-off', status: 'Completed', isClosed: true };
const UNDATED = { ...LATE, id: '00T000000000004AAA', subject: 'Someday', activityDate: null, ownerName: null };
const ACTIONS = [LATE, DUE_TODAY, DONE_LATE, UNDATED];

interface Props {
    actions?: unknown[];
    canManage?: boolean;
    ownerId?: string | null;
}

async function create({ actions = ACTIONS, canManage = true, ownerId = OWNER_ID }: Props = {}): Promise<HTMLElement> {
    const element = mount('c-plan-objective-actions', PlanObjectiveActions, {
        objectiveId: OBJECTIVE_ID,
        ownerId,
        actions,
        canManage
    });
    await flush();
    return element;
}

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const item = (element: HTMLElement, id: string): HTMLElement => $(element, `li.action[data-id="${id}"]`);
const checkbox = (element: HTMLElement, id: string): any =>
    $(element, `lightning-input.action-complete[data-id="${id}"]`);
const menu = (element: HTMLElement, id: string): any => $(element, `c-plan-row-actions[data-id="${id}"]`);
const subjectBox = (element: HTMLElement): any => $(element, 'lightning-input.action-subject');

function choose(element: HTMLElement, id: string, value: string): void {
    menu(element, id)
        .shadowRoot.querySelector('lightning-button-menu')
        .dispatchEvent(new CustomEvent('select', { detail: { value } }));
}

function type(input: any, value: string): void {
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function listenSaved(element: HTMLElement): jest.Mock {
    const saved = jest.fn();
    element.addEventListener('saved', (event) => saved((event as CustomEvent).detail.message));
    return saved;
}

describe('c-plan-objective-actions', () => {
    afterEach(() => {
        resetDom();
    });

    it('lists each action with its due date, assignee and state, and links it to its Task', async () => {
        const element = await create();
        const late = item(element, LATE.id);
        const link = late.querySelector('a.action-subject') as HTMLAnchorElement;
        expect(text(link)).toBe('Send redlines');
        expect(link.getAttribute('href')).toBe(`/lightning/r/Task/${LATE.id}/view`);
        expect(text(late.querySelector('.action-owner'))).toBe('Assigned to Maria Lopez');
        expect(text(late.querySelector('.action-state'))).toBe(label('Objectives_Action_Open'));
        expect(text(item(element, DONE_LATE.id).querySelector('.action-state'))).toBe(label('Objectives_Action_Done'));
        expect(text(item(element, UNDATED.id).querySelector('.action-due'))).toBe(label('Objectives_No_Due_Date'));
        expect(text(item(element, UNDATED.id).querySelector('.action-owner'))).toBe(
            `Assigned to ${label('Objectives_Unassigned')}`
        );
    });

    it('opens the Task when its link is clicked', async () => {
        const element = await create();
        (item(element, LATE.id).querySelector('a.action-subject') as HTMLElement).click();
        expect(navigations()).toEqual([
            {
                type: 'standard__recordPage',
                attributes: { recordId: LATE.id, objectApiName: 'Task', actionName: 'view' }
            }
        ]);
    });

    it('highlights open actions past their due date, in words too; not done ones, not those due today', async () => {
        const element = await create();
        expect(item(element, LATE.id).className).toBe('slds-p-vertical_xx-small action action_overdue');
        expect(text(item(element, LATE.id).querySelector('.action-overdue'))).toBe(`· ${label('Common_Overdue')}`);
        expect(item(element, DUE_TODAY.id).className).toBe('slds-p-vertical_xx-small action');
        expect(item(element, DONE_LATE.id).className).toBe('slds-p-vertical_xx-small action action_closed');
        expect(item(element, UNDATED.id).querySelector('.action-overdue')).toBeNull();
        expect($$(element, '.action-overdue')).toHaveLength(1);
    });

    it('counts an action as overdue by the local date, including in months and days of one digit', async () => {
        jest.useFakeTimers({
            now: new Date(2026, 2, 5, 12),
            doNotFake: [
                'nextTick',
                'setImmediate',
                'clearImmediate',
                'setInterval',
                'clearInterval',
                'setTimeout',
                'clearTimeout',
                'queueMicrotask'
            ]
        });
        try {
            const element = await create({
                actions: [
                    { ...LATE, activityDate: '2026-03-04' },
                    { ...DUE_TODAY, activityDate: '2026-03-10' }
                ]
            });
            expect(item(element, LATE.id).className).toBe('slds-p-vertical_xx-small action action_overdue');
            expect(item(element, DUE_TODAY.id).className).toBe('slds-p-vertical_xx-small action');
            expect($$(element, '.action-overdue')).toHaveLength(1);
        } finally {
            jest.useRealTimers();
        }
    });

    it('completes an action with its checkbox, and opens it again', async () => {
        const element = await create();
        const saved = listenSaved(element);
        expect(checkbox(element, LATE.id).checked).toBe(false);
        expect(checkbox(element, DONE_LATE.id).checked).toBe(true);
        expect(checkbox(element, LATE.id).label).toBe('Complete: Send redlines');
        checkbox(element, LATE.id).dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flush();
        expect(updateRecord).toHaveBeenLastCalledWith({ fields: { Id: LATE.id, Status: 'Completed' } });
        expect(saved).toHaveBeenLastCalledWith(label('Objectives_Action_Completed'));
        checkbox(element, DONE_LATE.id).dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
        await flush();
        expect(updateRecord).toHaveBeenLastCalledWith({ fields: { Id: DONE_LATE.id, Status: 'Not Started' } });
        expect(saved).toHaveBeenLastCalledWith(label('Objectives_Action_Reopened'));
    });

    it('says why an action could not be completed, and tells nobody it was', async () => {
        const element = await create();
        const saved = listenSaved(element);
        mockOf(updateRecord).mockRejectedValueOnce({ body: { message: 'Status is restricted' } });
        checkbox(element, LATE.id).dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flush();
        expect($(element, 'c-error-panel.action-error').errors).toEqual({ body: { message: 'Status is restricted' } });
        expect(saved).not.toHaveBeenCalled();
        expect(checkbox(element, LATE.id).disabled).toBe(false);
    });

    it('edits an action in a small dialog named after it, then focuses its menu', async () => {
        const element = await create();
        const saved = listenSaved(element);
        const focus = spyFocus(menu(element, DONE_LATE.id));
        modalOpen.mockResolvedValueOnce(DONE_LATE.id);
        choose(element, DONE_LATE.id, 'edit');
        await flush();
        expect(lastOpened()).toEqual({
            label: label('Objectives_Action_Edit_Title'),
            description: 'Kick-off',
            objectApiName: 'Task',
            recordId: DONE_LATE.id,
            fields: ['Subject', 'ActivityDate', 'OwnerId', 'Status', 'Priority', 'Description'],
            defaultValues: {}
        });
        expect(modalOpen.mock.calls[0][0].size).toBe('small');
        expect(saved).toHaveBeenCalledWith(label('Objectives_Action_Saved'));
        expect(focus).toHaveBeenCalled();
    });

    it('focuses the edited action once the list shows it again, when it was reloaded while the dialog was open', async () => {
        const element = await create();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        modalOpen.mockImplementationOnce(() => {
            (element as any).actions = [];
            return Promise.resolve(LATE.id);
        });
        choose(element, LATE.id, 'edit');
        await flush();
        expect(focus).not.toHaveBeenCalled();
        (element as any).actions = ACTIONS;
        await flush();
        expect(focus.mock.contexts).toEqual([menu(element, LATE.id).shadowRoot.querySelector('lightning-button-menu')]);
        focus.mockRestore();
    });

    it('changes nothing when the edit is cancelled', async () => {
        const element = await create();
        const saved = listenSaved(element);
        modalOpen.mockResolvedValueOnce(undefined);
        choose(element, LATE.id, 'edit');
        await flush();
        expect(saved).not.toHaveBeenCalled();
    });

    it('deletes an action after confirmation naming it, then focuses the next one', async () => {
        const element = await create();
        const saved = listenSaved(element);
        const next = spyFocus(menu(element, DUE_TODAY.id));
        confirmOpen.mockResolvedValueOnce(true);
        choose(element, LATE.id, 'delete');
        await flush();
        expect(confirmOpen).toHaveBeenCalledWith(
            expect.objectContaining({ message: 'Delete the action "Send redlines"?' })
        );
        expect(deleteRecord).toHaveBeenCalledWith(LATE.id);
        expect(saved).toHaveBeenCalledWith(label('Objectives_Action_Deleted'));
        expect(next).toHaveBeenCalled();
    });

    it('keeps an action when the delete is not confirmed, or fails', async () => {
        const element = await create();
        const saved = listenSaved(element);
        const own = spyFocus(menu(element, LATE.id));
        confirmOpen.mockResolvedValueOnce(false);
        choose(element, LATE.id, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(own).toHaveBeenCalledTimes(1);
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'No access' } });
        choose(element, LATE.id, 'delete');
        await flush();
        expect($(element, 'c-error-panel.action-error').errors).toEqual({ body: { message: 'No access' } });
        expect(saved).not.toHaveBeenCalled();
        expect(own).toHaveBeenCalledTimes(2);
    });

    it('disables the checkboxes and the add button while a write runs, and enables them after', async () => {
        const element = await create();
        let finish: (value: unknown) => void = () => undefined;
        mockOf(updateRecord).mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
        expect(checkbox(element, LATE.id).disabled).toBe(false);
        expect($(element, 'lightning-button.add-action').disabled).toBe(false);
        checkbox(element, LATE.id).dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flush();
        expect(checkbox(element, LATE.id).disabled).toBe(true);
        expect(checkbox(element, UNDATED.id).disabled).toBe(true);
        expect($(element, 'lightning-button.add-action').disabled).toBe(true);
        finish({});
        await flush();
        expect(checkbox(element, LATE.id).disabled).toBe(false);
        expect($(element, 'lightning-button.add-action').disabled).toBe(false);
    });

    it('focuses the subject box after deleting the only action', async () => {
        const element = await create({ actions: [LATE] });
        const box = spyFocus(subjectBox(element));
        confirmOpen.mockResolvedValueOnce(true);
        choose(element, LATE.id, 'delete');
        await flush();
        expect(box).toHaveBeenCalled();
    });

    it('does nothing for a menu item it does not know, nor for an action that is gone', async () => {
        const element = await create();
        choose(element, LATE.id, 'archive');
        await flush();
        menu(element, LATE.id).dispatchEvent(
            new CustomEvent('rowaction', { detail: { value: 'delete', recordId: '00T000000000404AAA' } })
        );
        menu(element, LATE.id).dispatchEvent(
            new CustomEvent('rowaction', { detail: { value: 'edit', recordId: '00T000000000404AAA' } })
        );
        await flush();
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(modalOpen).not.toHaveBeenCalled();
    });

    it('adds an action assigned to the objective owner, then empties the box without an error', async () => {
        const element = await create();
        const saved = listenSaved(element);
        const box = subjectBox(element);
        const validity = jest.spyOn(box, 'setCustomValidity');
        const focus = spyFocus(box);
        type(box, '  Call the CFO  ');
        type($(element, 'lightning-input.action-date'), '2026-12-24');
        $(element, 'lightning-button.add-action').click();
        await flush();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Task',
            fields: {
                Subject: 'Call the CFO',
                WhatId: OBJECTIVE_ID,
                ActivityDate: '2026-12-24',
                Status: 'Not Started',
                OwnerId: OWNER_ID
            }
        });
        expect(saved).toHaveBeenCalledWith(label('Objectives_Action_Created'));
        expect(subjectBox(element).value).toBe('');
        expect($(element, 'lightning-input.action-date').value).toBe('');
        expect(validity).toHaveBeenLastCalledWith('');
        expect(focus).toHaveBeenCalledTimes(1);
    });

    it('adds an action for the running user when the objective has no owner, without a due date', async () => {
        const element = await create({ ownerId: null });
        type(subjectBox(element), 'Call the CFO');
        $(element, 'lightning-button.add-action').click();
        await flush();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Task',
            fields: { Subject: 'Call the CFO', WhatId: OBJECTIVE_ID, ActivityDate: null, Status: 'Not Started' }
        });
    });

    it('starts with an empty subject box, and asks for a subject when Add is clicked at once', async () => {
        const element = await create();
        const box = subjectBox(element);
        const validity = jest.spyOn(box, 'setCustomValidity');
        expect(box.value).toBe('');
        expect($(element, 'lightning-input.action-date').value).toBe('');
        $(element, 'lightning-button.add-action').click();
        await flush();
        expect(createRecord).not.toHaveBeenCalled();
        expect(validity).toHaveBeenLastCalledWith(label('Objectives_Action_Subject_Required'));
    });

    it('asks for a subject before adding, and drops the error once one is typed', async () => {
        const element = await create();
        const box = subjectBox(element);
        const validity = jest.spyOn(box, 'setCustomValidity');
        const report = jest.spyOn(box, 'reportValidity');
        const focus = spyFocus(box);
        type(box, '   ');
        expect(validity).not.toHaveBeenCalled();
        $(element, 'lightning-button.add-action').click();
        await flush();
        expect(createRecord).not.toHaveBeenCalled();
        expect(validity).toHaveBeenLastCalledWith(label('Objectives_Action_Subject_Required'));
        expect(report).toHaveBeenCalledTimes(1);
        expect(focus).toHaveBeenCalled();
        type(box, 'Call');
        expect(validity).toHaveBeenLastCalledWith('');
        expect(report).toHaveBeenCalledTimes(2);
    });

    it('keeps the typed subject and says why when the action cannot be added', async () => {
        const element = await create();
        const saved = listenSaved(element);
        mockOf(createRecord).mockRejectedValueOnce({ body: { message: 'Tasks are off' } });
        type(subjectBox(element), 'Call the CFO');
        $(element, 'lightning-button.add-action').click();
        await flush();
        expect($(element, 'c-error-panel.action-error').errors).toEqual({ body: { message: 'Tasks are off' } });
        expect(subjectBox(element).value).toBe('Call the CFO');
        expect(saved).not.toHaveBeenCalled();
    });

    it('says so when there are no actions yet', async () => {
        const element = await create({ actions: [] });
        expect(text($(element, '.no-actions'))).toBe(label('Objectives_No_Actions'));
        expect($(element, 'ul.actions')).toBeNull();
    });

    it('says so when it is given no list of actions', async () => {
        const element = mount('c-plan-objective-actions', PlanObjectiveActions, {
            objectiveId: OBJECTIVE_ID,
            canManage: true
        });
        await flush();
        expect(text($(element, '.no-actions'))).toBe(label('Objectives_No_Actions'));
        expect($(element, 'ul.actions')).toBeNull();
    });

    it('is read-only unless told the user can manage the plan', async () => {
        const element = mount('c-plan-objective-actions', PlanObjectiveActions, {
            objectiveId: OBJECTIVE_ID,
            actions: ACTIONS
        });
        await flush();
        expect($(element, 'lightning-input')).toBeNull();
        expect($(element, 'c-plan-row-actions')).toBeNull();
        expect($(element, 'lightning-button')).toBeNull();
        expect($$(element, 'li.action')).toHaveLength(4);
    });

    it('is read-only for those who cannot manage the plan: no checkbox, menu or new action', async () => {
        const element = await create({ canManage: false });
        expect($(element, 'lightning-input')).toBeNull();
        expect($(element, 'c-plan-row-actions')).toBeNull();
        expect($(element, 'lightning-button')).toBeNull();
        expect($$(element, 'li.action')).toHaveLength(4);
    });
});
