import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import PlanWorkspace from 'c/planWorkspace';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspaceAhead from './data/workspaceAhead.json';
import workspaceEmpty from './data/workspaceEmpty.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';

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

// The tab bodies have their own suites; here they are stubs with the same public API.
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

jest.setTimeout(30000);

const workspaceAdapter = getWorkspace as unknown as TestWireAdapter;
const PLAN_ID = workspaceAhead.plan.id;
const META = path.resolve(__dirname, '../planWorkspace.js-meta.xml');

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const createWorkspace = (props: Record<string, unknown> = {}): HTMLElement =>
    mount('c-plan-workspace', PlanWorkspace, { recordId: PLAN_ID, ...props });

const tabs = (element: HTMLElement): { label: string; value: string }[] =>
    $$(element, 'lightning-tab').map((tab) => ({ label: tab.label, value: tab.value }));

async function loaded(props: Record<string, unknown> = {}, workspace: unknown = workspaceAhead): Promise<HTMLElement> {
    const element = createWorkspace(props);
    workspaceAdapter.emit(workspace);
    await flush();
    return element;
}

describe('c-plan-workspace', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows one spinner until the workspace is loaded', async () => {
        const element = createWorkspace();
        await flush();
        expect($$(element, 'lightning-spinner')).toHaveLength(1);
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, 'lightning-tabset')).toBeNull();
        expect(workspaceAdapter.getLastConfig()).toEqual({ planId: PLAN_ID });
    });

    it('lays out plan editing, scorecard, chart and the seven tabs, passing the record id to every part', async () => {
        const element = await loaded();
        expect($$(element, 'lightning-spinner')).toHaveLength(0);
        const parts = [
            'c-plan-details',
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
            expect(`${selector}: ${$(element, selector)?.recordId}`).toBe(`${selector}: ${PLAN_ID}`);
        });
        expect(tabs(element)).toEqual([
            { label: 'Objectives (3)', value: 'objectives' },
            { label: 'Stakeholders (4)', value: 'stakeholders' },
            { label: 'Partners (2)', value: 'partners' },
            { label: 'White Space (4)', value: 'whiteSpace' },
            { label: 'SWOT & Narrative', value: 'narrative' },
            { label: `Opportunities (${workspaceAhead.opportunities.totalCount})`, value: 'opportunities' },
            { label: 'Relationship Map', value: 'relationshipMap' }
        ]);
        expect($(element, 'lightning-tabset').activeTabValue).toBe('objectives');
        expect($(element, 'section').getAttribute('aria-label')).toBe('Account Plan Workspace');
        expect($(element, 'c-plan-scorecard').parentElement.className).toBe(
            'slds-col slds-size_1-of-1 slds-large-size_1-of-2 slds-p-bottom_small'
        );
        await expectAccessible(element);
    });

    it('honours the chart and first-tab properties', async () => {
        const element = await loaded({ defaultTab: 'opportunities', hideChart: true }, workspaceEmpty);
        expect($(element, 'c-plan-performance-chart')).toBeNull();
        expect($(element, 'c-plan-scorecard').parentElement.className).toBe(
            'slds-col slds-size_1-of-1 slds-p-bottom_small'
        );
        expect($(element, 'lightning-tabset').activeTabValue).toBe('opportunities');
        expect(tabs(element)[0].label).toBe('Objectives (0)');
    });

    it('falls back to the first tab for an unknown first tab', async () => {
        const element = await loaded({ defaultTab: 'nonsense' });
        expect($(element, 'lightning-tabset').activeTabValue).toBe('objectives');
    });

    it('leaves out the tabs an admin hid, and their components', async () => {
        const element = await loaded({ hidePartnersTab: true, hideWhiteSpaceTab: true });
        expect(tabs(element).map((tab) => tab.value)).toEqual([
            'objectives',
            'stakeholders',
            'narrative',
            'opportunities',
            'relationshipMap'
        ]);
        expect($(element, 'c-plan-partner-roles')).toBeNull();
        expect($(element, 'c-plan-white-space')).toBeNull();
        expect($(element, 'c-plan-scorecard')).not.toBeNull();
        await expectAccessible(element);
    });

    it('hides each tab by its own property', async () => {
        const properties: [string, string, string][] = [
            ['hideObjectivesTab', 'objectives', 'c-plan-objectives'],
            ['hideStakeholdersTab', 'stakeholders', 'c-plan-stakeholders'],
            ['hidePartnersTab', 'partners', 'c-plan-partner-roles'],
            ['hideWhiteSpaceTab', 'whiteSpace', 'c-plan-white-space'],
            ['hideNarrativeTab', 'narrative', 'c-plan-narrative'],
            ['hideOpportunitiesTab', 'opportunities', 'c-plan-opportunities'],
            ['hideRelationshipMapTab', 'relationshipMap', 'c-plan-relationship-map']
        ];
        for (const [property, tab, component] of properties) {
            resetDom();
            const element = await loaded({ [property]: true });
            const shown = tabs(element).map((entry) => entry.value);
            expect(`${property}: ${shown.includes(tab)}, ${shown.length}`).toBe(`${property}: false, 6`);
            expect(`${property}: ${$(element, component)}`).toBe(`${property}: null`);
        }
    });

    it('opens the first tab shown when the configured first tab is hidden', async () => {
        const element = await loaded({ defaultTab: 'objectives', hideObjectivesTab: true });
        expect($(element, 'lightning-tabset').activeTabValue).toBe('stakeholders');
    });

    it('shows no tab card when every tab is hidden', async () => {
        const element = await loaded({
            hideObjectivesTab: true,
            hideStakeholdersTab: true,
            hidePartnersTab: true,
            hideWhiteSpaceTab: true,
            hideNarrativeTab: true,
            hideOpportunitiesTab: true,
            hideRelationshipMapTab: true
        });
        expect($(element, 'lightning-tabset')).toBeNull();
        expect($(element, 'c-plan-scorecard')).not.toBeNull();
    });

    it('offers in App Builder exactly the properties the component has, each with a label and description', () => {
        const xml = readFileSync(META, 'utf8');
        const properties = Array.from(xml.matchAll(/<property name="(\w+)" type="(\w+)" label="([^"]+)"/g)).map(
            (match) => `${match[1]}:${match[2]}:${match[3]}`
        );
        expect(properties).toEqual([
            'defaultTab:String:Tab opened first',
            'hideChart:Boolean:Hide performance chart',
            'hideObjectivesTab:Boolean:Hide Objectives tab',
            'hideStakeholdersTab:Boolean:Hide Stakeholders tab',
            'hidePartnersTab:Boolean:Hide Partners tab',
            'hideWhiteSpaceTab:Boolean:Hide White Space tab',
            'hideNarrativeTab:Boolean:Hide SWOT &amp; Narrative tab',
            'hideOpportunitiesTab:Boolean:Hide Opportunities tab',
            'hideRelationshipMapTab:Boolean:Hide Relationship Map tab'
        ]);
        expect(xml).toContain(
            'datasource="objectives,stakeholders,partners,whiteSpace,narrative,opportunities,relationshipMap"'
        );
        const element = createWorkspace() as unknown as Record<string, unknown>;
        for (const property of properties) {
            const [name, type] = property.split(':');
            expect(`${name}: ${typeof element[name]}`).toBe(`${name}: ${type === 'Boolean' ? 'boolean' : 'string'}`);
        }
        expect(xml.match(/<property /g)).toHaveLength(9);
        expect(xml.match(/description="[^"]{20,}"/g)).toHaveLength(9);
    });

    it('shows one error panel instead of the parts when the plan cannot be loaded', async () => {
        const element = createWorkspace();
        workspaceAdapter.error({ message: 'You do not have access to Account Planning.' });
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.variant).toBe('illustration');
        expect(panel.friendlyMessage).toBe('The account plan could not be loaded. Refresh the page to try again.');
        expect($(element, 'c-plan-scorecard')).toBeNull();
        expect($(element, 'c-plan-details')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        await expectAccessible(element);
    });
});
