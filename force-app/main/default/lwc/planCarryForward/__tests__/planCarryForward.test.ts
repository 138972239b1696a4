import axe from 'axe-core';
import PlanCarryForward from 'c/planCarryForward';
import getCarryForwardPreview from '@salesforce/apex/CarryForwardController.getCarryForwardPreview';
import carryForward from '@salesforce/apex/CarryForwardController.carryForward';
import { refreshApex } from '@salesforce/apex';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import carryForwardLinks from '../../planWorkspace/__tests__/data/carryForwardLinks.json';
import carryForwardPreview from '../../planWorkspace/__tests__/data/carryForwardPreview.json';
import carryForwardPreviewExisting from '../../planWorkspace/__tests__/data/carryForwardPreviewExisting.json';
import carryForwardResult from '../../planWorkspace/__tests__/data/carryForwardResult.json';
import { $, $$, captureToasts, flush, mount, navigations, ns, resetDom } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/CarryForwardController.getCarryForwardPreview',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/CarryForwardController.carryForward', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_Button', () => ({ default: 'Plan next period' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.CarryForward_Disabled',
    () => ({
        default: 'You can plan the next period of a plan you can edit, unless it is cancelled, if you may create plans.'
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Modal_Close', () => ({ default: 'Close' }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Cancel', () => ({ default: 'Cancel' }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_Loading', () => ({ default: 'Loading what would be carried' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_New_Plan',
    () => ({ default: 'Creates {0} as a Draft, from {1} to {2}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Existing',
    () => ({
        default: '{0} already exists for this period: only what it lacks is added, and nothing in it is overwritten.'
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Up_To_Date',
    () => ({ default: '{0} already has everything this plan would carry.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Open_Plan', () => ({ default: 'Open {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.CarryForward_Period_Taken',
    () => ({
        default:
            "Another plan of this account, which you can't see, already covers part of {0}, so the next plan can't be created. Ask the account's owner or your admin."
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Groups_Legend', () => ({ default: 'What to carry' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.CarryForward_Group_Objectives',
    () => ({ default: 'Open objectives ({0}), with their open actions ({1})' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Group_Stakeholders', () => ({ default: 'Stakeholders ({0})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_Group_Partner_Roles', () => ({ default: 'Partner roles ({0})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_Group_White_Space', () => ({ default: 'White space cells ({0})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_Group_Narrative', () => ({ default: 'SWOT and narrative fields ({0})' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_Group_Target_Segment',
    () => ({ default: 'Target segment as the new current segment ({0})' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Group_Already_There', () => ({ default: '{0} already in {1}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_Left_Behind',
    () => ({ default: '{0} achieved, missed, cancelled or already carried objectives stay with this plan.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Growth_Label', () => ({ default: "Growth on last period's won (%)" }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_Growth_Invalid',
    () => ({ default: 'Enter a growth between -100 and 1000.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Target_Label', () => ({ default: 'Revenue target of the next plan' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_Target_Hint',
    () => ({
        default: "Suggested: last period's won ({0}) plus the growth you type. Leave it empty to set no target."
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Target_No_Suggestion',
    () => ({ default: 'Nothing was won last period, so no target is suggested. Type one, or leave it empty.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Target_Existing',
    () => ({ default: 'The target is set only if {0} has none yet.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Target_Invalid',
    () => ({ default: 'Enter an amount of 0 or more, or leave the target empty.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_Submit', () => ({ default: 'Carry forward' }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_Saving', () => ({ default: 'Carrying forward...' }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_Success_Title', () => ({ default: 'Next period planned' }), {
    virtual: true
});

const previewAdapter = getCarryForwardPreview as unknown as TestWireAdapter;
const carryForwardMock = carryForward as unknown as jest.Mock;
const PLAN_ID = 'a01000000000001AAA';

function create(links: unknown = carryForwardLinks): HTMLElement {
    return mount('c-plan-carry-forward', PlanCarryForward, { planId: PLAN_ID, carryForward: links });
}

/** Mounts, opens the dialog and answers the preview. */
async function openWith(preview: unknown = carryForwardPreview): Promise<HTMLElement> {
    const element = create();
    $(element, 'button.open-button').click();
    await flush();
    previewAdapter.emit(preview);
    await flush();
    return element;
}

function withPreview(changes: Record<string, unknown>): Record<string, unknown> {
    return { ...carryForwardPreview, ...changes };
}

function groupLabels(element: HTMLElement): string[] {
    return $$(element, '.group-label').map((label) => label.textContent);
}

function groupInput(element: HTMLElement, key: string): HTMLInputElement {
    return $(element, `input.group-input[data-key="${key}"]`);
}

function setInput(element: HTMLElement, selector: string, value: string): void {
    const input = $(element, selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
}

function errorPanelText(element: HTMLElement): string {
    const panel = $(element, 'c-error-panel');
    return panel ? panel.shadowRoot.querySelector('.error-message').textContent : '';
}

describe('c-plan-carry-forward', () => {
    afterEach(() => {
        resetDom();
    });

    it('offers Plan next period, and reads nothing before the dialog opens', async () => {
        const element = create();
        await flush();
        const button = $(element, 'button.open-button');
        expect(button.textContent.trim()).toBe('Plan next period');
        expect(button.disabled).toBe(false);
        expect($(element, '.disabled-reason')).toBeNull();
        expect($(element, 'section[role="dialog"]')).toBeNull();
        expect(previewAdapter.getLastConfig()).toEqual({ planId: undefined });
    });

    it('is disabled with the reason when the user may not carry the plan forward', async () => {
        const element = create({ ...carryForwardLinks, canCarryForward: false });
        await flush();
        expect($(element, 'button.open-button').disabled).toBe(true);
        expect($(element, '.disabled-reason').textContent.trim()).toBe(
            'You can plan the next period of a plan you can edit, unless it is cancelled, if you may create plans.'
        );
        $(element, 'button.open-button').click();
        await flush();
        expect($(element, 'section[role="dialog"]')).toBeNull();
    });

    it('opens the dialog, moves focus into it and loads the preview of this plan', async () => {
        const element = create();
        $(element, 'button.open-button').click();
        await flush();
        const dialog = $(element, 'section[role="dialog"]');
        expect(dialog.getAttribute('aria-modal')).toBe('true');
        expect($(element, 'h2.modal-title').textContent.trim()).toBe('Plan next period');
        expect(element.shadowRoot!.activeElement).toBe($(element, 'h2.modal-title'));
        expect(previewAdapter.getLastConfig()).toEqual({ planId: PLAN_ID });
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading what would be carried');
        expect($(element, '.submit-button').disabled).toBe(true);
    });

    it('shows the next plan, every group with its count, checked, and what stays behind', async () => {
        const element = await openWith();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, '.period-text').textContent).toBe(
            'Creates Northwind Traders 2027 as a Draft, from Jan 1, 2027 to Dec 31, 2027.'
        );
        expect(groupLabels(element)).toEqual([
            'Open objectives (2), with their open actions (2)',
            'Stakeholders (4)',
            'Partner roles (2)',
            'White space cells (4)',
            'SWOT and narrative fields (11)',
            'Target segment as the new current segment (Strategic Partner)'
        ]);
        expect($$(element, 'input.group-input').map((input) => input.checked)).toEqual([
            true,
            true,
            true,
            true,
            true,
            true
        ]);
        expect($$(element, '.group-detail').map((detail) => detail.textContent.trim())).toEqual([
            '1 achieved, missed, cancelled or already carried objectives stay with this plan.'
        ]);
        expect($(element, 'c-error-panel')).toBeNull();
        expect($(element, '.submit-button').disabled).toBe(false);
        expect($(element, '.submit-button').textContent.trim()).toBe('Carry forward');
    });

    it('prefills the suggested target with last period won and follows the growth typed', async () => {
        const element = await openWith();
        expect($(element, 'label.target-label').textContent.trim()).toBe('Revenue target of the next plan (USD)');
        expect($(element, 'input.growth-input').value).toBe('0');
        expect($(element, 'input.target-input').value).toBe('1933000');
        expect($(element, '.target-hint').textContent.trim()).toBe(
            "Suggested: last period's won ($1,933,000) plus the growth you type. Leave it empty to set no target."
        );
        setInput(element, 'input.growth-input', '10');
        await flush();
        expect($(element, 'input.target-input').value).toBe('2126300');
        setInput(element, 'input.growth-input', '2.5');
        await flush();
        expect($(element, 'input.target-input').value).toBe('1981325');
    });

    it('carries only the checked groups with the target, then opens the new plan and tells the page', async () => {
        carryForwardMock.mockResolvedValue(carryForwardResult);
        const element = await openWith();
        const toasts = captureToasts(element);
        const planChange = jest.fn();
        document.body.addEventListener('planchange', planChange);
        groupInput(element, 'stakeholders').click();
        groupInput(element, 'narrative').click();
        setInput(element, 'input.growth-input', '10');
        await flush();
        expect(groupInput(element, 'stakeholders').checked).toBe(false);
        $(element, '.submit-button').click();
        await flush();
        expect(carryForwardMock).toHaveBeenCalledTimes(1);
        expect(carryForwardMock).toHaveBeenCalledWith({
            planId: PLAN_ID,
            groups: ['objectives', 'partnerRoles', 'whiteSpace', 'targetSegment'],
            revenueTarget: 2126300
        });
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Next period planned',
            message: 'Northwind Traders 2027 was created from this plan.',
            variant: 'success'
        });
        expect(planChange).toHaveBeenCalledTimes(1);
        expect(refreshApex).toHaveBeenCalled();
        expect(navigations()).toEqual([
            {
                type: 'standard__recordPage',
                attributes: { recordId: 'a01000000000010AAA', objectApiName: ns('Account_Plan__c'), actionName: 'view' }
            }
        ]);
        expect($(element, 'section[role="dialog"]')).toBeNull();
        expect(element.shadowRoot!.activeElement).toBe($(element, 'button.open-button'));
        document.body.removeEventListener('planchange', planChange);
    });

    it('checks a group again after unchecking it', async () => {
        carryForwardMock.mockResolvedValue(carryForwardResult);
        const element = await openWith();
        groupInput(element, 'whiteSpace').click();
        await flush();
        groupInput(element, 'whiteSpace').click();
        await flush();
        $(element, '.submit-button').click();
        await flush();
        expect(carryForwardMock.mock.calls[0][0].groups).toEqual([
            'objectives',
            'stakeholders',
            'partnerRoles',
            'whiteSpace',
            'narrative',
            'targetSegment'
        ]);
    });

    it('shows why the save was refused in the shared error panel and keeps the dialog open', async () => {
        carryForwardMock.mockRejectedValue({
            body: {
                message:
                    'The plan could not be carried forward, nothing was saved: Northwind Traders 2027 overlaps Northwind Traders H1 2027.'
            }
        });
        const element = await openWith();
        $(element, '.submit-button').click();
        await flush();
        expect(errorPanelText(element)).toBe(
            'The plan could not be carried forward, nothing was saved: Northwind Traders 2027 overlaps Northwind Traders H1 2027.'
        );
        expect($(element, 'section[role="dialog"]')).not.toBeNull();
        expect($(element, '.submit-button').disabled).toBe(false);
        expect($(element, '.submit-button').textContent.trim()).toBe('Carry forward');
        expect(navigations()).toEqual([]);
    });

    it('refuses a negative target or an impossible growth without calling the server', async () => {
        const element = await openWith();
        setInput(element, 'input.target-input', '-5');
        await flush();
        $(element, '.submit-button').click();
        await flush();
        expect($(element, '.target-error').textContent).toBe(
            'Enter an amount of 0 or more, or leave the target empty.'
        );
        expect($(element, 'input.target-input').getAttribute('aria-describedby')).toContain('target-error');
        setInput(element, 'input.target-input', '');
        setInput(element, 'input.growth-input', '-150');
        await flush();
        expect($(element, '.target-error')).toBeNull();
        expect($(element, '.growth-error').textContent).toBe('Enter a growth between -100 and 1000.');
        expect($(element, 'input.target-input').value).toBe('');
        $(element, '.submit-button').click();
        await flush();
        expect(carryForwardMock).not.toHaveBeenCalled();
    });

    it('sends no target when the user empties it', async () => {
        carryForwardMock.mockResolvedValue(carryForwardResult);
        const element = await openWith();
        setInput(element, 'input.target-input', '');
        $(element, '.submit-button').click();
        await flush();
        expect(carryForwardMock.mock.calls[0][0].revenueTarget).toBeNull();
    });

    it('suggests no target when nothing was won last period', async () => {
        carryForwardMock.mockResolvedValue(carryForwardResult);
        const element = await openWith(withPreview({ lastPeriodWon: 0 }));
        expect($(element, 'input.growth-input')).toBeNull();
        expect($(element, 'input.target-input').value).toBe('');
        expect($(element, '.target-hint').textContent.trim()).toBe(
            'Nothing was won last period, so no target is suggested. Type one, or leave it empty.'
        );
        setInput(element, 'input.target-input', '500000');
        $(element, '.submit-button').click();
        await flush();
        expect(carryForwardMock.mock.calls[0][0].revenueTarget).toBe(500000);
    });

    it('offers to complete an existing next plan with only what it lacks', async () => {
        const element = await openWith(carryForwardPreviewExisting);
        expect($(element, '.period-text').textContent).toBe(
            'Northwind Traders 2027 already exists for this period: only what it lacks is added, and nothing in it is overwritten.'
        );
        expect(groupLabels(element)).toEqual([
            'Open objectives (1), with their open actions (1)',
            'Stakeholders (1)',
            'Partner roles (0)',
            'White space cells (4)',
            'SWOT and narrative fields (3)',
            'Target segment as the new current segment (Strategic Partner)'
        ]);
        const partnerRoles = groupInput(element, 'partnerRoles');
        expect(partnerRoles.checked).toBe(false);
        expect(partnerRoles.disabled).toBe(true);
        expect(groupInput(element, 'targetSegment').disabled).toBe(true);
        expect($$(element, '.group-detail').map((detail) => detail.textContent.trim())).toEqual([
            '1 already in Northwind Traders 2027 1 achieved, missed, cancelled or already carried objectives stay with this plan.',
            '3 already in Northwind Traders 2027',
            '2 already in Northwind Traders 2027',
            '8 already in Northwind Traders 2027',
            '1 already in Northwind Traders 2027'
        ]);
        expect($(element, '.target-hint').textContent.trim()).toBe(
            'The target is set only if Northwind Traders 2027 has none yet.'
        );
        carryForwardMock.mockResolvedValue({ ...carryForwardResult, outcome: 'Completed' });
        $(element, '.submit-button').click();
        await flush();
        expect(carryForwardMock.mock.calls[0][0].groups).toEqual([
            'objectives',
            'stakeholders',
            'whiteSpace',
            'narrative'
        ]);
    });

    it('opens the existing next plan from the dialog', async () => {
        const element = await openWith(carryForwardPreviewExisting);
        const open = $(element, 'button.open-next-plan');
        expect(open.textContent.trim()).toBe('Open Northwind Traders 2027');
        open.click();
        await flush();
        expect(navigations()[0].attributes).toEqual({
            recordId: 'a01000000000010AAA',
            objectApiName: ns('Account_Plan__c'),
            actionName: 'view'
        });
        expect($(element, 'section[role="dialog"]')).toBeNull();
    });

    it('says when the next plan already has everything, and offers nothing to carry', async () => {
        const element = await openWith({ ...carryForwardPreviewExisting, upToDate: true });
        expect($(element, '.period-text').textContent).toBe(
            'Northwind Traders 2027 already has everything this plan would carry.'
        );
        expect($(element, '.submit-button').disabled).toBe(true);
        expect($$(element, 'input.group-input').every((input) => input.disabled)).toBe(true);
    });

    it('warns that the period is taken by a plan the user cannot see', async () => {
        const element = await openWith(withPreview({ periodTaken: true }));
        expect($(element, '.period-taken').textContent).toBe(
            "Another plan of this account, which you can't see, already covers part of 2027, so the next plan can't be created. Ask the account's owner or your admin."
        );
        expect($(element, '.submit-button').disabled).toBe(true);
    });

    it('shows the refusal of the preview in the error panel', async () => {
        const element = await openWith(
            withPreview({
                canCarryForward: false,
                refusalCode: 'NEXT_PLAN_NOT_EDITABLE',
                refusalMessage:
                    "The next period's plan already exists and you can't edit it. Ask its owner to carry this plan forward."
            })
        );
        expect(errorPanelText(element)).toBe(
            "The next period's plan already exists and you can't edit it. Ask its owner to carry this plan forward."
        );
        expect($(element, '.submit-button').disabled).toBe(true);
        expect($(element, 'input.target-input').disabled).toBe(true);
    });

    it('shows why the preview could not load', async () => {
        const element = create();
        $(element, 'button.open-button').click();
        await flush();
        previewAdapter.error({ message: "This plan doesn't exist or you don't have access to it." });
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(errorPanelText(element)).toBe("This plan doesn't exist or you don't have access to it.");
    });

    it('closes on Escape and on Cancel, giving the focus back to the button', async () => {
        const element = await openWith();
        $(element, 'section[role="dialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        await flush();
        expect($(element, 'section[role="dialog"]')).toBeNull();
        expect(element.shadowRoot!.activeElement).toBe($(element, 'button.open-button'));
        $(element, 'button.open-button').click();
        await flush();
        expect(refreshApex).toHaveBeenCalledTimes(1);
        $(element, 'button.cancel-button').click();
        await flush();
        expect($(element, 'section[role="dialog"]')).toBeNull();
        expect(element.shadowRoot!.activeElement).toBe($(element, 'button.open-button'));
    });

    it('keeps Tab inside the dialog', async () => {
        const element = await openWith();
        const close = $(element, 'button.close-button');
        const submit = $(element, 'button.submit-button');
        submit.focus();
        $(element, 'section[role="dialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
        expect(element.shadowRoot!.activeElement).toBe(close);
        $(element, 'section[role="dialog"]').dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true })
        );
        expect(element.shadowRoot!.activeElement).toBe(submit);
    });

    it('is accessible', async () => {
        const element = await openWith(carryForwardPreviewExisting);
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });

    describe('what the dialog shows and sends', () => {
        function growthField(element: HTMLElement): HTMLElement {
            return $(element, 'input.growth-input').parentElement!.parentElement!;
        }

        function targetField(element: HTMLElement): HTMLElement {
            return $(element, 'input.target-input').parentElement!.parentElement!;
        }

        it('is disabled with the reason while the workspace has not said whether the user may carry the plan', async () => {
            const element = create(null);
            await flush();
            expect($(element, 'button.open-button').disabled).toBe(true);
            expect($(element, '.disabled-reason').textContent.trim()).toBe(
                'You can plan the next period of a plan you can edit, unless it is cancelled, if you may create plans.'
            );
        });

        it('opens nothing on open() when the user may not carry the plan', async () => {
            const element = create({ ...carryForwardLinks, canCarryForward: false }) as HTMLElement & {
                open(): void;
            };
            element.open();
            await flush();
            expect($(element, 'section[role="dialog"]')).toBeNull();
            expect(previewAdapter.getLastConfig()).toEqual({ planId: undefined });
        });

        it('says what stays behind only for objectives, and only when some do', async () => {
            const element = await openWith(
                withPreview({
                    groups: carryForwardPreview.groups.map((group) => ({
                        ...group,
                        leftBehind: group.key === 'objectives' ? 0 : 2
                    }))
                })
            );
            expect($$(element, '.group-detail')).toEqual([]);
        });

        it('lets the user type into the growth and the target while the plan can be carried', async () => {
            const element = await openWith();
            expect($(element, 'input.growth-input').disabled).toBe(false);
            expect($(element, 'input.target-input').disabled).toBe(false);
        });

        it('accepts a growth of -100 and a target of 0, and sends the target 0', async () => {
            carryForwardMock.mockResolvedValue(carryForwardResult);
            const element = await openWith();
            setInput(element, 'input.growth-input', '-100');
            await flush();
            expect($(element, 'input.target-input').value).toBe('0');
            $(element, '.submit-button').click();
            await flush();
            expect($(element, '.growth-error')).toBeNull();
            expect($(element, '.target-error')).toBeNull();
            expect(carryForwardMock.mock.calls[0][0].revenueTarget).toBe(0);
        });

        it('accepts a growth of 1000 and refuses more', async () => {
            carryForwardMock.mockResolvedValue(carryForwardResult);
            const element = await openWith();
            setInput(element, 'input.growth-input', '1000.5');
            await flush();
            $(element, '.submit-button').click();
            await flush();
            expect($(element, '.growth-error').textContent).toBe('Enter a growth between -100 and 1000.');
            expect(carryForwardMock).not.toHaveBeenCalled();
            setInput(element, 'input.growth-input', '1000');
            await flush();
            expect($(element, '.growth-error')).toBeNull();
            expect($(element, 'input.target-input').value).toBe('21263000');
            $(element, '.submit-button').click();
            await flush();
            expect(carryForwardMock.mock.calls[0][0].revenueTarget).toBe(21263000);
        });

        it('takes an empty growth as no growth', async () => {
            carryForwardMock.mockResolvedValue(carryForwardResult);
            const element = await openWith();
            setInput(element, 'input.growth-input', '10');
            setInput(element, 'input.growth-input', '');
            await flush();
            expect($(element, 'input.target-input').value).toBe('1933000');
            $(element, '.submit-button').click();
            await flush();
            expect($(element, '.growth-error')).toBeNull();
            expect(carryForwardMock.mock.calls[0][0].revenueTarget).toBe(1933000);
        });

        it('reports a bad growth only once the user submits, on the growth field alone', async () => {
            const element = await openWith();
            setInput(element, 'input.growth-input', '2000');
            await flush();
            expect($(element, '.growth-error')).toBeNull();
            expect(growthField(element).className).toBe('slds-form-element');
            expect($(element, 'input.growth-input').getAttribute('aria-describedby')).toBe('');
            $(element, '.submit-button').click();
            await flush();
            expect($(element, '.growth-error').textContent).toBe('Enter a growth between -100 and 1000.');
            expect(growthField(element).className).toBe('slds-form-element slds-has-error');
            expect($(element, 'input.growth-input').getAttribute('aria-describedby')).toBe(
                $(element, '.growth-error').id
            );
            expect($(element, '.target-error')).toBeNull();
            expect(targetField(element).className).toBe('slds-form-element');
            expect($(element, 'input.target-input').getAttribute('aria-describedby')).toBe(
                $(element, '.target-hint').id
            );
        });

        it('marks a bad target on the target field alone', async () => {
            const element = await openWith();
            setInput(element, 'input.target-input', '-5');
            await flush();
            $(element, '.submit-button').click();
            await flush();
            expect(targetField(element).className).toBe('slds-form-element slds-has-error');
            expect($(element, 'input.target-input').getAttribute('aria-describedby')).toBe(
                `${$(element, '.target-hint').id} ${$(element, '.target-error').id}`
            );
            expect($(element, '.growth-error')).toBeNull();
            expect(growthField(element).className).toBe('slds-form-element');
        });

        it('starts again without errors when reopened after a refused submit', async () => {
            const element = await openWith();
            setInput(element, 'input.growth-input', '2000');
            $(element, '.submit-button').click();
            await flush();
            $(element, 'button.cancel-button').click();
            await flush();
            $(element, 'button.open-button').click();
            await flush();
            expect($(element, 'input.growth-input').value).toBe('0');
            setInput(element, 'input.growth-input', '2000');
            await flush();
            expect($(element, '.growth-error')).toBeNull();
        });

        it('sends no target when nothing was won and the user types none', async () => {
            carryForwardMock.mockResolvedValue(carryForwardResult);
            const element = await openWith(withPreview({ lastPeriodWon: 0 }));
            $(element, '.submit-button').click();
            await flush();
            expect($(element, '.target-error')).toBeNull();
            expect(carryForwardMock.mock.calls[0][0].revenueTarget).toBeNull();
        });

        it('keeps what the user chose when the preview is read again while the dialog is open', async () => {
            const element = await openWith();
            groupInput(element, 'stakeholders').click();
            setInput(element, 'input.growth-input', '10');
            await flush();
            previewAdapter.emit({ ...carryForwardPreview });
            await flush();
            expect(groupInput(element, 'stakeholders').checked).toBe(false);
            expect($(element, 'input.growth-input').value).toBe('10');
            expect($(element, 'input.target-input').value).toBe('2126300');
        });

        it('keeps the preview shown while the wire has nothing new', async () => {
            const element = await openWith();
            previewAdapter.emit(undefined);
            await flush();
            expect($(element, 'lightning-spinner')).toBeNull();
            expect($(element, '.period-text').textContent).toBe(
                'Creates Northwind Traders 2027 as a Draft, from Jan 1, 2027 to Dec 31, 2027.'
            );
        });

        it('reads the preview again when reopened for the same plan', async () => {
            const element = await openWith();
            $(element, 'button.cancel-button').click();
            await flush();
            expect(refreshApex).not.toHaveBeenCalled();
            $(element, 'button.open-button').click();
            await flush();
            expect(refreshApex).toHaveBeenCalledTimes(1);
        });

        it('keeps the dialog while carrying: Escape and Cancel do nothing, and everything is disabled', async () => {
            let finish: (value: unknown) => void = () => undefined;
            carryForwardMock.mockReturnValue(
                new Promise((resolve) => {
                    finish = resolve;
                })
            );
            const element = await openWith();
            $(element, '.submit-button').click();
            await flush();
            expect($(element, '.submit-button').textContent.trim()).toBe('Carrying forward...');
            expect($(element, '.submit-button').disabled).toBe(true);
            expect($(element, 'input.growth-input').disabled).toBe(true);
            expect($(element, 'input.target-input').disabled).toBe(true);
            expect($$(element, 'input.group-input').every((input) => input.disabled)).toBe(true);
            $(element, 'section[role="dialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
            $(element, 'button.cancel-button').click();
            await flush();
            expect($(element, 'section[role="dialog"]')).not.toBeNull();
            finish(carryForwardResult);
            await flush();
            expect($(element, 'section[role="dialog"]')).toBeNull();
        });

        it('stays on this plan when the carry opens no plan', async () => {
            carryForwardMock.mockResolvedValue({ ...carryForwardResult, planId: null });
            const element = await openWith();
            $(element, '.submit-button').click();
            await flush();
            expect($(element, 'section[role="dialog"]')).toBeNull();
            expect(navigations()).toEqual([]);
        });

        it('leaves the focus where the user put it while the dialog re-renders', async () => {
            const element = await openWith();
            const growth = $(element, 'input.growth-input');
            growth.focus();
            setInput(element, 'input.growth-input', '10');
            await flush();
            expect(element.shadowRoot!.activeElement).toBe(growth);
        });

        it('moves the focus itself only on Tab from the last control and Shift+Tab from the first', async () => {
            const element = await openWith();
            const dialog = $(element, 'section[role="dialog"]');
            const close = $(element, 'button.close-button');
            const cancel = $(element, 'button.cancel-button');
            const submit = $(element, 'button.submit-button');
            const press = (init: KeyboardEventInit): boolean =>
                dialog.dispatchEvent(new KeyboardEvent('keydown', { cancelable: true, ...init }));
            close.focus();
            expect(press({ key: 'Tab' })).toBe(true);
            expect(element.shadowRoot!.activeElement).toBe(close);
            cancel.focus();
            expect(press({ key: 'Tab' })).toBe(true);
            expect(press({ key: 'Tab', shiftKey: true })).toBe(true);
            expect(element.shadowRoot!.activeElement).toBe(cancel);
            submit.focus();
            expect(press({ key: 'Tab', shiftKey: true })).toBe(true);
            expect(press({ key: 'Enter' })).toBe(true);
            expect(element.shadowRoot!.activeElement).toBe(submit);
        });
    });

    describe('opened by its container (hide-button)', () => {
        function createHidden(): HTMLElement & { open(): void } {
            // The container vouches for the plan (the server offered it): no carryForward links needed.
            return mount('c-plan-carry-forward', PlanCarryForward, {
                planId: PLAN_ID,
                hideButton: true
            }) as HTMLElement & {
                open(): void;
            };
        }

        it('shows no button, opens on open() with the preview of its plan and tells the container on close', async () => {
            const element = createHidden();
            const closed = jest.fn();
            element.addEventListener('close', closed);
            await flush();
            expect($(element, 'button.open-button')).toBeNull();
            expect($(element, '.disabled-reason')).toBeNull();
            element.open();
            await flush();
            expect($(element, 'section[role="dialog"]')).not.toBeNull();
            expect(previewAdapter.getLastConfig()).toEqual({ planId: PLAN_ID });
            $(element, 'button.close-button').click();
            await flush();
            expect($(element, 'section[role="dialog"]')).toBeNull();
            expect(closed).toHaveBeenCalledTimes(1);
        });

        it('tells the container after a carry too', async () => {
            const element = createHidden();
            const closed = jest.fn();
            element.addEventListener('close', closed);
            element.open();
            await flush();
            previewAdapter.emit(carryForwardPreview);
            await flush();
            carryForwardMock.mockResolvedValue(carryForwardResult);
            $(element, 'button.submit-button').click();
            await flush();
            expect(carryForwardMock).toHaveBeenCalled();
            expect(closed).toHaveBeenCalledTimes(1);
        });
    });
});
