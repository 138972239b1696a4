import '../../../../../../jest/useRealLabels';
import axe from 'axe-core';
import PlanningSetupCard from 'c/planningSetupCard';
import { $, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const BASE = {
    heading: 'Plan page',
    iconName: 'standard:record',
    saveLabel: 'Save plan page settings',
    canManage: true
};
const REFUSED = { body: { message: 'You need the Manage Account Planning permission.' } };

function create(properties: Record<string, unknown> = {}): HTMLElement {
    const element = mount('c-planning-setup-card', PlanningSetupCard, { ...BASE, ...properties });
    const input = document.createElement('input');
    input.className = 'slotted-input';
    input.setAttribute('aria-label', 'On-target tolerance (%)');
    element.appendChild(input);
    return element;
}

const save = (element: HTMLElement): any => $(element, 'lightning-button');

describe('c-planning-setup-card', () => {
    afterEach(() => {
        resetDom();
    });

    it('frames the form: title, icon, the form in the body and an enabled brand Save in the footer', async () => {
        const element = create();
        await flush();
        const card = $(element, 'lightning-card');
        expect(card.title).toBe('Plan page');
        expect(card.iconName).toBe('standard:record');
        expect($(element, 'slot:not([name])')).not.toBeNull();
        expect($(element, '[slot="footer"] lightning-button.save')).toBe(save(element));
        expect(save(element).label).toBe('Save plan page settings');
        expect(save(element).variant).toBe('brand');
        expect(save(element).disabled).toBe(false);
        expect(save(element).dataset.testid).toBeUndefined();
        expect($(element, '.description')).toBeNull();
        expect($(element, '.read-only')).toBeNull();
        expect($(element, 'c-error-panel')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });

    it('says what the settings do under the title', async () => {
        const element = create({ description: 'Snapshots keep a copy of every plan.' });
        await flush();
        expect($(element, 'p.description').textContent).toBe('Snapshots keep a copy of every plan.');
    });

    it('names the Save button as its card asks, for the tests and the e2e that find it', async () => {
        const element = create({ saveClass: 'save-thresholds', saveTestId: 'history-settings-save' });
        await flush();
        expect(save(element).className).toBe('save-thresholds');
        expect(save(element).dataset.testid).toBe('history-settings-save');
    });

    it('fires save when Save is clicked, and nothing else', async () => {
        const element = create();
        const saved = jest.fn();
        element.addEventListener('save', saved);
        await flush();
        save(element).click();
        expect(saved).toHaveBeenCalledTimes(1);
        expect((saved.mock.calls[0][0] as CustomEvent).bubbles).toBe(false);
    });

    it('has no Save button without a save label', async () => {
        const element = create({ saveLabel: undefined });
        await flush();
        expect(save(element)).toBeNull();
        expect($(element, '[slot="footer"]')).toBeNull();
    });

    it('is read only without Manage Account Planning, with the reason when the card gives one', async () => {
        const element = create({ canManage: false });
        await flush();
        expect(save(element).disabled).toBe(true);
        expect($(element, '.read-only')).toBeNull();
        Object.assign(element, {
            readOnlyReason:
                'You can view these settings. To change them you need the Manage Account Planning permission.'
        });
        await flush();
        expect($(element, 'p.read-only').textContent.trim()).toBe(
            'You can view these settings. To change them you need the Manage Account Planning permission.'
        );
        Object.assign(element, { canManage: true });
        await flush();
        expect($(element, '.read-only')).toBeNull();
        expect(save(element).disabled).toBe(false);
    });

    it('is read only unless told the user may manage', async () => {
        const element = mount('c-planning-setup-card', PlanningSetupCard, { saveLabel: 'Save' });
        await flush();
        expect(save(element).disabled).toBe(true);
    });

    it('turns Save off when its card says so (nothing changed yet, another action running)', async () => {
        const element = create({ saveDisabled: true });
        await flush();
        expect(save(element).disabled).toBe(true);
    });

    it('shows a spinner named "Loading" and disables Save while saving, then gives the focus back to Save', async () => {
        const element = create();
        await flush();
        const focus = jest.fn();
        save(element).focus = focus;
        Object.assign(element, { saving: true });
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect(save(element).disabled).toBe(true);
        expect(focus).not.toHaveBeenCalled();
        Object.assign(element, { saving: false });
        await flush();
        expect((element as unknown as { saving: boolean }).saving).toBe(false);
        expect($(element, 'lightning-spinner')).toBeNull();
        expect(save(element).disabled).toBe(false);
        expect(focus).toHaveBeenCalledTimes(1);
        // A later render (the form changed) does not steal the focus again.
        Object.assign(element, { description: 'Changed' });
        await flush();
        expect(focus).toHaveBeenCalledTimes(1);
    });

    it('does not move the focus when it never saved', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = create({ saving: false });
        await flush();
        Object.assign(element, { saving: false, saveDisabled: true });
        await flush();
        expect(focus).not.toHaveBeenCalled();
        focus.mockRestore();
    });

    it('has nothing to focus after saving when it has no Save button', async () => {
        const element = create({ saveLabel: undefined, saving: true });
        await flush();
        Object.assign(element, { saving: false });
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
    });

    it('shows the last save error in the shared error panel, above the form', async () => {
        const element = create({ error: REFUSED });
        await flush();
        const panel = $(element, 'c-error-panel.save-error');
        expect(panel.errors).toEqual(REFUSED);
        expect(panel.compareDocumentPosition($(element, 'slot:not([name])'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
        expect(save(element).disabled).toBe(false);
    });
});
