import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import { createElement } from 'lwc';
import PlanRowActions from 'c/planRowActions';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

describe('c-plan-row-actions', () => {
    afterEach(() => {
        resetDom();
    });

    it('names the menu after its row and offers Edit and Delete by default', async () => {
        const element = mount('c-plan-row-actions', PlanRowActions, { recordId: 'a03', recordName: 'Helen Park' });
        await flush();
        const menu = $(element, 'lightning-button-menu');
        expect(menu.alternativeText).toBe('Actions for Helen Park');
        expect(menu.iconSize).toBe('x-small');
        expect(menu.menuAlignment).toBe('right');
        expect($$(element, 'lightning-menu-item').map((item) => [item.value, item.label])).toEqual([
            ['edit', label('Common_Edit')],
            ['delete', label('Common_Delete')]
        ]);
    });

    it('offers the items it is given, in order', async () => {
        const items = [
            { value: 'edit', label: 'Edit' },
            { value: 'review', label: 'Review' }
        ];
        const element = mount('c-plan-row-actions', PlanRowActions, { recordId: 'a02', recordName: 'Renew', items });
        await flush();
        expect($$(element, 'lightning-menu-item').map((item) => item.value)).toEqual(['edit', 'review']);
    });

    it('reports the chosen item with the row it belongs to', async () => {
        const element = mount('c-plan-row-actions', PlanRowActions, { recordId: 'a03', recordName: 'Helen Park' });
        const handler = jest.fn();
        element.addEventListener('rowaction', handler);
        await flush();
        $(element, 'lightning-button-menu').dispatchEvent(new CustomEvent('select', { detail: { value: 'delete' } }));
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ value: 'delete', recordId: 'a03' });
    });

    it('puts focus back on its menu button', async () => {
        const element = mount('c-plan-row-actions', PlanRowActions, { recordId: 'a03', recordName: 'Helen Park' });
        await flush();
        const menu = $(element, 'lightning-button-menu');
        menu.focus = jest.fn();
        (element as unknown as { focus(): void }).focus();
        expect(menu.focus).toHaveBeenCalled();
    });

    it('does nothing when asked for focus before it has rendered its menu', () => {
        const element = createElement('c-plan-row-actions', { is: PlanRowActions });
        expect(() => (element as unknown as { focus(): void }).focus()).not.toThrow();
    });
});
