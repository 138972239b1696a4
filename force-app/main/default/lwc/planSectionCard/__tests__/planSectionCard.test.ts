import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanSectionCard from 'c/planSectionCard';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const BASE = {
    heading: 'Stakeholders',
    iconName: 'standard:contact',
    actionLabel: 'Add Stakeholder',
    emptyMessage: 'No stakeholders yet.'
};

function create(properties: Record<string, unknown> = {}): HTMLElement {
    const element = mount('c-plan-section-card', PlanSectionCard, { ...BASE, ...properties });
    const row = document.createElement('p');
    row.className = 'slotted-row';
    row.textContent = 'Helen Park';
    element.appendChild(row);
    return element;
}

describe('c-plan-section-card', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows the title and icon in the card header', () => {
        const element = create();
        const card = $(element, 'lightning-card');
        expect(card.title).toBe('Stakeholders');
        expect(card.iconName).toBe('standard:contact');
    });

    it('shows only a spinner named "Loading" while loading: no empty state, no list, no add button', async () => {
        const element = create({ loading: true, canAct: true, empty: true });
        await flush();
        expect($(element, 'lightning-spinner.loading-spinner').alternativeText).toBe(label('Common_Loading'));
        expect($(element, '.empty-state')).toBeNull();
        expect($(element, 'slot')).toBeNull();
        expect($(element, 'c-error-panel')).toBeNull();
    });

    it('shows the load error alone, as an illustration', async () => {
        const error = { body: { message: 'Plan not found' } };
        const element = create({ error, empty: true, canAct: true });
        await flush();
        const panel = $(element, 'c-error-panel.load-error');
        expect(panel.errors).toEqual(error);
        expect(panel.variant).toBe('illustration');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
        expect($(element, 'slot')).toBeNull();
    });

    it('once loaded shows the list and no spinner', async () => {
        const element = create();
        await flush();
        expect($(element, 'slot')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, '.empty-state')).toBeNull();
    });

    it('shows the empty state with its message and an add button for users who may add', async () => {
        const element = create({ empty: true, canAct: true });
        const action = jest.fn();
        element.addEventListener('action', action);
        await flush();
        expect($(element, '.empty-message').textContent).toBe('No stakeholders yet.');
        const button = $(element, 'lightning-button.empty-action');
        expect(button.label).toBe('Add Stakeholder');
        expect(button.variant).toBe('brand');
        button.click();
        expect(action).toHaveBeenCalledTimes(1);
    });

    it('offers the add button in the header only to users who may add', async () => {
        const element = create({ canAct: true });
        const action = jest.fn();
        element.addEventListener('action', action);
        await flush();
        const header = $(element, 'lightning-button.section-action');
        expect(header.slot).toBe('actions');
        expect(header.label).toBe('Add Stakeholder');
        expect(header.iconName).toBe('utility:add');
        header.click();
        expect(action).toHaveBeenCalledTimes(1);

        const readOnly = create({ canAct: false, empty: true });
        await flush();
        expect($(readOnly, 'lightning-button')).toBeNull();
        expect($(readOnly, '.empty-message').textContent).toBe('No stakeholders yet.');
    });

    it('offers no add button unless told the user may add', async () => {
        const element = create({ empty: true });
        await flush();
        expect($$(element, 'lightning-button')).toHaveLength(0);
        expect($(element, '.empty-message').textContent).toBe('No stakeholders yet.');
        expect((element as any).focusAction()).toBe(false);
    });

    it('has no add button without a label for it', async () => {
        const element = create({ canAct: true, actionLabel: undefined, empty: true });
        await flush();
        expect($$(element, 'lightning-button')).toHaveLength(0);
    });

    it('keeps the list under the last write error and under the spinner of a running write', async () => {
        const writeError = { body: { message: 'Insufficient access' } };
        const element = create({ writeError, working: true });
        await flush();
        expect($(element, 'c-error-panel.write-error').errors).toEqual(writeError);
        expect($(element, 'c-error-panel.write-error').variant).toBe('inline');
        expect($(element, 'lightning-spinner.working-spinner').alternativeText).toBe(label('Common_Loading'));
        expect($(element, 'slot')).not.toBeNull();
    });

    it('focuses the add button used last, else the other one, and says whether there was one', async () => {
        const element = create({ canAct: true, empty: true });
        await flush();
        const header = $(element, 'lightning-button.section-action');
        const empty = $(element, 'lightning-button.empty-action');
        header.focus = jest.fn();
        empty.focus = jest.fn();
        expect((element as any).focusAction()).toBe(true);
        expect(header.focus).toHaveBeenCalledTimes(1);
        expect(empty.focus).not.toHaveBeenCalled();

        // the empty state's button opened the dialog: focus goes back to it
        empty.click();
        expect((element as any).focusAction()).toBe(true);
        expect(empty.focus).toHaveBeenCalledTimes(1);
        expect(header.focus).toHaveBeenCalledTimes(1);

        // the list is no longer empty: its button has gone, the header's takes focus
        (element as any).empty = false;
        await flush();
        expect((element as any).focusAction()).toBe(true);
        expect(header.focus).toHaveBeenCalledTimes(2);

        header.click();
        (element as any).empty = true;
        await flush();
        const emptyAgain = $(element, 'lightning-button.empty-action');
        emptyAgain.focus = jest.fn();
        expect((element as any).focusAction()).toBe(true);
        expect(header.focus).toHaveBeenCalledTimes(3);
        expect(emptyAgain.focus).not.toHaveBeenCalled();

        const readOnly = create({ canAct: false });
        await flush();
        expect((readOnly as any).focusAction()).toBe(false);
    });
});
