import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import PlanWorkspace from 'c/planWorkspace';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import workspaceAhead from './data/workspaceAhead.json';
import workspaceEmpty from './data/workspaceEmpty.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';
import {
    FakeResizeObserver,
    installResizeObserver,
    uninstallResizeObserver
} from '../../../../../../jest/resizeObserver';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
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

    it('reloads the plan and its one cached read when a part says it changed the plan', async () => {
        (refreshApex as jest.Mock).mockClear();
        const element = await loaded();
        $(element, 'c-plan-carry-forward').dispatchEvent(new CustomEvent('planchange', { bubbles: true }));
        await flush();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect((refreshApex as jest.Mock).mock.calls[0][0].data.plan.id).toBe(PLAN_ID);
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

    describe('where the tabs do not fit', () => {
        let observers: FakeResizeObserver[];
        beforeEach(() => {
            observers = installResizeObserver();
        });
        afterEach(() => {
            uninstallResizeObserver();
        });

        /** The container of the tabs is `available` px wide; the shown tab labels side by side need `needed` px. */
        async function measure(element: HTMLElement, available: number, needed: number): Promise<void> {
            const ruler = $(element, '.tab-ruler');
            const live = observers.filter((observer) => !observer.disconnected);
            live.find((observer) => observer.observed.includes(ruler))!.resize(available);
            live.find((observer) => observer.observed.includes(ruler.firstElementChild))!.resize(needed);
            await flush();
        }

        const picker = (element: HTMLElement) => $(element, 'lightning-combobox.section-picker');

        async function choose(element: HTMLElement, value: string): Promise<void> {
            picker(element).dispatchEvent(new CustomEvent('change', { detail: { value } }));
            await flush();
        }

        it('shows every tab and no Section picker where the tabs fit with the tab bar reserve to spare', async () => {
            const element = await loaded();
            expect($$(element, '.tab-ruler li').map((item) => item.textContent?.trim())).toEqual([
                'Objectives (3)',
                'Stakeholders (4)',
                'Partners (2)',
                'White Space (4)',
                'SWOT & Narrative',
                `Opportunities (${workspaceAhead.opportunities.totalCount})`,
                'Relationship Map'
            ]);
            expect($(element, '.tab-ruler').getAttribute('aria-hidden')).toBe('true');
            await measure(element, 817 + 48, 817);
            expect(picker(element)).toBeNull();
            expect(tabs(element)).toHaveLength(7);
        });

        it('shows a Section picker of the shown tabs and only the chosen tab; hidden tabs stay hidden', async () => {
            const element = await loaded({ hidePartnersTab: true });
            await measure(element, 817 + 47, 817);
            expect(picker(element).label).toBe('Section');
            expect(picker(element).value).toBe('objectives');
            expect(picker(element).options).toEqual([
                { label: 'Objectives (3)', value: 'objectives' },
                { label: 'Stakeholders (4)', value: 'stakeholders' },
                { label: 'White Space (4)', value: 'whiteSpace' },
                { label: 'SWOT & Narrative', value: 'narrative' },
                { label: `Opportunities (${workspaceAhead.opportunities.totalCount})`, value: 'opportunities' },
                { label: 'Relationship Map', value: 'relationshipMap' }
            ]);
            expect(tabs(element)).toEqual([{ label: 'Objectives (3)', value: 'objectives' }]);
            expect($(element, 'c-plan-objectives')).not.toBeNull();
            expect($(element, 'c-plan-stakeholders')).toBeNull();

            await choose(element, 'whiteSpace');
            expect(tabs(element)).toEqual([{ label: 'White Space (4)', value: 'whiteSpace' }]);
            expect($(element, 'lightning-tabset').activeTabValue).toBe('whiteSpace');
            expect(picker(element).value).toBe('whiteSpace');
            expect($(element, 'c-plan-white-space')).not.toBeNull();
            expect($(element, 'c-plan-objectives')).toBeNull();
            expect($(element, 'c-plan-partner-roles')).toBeNull();
            await expectAccessible(element);

            // wide again: every shown tab, the chosen one still open, the partners still hidden
            await measure(element, 1200, 700);
            expect(picker(element)).toBeNull();
            expect(tabs(element).map((tab) => tab.value)).toEqual([
                'objectives',
                'stakeholders',
                'whiteSpace',
                'narrative',
                'opportunities',
                'relationshipMap'
            ]);
            expect($(element, 'lightning-tabset').activeTabValue).toBe('whiteSpace');
        });

        it('keeps the tab opened at full width when the width narrows', async () => {
            const element = await loaded({ defaultTab: 'narrative' });
            await measure(element, 1200, 817);
            $$(element, 'lightning-tab')
                .find((tab) => tab.value === 'stakeholders')!
                .dispatchEvent(new CustomEvent('active'));
            await measure(element, 332, 817);
            expect(picker(element).value).toBe('stakeholders');
            expect(tabs(element)).toEqual([{ label: 'Stakeholders (4)', value: 'stakeholders' }]);
        });

        it('opens the configured first tab in the picker until the user chooses', async () => {
            const element = await loaded({ defaultTab: 'opportunities' });
            await measure(element, 332, 817);
            expect(picker(element).value).toBe('opportunities');
            expect(tabs(element).map((tab) => tab.value)).toEqual(['opportunities']);
        });

        it('watches the width with two observers while the tabs are on the page, and stops when a reload fails', async () => {
            const element = await loaded();
            const ruler = $(element, '.tab-ruler');
            const watching = () =>
                observers.filter(
                    (observer) => !observer.disconnected && observer.observed.some((el) => !el || ruler.contains(el))
                );
            const mine = watching();
            expect(mine).toHaveLength(2);
            await measure(element, 332, 817);
            await choose(element, 'stakeholders');
            await measure(element, 1200, 700);
            expect(watching()).toEqual(mine);
            expect(observers.filter((observer) => observer.observed.some((el) => ruler.contains(el)))).toEqual(mine);

            workspaceAdapter.error({ message: 'Insufficient access' });
            await flush();
            expect($(element, '.tab-ruler')).toBeNull();
            expect($(element, 'c-error-panel')).not.toBeNull();
            expect(mine.map((observer) => observer.disconnected)).toEqual([true, true]);
            expect(watching()).toEqual([]);
            element.remove();
            expect(watching()).toEqual([]);
        });

        it('stops watching the width when the page is left', async () => {
            const element = await loaded();
            const ruler = $(element, '.tab-ruler');
            const mine = observers.filter((observer) => observer.observed.some((el) => ruler.contains(el)));
            expect(mine.map((observer) => observer.disconnected)).toEqual([false, false]);
            element.remove();
            expect(mine.map((observer) => observer.disconnected)).toEqual([true, true]);
        });
    });
});
