import '../../../../../../jest/useRealLabels';
import PlanningSetupPlanPage from 'c/planningSetupPlanPage';
import saveOnTargetTolerance from '@salesforce/apex/PlanPageSettingsController.saveOnTargetTolerance';
import { $, captureToasts, flush, mockOf, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock('@salesforce/apex/PlanPageSettingsController.saveOnTargetTolerance', () => ({ default: jest.fn() }), {
    virtual: true
});

const save = mockOf(saveOnTargetTolerance);

function create(properties: Record<string, unknown> = {}): HTMLElement {
    return mount('c-planning-setup-plan-page', PlanningSetupPlanPage, {
        tolerancePercent: 2,
        canManage: true,
        ...properties
    });
}

/** The card frame's parts (title, Save, spinner, error panel) are in c-planning-setup-card's shadow tree. */
const inCard = (element: HTMLElement, selector: string): any =>
    $(element, 'c-planning-setup-card').shadowRoot.querySelector(selector);

function type(element: HTMLElement, value: string, valid = true): any {
    const input = $(element, 'lightning-input.tolerance');
    input.reportValidity = jest.fn(() => valid);
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    return input;
}

describe('c-planning-setup-plan-page', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows the tolerance in force with its range, help and error text', async () => {
        const element = create();
        await flush();
        const card = inCard(element, 'lightning-card');
        expect(card.title).toBe('Plan page');
        const input = $(element, 'lightning-input.tolerance');
        expect(input.label).toBe('On-target tolerance (%)');
        expect(input.value).toBe(2);
        expect(input.min).toBe(0);
        expect(input.max).toBe(50);
        expect(input.step).toBe('0.01');
        expect(input.required).toBe(true);
        expect(input.fieldLevelHelp).toBe(
            'A forecast within this percentage of the revenue target, above or below, shows as On target on the plan page instead of Ahead or Behind. 0 means only an exact match counts.'
        );
        expect(input.messageWhenRangeOverflow).toBe(
            'Enter a percentage from 0 to 50, with at most two decimals, for the on-target tolerance.'
        );
        expect(input.messageWhenStepMismatch).toBe(input.messageWhenRangeOverflow);
        expect(input.disabled).toBe(false);
        const button = inCard(element, 'lightning-button.save');
        expect(button.label).toBe('Save plan page settings');
        expect(button.disabled).toBe(true);
        expect(inCard(element, 'lightning-spinner')).toBeNull();
    });

    it('saves the new tolerance, says so and asks the page to reload its settings', async () => {
        save.mockResolvedValue('0AfPRV0001');
        const element = create();
        const toasts = captureToasts(element);
        const saved = jest.fn();
        element.addEventListener('saved', saved);
        await flush();
        type(element, '3.5');
        await flush();
        expect(inCard(element, 'lightning-button.save').disabled).toBe(false);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).toHaveBeenCalledWith({ tolerancePercent: 3.5 });
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Success',
            message:
                'Plan page settings deployment started (deployment 0AfPRV0001). Plan pages show the new tolerance when it completes; no plan is recalculated.',
            variant: 'success'
        });
        expect(saved).toHaveBeenCalledTimes(1);
        expect(inCard(element, 'lightning-button.save').disabled).toBe(true);
        expect(inCard(element, 'lightning-spinner')).toBeNull();
        expect(inCard(element, 'c-error-panel')).toBeNull();
    });

    it('shows the value the page reloads once saved, but never overwrites an edit in progress', async () => {
        const element = create();
        await flush();
        (element as any).tolerancePercent = 4;
        await flush();
        expect($(element, 'lightning-input.tolerance').value).toBe(4);
        type(element, '7');
        (element as any).tolerancePercent = 5;
        await flush();
        expect($(element, 'lightning-input.tolerance').value).toBe(7);
        expect((element as any).tolerancePercent).toBe(5);
    });

    it('saves a tolerance of 0 (only an exact match is on target)', async () => {
        save.mockResolvedValue('0AfPRV0002');
        const element = create();
        await flush();
        type(element, '0');
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).toHaveBeenCalledWith({ tolerancePercent: 0 });
    });

    it('does not save an invalid or empty value', async () => {
        const element = create();
        await flush();
        type(element, '80', false);
        inCard(element, 'lightning-button.save').click();
        await flush();
        type(element, '', true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).not.toHaveBeenCalled();
    });

    it('shows the server message when the save is refused and keeps the edit', async () => {
        save.mockRejectedValue({
            body: { message: 'You need the Manage Account Planning permission to change Account Planning settings.' }
        });
        const element = create();
        const saved = jest.fn();
        element.addEventListener('saved', saved);
        await flush();
        type(element, '3');
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(inCard(element, 'c-error-panel.save-error').errors).toEqual({
            body: { message: 'You need the Manage Account Planning permission to change Account Planning settings.' }
        });
        expect(saved).not.toHaveBeenCalled();
        expect($(element, 'lightning-input.tolerance').value).toBe(3);
        expect(inCard(element, 'lightning-button.save').disabled).toBe(false);
    });

    it('shows a spinner and disables the card while saving', async () => {
        let resolve: (id: string) => void = () => undefined;
        save.mockReturnValue(new Promise<string>((done) => (resolve = done)));
        const element = create();
        await flush();
        type(element, '3');
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(inCard(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, 'lightning-input.tolerance').disabled).toBe(true);
        expect(inCard(element, 'lightning-button.save').disabled).toBe(true);
        resolve('0Af1');
        await flush();
        expect(inCard(element, 'lightning-spinner')).toBeNull();
    });

    it('is read-only until the page says the user may manage the settings', async () => {
        const element = mount('c-planning-setup-plan-page', PlanningSetupPlanPage, { tolerancePercent: 2 });
        await flush();
        expect($(element, 'lightning-input.tolerance').disabled).toBe(true);
    });

    it('is read-only for a user who cannot manage the settings', async () => {
        const element = create({ canManage: false });
        await flush();
        expect($(element, 'lightning-input.tolerance').disabled).toBe(true);
        expect(inCard(element, 'lightning-button.save').disabled).toBe(true);
    });
});
