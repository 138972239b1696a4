import { createElement } from 'lwc';
import axe from 'axe-core';
import PlanWorkspace from 'c/planWorkspace';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import workspaceAhead from './data/workspaceAhead.json';
import workspaceEmpty from './data/workspaceEmpty.json';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.getLinkedOpportunities', () => ({ default: jest.fn() }), {
    virtual: true
});

// The tab bodies built by workspace helper B have their own suites; here they are stubs with the same public API.
function mockStub() {
    const lwcModule = jest.requireActual('lwc');
    const Stub = class extends lwcModule.LightningElement {};
    lwcModule.registerDecorators(Stub, { publicProps: { recordId: { config: 0 } } });
    return { __esModule: true, default: Stub };
}
jest.mock('c/planObjectives', () => mockStub());
jest.mock('c/planStakeholders', () => mockStub());
jest.mock('c/planPartnerRoles', () => mockStub());
jest.mock('c/planWhiteSpace', () => mockStub());
jest.mock('c/planRelationshipMap', () => mockStub());

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;
const PLAN_ID = workspaceAhead.plan.id;

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function createWorkspace(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-plan-workspace', { is: PlanWorkspace });
    Object.assign(element, { recordId: PLAN_ID, ...props });
    document.body.appendChild(element);
    return element;
}

describe('c-plan-workspace', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows one spinner until the workspace is loaded', async () => {
        const element = createWorkspace();
        await flush();
        expect(element.shadowRoot!.querySelectorAll('lightning-spinner')).toHaveLength(1);
        expect(element.shadowRoot!.querySelector('lightning-tabset')).toBeNull();
        expect(workspaceAdapter.getLastConfig()).toEqual({ planId: PLAN_ID });
    });

    it('lays out scorecard, chart and the six tabs, passing the record id to every part', async () => {
        const element = createWorkspace();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const root = element.shadowRoot!;
        const parts = [
            'c-plan-scorecard',
            'c-plan-performance-chart',
            'c-plan-objectives',
            'c-plan-stakeholders',
            'c-plan-partner-roles',
            'c-plan-white-space',
            'c-plan-narrative',
            'c-plan-opportunities',
            'c-plan-relationship-map'
        ];
        parts.forEach((selector) => {
            const part = root.querySelector(selector) as unknown as { recordId: string } | null;
            expect(part).not.toBeNull();
            expect(part!.recordId).toBe(PLAN_ID);
        });
        const tabs = Array.from(root.querySelectorAll('lightning-tab')) as unknown as {
            label: string;
            value: string;
        }[];
        expect(tabs.map((tab) => tab.value)).toEqual([
            'objectives',
            'stakeholders',
            'partners',
            'whiteSpace',
            'narrative',
            'opportunities',
            'relationshipMap'
        ]);
        expect(tabs[0].label).toBe('c.Workspace_Tab_Objectives (3)');
        expect(tabs[1].label).toBe('c.Workspace_Tab_Stakeholders (4)');
        expect(tabs[4].label).toBe('c.Workspace_Tab_Narrative');
        expect(tabs[5].label).toBe(`c.Workspace_Tab_Opportunities (${workspaceAhead.opportunities.totalCount})`);
        expect(tabs[6].label).toBe('c.Workspace_Tab_Relationship_Map');
        const tabset = root.querySelector('lightning-tabset') as unknown as { activeTabValue: string };
        expect(tabset.activeTabValue).toBe('objectives');
        expect(root.querySelector('section')!.getAttribute('aria-label')).toBe('c.Workspace_Title');
        await expectAccessible(element);
    });

    it('honours the App Builder properties', async () => {
        const element = createWorkspace({ defaultTab: 'opportunities', hideChart: true });
        workspaceAdapter.emit(workspaceEmpty);
        await flush();
        const root = element.shadowRoot!;
        expect(root.querySelector('c-plan-performance-chart')).toBeNull();
        expect((root.querySelector('lightning-tabset') as unknown as { activeTabValue: string }).activeTabValue).toBe(
            'opportunities'
        );
        const tabs = Array.from(root.querySelectorAll('lightning-tab')) as unknown as { label: string }[];
        expect(tabs[0].label).toBe('c.Workspace_Tab_Objectives (0)');
    });

    it('falls back to the first tab for an unknown default tab', async () => {
        const element = createWorkspace({ defaultTab: 'nonsense' });
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const tabset = element.shadowRoot!.querySelector('lightning-tabset') as unknown as { activeTabValue: string };
        expect(tabset.activeTabValue).toBe('objectives');
    });

    it('shows one error panel instead of the parts when the plan cannot be loaded', async () => {
        const element = createWorkspace();
        workspaceAdapter.error({ message: 'You do not have access to Account Planning.' });
        await flush();
        const panel = element.shadowRoot!.querySelector('c-error-panel') as unknown as {
            variant: string;
            friendlyMessage: string;
        };
        expect(panel).not.toBeNull();
        expect(panel.variant).toBe('illustration');
        expect(panel.friendlyMessage).toBe('c.Workspace_Error_Load_Failed');
        expect(element.shadowRoot!.querySelector('c-plan-scorecard')).toBeNull();
        await expectAccessible(element);
    });
});
