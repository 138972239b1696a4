import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanStakeholderHeatMap from 'c/planStakeholderHeatMap';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspace from '../../planPartnerRoles/__tests__/data/workspacePartners.json';
import mixed from './data/stakeholdersMixed.json';
import { $, $$, flush, mount, resetDom, wireAdapter } from '../../../../../../jest/testUtils';
import {
    FakeResizeObserver,
    installResizeObserver,
    resizeAll,
    uninstallResizeObserver
} from '../../../../../../jest/resizeObserver';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const workspaceAdapter = wireAdapter(getWorkspace);
const NOT_SET = label('Common_Not_Set');

async function create(stakeholders: unknown[] = mixed): Promise<HTMLElement> {
    const element = mount('c-plan-stakeholder-heat-map', PlanStakeholderHeatMap, { recordId: workspace.plan.id });
    workspaceAdapter.emit({ ...workspace, stakeholders });
    await flush();
    return element;
}

/** The cell at an influence row (High, Medium, Low, Not set) and an attitude column (5 values, then Not set). */
function cell(element: HTMLElement, row: number, column: number): HTMLElement {
    return $$(element, 'tbody tr')[row].querySelectorAll('td')[column];
}

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A stakeholder with the given influence and attitude (null: not set). */
function person(influence: string | null, attitude: string | null, contactName: string): unknown {
    return { ...mixed[0], id: `id ${contactName}`, contactName, influence, attitude };
}

/** One stakeholder in each of the 24 cells, named after it ("High Champion", "not set not set"). */
const everyCell = [...['High', 'Medium', 'Low'], null].flatMap((influence) =>
    [...['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Detractor'], null].map((attitude) =>
        person(influence, attitude, `${influence ?? 'not set'} ${attitude ?? 'not set'}`)
    )
);

describe('c-plan-stakeholder-heat-map', () => {
    beforeEach(() => {
        installResizeObserver();
    });

    afterEach(() => {
        resetDom();
        uninstallResizeObserver();
    });

    it('is an influence x attitude table with a "Not set" row and column', async () => {
        const element = await create();
        expect(text($(element, 'h3'))).toBe(label('HeatMap_Title'));
        expect(text($(element, 'caption'))).toBe(label('HeatMap_Caption'));
        expect($$(element, 'thead th').map(text)).toEqual([
            label('HeatMap_Influence'),
            'Champion',
            'Supporter',
            'Neutral',
            'Skeptic',
            'Detractor',
            NOT_SET
        ]);
        expect($$(element, 'tbody th[scope="row"]').map(text)).toEqual(['High', 'Medium', 'Low', NOT_SET]);
        expect($(element, 'table').classList).toContain('slds-no-row-hover');
    });

    it('counts and names the people of each cell and colours it by risk, the risk also in words', async () => {
        const element = await create();
        const highDetractor = cell(element, 0, 4);
        expect(text(highDetractor.querySelector('.cell-count'))).toBe(`${label('HeatMap_Risk_High')}: 2`);
        expect(text(highDetractor.querySelector('.cell-names'))).toBe('Ada Blocker, Ben Doubt');
        expect(highDetractor.className).toBe('slds-text-align_center heat-cell heat-cell_high');
        expect(cell(element, 0, 2).className).toContain('heat-cell_medium'); // High / Neutral: Dan
        expect(cell(element, 1, 3).className).toContain('heat-cell_medium'); // Medium / Skeptic: Ivy
        expect(cell(element, 1, 0).className).toContain('heat-cell_support'); // Medium / Champion: Cleo
        expect(cell(element, 2, 1).className).toContain('heat-cell_low'); // Low / Supporter: Gia
        expect(text(cell(element, 1, 0).querySelector('.cell-count'))).toBe(`${label('HeatMap_Risk_Support')}: 1`);
        const empty = cell(element, 2, 4);
        expect(empty.className).toBe('slds-text-align_center heat-cell');
        expect(text(empty)).toBe('—');
        expect(empty.querySelector('.cell-count')).toBeNull();
    });

    it('colours every influence x attitude cell by its risk', async () => {
        const element = await create(everyCell);
        const classes = $$(element, 'tbody tr').map((row) =>
            Array.from<HTMLElement>(row.querySelectorAll('td')).map((td) =>
                td.className.replace('slds-text-align_center heat-cell heat-cell_', '')
            )
        );
        expect(classes).toEqual([
            ['support', 'support', 'medium', 'high', 'high', 'unrated'],
            ['support', 'support', 'low', 'medium', 'medium', 'unrated'],
            ['low', 'low', 'low', 'low', 'low', 'unrated'],
            ['unrated', 'unrated', 'unrated', 'unrated', 'unrated', 'unrated']
        ]);
        expect(text(cell(element, 3, 0).querySelector('.cell-names'))).toBe('not set Champion');
        expect(text(cell(element, 1, 2).querySelector('.cell-count'))).toBe(`${label('HeatMap_Risk_Low')}: 1`);
        // 3 without attitude, 6 without influence
        expect(text($(element, '.unrated'))).toBe(label('HeatMap_Unrated', 9));
    });

    it('counts a stakeholder with an attitude but no influence as not rated', async () => {
        const element = await create([person(null, 'Champion', 'Nia Fan'), person('High', 'Champion', 'Ola Fan')]);
        expect(text(cell(element, 3, 0).querySelector('.cell-names'))).toBe('Nia Fan');
        expect(text($(element, '.unrated'))).toBe(label('HeatMap_Unrated', 1));
    });

    it('shows an empty map when the workspace has no stakeholder list', async () => {
        const element = mount('c-plan-stakeholder-heat-map', PlanStakeholderHeatMap, { recordId: workspace.plan.id });
        const { stakeholders: _omitted, ...withoutStakeholders } = workspace as typeof workspace & {
            stakeholders?: unknown;
        };
        workspaceAdapter.emit(withoutStakeholders);
        await flush();
        expect($$(element, 'tbody tr')).toHaveLength(4);
        expect($$(element, '.cell-count')).toHaveLength(0);
        expect($(element, '.unrated')).toBeNull();
    });

    it('renders every cell, row, column and list item under its own key (no LWC duplicate-key error)', async () => {
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const element = await create(everyCell);
            expect($$(element, 'tbody td')).toHaveLength(24);
            resizeAll(390);
            await flush();
            expect($$(element, 'li.heat-item')).toHaveLength(24);
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });

    it('puts every stakeholder in exactly one cell: those without influence or attitude under "Not set"', async () => {
        const element = await create();
        const counts = $$(element, '.cell-count').map((count) => Number(text(count).split(': ')[1]));
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(mixed.length);
        expect(text(cell(element, 3, 5).querySelector('.cell-names'))).toBe('Eve Unknown');
        expect(cell(element, 3, 5).className).toContain('heat-cell_unrated');
        expect(text(cell(element, 2, 5).querySelector('.cell-names'))).toBe('Finn Quiet');
        // an attitude the picklist no longer has counts as not set
        expect(text(cell(element, 1, 5).querySelector('.cell-names'))).toBe('Hal Legacy');
        expect(text(cell(element, 1, 5).querySelector('.cell-count'))).toBe(`${label('HeatMap_Risk_Unrated')}: 1`);
        expect(text($(element, '.unrated'))).toBe(label('HeatMap_Unrated', 3));
    });

    it('says nothing about unrated people when everyone is rated', async () => {
        const element = await create(mixed.slice(0, 4));
        expect($(element, '.unrated')).toBeNull();
    });

    it('explains the colours in a legend, risk first', async () => {
        const element = await create();
        expect($(element, 'ul.legend').getAttribute('aria-label')).toBe(label('HeatMap_Legend'));
        expect($$(element, 'ul.legend li').map(text)).toEqual([
            label('HeatMap_Risk_High'),
            label('HeatMap_Risk_Medium'),
            label('HeatMap_Risk_Support'),
            label('HeatMap_Risk_Low'),
            label('HeatMap_Risk_Unrated')
        ]);
        expect($$(element, 'ul.legend .legend-swatch').map((swatch) => swatch.className)).toEqual([
            'legend-swatch slds-m-right_xx-small heat-cell_high',
            'legend-swatch slds-m-right_xx-small heat-cell_medium',
            'legend-swatch slds-m-right_xx-small heat-cell_support',
            'legend-swatch slds-m-right_xx-small heat-cell_low',
            'legend-swatch slds-m-right_xx-small heat-cell_unrated'
        ]);
    });

    it('becomes a list, risk first, where the grid would not fit, and a grid again where it does', async () => {
        const element = await create();
        resizeAll(390);
        await flush();
        expect($(element, 'table')).toBeNull();
        expect($(element, 'ul.heat-list').getAttribute('aria-label')).toBe(label('HeatMap_Caption'));
        const items = $$(element, 'li.heat-item');
        expect(items.map((item) => text(item.querySelector('.item-heading')))).toEqual([
            'High influence · Detractor',
            'High influence · Neutral',
            'Medium influence · Skeptic',
            'Medium influence · Champion',
            'Low influence · Supporter',
            'Medium influence · Attitude not set',
            'Low influence · Attitude not set',
            'Influence not set · Attitude not set'
        ]);
        expect(text(items[0].querySelector('.item-risk'))).toBe(
            `${label('HeatMap_Risk_High')} · ${label('HeatMap_Count', 2)}`
        );
        expect(text(items[0].querySelector('.item-names'))).toBe('Ada Blocker, Ben Doubt');
        expect(items[0].querySelector('.legend-swatch').className).toBe(
            'legend-swatch slds-m-right_x-small heat-cell_high'
        );
        expect($$(element, 'ul.legend li')).toHaveLength(5);

        resizeAll(800);
        await flush();
        expect($(element, 'table')).not.toBeNull();
        expect($(element, 'ul.heat-list')).toBeNull();
    });

    it('switches at 44rem (704 px): a grid from there up', async () => {
        const element = await create();
        resizeAll(704);
        await flush();
        expect($(element, 'table')).not.toBeNull();
        resizeAll(703);
        await flush();
        expect($(element, 'table')).toBeNull();
    });

    it('lists nothing when there is nobody to list', async () => {
        const element = await create([]);
        resizeAll(390);
        await flush();
        expect($(element, 'ul.heat-list')).toBeNull();
        expect($(element, 'table')).toBeNull();
        expect($$(element, 'ul.legend li')).toHaveLength(5);
    });

    it('stops measuring its width once removed', async () => {
        const element = await create();
        const observer = FakeResizeObserver.instances[0];
        expect(observer.observed).toEqual([element]);
        document.body.removeChild(element);
        expect(observer.disconnected).toBe(true);
    });

    it('shows the error panel and no map when the workspace cannot load', async () => {
        const element = mount('c-plan-stakeholder-heat-map', PlanStakeholderHeatMap, { recordId: workspace.plan.id });
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'table')).toBeNull();
        expect($(element, 'ul.legend')).toBeNull();
    });
});
