import axe from 'axe-core';
import PlanningHomeList from 'c/planningHomeList';
import type { HomeListRow } from 'c/planningHomeList';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const ROWS: HomeListRow[] = [
    {
        id: 'a02000000000002AAA',
        name: 'Land analytics pilot in Retail',
        details: [
            { key: 'plan', value: 'Northwind Traders 2026', recordId: 'a01000000000001AAA' },
            { key: 'due', label: 'Due', value: 'Nov 20, 2026', tone: 'error' },
            { key: 'owner', label: 'Owner', value: 'James Chen' }
        ]
    },
    {
        id: '001000000000104AAA',
        name: 'Litware Inc.',
        details: [],
        figures: [{ key: 'won', label: 'Won', value: '$132,000' }],
        action: { name: 'createPlan', label: 'Create plan', assistiveLabel: 'Create plan for Litware Inc.' }
    }
];

const create = (props: Record<string, unknown> = {}): HTMLElement =>
    mount('c-planning-home-list', PlanningHomeList, {
        heading: 'Overdue objectives (2)',
        listLabel: 'Overdue objectives',
        iconName: 'standard:goals',
        emptyMessage: 'No overdue objectives. Well done.',
        rows: ROWS,
        ...props
    });

/** What a node reads, the labels of the record links inside it included (their text is in their own shadow). */
function text(node: Element): string {
    const parts: string[] = [];
    const walk = (n: Node): void => {
        if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
        else if ((n as Element).tagName === 'C-PLAN-RECORD-LINK') parts.push((n as unknown as { label: string }).label);
        else n.childNodes.forEach(walk);
    };
    walk(node);
    return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('c-planning-home-list', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows each row as a link to its record with its details, figures and action', async () => {
        const element = create();
        await flush();
        expect($(element, 'lightning-card').title).toBe('Overdue objectives (2)');
        expect($(element, 'lightning-card').iconName).toBe('standard:goals');
        expect($(element, 'ul').getAttribute('aria-label')).toBe('Overdue objectives');
        const rows = $$(element, 'li.row');
        expect(rows).toHaveLength(2);
        const names = $$(element, '.row-name c-plan-record-link');
        expect(names.map((link) => [link.recordId, link.label])).toEqual([
            ['a02000000000002AAA', 'Land analytics pilot in Retail'],
            ['001000000000104AAA', 'Litware Inc.']
        ]);
        const first = rows[0] as HTMLElement;
        expect($$(element, 'li.row:first-child .details .detail').map(text)).toEqual([
            'Northwind Traders 2026',
            'Due: Nov 20, 2026',
            'Owner: James Chen'
        ]);
        const planLink = first.querySelector('.details c-plan-record-link') as unknown as {
            recordId: string;
            label: string;
            variant: string;
        };
        // Inside the line of details the link is underlined (not told apart by colour alone).
        expect([planLink.recordId, planLink.label, planLink.variant]).toEqual([
            'a01000000000001AAA',
            'Northwind Traders 2026',
            'inline'
        ]);
        expect((first.querySelector('[data-key="due"] .value') as HTMLElement).className).toBe(
            'value slds-text-color_error'
        );
        expect((first.querySelector('[data-key="owner"] .value') as HTMLElement).className).toBe('value');
        expect(first.querySelector('.figures')).toBeNull();
        expect(first.querySelector('.row-action')).toBeNull();
        const second = rows[1] as HTMLElement;
        expect(text(second.querySelector('.figures') as HTMLElement)).toBe('Won: $132,000');
        const action = second.querySelector('.row-action') as HTMLButtonElement;
        expect(text(action)).toBe('Create plan');
        expect(action.getAttribute('aria-label')).toBe('Create plan for Litware Inc.');
        expect($(element, '.empty')).toBeNull();
    });

    it('tells which row to act on', async () => {
        const element = create();
        const handler = jest.fn();
        element.addEventListener('rowaction', handler);
        await flush();
        ($(element, '.row-action') as HTMLButtonElement).click();
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ action: 'createPlan', id: '001000000000104AAA' });
    });

    it("shows the action's own icon (utility:add by default) and puts focus back on a row's button", async () => {
        const element = create({
            rows: [
                ROWS[1],
                {
                    id: 'a01000000000002AAA',
                    name: 'Globex Q4 2026',
                    details: [],
                    action: {
                        name: 'planNextPeriod',
                        label: 'Plan next period',
                        assistiveLabel: 'Plan next period for Globex Q4 2026',
                        iconName: 'utility:forward'
                    }
                }
            ]
        }) as HTMLElement & { focusAction(id: string): void };
        await flush();
        const buttons = $$(element, 'button.row-action') as HTMLButtonElement[];
        expect(
            buttons.map(
                (button) => button.querySelector<HTMLElement & { iconName: string }>('lightning-icon')!.iconName
            )
        ).toEqual(['utility:add', 'utility:forward']);
        element.focusAction('a01000000000002AAA');
        expect(element.shadowRoot!.activeElement).toBe(buttons[1]);
        element.focusAction('unknown');
        expect(element.shadowRoot!.activeElement).toBe(buttons[1]);
    });

    it('shows the empty message instead of an empty list', async () => {
        const element = create({ rows: [] });
        await flush();
        expect($(element, 'ul')).toBeNull();
        expect(text($(element, '.empty'))).toBe('No overdue objectives. Well done.');
        Object.assign(element, { rows: undefined });
        await flush();
        expect(text($(element, '.empty'))).toBe('No overdue objectives. Well done.');
    });

    it('shows the empty message while its parent has given no rows yet', async () => {
        const element = mount('c-planning-home-list', PlanningHomeList, {
            heading: 'Overdue objectives',
            emptyMessage: 'No overdue objectives. Well done.'
        });
        await flush();
        expect($$(element, 'li.row')).toHaveLength(0);
        expect(text($(element, '.empty'))).toBe('No overdue objectives. Well done.');
    });

    it('is accessible: a labelled list of links, buttons named after their row', async () => {
        const element = create();
        await flush();
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    }, 60000);
});
