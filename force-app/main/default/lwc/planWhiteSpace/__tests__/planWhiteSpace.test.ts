import PlanWhiteSpace from 'c/planWhiteSpace';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import PlanRecordModal from 'c/planRecordModal';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
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

const create = (): HTMLElement => mount('c-plan-white-space', PlanWhiteSpace, { recordId: PLAN_ID });

describe('c-plan-white-space', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('builds the business unit x offering grid coloured by supplier, with offering signals', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($$(element, 'th.business-unit').map((th) => th.textContent)).toEqual([
            'Logistics',
            'Retail',
            'Wholesale'
        ]);
        expect($$(element, '.offering-name').map((n) => n.textContent.trim())).toEqual(['Analytics', 'Field Service']);
        const cells = $$(element, 'button.white-space-cell');
        expect(cells).toHaveLength(workspaceAhead.whiteSpace.length);
        // Logistics row: Analytics (None) then Field Service (In-house)
        expect(cells[0].className).toContain('slds-theme_info');
        expect(cells[1].className).toContain('slds-theme_warning');
        // Retail / Analytics is a competitor cell
        expect(cells[2].className).toContain('slds-theme_error');
        expect(cells[2].querySelector('.cell-supplier').textContent).toContain('Competitor (Contoso)');
        expect(cells[2].querySelector('.cell-status').textContent.trim()).toBe('Targeted');
        expect(cells[3].className).toContain('slds-theme_success');
        expect($$(element, '.signal')).toHaveLength(2);
        expect($(element, '.signal-won').textContent).toBe('c.WhiteSpace_Won');
        // Retail / Field Service and Wholesale / Analytics are empty: add buttons for the map owner
        expect($$(element, 'lightning-button-icon.add-at')).toHaveLength(2);
        expect($$(element, 'ul.legend li')).toHaveLength(4);
    });

    it('invites the first cell when the map is empty', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect($(element, '.empty-state')).not.toBeNull();
        expect($(element, 'table')).toBeNull();
        $(element, '.empty-add').click();
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                objectApiName: ns('Account_Plan_White_Space__c'),
                fields: [
                    ns('Business_Unit__c'),
                    ns('Offering__c'),
                    ns('Business_Unit_Account__c'),
                    ns('Current_Supplier__c'),
                    ns('Competitor__c'),
                    ns('Estimated_Annual_Spend__c'),
                    ns('Contract_End_Date__c'),
                    ns('Status__c'),
                    ns('Notes__c')
                ],
                defaultValues: { [ns('Account_Plan__c')]: workspaceAhead.plan.id, [ns('Status__c')]: 'Open' }
            })
        );
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('shows the error panel when the workspace cannot load', async () => {
        const element = create();
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
    });

    it('edits a cell on click, then refreshes and toasts', async () => {
        modalOpen.mockResolvedValueOnce('a05000000000002AAA');
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const toast = captureToasts(element);
        $$(element, 'button.white-space-cell')[2].click();
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                objectApiName: ns('Account_Plan_White_Space__c'),
                recordId: 'a05000000000002AAA'
            })
        );
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalled();
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
    });

    it('adds a cell at an empty business unit x offering with both prefilled', async () => {
        modalOpen.mockResolvedValueOnce('a05000000000099AAA');
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, 'lightning-button-icon.add-at').click();
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                defaultValues: {
                    [ns('Account_Plan__c')]: PLAN_ID,
                    [ns('Business_Unit__c')]: 'Retail',
                    [ns('Offering__c')]: 'Field Service',
                    [ns('Status__c')]: 'Open'
                }
            })
        );
        expect(refreshApex).toHaveBeenCalled();
    });

    it('adds a cell from the card header', async () => {
        modalOpen.mockResolvedValueOnce('a05000000000098AAA');
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, '.add-cell').click();
        await flush();
        expect(modalOpen).toHaveBeenCalledTimes(1);
        expect(refreshApex).toHaveBeenCalled();
    });

    it('deletes a cell after confirmation, and keeps it otherwise', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        confirmOpen.mockResolvedValueOnce(false);
        $(element, 'lightning-button-icon.delete-cell').click();
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        confirmOpen.mockResolvedValueOnce(true);
        $(element, 'lightning-button-icon.delete-cell').click();
        await flush();
        expect(deleteRecord).toHaveBeenCalledWith('a05000000000004AAA');
        expect(refreshApex).toHaveBeenCalled();
    });

    it('shows the error panel when the delete fails', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Delete failed' } });
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        $(element, 'lightning-button-icon.delete-cell').click();
        await flush();
        expect($(element, 'c-error-panel.write-error')).not.toBeNull();
    });

    it('is read-only for users who cannot manage children', async () => {
        const element = create();
        workspaceAdapter.emit(readOnly(workspaceAhead));
        await flush();
        expect($(element, '.add-cell')).toBeNull();
        expect($(element, 'lightning-button-icon')).toBeNull();
        const cell = $(element, 'button.white-space-cell');
        expect(cell.disabled).toBe(true);
        cell.click();
        await flush();
        expect(modalOpen).not.toHaveBeenCalled();
    });

    it('is accessible: captioned table with headers, labelled cells and legend', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'table caption').textContent).toBe('c.WhiteSpace_Title');
        expect($$(element, 'thead th[scope="col"]')).toHaveLength(3);
        expect($$(element, 'tbody th[scope="row"]')).toHaveLength(3);
        expect($(element, 'button.white-space-cell').getAttribute('aria-label')).toBe('c.WhiteSpace_Cell_Label');
        expect($(element, 'lightning-button-icon.add-at').alternativeText).toBe('c.WhiteSpace_Add_Cell');
        expect($(element, 'ul.legend').getAttribute('aria-label')).toBe('c.WhiteSpace_Legend');
    });
});
