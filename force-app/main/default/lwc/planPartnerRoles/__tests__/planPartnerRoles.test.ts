import PlanPartnerRoles from 'c/planPartnerRoles';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import searchPartnerAccounts from '@salesforce/apex/AccountPlanWorkspaceController.searchPartnerAccounts';
import { refreshApex } from '@salesforce/apex';
import { deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import searchResults from './data/partnerSearchResults.json';
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
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.searchPartnerAccounts', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));

const workspaceAdapter = wireAdapter(getWorkspace);
const search = mockOf(searchPartnerAccounts);
const modalOpen = openMock(PlanRecordModal);
const confirmOpen = openMock(LightningConfirm);
const PLAN_ID = workspaceAhead.plan.id;

const create = (): HTMLElement => mount('c-plan-partner-roles', PlanPartnerRoles, { recordId: PLAN_ID });
function type(element: HTMLElement, value: string): void {
    $(element, 'lightning-input.partner-search').dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-plan-partner-roles', () => {
    beforeEach(() => {
        jest.useFakeTimers();
    });
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    it('shows a spinner while loading', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('renders partners with role, influence and relationship', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const rows = $$(element, 'tr.partner');
        expect(rows).toHaveLength(workspaceAhead.partnerRoles.length);
        expect($$(element, '.partner-name').map((n) => n.textContent)).toEqual(
            workspaceAhead.partnerRoles.map((p) => p.partnerName)
        );
        const cells = rows[1].querySelectorAll('td');
        expect(cells[0].textContent).toBe('Competitor');
        expect(cells[1].textContent).toBe('Medium');
        expect(cells[2].querySelector('lightning-badge').className).toContain('slds-theme_error');
    });

    it('invites the first partner when there are none', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect($(element, '.empty-state')).not.toBeNull();
        $(element, '.empty-assign').click();
        await flush();
        expect($(element, 'section.search')).not.toBeNull();
    });

    it('shows the error panel when the workspace cannot load', async () => {
        const element = create();
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
    });

    it('searches partner accounts once typing pauses, from two characters', async () => {
        search.mockResolvedValue(searchResults);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.assign-partner').click();
        await flush();
        type(element, 'a');
        jest.advanceTimersByTime(500);
        expect(search).not.toHaveBeenCalled();
        type(element, 'ad');
        type(element, 'ada');
        jest.advanceTimersByTime(299);
        expect(search).not.toHaveBeenCalled();
        jest.advanceTimersByTime(1);
        await flush();
        expect(search).toHaveBeenCalledTimes(1);
        expect(search).toHaveBeenCalledWith({ searchTerm: 'ada' });
        const buttons = $$(element, 'button.select-partner');
        expect(buttons).toHaveLength(2);
        expect(buttons[0].getAttribute('aria-label')).toBe('c.Partners_Select');
        type(element, 'a');
        await flush();
        expect($$(element, 'button.select-partner')).toHaveLength(0);
    });

    it('says so when no partner account matches', async () => {
        search.mockResolvedValue([]);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.assign-partner').click();
        await flush();
        type(element, 'zzz');
        jest.advanceTimersByTime(300);
        await flush();
        expect($(element, '.no-results')).not.toBeNull();
    });

    it('shows the error panel when the search fails', async () => {
        search.mockRejectedValue({ body: { message: 'Search failed' } });
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.assign-partner').click();
        await flush();
        type(element, 'zzz');
        jest.advanceTimersByTime(300);
        await flush();
        expect($(element, 'c-error-panel.write-error')).not.toBeNull();
    });

    it('assigns the selected partner through the record modal', async () => {
        search.mockResolvedValue(searchResults);
        modalOpen.mockResolvedValueOnce('a04000000000099AAA');
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const toast = captureToasts(element);
        $(element, '.assign-partner').click();
        await flush();
        type(element, 'adv');
        jest.advanceTimersByTime(300);
        await flush();
        $$(element, 'button.select-partner')[1].click();
        await flush();
        expect(lastOpened()).toEqual({
            description: 'Adventure Works Integration',
            objectApiName: ns('Account_Plan_Partner_Role__c'),
            recordId: undefined,
            fields: [ns('Role__c'), ns('Influence__c'), ns('Relationship__c'), ns('Notes__c')],
            defaultValues: { [ns('Account_Plan__c')]: PLAN_ID, [ns('Partner_Account__c')]: '001000000000302AAA' }
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalled();
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
        expect($(element, 'section.search')).toBeNull();
    });

    it('keeps the search open when the modal is cancelled, and closes it on cancel', async () => {
        search.mockResolvedValue(searchResults);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.assign-partner').click();
        await flush();
        type(element, 'adv');
        jest.advanceTimersByTime(300);
        await flush();
        $(element, 'button.select-partner').click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect($(element, 'section.search')).not.toBeNull();
        $(element, '.cancel-search').click();
        await flush();
        expect($(element, 'section.search')).toBeNull();
    });

    it('edits a partner role', async () => {
        modalOpen.mockResolvedValueOnce(workspaceAhead.partnerRoles[0].id);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'edit');
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                objectApiName: ns('Account_Plan_Partner_Role__c'),
                recordId: workspaceAhead.partnerRoles[0].id
            })
        );
        expect(refreshApex).toHaveBeenCalled();
    });

    it('does not refresh when the edit is cancelled', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'edit');
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('removes a partner role after confirmation, and keeps it otherwise', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        confirmOpen.mockResolvedValueOnce(false);
        selectRowAction(element, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        confirmOpen.mockResolvedValueOnce(true);
        selectRowAction(element, 'delete');
        await flush();
        expect(deleteRecord).toHaveBeenCalledWith(workspaceAhead.partnerRoles[0].id);
        expect(refreshApex).toHaveBeenCalled();
    });

    it('shows the error panel when the removal fails', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Delete failed' } });
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'delete');
        await flush();
        expect($(element, 'c-error-panel.write-error')).not.toBeNull();
    });

    it('hides write controls from users who cannot manage children', async () => {
        const element = create();
        workspaceAdapter.emit(readOnly(workspaceAhead));
        await flush();
        expect($(element, '.assign-partner')).toBeNull();
        expect($(element, 'lightning-button-menu')).toBeNull();
    });

    it('is accessible: captioned table, labelled search and menus', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'table caption').textContent).toBe('c.Partners_Title');
        expect($$(element, 'tbody th[scope="row"]')).toHaveLength(workspaceAhead.partnerRoles.length);
        expect($(element, 'lightning-button-menu').alternativeText).toBe('c.Common_Row_Actions');
        $(element, '.assign-partner').click();
        await flush();
        expect($(element, 'lightning-input.partner-search').label).toBe('c.Partners_Search_Label');
        expect($(element, 'section.search').getAttribute('aria-label')).toBe('c.Partners_Search_Title');
    });
});
