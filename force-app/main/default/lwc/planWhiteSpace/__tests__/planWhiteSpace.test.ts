import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanWhiteSpace from 'c/planWhiteSpace';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { deleteRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanRecordModal from 'c/planRecordModal';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
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
import {
    FakeResizeObserver,
    installResizeObserver,
    resizeAll,
    uninstallResizeObserver
} from '../../../../../../jest/resizeObserver';
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
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));

const workspaceAdapter = wireAdapter(getWorkspace);
const modalOpen = openMock(PlanRecordModal);
const confirmOpen = openMock(PlanConfirmDialog);
const PLAN_ID = workspaceAhead.plan.id;
const [WHOLESALE_FS, RETAIL_ANALYTICS, LOGISTICS_FS, LOGISTICS_ANALYTICS] = workspaceAhead.whiteSpace;
const EMPTY = { ...workspaceAhead, whiteSpace: [], offeringSignals: [] };
const FIELDS = [
    ns('Business_Unit__c'),
    ns('Offering__c'),
    ns('Business_Unit_Account__c'),
    ns('Current_Supplier__c'),
    ns('Competitor__c'),
    ns('Estimated_Annual_Spend__c'),
    ns('Contract_End_Date__c'),
    ns('Status__c'),
    ns('Notes__c')
];
const COMPETITOR_RULE = `${ns('Competitor__c')}: ${validationRuleMessage(
    'Account_Plan_White_Space__c',
    'Competitor_Required'
)} (when ${ns('Current_Supplier__c')} = Competitor)`;

async function create(data: unknown = workspaceAhead): Promise<HTMLElement> {
    const element = mount('c-plan-white-space', PlanWhiteSpace, { recordId: PLAN_ID });
    workspaceAdapter.emit(data);
    await flush();
    return element;
}

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (element: HTMLElement, selector: string): string[] => $$(element, selector).map(text);
const cellButton = (element: HTMLElement, id: string): any => $(element, `button.white-space-cell[data-id="${id}"]`);
const addAt = (element: HTMLElement, businessUnit: string, offering: string): any =>
    $$(element, 'lightning-button-icon.add-at').find(
        (button: HTMLElement) => button.dataset.businessUnit === businessUnit && button.dataset.offering === offering
    );

describe('c-plan-white-space', () => {
    beforeEach(() => {
        installResizeObserver();
    });

    afterEach(() => {
        resetDom();
        uninstallResizeObserver();
    });

    it('shows a spinner while loading, and no spinner once the map is there', async () => {
        const element = mount('c-plan-white-space', PlanWhiteSpace, { recordId: PLAN_ID });
        await flush();
        expect(hasSpinner(element)).toBe(true);
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect(hasSpinner(element)).toBe(false);
        expect(emptyStateText(element)).toBeNull();
    });

    it('is a business unit x offering grid: status as a badge, supplier in words and as the colour', async () => {
        const element = await create();
        expect(texts(element, 'th.business-unit')).toEqual(['Logistics', 'Retail', 'Wholesale']);
        expect(texts(element, '.offering-name')).toEqual(['Analytics', 'Field Service']);
        const retail = cellButton(element, RETAIL_ANALYTICS.id);
        expect(retail.className).toBe('white-space-cell supplier_competitor');
        expect(text(retail.querySelector('.slds-badge.cell-status'))).toBe('Targeted');
        expect(text(retail.querySelector('.cell-supplier'))).toBe('Competitor (Contoso)');
        expect(text(retail.querySelector('.slds-assistive-text'))).toBe('Retail / Analytics:');
        expect(retail.getAttribute('aria-label')).toBeNull();
        expect(cellButton(element, WHOLESALE_FS.id).className).toBe('white-space-cell supplier_us');
        expect(cellButton(element, LOGISTICS_FS.id).className).toBe('white-space-cell supplier_in-house');
        expect(cellButton(element, LOGISTICS_ANALYTICS.id).className).toBe('white-space-cell supplier_none');
        expect($(element, 'table').className).toContain('slds-no-row-hover');
    });

    it('colours a cell without a supplier as Unknown, and the legend names every colour, Unknown last', async () => {
        const element = await create({
            ...workspaceAhead,
            whiteSpace: [{ ...LOGISTICS_ANALYTICS, currentSupplier: null }]
        });
        const cell = cellButton(element, LOGISTICS_ANALYTICS.id);
        expect(cell.className).toBe('white-space-cell supplier_unknown');
        expect(text(cell.querySelector('.cell-supplier'))).toBe(label('WhiteSpace_Supplier_Unknown'));
        expect($(element, 'ul.legend').getAttribute('aria-label')).toBe(label('WhiteSpace_Legend'));
        expect(texts(element, 'ul.legend li')).toEqual(['Us', 'Competitor', 'In-house', 'None', 'Unknown']);
        expect($$(element, 'ul.legend li .legend-swatch').map((swatch: HTMLElement) => swatch.className)).toEqual([
            'legend-swatch slds-m-right_xx-small supplier_us',
            'legend-swatch slds-m-right_xx-small supplier_competitor',
            'legend-swatch slds-m-right_xx-small supplier_in-house',
            'legend-swatch slds-m-right_xx-small supplier_none',
            'legend-swatch slds-m-right_xx-small supplier_unknown'
        ]);
    });

    it('shows the spend, and nothing where none is estimated', async () => {
        const element = await create({
            ...workspaceAhead,
            whiteSpace: [WHOLESALE_FS, { ...RETAIL_ANALYTICS, estimatedAnnualSpend: null }]
        });
        expect(text(cellButton(element, WHOLESALE_FS.id).querySelector('.cell-spend'))).toMatch(/^Spend .*450/);
        expect(text(cellButton(element, RETAIL_ANALYTICS.id).querySelector('.cell-spend'))).toBe('');
    });

    it('puts what the account already buys under its own offering', async () => {
        const element = await create({
            ...workspaceAhead,
            offeringSignals: [
                { offering: 'Field Service', wonAmount: 1000, openAmount: 0 },
                { offering: 'Analytics', wonAmount: 0, openAmount: 0 },
                { offering: 'Training', wonAmount: 0, openAmount: 500 }
            ]
        });
        const headers = $$(element, 'th.offering-column');
        // Training has no cell yet but is sold: it gets a column
        expect(headers.map((th: HTMLElement) => text(th.querySelector('.offering-name')))).toEqual([
            'Analytics',
            'Field Service',
            'Training'
        ]);
        expect(headers[0].querySelector('.signal')).toBeNull();
        expect(text(headers[1].querySelector('.signal-won'))).toMatch(/^Won .*1/);
        expect(text(headers[1].querySelector('.signal-open'))).toMatch(/^Pipeline .*0/);
        expect(text(headers[2].querySelector('.signal-open'))).toMatch(/^Pipeline .*500/);
        expect(addAt(element, 'Retail', 'Training')).toBeTruthy();
    });

    it('invites the first cell when the map is empty, with a legend but no grid', async () => {
        const element = await create(EMPTY);
        expect(emptyStateText(element)).toBe(label('WhiteSpace_Empty'));
        expect($(element, 'table')).toBeNull();
        expect($$(element, 'ul.legend li')).toHaveLength(5);
    });

    it('shows no empty state over a populated map', async () => {
        const element = await create();
        expect(emptyStateText(element)).toBeNull();
        expect($(element, 'table')).not.toBeNull();
    });

    it('shows the error panel, and nothing else, when the workspace cannot load', async () => {
        const element = mount('c-plan-white-space', PlanWhiteSpace, { recordId: PLAN_ID });
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect(inCard(element, 'c-error-panel.load-error')).not.toBeNull();
        expect(hasSpinner(element)).toBe(false);
        expect($(element, 'table')).toBeNull();
        expect($(element, 'ul.legend')).toBeNull();
    });

    it('adds a cell from the header in a medium dialog: starts Open on this plan, checks the competitor rule, focuses the new cell', async () => {
        const element = await create();
        const toast = captureToasts(element);
        modalOpen.mockImplementationOnce(async () => {
            workspaceAdapter.emit({
                ...workspaceAhead,
                whiteSpace: [
                    ...workspaceAhead.whiteSpace,
                    { ...LOGISTICS_ANALYTICS, id: 'a05NEW', businessUnit: 'Zeta' }
                ]
            });
            return 'a05NEW';
        });
        addButton(element).click();
        await flush();
        expect(lastOpened()).toEqual({
            label: label('WhiteSpace_New_Title'),
            objectApiName: ns('Account_Plan_White_Space__c'),
            fields: FIELDS,
            defaultValues: { [ns('Account_Plan__c')]: PLAN_ID, [ns('Status__c')]: 'Open' },
            rules: [COMPETITOR_RULE]
        });
        expect(modalOpen.mock.calls[0][0].size).toBe('medium');
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalled();
        expect(toast.mock.calls[0][0].detail).toEqual(
            expect.objectContaining({ message: label('WhiteSpace_Saved'), variant: 'success' })
        );
        expect(element.shadowRoot!.activeElement).toBe(cellButton(element, 'a05NEW'));
    });

    it('puts focus back on the add button when the dialog is cancelled', async () => {
        const element = await create();
        const focus = spyFocus(addButton(element));
        modalOpen.mockResolvedValueOnce(undefined);
        addButton(element).click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(focus).toHaveBeenCalled();
    });

    it('adds a cell at an empty business unit x offering with both prefilled and the status Open', async () => {
        const element = await create();
        const plus = addAt(element, 'Retail', 'Field Service');
        expect(plus.alternativeText).toBe('Add Field Service for Retail');
        const focus = spyFocus(plus);
        modalOpen.mockResolvedValueOnce(undefined);
        plus.click();
        await flush();
        expect(lastOpened()?.defaultValues).toEqual({
            [ns('Account_Plan__c')]: PLAN_ID,
            [ns('Business_Unit__c')]: 'Retail',
            [ns('Offering__c')]: 'Field Service',
            [ns('Status__c')]: 'Open'
        });
        expect(focus).toHaveBeenCalled();
    });

    it('edits a cell on click in a dialog naming it, keeps its values, then refreshes and focuses it', async () => {
        const element = await create();
        modalOpen.mockResolvedValueOnce(RETAIL_ANALYTICS.id);
        cellButton(element, RETAIL_ANALYTICS.id).click();
        await flush();
        expect(lastOpened()).toEqual({
            label: label('WhiteSpace_Edit_Title'),
            description: 'Retail / Analytics',
            objectApiName: ns('Account_Plan_White_Space__c'),
            recordId: RETAIL_ANALYTICS.id,
            fields: FIELDS,
            defaultValues: {},
            rules: [COMPETITOR_RULE]
        });
        expect(refreshApex).toHaveBeenCalled();
        expect(element.shadowRoot!.activeElement).toBe(cellButton(element, RETAIL_ANALYTICS.id));
    });

    it("edits from the cell's menu too", async () => {
        const element = await create();
        expect(rowMenu(element, RETAIL_ANALYTICS.id).recordName).toBe('Retail / Analytics');
        modalOpen.mockResolvedValueOnce(undefined);
        chooseRowAction(element, RETAIL_ANALYTICS.id, 'edit');
        await flush();
        expect(lastOpened()?.recordId).toBe(RETAIL_ANALYTICS.id);
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('removes a cell after confirmation naming it, then focuses the "+" that takes its place', async () => {
        const element = await create();
        // the "+" in the deleted cell's place does not exist yet: watch every element's focus()
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const toast = captureToasts(element);
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockImplementationOnce(async () => {
            workspaceAdapter.emit({
                ...workspaceAhead,
                whiteSpace: workspaceAhead.whiteSpace.filter((cell) => cell.id !== LOGISTICS_FS.id)
            });
        });
        chooseRowAction(element, LOGISTICS_FS.id, 'delete');
        await flush();
        expect(confirmOpen).toHaveBeenCalledWith({
            label: label('Common_Confirm_Delete_Title'),
            message: 'Remove the cell Logistics / Field Service?',
            confirmLabel: 'Delete',
            confirmVariant: 'destructive',
            size: 'small'
        });
        expect(deleteRecord).toHaveBeenCalledWith(LOGISTICS_FS.id);
        expect(toast.mock.calls[0][0].detail.message).toBe(label('WhiteSpace_Deleted'));
        expect(cellButton(element, LOGISTICS_FS.id)).toBeNull();
        expect(focus.mock.contexts).toEqual([addAt(element, 'Logistics', 'Field Service')]);
        focus.mockRestore();
        expect(hasSpinner(element)).toBe(false);
    });

    it('focuses the add button after removing the last cell of a business unit (its row goes)', async () => {
        const element = await create();
        const focus = spyFocus(addButton(element));
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockImplementationOnce(async () => {
            workspaceAdapter.emit({
                ...workspaceAhead,
                whiteSpace: workspaceAhead.whiteSpace.filter((cell) => cell.id !== RETAIL_ANALYTICS.id)
            });
        });
        chooseRowAction(element, RETAIL_ANALYTICS.id, 'delete');
        await flush();
        expect(texts(element, 'th.business-unit')).toEqual(['Logistics', 'Wholesale']);
        expect(focus).toHaveBeenCalled();
    });

    it('keeps the cell when the removal is not confirmed, focus on its menu', async () => {
        const element = await create();
        const focus = spyFocus(rowMenu(element, RETAIL_ANALYTICS.id));
        confirmOpen.mockResolvedValueOnce(false);
        chooseRowAction(element, RETAIL_ANALYTICS.id, 'delete');
        await flush();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(focus).toHaveBeenCalled();
    });

    it('says why a removal failed, keeps the cell and stops the spinner', async () => {
        const element = await create();
        confirmOpen.mockResolvedValueOnce(true);
        mockOf(deleteRecord).mockRejectedValueOnce({ body: { message: 'Delete failed' } });
        const focus = spyFocus(rowMenu(element, RETAIL_ANALYTICS.id));
        chooseRowAction(element, RETAIL_ANALYTICS.id, 'delete');
        await flush();
        expect(inCard(element, 'c-error-panel.write-error').errors).toEqual({ body: { message: 'Delete failed' } });
        expect(cellButton(element, RETAIL_ANALYTICS.id)).not.toBeNull();
        expect(hasSpinner(element)).toBe(false);
        expect(focus).toHaveBeenCalled();
    });

    it('does nothing for a menu item it does not know', async () => {
        const element = await create();
        chooseRowAction(element, RETAIL_ANALYTICS.id, 'archive');
        await flush();
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(deleteRecord).not.toHaveBeenCalled();
        expect(modalOpen).not.toHaveBeenCalled();
    });

    it('offers no writes to users who cannot manage the plan', async () => {
        const element = await create(readOnly(workspaceAhead));
        expect(addButton(element)).toBeNull();
        expect($(element, 'lightning-button-icon')).toBeNull();
        expect($(element, 'c-plan-row-actions')).toBeNull();
        const cell = cellButton(element, RETAIL_ANALYTICS.id);
        expect(cell.disabled).toBe(true);
        cell.click();
        await flush();
        expect(modalOpen).not.toHaveBeenCalled();
    });

    it('becomes a list grouped by business unit where the grid would not fit, and a grid again where it does', async () => {
        const element = await create();
        resizeAll(390);
        await flush();
        expect($(element, 'table')).toBeNull();
        expect(texts(element, '.bu-heading')).toEqual(['Logistics', 'Retail', 'Wholesale']);
        const logistics = $$(element, 'section.bu-group')[0];
        expect(logistics.querySelector('ul').getAttribute('aria-label')).toBe('Logistics');
        const items = Array.from(logistics.querySelectorAll('li')) as HTMLElement[];
        expect(items.map((item) => text(item.querySelector('.item-offering')))).toEqual(['Analytics', 'Field Service']);
        expect(items[1].className).toBe('white-space-cell supplier_in-house');
        expect(text(items[1].querySelector('.slds-badge.cell-status'))).toBe('In Pipeline');
        expect(text(items[1].querySelector('.cell-supplier'))).toBe('In-house');
        expect(rowMenu(element, LOGISTICS_FS.id)).not.toBeNull();
        expect($$(element, 'ul.legend li')).toHaveLength(5);

        resizeAll(48 * 16);
        await flush();
        expect($(element, 'table')).not.toBeNull();
        expect($(element, 'section.bu-group')).toBeNull();
    });

    it('needs 9rem per offering beside the business units before it shows the grid', async () => {
        const offerings = ['A', 'B', 'C', 'D', 'E', 'F'];
        const element = await create({
            ...workspaceAhead,
            offeringSignals: [],
            whiteSpace: offerings.map((offering, index) => ({ ...WHOLESALE_FS, id: `a05${index}`, offering }))
        });
        resizeAll(9 * 16 * 7);
        await flush();
        expect($(element, 'table')).not.toBeNull();
        resizeAll(9 * 16 * 7 - 1);
        await flush();
        expect($(element, 'table')).toBeNull();
    });

    it('focuses the menu of an edited cell in the list form', async () => {
        const element = await create();
        resizeAll(390);
        await flush();
        const focus = spyFocus(rowMenu(element, LOGISTICS_FS.id));
        modalOpen.mockResolvedValueOnce(LOGISTICS_FS.id);
        chooseRowAction(element, LOGISTICS_FS.id, 'edit');
        await flush();
        expect(focus).toHaveBeenCalled();
    });

    it('heads its card with the portal icon', async () => {
        const element = await create();
        expect($(element, 'c-plan-section-card').iconName).toBe('standard:portal');
    });

    it('writes won, pipeline and spend compact, in the plan currency', async () => {
        const element = await create({ ...workspaceAhead, plan: { ...workspaceAhead.plan, currencyIsoCode: 'EUR' } });
        const headers = $$(element, 'th.offering-column');
        expect(texts(element, '.offering-name')).toEqual(['Analytics', 'Field Service']);
        expect(headers.map((th: HTMLElement) => text(th.querySelector('.signal-won')))).toEqual([
            'Won €580K',
            'Won €1.35M'
        ]);
        expect(headers.map((th: HTMLElement) => text(th.querySelector('.signal-open')))).toEqual([
            'Pipeline €472K',
            'Pipeline €315K'
        ]);
        expect(text(cellButton(element, WHOLESALE_FS.id).querySelector('.cell-spend'))).toBe('Spend €450K');
    });

    it('is a list below 48rem even when its few offerings would fit', async () => {
        const element = await create();
        resizeAll(48 * 16 - 1);
        await flush();
        expect($(element, 'table')).toBeNull();
        expect(texts(element, '.bu-heading')).toEqual(['Logistics', 'Retail', 'Wholesale']);
    });

    it('stops measuring its width once removed', async () => {
        const element = await create();
        const observer = FakeResizeObserver.instances[0];
        expect(observer.observed).toEqual([element]);
        document.body.removeChild(element);
        expect(observer.disconnected).toBe(true);
    });

    it('focuses the "+" in a removed cell\'s place once the refreshed map arrives after the delete', async () => {
        const element = await create();
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        confirmOpen.mockResolvedValueOnce(true);
        chooseRowAction(element, LOGISTICS_FS.id, 'delete');
        await flush();
        expect(deleteRecord).toHaveBeenCalledWith(LOGISTICS_FS.id);
        expect(focus).not.toHaveBeenCalled();
        workspaceAdapter.emit({
            ...workspaceAhead,
            whiteSpace: workspaceAhead.whiteSpace.filter((cell) => cell.id !== LOGISTICS_FS.id)
        });
        await flush();
        expect(focus.mock.contexts).toEqual([addAt(element, 'Logistics', 'Field Service')]);
        focus.mockRestore();
    });

    it('puts focus back on the very "+" that opened a cancelled dialog', async () => {
        const element = await create({
            ...workspaceAhead,
            offeringSignals: [],
            whiteSpace: [RETAIL_ANALYTICS, WHOLESALE_FS, { ...LOGISTICS_FS, offering: 'Training' }]
        });
        const pluses = $$(element, 'lightning-button-icon.add-at').map(
            (button: HTMLElement) => `${button.dataset.businessUnit} / ${button.dataset.offering}`
        );
        expect(pluses).toEqual([
            'Logistics / Analytics',
            'Logistics / Field Service',
            'Retail / Field Service',
            'Retail / Training',
            'Wholesale / Analytics',
            'Wholesale / Training'
        ]);
        const plus = addAt(element, 'Wholesale', 'Training');
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        modalOpen.mockResolvedValueOnce(undefined);
        plus.click();
        await flush();
        expect(focus.mock.contexts).toEqual([plus]);
        focus.mockRestore();
    });

    it('focuses the add button when the "+" that opened the dialog is gone (the map became a list meanwhile)', async () => {
        const element = await create();
        const focus = spyFocus(addButton(element));
        modalOpen.mockImplementationOnce(async () => {
            resizeAll(390);
            return undefined;
        });
        addAt(element, 'Retail', 'Field Service').click();
        await flush();
        expect($(element, 'table')).toBeNull();
        expect(focus).toHaveBeenCalled();
    });

    it('focuses the add button when the edited cell is gone (removed elsewhere while the dialog was open)', async () => {
        const element = await create();
        const focus = spyFocus(addButton(element));
        modalOpen.mockImplementationOnce(async () => {
            workspaceAdapter.emit({
                ...workspaceAhead,
                whiteSpace: workspaceAhead.whiteSpace.filter((cell) => cell.id !== RETAIL_ANALYTICS.id)
            });
            return undefined;
        });
        cellButton(element, RETAIL_ANALYTICS.id).click();
        await flush();
        expect(cellButton(element, RETAIL_ANALYTICS.id)).toBeNull();
        expect(focus).toHaveBeenCalled();
    });

    it('renders every business unit x offering slot under its own key (no LWC duplicate-key error)', async () => {
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const element = await create();
            expect($$(element, 'td.grid-cell')).toHaveLength(6);
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });

    it('is accessible: captioned table with column and row headers', async () => {
        const element = await create();
        expect(text($(element, 'table caption'))).toBe(label('WhiteSpace_Title'));
        expect($$(element, 'thead th[scope="col"]')).toHaveLength(3);
        expect($$(element, 'tbody th[scope="row"]')).toHaveLength(3);
    });
});
