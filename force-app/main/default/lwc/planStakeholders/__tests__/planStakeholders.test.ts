import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanStakeholders from 'c/planStakeholders';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanRecordModal from 'c/planRecordModal';
import workspace from './data/workspaceStakeholders.json';
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
const PLAN_ID = workspace.plan.id;
const [HELEN, SOFIA, KEN] = workspace.stakeholders;
const EMPTY = { ...workspace, stakeholders: [] };
const STAKEHOLDER_FIELDS = [
    ns('Buying_Role__c'),
    ns('Influence__c'),
    ns('Attitude__c'),
    ns('Relationship_Strength__c'),
    ns('Relationship_Owner__c'),
    ns('Notes__c')
];
const NOT_SET = label('Common_Not_Set');

async function create(data: unknown = workspace): Promise<HTMLElement> {
    const element = mount('c-plan-stakeholders', PlanStakeholders, { recordId: PLAN_ID });
    workspaceAdapter.emit(data);
    await flush();
    return element;
}

const texts = (element: HTMLElement, selector: string): string[] =>
    $$(element, selector).map((cell) => cell.textContent.trim());

describe('c-plan-stakeholders', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading, and no spinner once the stakeholders are there', async () => {
        const element = mount('c-plan-stakeholders', PlanStakeholders, { recordId: PLAN_ID });
        await flush();
        expect(hasSpinner(element)).toBe(true);
        workspaceAdapter.emit(workspace);
        await flush();
        expect(hasSpinner(element)).toBe(false);
        expect(emptyStateText(element)).toBeNull();
    });

    it('lists each stakeholder, "Not set" for what is not rated yet, with the heat map under the list', async () => {
        const element = await create();
        expect(inCard(element, 'lightning-card').title).toBe(label('Stakeholders_Title'));
        expect(inCard(element, 'lightning-card').iconName).toBe('standard:contact');
        expect(texts(element, 'caption')).toEqual([label('Stakeholders_Title')]);
        expect(texts(element, 'thead th')).toEqual([
            label('Stakeholders_Name'),
            label('Stakeholders_Buying_Role'),
            label('Stakeholders_Influence'),
            label('Stakeholders_Attitude'),
            label('Stakeholders_Strength'),
            label('Stakeholders_Owner'),
            label('Common_Actions')
        ]);
        // the labels a stacked table (a phone) shows beside each value
        expect(
            Array.from($$(element, 'tr.stakeholder')[0].querySelectorAll('[data-label]')).map(
                (cell: any) => cell.dataset.label
            )
        ).toEqual(texts(element, 'thead th'));
        expect(texts(element, '.contact-name')).toEqual(['Helen Park', 'Sofia Rossi', 'Ken Adams']);
        expect(texts(element, '.contact-title')).toEqual(['CIO', 'Head of Retail Analytics', '']);
        expect(texts(element, 'td.buying-role')).toEqual(['Economic Buyer', 'Technical Buyer', NOT_SET]);
        expect(texts(element, 'td.influence')).toEqual(['High', 'Medium', NOT_SET]);
        expect(texts(element, 'td.strength')).toEqual(['4 - Trusted', '2 - Acquainted', NOT_SET]);
        expect(texts(element, 'td.owner')).toEqual(['Maria Lopez', 'James Chen', NOT_SET]);
        const badges = $$(element, 'lightning-badge');
        expect(badges.map((badge) => badge.label)).toEqual(['Champion', 'Detractor', NOT_SET]);
        expect(badges.map((badge) => badge.className)).toEqual(['slds-theme_success', 'slds-theme_error', '']);
        expect($$(element, 'c-plan-row-actions').map((menu) => menu.recordName)).toEqual([
            'Helen Park',
            'Sofia Rossi',
            'Ken Adams'
        ]);
        expect($(element, 'c-plan-stakeholder-heat-map').recordId).toBe(PLAN_ID);
    });

    it('colours each attitude: supporters green, skeptics amber', async () => {
        const element = await create({
            ...workspace,
            stakeholders: [
                { ...HELEN, attitude: 'Supporter' },
                { ...SOFIA, attitude: 'Skeptic' }
            ]
        });
        const badges = $$(element, 'lightning-badge');
        expect(badges.map((badge) => badge.label)).toEqual(['Supporter', 'Skeptic']);
        expect(badges.map((badge) => badge.className)).toEqual(['slds-theme_success', 'slds-theme_warning']);
    });

    it('invites the first stakeholder when there is none, without an empty heat map', async () => {
        const element = await create(EMPTY);
        expect(emptyStateText(element)).toBe(label('Stakeholders_Empty'));
        expect(inCard(element, 'lightning-button.empty-action').label).toBe(label('Stakeholders_Add'));
        expect($(element, 'table')).toBeNull();
        expect($(element, 'c-plan-stakeholder-heat-map')).toBeNull();
    });

    it('shows the error panel, and nothing else, when the workspace cannot load', async () => {
        const element = mount('c-plan-stakeholders', PlanStakeholders, { recordId: PLAN_ID });
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect(inCard(element, 'c-error-panel.load-error')).not.toBeNull();
        expect(hasSpinner(element)).toBe(false);
        expect(emptyStateText(element)).toBeNull();
        expect($(element, 'table')).toBeNull();
    });

    it('adds a stakeholder in one dialog: choose the contact, rate them, save', async () => {
        modalOpen.mockResolvedValueOnce('a03000000000099AAA');
        const element = await create();
        const toast = captureToasts(element);
        const add = spyFocus(addButton(element));
        addButton(element).click();
        await flush();
        expect(lastOpened()).toEqual(
            expect.objectContaining({
                label: label('Stakeholders_Add'),
                objectApiName: ns('Account_Plan_Stakeholder__c'),
                recordId: undefined,
                fields: STAKEHOLDER_FIELDS,
                defaultValues: { [ns('Account_Plan__c')]: PLAN_ID },
                choice: {
                    field: ns('Contact__c'),
                    label: label('Stakeholders_Pick_Contact'),
                    minLength: 0,
                    requiredMessage: label('Stakeholders_Choose_Contact')
                }
            })
        );
        expect(modalOpen.mock.calls[0][0].size).toBe('medium');
        expect(toast.mock.calls[0][0].detail).toEqual({
            title: label('Common_Success'),
            message: label('Stakeholders_Saved'),
            variant: 'success'
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(add).toHaveBeenCalled();
    });

    it("offers only the account's contacts that are not stakeholders yet, filtered by name or title", async () => {
        const element = await create();
        addButton(element).click();
        await flush();
        const search = lastOpened().search!;
        await expect(search('')).resolves.toEqual([
            { value: '003000000000005AAA', label: 'Lena Fischer', meta: 'Logistics Director' },
            { value: '003000000000006AAA', label: 'Omar Haddad', meta: null }
        ]);
        await expect(search('LOGISTICS')).resolves.toEqual([
            { value: '003000000000005AAA', label: 'Lena Fischer', meta: 'Logistics Director' }
        ]);
        await expect(search('omar')).resolves.toEqual([
            { value: '003000000000006AAA', label: 'Omar Haddad', meta: null }
        ]);
        await expect(search('helen')).resolves.toEqual([]);
        await expect(search('here')).resolves.toEqual([]);
    });

    it('says so when every contact of the account is already a stakeholder', async () => {
        const element = await create({ ...workspace, accountContacts: workspace.accountContacts.slice(0, 3) });
        addButton(element).click();
        await flush();
        expect(lastOpened().choice!.noResultsMessage).toBe(label('Stakeholders_No_Contacts'));
        await expect(lastOpened().search!('')).resolves.toEqual([]);
    });

    it('changes nothing when the dialog is cancelled, and puts focus back on the button that opened it', async () => {
        const element = await create(EMPTY);
        const button = inCard(element, 'lightning-button.empty-action');
        const focus = spyFocus(button);
        button.click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(focus).toHaveBeenCalled();
    });

    it('edits a stakeholder in a dialog named after the person, then refreshes and focuses the row menu', async () => {
        modalOpen.mockResolvedValueOnce(SOFIA.id);
        const element = await create();
        const toast = captureToasts(element);
        const menu = spyFocus(rowMenu(element, SOFIA.id));
        chooseRowAction(element, SOFIA.id, 'edit');
        await flush();
        expect(lastOpened()).toEqual({
            label: label('Stakeholders_Edit_Title'),
            description: 'Sofia Rossi',
            objectApiName: ns('Account_Plan_Stakeholder__c'),
            recordId: SOFIA.id,
            fields: STAKEHOLDER_FIELDS,
            defaultValues: {}
        });
        expect(modalOpen.mock.calls[0][0].size).toBe('medium');
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Stakeholders_Saved'));
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(menu).toHaveBeenCalled();
    });

    it('focuses the edited row once the list shows it again, when it was reloaded while the dialog was open', async () => {
        const element = await create();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        modalOpen.mockImplementationOnce(() => {
            workspaceAdapter.emit({ ...workspace, stakeholders: [HELEN] });
            return Promise.resolve(undefined);
        });
        chooseRowAction(element, SOFIA.id, 'edit');
        await flush();
        expect(focus).not.toHaveBeenCalled();
        workspaceAdapter.emit(workspace);
        await flush();
        expect(focus.mock.contexts).toEqual([
            rowMenu(element, SOFIA.id).shadowRoot.querySelector('lightning-button-menu')
        ]);
        focus.mockRestore();
    });

    it('keeps focus on the row menu when the edit is cancelled', async () => {
        const element = await create();
        const menu = spyFocus(rowMenu(element, KEN.id));
        chooseRowAction(element, KEN.id, 'edit');
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(menu).toHaveBeenCalled();
    });

    it('removes a stakeholder after confirmation naming them, then focuses the next row', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        const element = await create();
        const toast = captureToasts(element);
        const next = spyFocus(rowMenu(element, KEN.id));
        chooseRowAction(element, SOFIA.id, 'delete');
        await flush();
        expect(confirmOpen).toHaveBeenCalledWith({
            label: label('Common_Confirm_Delete_Title'),
            message: 'Remove Sofia Rossi from the stakeholders of this plan?',
            confirmLabel: 'Delete',
            confirmVariant: 'destructive',
            size: 'small'
        });
        expect(deleteRecord).toHaveBeenCalledWith(SOFIA.id);
        expect(toast.mock.calls[0][0].detail.message).toBe(label('Stakeholders_Deleted'));
        expect(next).toHaveBeenCalled();
        expect(hasSpinner(element)).toBe(false);
    });

    it('focuses the add button after removing the only stakeholder', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        const element = await create({ ...workspace, stakeholders: [HELEN] });
        const add = spyFocus(addButton(element));
        chooseRowAction(element, HELEN.id, 'delete');
        await flush();
        expect(add).toHaveBeenCalled();
    });

    it('keeps the stakeholder when the removal is not confirmed or fails, and says why it failed', async () => {
        confirmOpen.mockResolvedValueOnce(false);
        const element = await create();
        const menu = spyFocus(rowMenu(element, HELEN.id));
        chooseRowAction(element, HELEN.id, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(menu).toHaveBeenCalledTimes(1);

        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Insufficient access' } });
        chooseRowAction(element, HELEN.id, 'delete');
        await flush();
        expect(inCard(element, 'c-error-panel.write-error').errors).toEqual({
            body: { message: 'Insufficient access' }
        });
        expect($$(element, 'tr.stakeholder')).toHaveLength(3);
        expect(menu).toHaveBeenCalledTimes(2);
        expect(hasSpinner(element)).toBe(false);
    });

    it('does nothing for a menu item it does not know, nor for a stakeholder that is gone', async () => {
        const element = await create();
        chooseRowAction(element, HELEN.id, 'archive');
        await flush();
        rowMenu(element, HELEN.id).dispatchEvent(
            new CustomEvent('rowaction', { detail: { value: 'delete', recordId: 'a03000000000404AAA' } })
        );
        rowMenu(element, HELEN.id).dispatchEvent(
            new CustomEvent('rowaction', { detail: { value: 'edit', recordId: 'a03000000000404AAA' } })
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
        expect($$(element, 'thead th')).toHaveLength(6);
    });
});
