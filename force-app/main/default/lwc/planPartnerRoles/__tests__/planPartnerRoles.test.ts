import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanPartnerRoles from 'c/planPartnerRoles';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import searchPartnerAccounts from '@salesforce/apex/AccountPlanWorkspaceController.searchPartnerAccounts';
import { refreshApex } from '@salesforce/apex';
import { deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanRecordModal from 'c/planRecordModal';
import workspace from './data/workspacePartners.json';
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
    wireAdapter
} from '../../../../../../jest/testUtils';
import {
    addButton,
    chooseRowAction,
    emptyStateText,
    hasSpinner,
    inCard,
    rowMenu,
    spyFocus
} from '../../../../../../jest/sectionTestUtils';
import { validationRuleMessage } from '../../../../../../jest/validationRules';
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
jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));

const workspaceAdapter = wireAdapter(getWorkspace);
const modalOpen = openMock(PlanRecordModal);
const confirmOpen = openMock(PlanConfirmDialog);
const search = mockOf(searchPartnerAccounts);
const PLAN_ID = workspace.plan.id;
const [FABRIKAM_SI, CONTOSO, FABRIKAM_RESELLER] = workspace.partnerRoles;
const EMPTY = { ...workspace, partnerRoles: [] };
const PARTNER_FIELDS = [ns('Role__c'), ns('Influence__c'), ns('Relationship__c'), ns('Notes__c')];
const ROLE_RULE = `${ns('Role__c')}: ${validationRuleMessage('Account_Plan_Partner_Role__c', 'Role_Required')}`;

async function create(data: unknown = workspace): Promise<HTMLElement> {
    const element = mount('c-plan-partner-roles', PlanPartnerRoles, { recordId: PLAN_ID });
    workspaceAdapter.emit(data);
    await flush();
    return element;
}

const cellTexts = (element: HTMLElement, selector: string): string[] =>
    $$(element, selector).map((cell) => cell.textContent.trim());

describe('c-plan-partner-roles', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading, and no spinner once the partners are there', async () => {
        const element = mount('c-plan-partner-roles', PlanPartnerRoles, { recordId: PLAN_ID });
        await flush();
        expect(hasSpinner(element)).toBe(true);
        expect(emptyStateText(element)).toBeNull();
        workspaceAdapter.emit(workspace);
        await flush();
        expect(hasSpinner(element)).toBe(false);
    });

    it('lists each partner with its role, influence and relationship, "Not set" where nothing is set', async () => {
        const element = await create();
        expect(inCard(element, 'lightning-card').title).toBe(label('Partners_Title'));
        expect(inCard(element, 'lightning-card').iconName).toBe('standard:partners');
        expect(cellTexts(element, '.partner-name')).toEqual([
            'Fabrikam Consulting',
            'Contoso Analytics',
            'Fabrikam Consulting'
        ]);
        expect(cellTexts(element, 'td.role')).toEqual(['System Integrator', 'Competitor', 'Reseller']);
        expect(cellTexts(element, 'td.influence')).toEqual(['High', 'Medium', label('Common_Not_Set')]);
        const badges = $$(element, 'lightning-badge');
        expect(badges.map((badge) => badge.label)).toEqual(['Ally', 'Threat', label('Common_Not_Set')]);
        expect(badges.map((badge) => badge.className)).toEqual(['slds-theme_success', 'slds-theme_error', '']);
        expect(emptyStateText(element)).toBeNull();
    });

    it('names each row menu after the partner and its role, since a partner can hold two roles', async () => {
        const element = await create();
        const menus = $$(element, 'c-plan-row-actions');
        expect(menus.map((menu) => menu.recordName)).toEqual([
            'Fabrikam Consulting (System Integrator)',
            'Contoso Analytics (Competitor)',
            'Fabrikam Consulting (Reseller)'
        ]);
        expect(menus[0].shadowRoot.querySelector('lightning-button-menu').alternativeText).toBe(
            'Actions for Fabrikam Consulting (System Integrator)'
        );
        expect($$(element, 'thead th').map((th) => th.textContent.trim())).toEqual([
            label('Partners_Partner'),
            label('Partners_Role'),
            label('Partners_Influence'),
            label('Partners_Relationship'),
            label('Common_Actions')
        ]);
    });

    it('invites the first partner when there is none', async () => {
        const element = await create(EMPTY);
        expect(emptyStateText(element)).toBe(label('Partners_Empty'));
        expect(inCard(element, 'lightning-button.empty-action').label).toBe(label('Partners_Assign'));
        expect($(element, 'table')).toBeNull();
    });

    it('shows the error panel, and nothing else, when the workspace cannot load', async () => {
        const element = mount('c-plan-partner-roles', PlanPartnerRoles, { recordId: PLAN_ID });
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect(inCard(element, 'c-error-panel.load-error')).not.toBeNull();
        expect(hasSpinner(element)).toBe(false);
        expect(emptyStateText(element)).toBeNull();
        expect($(element, 'table')).toBeNull();
    });

    it('assigns a partner in one dialog: find the account, set the role (required by its rule), save', async () => {
        modalOpen.mockResolvedValueOnce('a04000000000099AAA');
        const element = await create();
        const toast = captureToasts(element);
        const assign = spyFocus(addButton(element));
        addButton(element).click();
        await flush();
        const opened = lastOpened();
        expect(opened).toEqual(
            expect.objectContaining({
                label: label('Partners_Assign'),
                objectApiName: ns('Account_Plan_Partner_Role__c'),
                recordId: undefined,
                fields: PARTNER_FIELDS,
                defaultValues: { [ns('Account_Plan__c')]: PLAN_ID },
                rules: [ROLE_RULE],
                choice: {
                    field: ns('Partner_Account__c'),
                    label: label('Partners_Account'),
                    minLength: 2,
                    requiredMessage: label('Partners_Choose_Account')
                }
            })
        );
        expect(modalOpen.mock.calls[0][0].size).toBe('small');
        expect(toast.mock.calls[0][0].detail).toEqual({
            title: label('Common_Success'),
            message: label('Partners_Saved'),
            variant: 'success'
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        // focus goes back to the button that opened the dialog
        expect(assign).toHaveBeenCalled();
    });

    it('searches the org for the account to assign, showing each with its type', async () => {
        modalOpen.mockResolvedValueOnce(undefined);
        search.mockResolvedValueOnce(searchResults);
        const element = await create();
        addButton(element).click();
        await flush();
        await expect(lastOpened().search!('ad')).resolves.toEqual([
            { value: '001000000000301AAA', label: 'Adatum Resellers', meta: 'Channel Partner / Reseller' },
            { value: '001000000000302AAA', label: 'Adventure Works Integration', meta: 'Technology Partner' }
        ]);
        expect(search).toHaveBeenCalledWith({ searchTerm: 'ad' });
        search.mockResolvedValueOnce(null);
        await expect(lastOpened().search!('zz')).resolves.toEqual([]);
    });

    it('changes nothing when the dialog is cancelled, and puts focus back on the button', async () => {
        const element = await create(EMPTY);
        const emptyAssign = inCard(element, 'lightning-button.empty-action');
        const focus = spyFocus(emptyAssign);
        emptyAssign.click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(focus).toHaveBeenCalled();
    });

    it('edits a partner role in a dialog named after the partner, then refreshes and focuses its menu', async () => {
        modalOpen.mockResolvedValueOnce(CONTOSO.id);
        const element = await create();
        const toast = captureToasts(element);
        const menuFocus = spyFocus(rowMenu(element, CONTOSO.id));
        chooseRowAction(element, CONTOSO.id, 'edit');
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                label: label('Partners_Edit_Title'),
                description: 'Contoso Analytics',
                recordId: CONTOSO.id,
                fields: PARTNER_FIELDS,
                rules: [ROLE_RULE]
            })
        );
        expect(lastOpened().choice).toBeUndefined();
        expect(modalOpen.mock.calls[0][0].size).toBe('small');
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Partners_Saved'));
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(menuFocus).toHaveBeenCalled();
    });

    it('changes nothing when the edit is cancelled, and keeps focus on the row menu', async () => {
        const element = await create();
        const toast = captureToasts(element);
        const menuFocus = spyFocus(rowMenu(element, CONTOSO.id));
        chooseRowAction(element, CONTOSO.id, 'edit');
        await flush();
        expect(modalOpen).toHaveBeenCalledTimes(1);
        expect(toast).not.toHaveBeenCalled();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(menuFocus).toHaveBeenCalled();
    });

    it('focuses the edited row once the list shows it again, when it was reloaded while the dialog was open', async () => {
        const element = await create();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        modalOpen.mockImplementationOnce(() => {
            workspaceAdapter.emit({ ...workspace, partnerRoles: [FABRIKAM_SI] });
            return Promise.resolve(undefined);
        });
        chooseRowAction(element, CONTOSO.id, 'edit');
        await flush();
        expect(focus).not.toHaveBeenCalled();
        workspaceAdapter.emit(workspace);
        await flush();
        expect(focus.mock.contexts).toEqual([
            rowMenu(element, CONTOSO.id).shadowRoot.querySelector('lightning-button-menu')
        ]);
        focus.mockRestore();
    });

    it('removes a partner role after confirmation, then focuses the next row', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        const element = await create();
        const toast = captureToasts(element);
        const next = spyFocus(rowMenu(element, CONTOSO.id));
        chooseRowAction(element, FABRIKAM_SI.id, 'delete');
        await flush();
        expect(confirmOpen).toHaveBeenCalledWith({
            label: label('Common_Confirm_Delete_Title'),
            message: 'Remove Fabrikam Consulting (System Integrator) from this plan?',
            confirmLabel: 'Delete',
            confirmVariant: 'destructive',
            size: 'small'
        });
        expect(deleteRecord).toHaveBeenCalledWith(FABRIKAM_SI.id);
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Partners_Deleted'));
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(next).toHaveBeenCalled();
        expect(hasSpinner(element)).toBe(false);
    });

    it('focuses the previous row after removing the last one, and the Assign button after removing the only one', async () => {
        confirmOpen.mockResolvedValue(true);
        const element = await create();
        const previous = spyFocus(rowMenu(element, CONTOSO.id));
        chooseRowAction(element, FABRIKAM_RESELLER.id, 'delete');
        await flush();
        expect(previous).toHaveBeenCalled();

        const single = await create({ ...workspace, partnerRoles: [CONTOSO] });
        const assign = spyFocus(addButton(single));
        chooseRowAction(single, CONTOSO.id, 'delete');
        await flush();
        expect(assign).toHaveBeenCalled();
        confirmOpen.mockReset();
    });

    it('keeps the partner, and focus on its menu, when the removal is not confirmed', async () => {
        confirmOpen.mockResolvedValueOnce(false);
        const element = await create();
        const focus = spyFocus(rowMenu(element, CONTOSO.id));
        chooseRowAction(element, CONTOSO.id, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(focus).toHaveBeenCalled();
    });

    it('shows why the removal failed above the unchanged list', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Insufficient access' } });
        const element = await create();
        const focus = spyFocus(rowMenu(element, CONTOSO.id));
        chooseRowAction(element, CONTOSO.id, 'delete');
        await flush();
        expect(inCard(element, 'c-error-panel.write-error').errors).toEqual({
            body: { message: 'Insufficient access' }
        });
        expect($$(element, 'tr.partner')).toHaveLength(3);
        expect(refreshApex).not.toHaveBeenCalled();
        expect(hasSpinner(element)).toBe(false);
        expect(focus).toHaveBeenCalled();
    });

    it('clears the last error after a successful write', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Insufficient access' } });
        modalOpen.mockResolvedValueOnce(CONTOSO.id);
        const element = await create();
        chooseRowAction(element, CONTOSO.id, 'delete');
        await flush();
        expect(inCard(element, 'c-error-panel.write-error')).not.toBeNull();
        chooseRowAction(element, CONTOSO.id, 'edit');
        await flush();
        expect(inCard(element, 'c-error-panel.write-error')).toBeNull();
    });

    it('does nothing for a menu item it does not know, nor for a row that is gone', async () => {
        const element = await create();
        chooseRowAction(element, CONTOSO.id, 'archive');
        await flush();
        rowMenu(element, CONTOSO.id).dispatchEvent(
            new CustomEvent('rowaction', { detail: { value: 'delete', recordId: 'a04000000000404AAA' } })
        );
        await flush();
        expect(modalOpen).not.toHaveBeenCalled();
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(deleteRecord).not.toHaveBeenCalled();
    });

    it('offers no writes to users who cannot manage the plan', async () => {
        const element = await create(readOnly(workspace));
        expect(addButton(element)).toBeNull();
        expect($(element, 'c-plan-row-actions')).toBeNull();
        expect($$(element, 'thead th')).toHaveLength(4);
        expect($$(element, 'tr.partner')).toHaveLength(3);
    });
});
