import { createElement } from 'lwc';
import PlanStakeholderHeatMap from 'c/planStakeholderHeatMap';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import mixed from './data/stakeholdersMixed.json';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

type Adapter = { emit(value: unknown): void; error(body?: unknown): void };
const workspaceAdapter = getWorkspace as unknown as Adapter;

function flush(): Promise<void> {
    // Enough microtask turns for the mocked promise chains (modal -> toast -> notify -> refreshApex -> render).
    return Array.from({ length: 20 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

function create(): HTMLElement {
    const element = createElement('c-plan-stakeholder-heat-map', { is: PlanStakeholderHeatMap }) as HTMLElement & {
        recordId?: string;
    };
    element.recordId = workspaceAhead.plan.id;
    document.body.appendChild(element);
    return element;
}

function cell(element: HTMLElement, row: number, column: number): HTMLElement {
    const rows = element.shadowRoot!.querySelectorAll('tbody tr');
    return rows[row].querySelectorAll('td')[column] as HTMLElement;
}

describe('c-plan-stakeholder-heat-map', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('renders an accessible influence x attitude table', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const table = element.shadowRoot!.querySelector('table')!;
        expect(table.querySelector('caption')!.textContent).toBe('c.HeatMap_Caption');
        const columnHeaders = Array.from(table.querySelectorAll('thead th[scope="col"]')).map((th) =>
            th.textContent!.trim()
        );
        expect(columnHeaders).toEqual([
            'c.HeatMap_Influence',
            'Champion',
            'Supporter',
            'Neutral',
            'Skeptic',
            'Detractor'
        ]);
        const rowHeaders = Array.from(table.querySelectorAll('tbody th[scope="row"]')).map((th) => th.textContent);
        expect(rowHeaders).toEqual(['High', 'Medium', 'Low']);
        expect(cell(element, 0, 0).textContent).toContain('Helen Park');
        expect(cell(element, 0, 0).getAttribute('aria-label')).toContain('Helen Park');
        expect(cell(element, 0, 0).className).toContain('slds-theme_success');
    });

    it('counts people per cell and colours by risk', async () => {
        const element = create();
        workspaceAdapter.emit({ ...workspaceEmpty, stakeholders: mixed });
        await flush();
        const highDetractor = cell(element, 0, 4);
        expect(highDetractor.querySelector('.cell-count')!.textContent).toBe('2');
        expect(highDetractor.querySelector('.cell-names')!.textContent).toContain('Ada Blocker, Ben Doubt');
        expect(highDetractor.className).toContain('slds-theme_error');
        expect(cell(element, 0, 2).className).toContain('slds-theme_warning');
        expect(cell(element, 1, 0).className).toContain('slds-theme_success');
        const empty = cell(element, 2, 4);
        expect(empty.querySelector('.cell-count')).toBeNull();
        expect(empty.getAttribute('aria-label')).toContain('c.HeatMap_None');
        expect(empty.className).not.toContain('slds-theme_');
        expect(element.shadowRoot!.querySelector('.unrated')!.textContent).toBe('c.HeatMap_Unrated');
    });

    it('shows an empty grid and the legend when the plan has no stakeholders', async () => {
        const element = create();
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        expect(element.shadowRoot!.querySelectorAll('.cell-count')).toHaveLength(0);
        expect(element.shadowRoot!.querySelector('.unrated')).toBeNull();
        const legend = element.shadowRoot!.querySelector('ul.legend')!;
        expect(legend.getAttribute('aria-label')).toBe('c.HeatMap_Legend');
        expect(legend.querySelectorAll('li')).toHaveLength(4);
    });

    it('shows the error panel when the workspace cannot load', async () => {
        const element = create();
        workspaceAdapter.error({ message: 'boom' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('table')).toBeNull();
    });
});
