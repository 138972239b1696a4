import PlanStakeholders from 'c/planStakeholders';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import allContactsTaken from './data/workspaceAllContactsTaken.json';
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

const create = (): HTMLElement => mount('c-plan-stakeholders', PlanStakeholders, { recordId: PLAN_ID });

describe('c-plan-stakeholders', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('renders the stakeholders with role, influence, attitude and strength, and the heat map', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const rows = $$(element, 'tr.stakeholder');
        expect(rows).toHaveLength(workspaceAhead.stakeholders.length);
        expect($$(element, '.contact-name').map((n) => n.textContent.trim())).toEqual(
            workspaceAhead.stakeholders.map((s) => s.contactName)
        );
        const first = rows[0].querySelectorAll('td');
        expect(first[0].textContent).toBe('Economic Buyer');
        expect(first[1].textContent).toBe('High');
        expect(first[2].querySelector('lightning-badge').label).toBe('Champion');
        expect(first[2].querySelector('lightning-badge').className).toContain('slds-theme_success');
        expect(first[3].textContent).toBe('4 - Trusted');
        expect(rows[3].querySelectorAll('td')[4].textContent).toBe('c.Stakeholders_Not_Set');
        const heatMap = $(element, 'c-plan-stakeholder-heat-map');
        expect(heatMap).not.toBeNull();
        expect(heatMap.recordId).toBe(PLAN_ID);
    });

    it('invites the first stakeholder when there are none', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect($(element, '.empty-state')).not.toBeNull();
        $(element, '.empty-add').click();
        await flush();
        expect($(element, 'section.picker')).not.toBeNull();
        expect($(element, '.empty-state')).toBeNull();
    });

    it('shows the error panel when the workspace cannot load', async () => {
        const element = create();
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'table')).toBeNull();
    });

    it('offers only the account contacts that are not stakeholders yet', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.add-stakeholder').click();
        await flush();
        const picker = $(element, 'lightning-combobox.contact-picker');
        const taken = new Set(workspaceAhead.stakeholders.map((s) => s.contactId));
        const expected = workspaceAhead.accountContacts.filter((c) => !taken.has(c.id)).map((c) => c.id);
        expect(picker.options.map((o: { value: string }) => o.value)).toEqual(expected);
        expect(picker.options[0].label).toBe('Lena Fischer (Logistics Director)');
        expect(picker.options[1].label).toBe('Omar Haddad');
        expect($(element, 'lightning-button.next').disabled).toBe(true);
    });

    it('adds a stakeholder: picker, then the record modal with contact and plan prefilled', async () => {
        modalOpen.mockResolvedValueOnce('a03000000000099AAA');
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const toast = captureToasts(element);
        $(element, '.add-stakeholder').click();
        await flush();
        $(element, 'lightning-combobox.contact-picker').dispatchEvent(
            new CustomEvent('change', { detail: { value: '003000000000005AAA' } })
        );
        await flush();
        expect($(element, 'lightning-button.next').disabled).toBe(false);
        $(element, 'lightning-button.next').click();
        await flush();
        expect(lastOpened()).toEqual({
            description: 'Lena Fischer',
            objectApiName: ns('Account_Plan_Stakeholder__c'),
            recordId: undefined,
            fields: [
                ns('Buying_Role__c'),
                ns('Influence__c'),
                ns('Attitude__c'),
                ns('Relationship_Strength__c'),
                ns('Relationship_Owner__c'),
                ns('Notes__c')
            ],
            defaultValues: { [ns('Account_Plan__c')]: PLAN_ID, [ns('Contact__c')]: '003000000000005AAA' }
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalled();
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
        expect($(element, 'section.picker')).toBeNull();
    });

    it('keeps the picker open when the modal is cancelled, and closes it on cancel', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.add-stakeholder').click();
        await flush();
        $(element, 'lightning-button.next').click();
        await flush();
        expect(modalOpen).not.toHaveBeenCalled();
        $(element, 'lightning-combobox.contact-picker').dispatchEvent(
            new CustomEvent('change', { detail: { value: '003000000000006AAA' } })
        );
        await flush();
        $(element, 'lightning-button.next').click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect($(element, 'section.picker')).not.toBeNull();
        $(element, '.cancel-pick').click();
        await flush();
        expect($(element, 'section.picker')).toBeNull();
    });

    it('explains when every contact is already a stakeholder', async () => {
        const element = create();
        workspaceAdapter.emit(allContactsTaken);
        await flush();
        $(element, '.add-stakeholder').click();
        await flush();
        expect($(element, '.no-contacts')).not.toBeNull();
        expect($(element, 'lightning-combobox')).toBeNull();
    });

    it('edits a stakeholder in the record modal', async () => {
        modalOpen.mockResolvedValueOnce(workspaceAhead.stakeholders[0].id);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'edit');
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                objectApiName: ns('Account_Plan_Stakeholder__c'),
                recordId: workspaceAhead.stakeholders[0].id
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

    it('removes a stakeholder after confirmation', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'delete');
        await flush();
        expect(deleteRecord).toHaveBeenCalledWith(workspaceAhead.stakeholders[0].id);
        expect(refreshApex).toHaveBeenCalled();
    });

    it('keeps the stakeholder when the removal is not confirmed', async () => {
        confirmOpen.mockResolvedValueOnce(false);
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        selectRowAction(element, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
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
        expect($(element, '.add-stakeholder')).toBeNull();
        expect($(element, 'lightning-button-menu')).toBeNull();
    });

    it('is accessible: captioned table with column and row headers and labelled menus', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'table caption').textContent).toBe('c.Stakeholders_Title');
        expect($$(element, 'thead th[scope="col"]').length).toBeGreaterThanOrEqual(6);
        expect($$(element, 'tbody th[scope="row"]')).toHaveLength(workspaceAhead.stakeholders.length);
        expect($(element, 'lightning-button-menu').alternativeText).toBe('c.Common_Row_Actions');
    });
});
