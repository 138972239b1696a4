import PlanRelationshipMap from 'c/planRelationshipMap';
import getRelationshipMap from '@salesforce/apex/RelationshipMapController.getRelationshipMap';
import setReportsTo from '@salesforce/apex/RelationshipMapController.setReportsTo';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshApex } from '@salesforce/apex';
import { createRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanRecordModal from 'c/planRecordModal';
import northwind from './data/relationshipMapNorthwind.json';
import globex from './data/relationshipMapGlobex.json';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import {
    $,
    $$,
    captureToasts,
    flush,
    mockOf,
    mount,
    navigations,
    ns,
    openMock,
    resetDom,
    wireAdapter
} from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/RelationshipMapController.getRelationshipMap',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/RelationshipMapController.setReportsTo', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('c/planRecordModal', () => require('../../../../../../jest/mocks/planRecordModal'));
// The scenes handed to the PNG renderer, which still draws them.
const mockScenes: unknown[] = [];
jest.mock('../relationshipPng', () => {
    const actual = jest.requireActual('../relationshipPng');
    return {
        ...actual,
        renderPng: (scene: unknown, canvas: HTMLCanvasElement) => {
            mockScenes.push(scene);
            return actual.renderPng(scene, canvas);
        }
    };
});
// The labels whose placeholders carry data: their real text, so the tests read what the user reads.
jest.mock(
    '@salesforce/label/c.RelationshipMap_Summary',
    () => ({ default: '{0} people on the map: {1} stakeholders, {2} not placed' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.RelationshipMap_Hidden_Contact', () => ({ default: 'Hidden contact ({0})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.RelationshipMap_Hidden_Reports', () => ({ default: '{0} hidden' }), { virtual: true });
jest.mock('@salesforce/label/c.RelationshipMap_Influence_Value', () => ({ default: '{0} influence' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.RelationshipMap_Owner_Value', () => ({ default: 'Owner: {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.RelationshipMap_Add_Named', () => ({ default: 'Add {0} as a stakeholder' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.RelationshipMap_Added',
    () => ({ default: '{0} is now a stakeholder. Set the buying role, influence and attitude.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.RelationshipMap_More_Contacts',
    () => ({ default: 'It shows the {0} nearest to your stakeholders.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.RelationshipMap_Saved_Contact',
    () => ({ default: 'Saved on the contact record of {0}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.RelationshipMap_Saved_Plan',
    () => ({ default: "Saved in this plan: you can't edit the contact record of {0}." }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.RelationshipMap_Unplaced_Title', () => ({ default: 'Not placed ({0})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.RelationshipMap_Level', () => ({ default: 'Level {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.RelationshipMap_Zoom_Level', () => ({ default: '{0}%' }), { virtual: true });
jest.mock('@salesforce/label/c.RelationshipMap_Direct_Reports', () => ({ default: 'Direct reports: {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.RelationshipMap_Export_Title', () => ({ default: 'Relationship map: {0}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Reason_DECISION_MAKER_NEGATIVE',
    () => ({ default: 'Decision maker {0} is a skeptic or detractor' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Reason_NO_ECONOMIC_BUYER', () => ({ default: 'No economic buyer mapped' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Reason_NO_CHAMPION',
    () => ({ default: 'No champion: nobody in the account argues for us' }),
    { virtual: true }
);

const mapAdapter = wireAdapter(getRelationshipMap);
const workspaceAdapter = wireAdapter(getWorkspace);
const modalOpen = openMock(PlanRecordModal);
const PLAN_ID = northwind.planId;
const NORTHWIND = northwind as RelationshipMap;
const GLOBEX = globex as RelationshipMap;
const HELEN = '003000000000001AAA';
const MARTIN = '003000000000007AAA';
const DANIEL = '003000000000002AAA';
const GRACE = '003000000000008AAA';
const OMAR = '003000000000006AAA';

const create = (properties: Record<string, unknown> = {}): HTMLElement =>
    mount('c-plan-relationship-map', PlanRelationshipMap, { recordId: PLAN_ID, ...properties });

async function loaded(map: RelationshipMap = NORTHWIND, properties: Record<string, unknown> = {}) {
    const element = create(properties);
    mapAdapter.emit(map);
    await flush();
    return element;
}

const item = (element: HTMLElement, id: string) => $(element, `[role="treeitem"][data-id="${id}"]`);
const names = (element: HTMLElement) => $$(element, '.node-name').map((node) => node.textContent);
const text = (node: Element | null, selector: string) =>
    node?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const press = (element: HTMLElement, id: string, key: string) =>
    item(element, id).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const details = (element: HTMLElement) => $(element, 'c-plan-relationship-map-details');
const detailsPart = (element: HTMLElement, selector: string) => details(element).shadowRoot.querySelector(selector);
const withPeople = (
    people: Partial<RelationshipMapPerson>[],
    extra: Partial<RelationshipMap> = {}
): RelationshipMap => ({
    ...NORTHWIND,
    ...extra,
    people: people.map(
        (person) =>
            ({ ...NORTHWIND.people[4], stakeholderId: null, reportsToId: null, ...person }) as RelationshipMapPerson
    )
});

describe('c-plan-relationship-map', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading and the error panel when the map cannot load', async () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        mapAdapter.error({ message: 'boom' });
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, '.map-content')).toBeNull();
    });

    it('draws the org chart with every fact of each person, contacts who are not stakeholders dimmed', async () => {
        const element = await loaded();
        expect($(element, 'lightning-card').title).toBe('c.RelationshipMap_Title');
        expect(names(element)).toEqual([
            'Martin Wagner',
            'Daniel Ortiz',
            'Lena Fischer',
            'Aisha Khan',
            'Carlos Mendes',
            'Piotr Nowak',
            'Grace Liu',
            'Ken Adams',
            'Helen Park',
            'Sofia Rossi',
            'Yuki Tanaka',
            'Omar Haddad'
        ]);
        const helen = item(element, HELEN);
        expect(text(helen, '.node-title')).toBe('CIO');
        expect(text(helen, '.node-role')).toBe('Economic Buyer · High influence');
        // Icon, word and dots are spaced by CSS margins.
        expect(text(helen, '.node-attitude')).toBe('▲▲Champion●●●●○, 4 - Trusted');
        expect(text(helen, '.attitude-icon')).toBe('▲▲');
        expect(text(helen, '.strength-dots')).toBe('●●●●○');
        expect(text(helen, '.node-owner')).toBe('Owner: Maria Lopez');
        expect(helen.className).toBe('map-node map-node_stakeholder attitude_champion influence_high');
        expect(helen.getAttribute('aria-label')).toBeNull();
        expect(helen.querySelector('.attitude-icon').getAttribute('aria-hidden')).toBe('true');
        expect(helen.querySelector('.strength-dots').getAttribute('aria-hidden')).toBe('true');
        expect(text(helen, '.slds-assistive-text')).toBe(', 4 - Trusted');
        expect(text(helen, '.node-assistive')).toBe('');
        const ken = item(element, '003000000000004AAA');
        expect(text(ken, '.node-owner')).toBe('c.RelationshipMap_No_Owner');
        expect(text(ken, '.node-attitude')).toBe('●Neutral●○○○○, 1 - Unknown');
        const martin = item(element, MARTIN);
        expect(martin.className).toBe('map-node map-node_contact attitude_unknown influence_none');
        expect(text(martin, '.node-role')).toBe('c.RelationshipMap_Not_Stakeholder');
        expect(martin.querySelector('.node-attitude')).toBeNull();
        expect($(element, '.summary').textContent).toBe('12 people on the map: 4 stakeholders, 1 not placed');
        expect($$(element, '.map-line')).toHaveLength(10);
        expect($(element, '.map-caption').textContent.trim()).toBe('Not placed (1)');
    });

    it('exposes the chart as a tree: levels, positions, expanded state, one tab stop', async () => {
        const element = await loaded();
        const martin = item(element, MARTIN);
        expect($(element, '[role="tree"]').getAttribute('aria-label')).toBe('c.RelationshipMap_Tree_Label');
        expect([martin.getAttribute('aria-level'), martin.getAttribute('aria-expanded'), martin.tabIndex]).toEqual([
            '1',
            'true',
            0
        ]);
        const grace = item(element, GRACE);
        expect([
            grace.getAttribute('aria-level'),
            grace.getAttribute('aria-posinset'),
            grace.getAttribute('aria-setsize')
        ]).toEqual(['2', '2', '3']);
        expect(grace.tabIndex).toBe(-1);
        const omar = item(element, OMAR);
        expect(omar.dataset.group).toBe('unplaced');
        expect(omar.getAttribute('aria-expanded')).toBeNull();
        expect(text(omar, '.node-assistive')).toBe('c.RelationshipMap_Not_Placed');
    });

    it('lists the coverage gaps above the chart with the reason labels and shows the detractor decision maker', async () => {
        const element = await loaded(GLOBEX, { recordId: GLOBEX.planId });
        expect($$(element, '.gap-text').map((gap) => gap.textContent)).toEqual([
            'No economic buyer mapped',
            'No champion: nobody in the account argues for us',
            'Decision maker Robert Klein is a skeptic or detractor'
        ]);
        expect($(element, '.no-gaps')).toBeNull();
        const robert = item(element, '003000000000011AAA');
        expect(robert.className).toContain('map-node_gap');
        expect(text(robert, '.node-marker')).toBe('⚠ c.RelationshipMap_Gap_Marker');
        const showButtons = $$(element, '.show-gap');
        expect(showButtons).toHaveLength(1);
        showButtons[0].click();
        await flush();
        expect(detailsPart(element, '.name').textContent).toBe('Robert Klein');
        expect(element.shadowRoot!.activeElement).toBe(item(element, '003000000000011AAA'));
    });

    it('opens the collapsed branch a gap sits in and switches back to the chart', async () => {
        const element = await loaded(GLOBEX, { recordId: GLOBEX.planId });
        press(element, '003000000000013AAA', ' ');
        await flush();
        expect(item(element, '003000000000011AAA')).toBeNull();
        $(element, '.view-switch').dispatchEvent(new CustomEvent('change', { detail: { value: 'outline' } }));
        await flush();
        $(element, '.show-gap').click();
        await flush();
        expect(item(element, '003000000000011AAA')).not.toBeNull();
        expect($(element, 'table.outline')).toBeNull();
    });

    it('says so when no gap is left', async () => {
        const element = await loaded();
        expect($$(element, '.gap')).toHaveLength(0);
        expect($(element, '.no-gaps').textContent).toBe('c.RelationshipMap_No_Gaps');
    });

    it('gives a user without access to contacts a partial map and says why', async () => {
        const hidden = NORTHWIND.people
            .filter((person) => person.stakeholderId)
            .map((person) => ({ ...person, name: null, title: null, reportsToId: null, reportsToSource: null }));
        const element = await loaded({
            ...NORTHWIND,
            canReadContacts: false,
            canReadReportsTo: false,
            canEditContacts: false,
            people: hidden
        });
        expect($$(element, '.notice').map((notice) => notice.textContent.trim())).toEqual([
            'c.RelationshipMap_No_Contact_Access'
        ]);
        expect(names(element)).toEqual([
            'Hidden contact (SH-0001)',
            'Hidden contact (SH-0002)',
            'Hidden contact (SH-0003)',
            'Hidden contact (SH-0004)'
        ]);
        item(element, HELEN).click();
        await flush();
        expect(detailsPart(element, '.open-contact')).toBeNull();
        expect(details(element).canSetReportsTo).toBe(true);
        expect(details(element).managerOptions).toEqual([]);
    });

    it('says when Reports To is hidden and when the account has more contacts than the map shows', async () => {
        const element = await loaded({ ...NORTHWIND, canReadReportsTo: false, hasMoreContacts: true });
        expect($$(element, '.notice').map((notice) => notice.textContent.trim())).toEqual([
            'c.RelationshipMap_No_Reports_To_Access',
            'It shows the 500 nearest to your stakeholders.'
        ]);
    });

    it('invites to add people when there is nobody to map', async () => {
        const element = await loaded({ ...NORTHWIND, people: [] });
        expect($(element, '.empty-state').textContent).toBe('c.RelationshipMap_Empty');
        expect($(element, '.toolbar')).toBeNull();
        expect($(element, '.export')).toBeNull();
    });

    it('moves through the tree with the arrow keys, Home and End', async () => {
        const element = await loaded();
        const focused = () => (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
        press(element, MARTIN, 'ArrowDown');
        await flush();
        expect(focused()).toBe(DANIEL);
        expect(item(element, DANIEL).tabIndex).toBe(0);
        expect(item(element, MARTIN).tabIndex).toBe(-1);
        press(element, DANIEL, 'ArrowRight');
        await flush();
        expect(focused()).toBe(GRACE);
        press(element, GRACE, 'ArrowLeft');
        await flush();
        expect(focused()).toBe(DANIEL);
        press(element, DANIEL, 'ArrowUp');
        await flush();
        expect(focused()).toBe(MARTIN);
        press(element, MARTIN, 'End');
        await flush();
        expect(focused()).toBe(OMAR);
        press(element, OMAR, 'ArrowUp');
        await flush();
        expect(focused()).toBe(MARTIN);
        press(element, MARTIN, 'ArrowDown');
        press(element, DANIEL, 'Home');
        await flush();
        expect(focused()).toBe(MARTIN);
    });

    it('leaves keys it does not use to the browser', async () => {
        const element = await loaded();
        const event = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
        item(element, MARTIN).dispatchEvent(event);
        expect(event.defaultPrevented).toBe(false);
        const up = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true });
        item(element, MARTIN).dispatchEvent(up);
        expect(up.defaultPrevented).toBe(false);
        const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
        item(element, MARTIN).dispatchEvent(down);
        expect(down.defaultPrevented).toBe(true);
    });

    it('collapses and expands a branch with Space, the toggle, the details and Expand all', async () => {
        const element = await loaded();
        press(element, DANIEL, 'ArrowDown');
        await flush();
        press(element, '003000000000005AAA', 'ArrowUp');
        press(element, DANIEL, ' ');
        await flush();
        expect(item(element, '003000000000005AAA')).toBeNull();
        expect(item(element, DANIEL).getAttribute('aria-expanded')).toBe('false');
        expect(text(item(element, DANIEL), '.node-assistive')).toBe('4 hidden');
        expect($(element, `.map-toggle[data-id="${DANIEL}"]`).textContent.trim()).toBe('▸ 4 hidden');
        expect($(element, '.expand-all')).not.toBeNull();
        $(element, '.expand-all').click();
        await flush();
        expect(item(element, '003000000000005AAA')).not.toBeNull();
        expect($(element, '.expand-all')).toBeNull();
        $(element, `.map-toggle[data-id="${MARTIN}"]`).click();
        await flush();
        expect(names(element)).toEqual(['Martin Wagner', 'Omar Haddad']);
        $(element, `.map-toggle[data-id="${MARTIN}"]`).click();
        await flush();
        item(element, DANIEL).click();
        await flush();
        expect(detailsPart(element, '.toggle-branch').label).toBe('c.RelationshipMap_Collapse');
        detailsPart(element, '.toggle-branch').click();
        await flush();
        expect(item(element, '003000000000005AAA')).toBeNull();
        expect(detailsPart(element, '.toggle-branch').label).toBe('c.RelationshipMap_Expand');
        press(element, OMAR, ' ');
        await flush();
        expect(item(element, OMAR)).not.toBeNull();
    });

    it('moves the focus to a branch that hides the focused person', async () => {
        const element = await loaded();
        press(element, MARTIN, 'ArrowDown');
        await flush();
        $(element, `.map-toggle[data-id="${MARTIN}"]`).click();
        await flush();
        expect((element.shadowRoot!.activeElement as HTMLElement).dataset.id).toBe(MARTIN);
    });

    it('opens the details with a click or Enter and closes them with Escape or the close button', async () => {
        const element = await loaded();
        press(element, HELEN, 'Enter');
        await flush();
        expect(item(element, HELEN).className).toContain('map-node_selected');
        expect(detailsPart(element, '.name').textContent).toBe('Helen Park');
        expect($$(element, 'c-plan-relationship-map-details').length).toBe(1);
        const facts = Array.from(details(element).shadowRoot.querySelectorAll('.fact')).map((fact: any) => [
            fact.querySelector('.fact-label').textContent,
            fact.querySelector('.fact-value').textContent
        ]);
        expect(facts).toEqual([
            ['c.Stakeholders_Buying_Role', 'Economic Buyer'],
            ['c.Stakeholders_Influence', 'High'],
            ['c.Stakeholders_Attitude', '▲▲ Champion'],
            ['c.Stakeholders_Strength', '4 - Trusted'],
            ['c.Stakeholders_Owner', 'Maria Lopez'],
            ['c.RelationshipMap_Reports_To', 'Martin Wagner (c.RelationshipMap_Source_Contact)'],
            ['Direct reports: 1', 'Sofia Rossi']
        ]);
        press(element, HELEN, 'Escape');
        await flush();
        expect(detailsPart(element, '.name')).toBeNull();
        item(element, MARTIN).click();
        await flush();
        expect(detailsPart(element, '.name').textContent).toBe('Martin Wagner');
        expect(details(element).canEdit).toBe(false);
        expect(details(element).canAdd).toBe(true);
        detailsPart(element, '.close').click();
        await flush();
        expect(detailsPart(element, '.name')).toBeNull();
        expect((element.shadowRoot!.activeElement as HTMLElement).dataset.id).toBe(MARTIN);
    });

    it('closing the details of someone in a branch collapsed since gives the focus to the nearest person drawn', async () => {
        const element = await loaded();
        const sofia = '003000000000003AAA';
        item(element, sofia).click();
        await flush();
        press(element, HELEN, ' ');
        await flush();
        expect(item(element, sofia)).toBeNull();
        detailsPart(element, '.close').click();
        await flush();
        expect(detailsPart(element, '.name')).toBeNull();
        expect((element.shadowRoot!.activeElement as HTMLElement).dataset.id).toBe(HELEN);
        expect(
            $$(element, '[role="treeitem"]')
                .filter((node) => node.tabIndex === 0)
                .map((node) => node.dataset.id)
        ).toEqual([HELEN]);
    });

    it('offers as managers everyone named except the person and those under them, by name', async () => {
        const element = await loaded();
        item(element, DANIEL).click();
        await flush();
        expect(details(element).managerId).toBe(MARTIN);
        expect(details(element).managerOptions.map((option: { label: string }) => option.label)).toEqual([
            'Grace Liu (CFO)',
            'Helen Park (CIO)',
            'Ken Adams (Procurement Manager)',
            'Martin Wagner (Managing Director)',
            'Omar Haddad',
            'Sofia Rossi (Head of Retail Analytics)',
            'Yuki Tanaka (Data Engineer)'
        ]);
    });

    it('saves a reporting line on the contact and says where it went', async () => {
        mockOf(setReportsTo).mockResolvedValue('CONTACT');
        const element = await loaded();
        const toasts = captureToasts(element);
        item(element, OMAR).click();
        await flush();
        details(element).dispatchEvent(new CustomEvent('savereportsto', { detail: { managerId: GRACE } }));
        await flush();
        expect(setReportsTo).toHaveBeenCalledWith({ planId: PLAN_ID, contactId: OMAR, managerId: GRACE });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: OMAR }]);
        expect(toasts.mock.calls[0][0].detail.message).toBe('Saved on the contact record of Omar Haddad.');
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });

    it('saves the line in the plan when the contact may not be edited', async () => {
        mockOf(setReportsTo).mockResolvedValue('PLAN');
        const element = await loaded({ ...NORTHWIND, canEditContacts: false });
        const toasts = captureToasts(element);
        item(element, HELEN).click();
        await flush();
        expect(details(element).canSetReportsTo).toBe(true);
        details(element).dispatchEvent(new CustomEvent('savereportsto', { detail: { managerId: null } }));
        await flush();
        expect(setReportsTo).toHaveBeenCalledWith({ planId: PLAN_ID, contactId: HELEN, managerId: null });
        expect(notifyRecordUpdateAvailable).not.toHaveBeenCalledWith([{ recordId: HELEN }]);
        expect(toasts.mock.calls[0][0].detail.message).toBe(
            "Saved in this plan: you can't edit the contact record of Helen Park."
        );
    });

    it('does not offer a reporting line for a contact it can neither edit nor record in the plan', async () => {
        const element = await loaded({ ...NORTHWIND, canEditContacts: false });
        item(element, MARTIN).click();
        await flush();
        expect(details(element).canSetReportsTo).toBe(false);
        const readOnly = await loaded({
            ...NORTHWIND,
            canEditContacts: false,
            canSetPlanReportsTo: false,
            canManageStakeholders: false
        });
        item(readOnly, HELEN).click();
        await flush();
        expect(details(readOnly).canSetReportsTo).toBe(false);
        expect(details(readOnly).canEdit).toBe(false);
        expect($(readOnly, '.map-add')).toBeNull();
    });

    it('shows a failed save in the error panel and keeps the map', async () => {
        const failure = { body: { message: 'That would make the reporting lines loop' } };
        mockOf(setReportsTo).mockRejectedValue(failure);
        const element = await loaded();
        item(element, HELEN).click();
        await flush();
        details(element).dispatchEvent(
            new CustomEvent('savereportsto', { detail: { managerId: '003000000000003AAA' } })
        );
        await flush();
        expect($(element, '.write-error').errors).toEqual(failure);
        expect(refreshApex).not.toHaveBeenCalled();
        expect(details(element).busy).toBe(false);
    });

    it('adds a contact as a stakeholder in one click', async () => {
        const element = await loaded();
        const toasts = captureToasts(element);
        const add = $(element, `.map-add[data-id="${MARTIN}"]`);
        expect(add.title).toBe('Add Martin Wagner as a stakeholder');
        expect($(element, `.map-add[data-id="${HELEN}"]`)).toBeNull();
        add.click();
        await flush();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: ns('Account_Plan_Stakeholder__c'),
            fields: { [ns('Account_Plan__c')]: PLAN_ID, [ns('Contact__c')]: MARTIN }
        });
        expect(toasts.mock.calls[0][0].detail.message).toBe(
            'Martin Wagner is now a stakeholder. Set the buying role, influence and attitude.'
        );
        expect(refreshApex).toHaveBeenCalled();
        expect(detailsPart(element, '.name').textContent).toBe('Martin Wagner');
    });

    it('adds the selected contact from the details', async () => {
        const element = await loaded();
        item(element, GRACE).click();
        await flush();
        detailsPart(element, '.add').click();
        await flush();
        expect(mockOf(createRecord).mock.calls[0][0].fields[ns('Contact__c')]).toBe(GRACE);
    });

    it('edits the stakeholder in the record modal and reloads after a save', async () => {
        modalOpen.mockResolvedValue('a03000000000001AAA');
        const element = await loaded();
        const toasts = captureToasts(element);
        item(element, HELEN).click();
        await flush();
        detailsPart(element, '.edit').click();
        await flush();
        const options = modalOpen.mock.calls[0][0];
        expect(options.recordId).toBe('a03000000000001AAA');
        expect(options.description).toBe('Helen Park');
        expect(options.fields.map((field: { fieldApiName: string }) => field.fieldApiName)).toEqual(
            ['Buying_Role__c', 'Influence__c', 'Attitude__c', 'Relationship_Strength__c', 'Relationship_Owner__c'].map(
                ns
            )
        );
        expect(toasts.mock.calls[0][0].detail.message).toBe('c.Stakeholders_Saved');
        expect(refreshApex).toHaveBeenCalled();
    });

    it('does nothing when the edit is cancelled', async () => {
        modalOpen.mockResolvedValue(undefined);
        const element = await loaded();
        item(element, HELEN).click();
        await flush();
        detailsPart(element, '.edit').click();
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
    });

    it('opens the contact record', async () => {
        const element = await loaded();
        item(element, GRACE).click();
        await flush();
        detailsPart(element, '.open-contact').click();
        expect(navigations()).toEqual([
            {
                type: 'standard__recordPage',
                attributes: { recordId: GRACE, objectApiName: 'Contact', actionName: 'view' }
            }
        ]);
    });

    it('zooms in steps with the buttons and Ctrl + wheel, and resets', async () => {
        const element = await loaded();
        const zoom = () => $(element, '.zoom-reset').label;
        expect(zoom()).toBe('100%');
        $(element, '.zoom-in').click();
        await flush();
        expect(zoom()).toBe('125%');
        expect($(element, '.map-content').style.transform).toBe('scale(1.25)');
        $(element, '.zoom-in').click();
        await flush();
        expect($(element, '.zoom-in').disabled).toBe(true);
        $(element, '.zoom-in').click();
        await flush();
        expect(zoom()).toBe('150%');
        $(element, '.zoom-reset').click();
        await flush();
        const viewport = $(element, '.map-viewport');
        const wheel = (deltaY: number, ctrlKey: boolean) => {
            const event = new WheelEvent('wheel', { deltaY, ctrlKey, cancelable: true });
            viewport.dispatchEvent(event);
            return event.defaultPrevented;
        };
        expect(wheel(100, true)).toBe(true);
        await flush();
        expect(zoom()).toBe('80%');
        expect(wheel(-100, true)).toBe(true);
        await flush();
        expect(zoom()).toBe('100%');
        expect(wheel(100, false)).toBe(false);
        ['.zoom-out', '.zoom-out', '.zoom-out', '.zoom-out'].forEach((selector) => $(element, selector).click());
        await flush();
        expect(zoom()).toBe('50%');
        expect($(element, '.zoom-out').disabled).toBe(true);
        const canvas = $(element, '.map-canvas');
        const content = $(element, '.map-content');
        expect(parseFloat(canvas.style.width)).toBe(parseFloat(content.style.width) / 2);
    });

    it('pans by dragging the background, not the people', async () => {
        const element = await loaded();
        const viewport = $(element, '.map-viewport');
        const pointer = (type: string, target: Element, x: number, y: number, button = 0) => {
            const event = new MouseEvent(type, { clientX: x, clientY: y, button, bubbles: true });
            target.dispatchEvent(event);
        };
        viewport.scrollLeft = 100;
        viewport.scrollTop = 50;
        pointer('pointerdown', viewport, 300, 300);
        pointer('pointermove', viewport, 260, 280);
        expect([viewport.scrollLeft, viewport.scrollTop]).toEqual([140, 70]);
        pointer('pointerup', viewport, 260, 280);
        pointer('pointermove', viewport, 0, 0);
        expect([viewport.scrollLeft, viewport.scrollTop]).toEqual([140, 70]);
        pointer('pointerdown', item(element, HELEN), 300, 300);
        pointer('pointermove', viewport, 0, 0);
        expect(viewport.scrollLeft).toBe(140);
        pointer('pointerdown', viewport, 300, 300, 2);
        pointer('pointermove', viewport, 0, 0);
        expect(viewport.scrollLeft).toBe(140);
    });

    it('draws only the people in and near the visible part of a wide chart, and the focused one', async () => {
        const people: Partial<RelationshipMapPerson>[] = [];
        for (let index = 0; index < 30; index++) {
            const id = String(index).padStart(2, '0');
            people.push(
                { contactId: `m${id}`, name: `Manager ${id}` },
                { contactId: `r${id}`, name: `Report ${id}`, reportsToId: `m${id}` }
            );
        }
        const element = await loaded(withPeople(people));
        expect($(element, '.summary').textContent).toBe('60 people on the map: 0 stakeholders, 0 not placed');
        const drawn = () => $$(element, '[role="treeitem"]').map((node) => node.dataset.id);
        expect(drawn()).toHaveLength(18);
        expect(drawn().slice(0, 2)).toEqual(['m00', 'r00']);
        press(element, 'm00', 'End');
        await flush();
        expect(drawn()).toHaveLength(19);
        expect(drawn()).toContain('r29');
        const viewport = $(element, '.map-viewport');
        Object.defineProperty(viewport, 'clientWidth', { value: 800 });
        Object.defineProperty(viewport, 'clientHeight', { value: 600 });
        viewport.scrollLeft = 4000;
        viewport.dispatchEvent(new CustomEvent('scroll'));
        await flush();
        // The chart from 4000 - 600 to 4800 + 600 px holds managers 12 to 19 (x = 16 + 272 i), plus the focused r29.
        const pairs = (from: number, to: number) =>
            Array.from({ length: to - from + 1 }, (_unused, i) => [`m${from + i}`, `r${from + i}`]).flat();
        expect(drawn()).toEqual([...pairs(12, 19), 'r29']);
        $(element, '.zoom-out').click();
        await flush();
        // At 80%: 4000 / 0.8 - 600 to 4800 / 0.8 + 600 px, managers 16 to 24.
        expect(drawn()).toEqual([...pairs(16, 24), 'r29']);
    });

    it('shows the same tree as a table in the outline view', async () => {
        const element = await loaded();
        $(element, '.view-switch').dispatchEvent(new CustomEvent('change', { detail: { value: 'outline' } }));
        await flush();
        expect($(element, '.map-content')).toBeNull();
        const rows = $$(element, 'tr.outline-row');
        expect(rows.map((row) => row.querySelector('.outline-name').textContent)).toEqual(
            names(await loaded()).slice(0, 12)
        );
        const cells = (index: number) =>
            Array.from(rows[index].querySelectorAll('td')).map((cell: any) =>
                cell.textContent.replace(/\s+/g, ' ').trim()
            );
        const helen = rows.findIndex((row) => row.querySelector('.outline-name').textContent === 'Helen Park');
        expect(cells(helen)).toEqual([
            'Martin Wagner',
            'Economic Buyer High influence',
            '▲▲ Champion',
            '4 - Trusted',
            'Owner: Maria Lopez'
        ]);
        expect(rows[helen].querySelector('th').textContent.replace(/\s+/g, ' ').trim()).toBe(
            'Level 2: Helen Park, CIO'
        );
        expect(rows[helen].querySelector('th').style.paddingLeft).toBe('1.75rem');
        expect(cells(11)[0]).toBe('c.RelationshipMap_Not_Placed');
        expect($(element, 'caption').textContent.trim()).toBe('c.RelationshipMap_Outline_Caption');
    });

    it('shows only the stakeholders when asked, from App Builder or the toggle', async () => {
        const element = await loaded(NORTHWIND, { hideOtherContacts: true });
        expect($(element, '.show-contacts').checked).toBe(false);
        expect(names(element)).toEqual(['Helen Park', 'Sofia Rossi', 'Daniel Ortiz', 'Ken Adams']);
        expect($$(element, '.map-line_indirect')).toHaveLength(0);
        $(element, '.show-contacts').dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        await flush();
        expect(names(element)).toHaveLength(12);
    });

    it('marks a contact of another account, a missing manager and a loop on the person', async () => {
        const map = withPeople([
            { contactId: 'c1', name: 'Ann', reportsToId: 'c2', stakeholderId: 's1', buyingRole: 'Champion' },
            { contactId: 'c2', name: 'Bob', reportsToId: 'c1' },
            { contactId: 'c3', name: 'Cy', reportsToId: 'gone', stakeholderId: 's3' },
            { contactId: 'c4', name: 'Dee', reportsToId: 'c2', isOtherAccount: true }
        ]);
        const element = await loaded(map);
        expect(text(item(element, 'c1'), '.node-marker')).toBe('⚠ c.RelationshipMap_Loop_Broken');
        expect(text(item(element, 'c3'), '.node-marker')).toBe('⚠ c.RelationshipMap_Missing_Manager');
        expect(item(element, 'c4')).toBeNull();
        item(element, 'c2').click();
        await flush();
        expect(detailsPart(element, '.other-account')).toBeNull();
        expect(detailsPart(element, '.marker')).toBeNull();
        item(element, 'c3').click();
        await flush();
        expect(detailsPart(element, '.marker').textContent).toBe('c.RelationshipMap_Missing_Manager');
        expect(details(element).managerId).toBe('gone');
    });

    it('reloads when the workspace stakeholders change elsewhere, not when they match', async () => {
        const element = await loaded();
        const same = {
            ...workspaceAhead,
            stakeholders: NORTHWIND.people
                .filter((person) => person.stakeholderId)
                .map((person) => ({ ...person, id: person.stakeholderId }))
        };
        workspaceAdapter.emit(same);
        await flush();
        expect(refreshApex).not.toHaveBeenCalled();
        workspaceAdapter.emit({
            ...same,
            stakeholders: same.stakeholders.map((row) => ({ ...row, attitude: 'Detractor' }))
        });
        await flush();
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(element).toBeTruthy();
    });

    it('forgets the selection when the person leaves the map', async () => {
        const element = await loaded();
        item(element, OMAR).click();
        await flush();
        mapAdapter.emit({ ...NORTHWIND, people: NORTHWIND.people.filter((person) => person.contactId !== OMAR) });
        await flush();
        expect(detailsPart(element, '.name')).toBeNull();
    });

    describe('each person as drawn, listed and exported', () => {
        // A boss without a title, one stakeholder for each attitude (and one without), two people not placed.
        const ATTITUDE_MAP = withPeople([
            { contactId: 'c0', name: 'Boss', title: null },
            ...[
                ['c1', 'Ann', 'Champion', 'High', 'Economic Buyer'],
                ['c2', 'Ben', 'Supporter', 'Medium', 'Influencer'],
                ['c3', 'Cat', 'Neutral', 'Low', 'Gatekeeper'],
                ['c4', 'Dan', 'Skeptic', 'High', 'Decision Maker'],
                ['c5', 'Eve', 'Detractor', 'Medium', 'Decision Maker'],
                ['c6', 'Fay', null, null, null]
            ].map(([contactId, name, attitude, influence, buyingRole]) => ({
                contactId: contactId as string,
                name,
                title: 'Buyer',
                reportsToId: 'c0',
                stakeholderId: `s${contactId}`,
                attitude,
                influence,
                buyingRole,
                relationshipStrength: attitude ? '3 - Friendly' : null
            })),
            { contactId: 'u1', name: 'Gus', title: 'CTO' },
            { contactId: 'u2', name: 'Hal', title: null }
        ]);
        const SOFIA = '003000000000003AAA';
        const pad = (index: number) => String(index).padStart(2, '0');
        const drawn = (element: HTMLElement) => $$(element, '[role="treeitem"]').map((node) => node.dataset.id);
        const spies: jest.SpyInstance[] = [];
        afterEach(() => {
            spies.splice(0).forEach((spy) => spy.mockRestore());
        });

        it('shows each attitude by its symbol and class, and no strength dots without a strength', async () => {
            const element = await loaded(ATTITUDE_MAP);
            const nodes = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => {
                const node = item(element, id);
                return [node.className, text(node, '.attitude-icon'), text(node, '.node-attitude')];
            });
            const stakeholder = 'map-node map-node_stakeholder';
            expect(nodes).toEqual([
                ['map-node map-node_contact attitude_unknown influence_none', undefined, undefined],
                [`${stakeholder} attitude_champion influence_high`, '▲▲', '▲▲Champion●●●○○, 3 - Friendly'],
                [`${stakeholder} attitude_supporter influence_medium`, '▲', '▲Supporter●●●○○, 3 - Friendly'],
                [`${stakeholder} attitude_neutral influence_low`, '●', '●Neutral●●●○○, 3 - Friendly'],
                [`${stakeholder} attitude_skeptic influence_high map-node_gap`, '▼', '▼Skeptic●●●○○, 3 - Friendly'],
                [
                    `${stakeholder} attitude_detractor influence_medium map-node_gap`,
                    '▼▼',
                    '▼▼Detractor●●●○○, 3 - Friendly'
                ],
                [
                    `${stakeholder} attitude_unknown influence_none`,
                    '○',
                    '○c.RelationshipMap_Attitude_Unknown, c.RelationshipMap_Strength_Unknown'
                ]
            ]);
            expect(text(item(element, 'c6'), '.strength-dots')).toBe('');
            expect(text(item(element, 'c0'), '.node-title')).toBe('');
        });

        it('names every negative decision maker in the gap', async () => {
            const element = await loaded(ATTITUDE_MAP);
            expect($$(element, '.gap-text').map((gap) => gap.textContent)).toEqual([
                'Decision maker Dan, Eve is a skeptic or detractor'
            ]);
        });

        it('moves along the people not placed with the up and down arrows', async () => {
            const element = await loaded(ATTITUDE_MAP);
            const focused = () => (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
            press(element, 'u1', 'ArrowDown');
            await flush();
            expect(focused()).toBe('u2');
            press(element, 'u2', 'ArrowUp');
            await flush();
            expect(focused()).toBe('u1');
        });

        it('lists the boss, the assessments and the people not placed in the outline', async () => {
            const element = await loaded(ATTITUDE_MAP);
            $(element, '.view-switch').dispatchEvent(new CustomEvent('change', { detail: { value: 'outline' } }));
            await flush();
            const rows = $$(element, 'tr.outline-row').map((row) => [
                row.querySelector('th').textContent.replace(/\s+/g, ' ').trim(),
                row.querySelector('th').style.paddingLeft,
                ...Array.from(row.querySelectorAll('td')).map((cell: any) =>
                    cell.textContent.replace(/\s+/g, ' ').trim()
                )
            ]);
            const none = 'c.RelationshipMap_No_Owner';
            const notPlaced = 'c.RelationshipMap_Not_Placed';
            const contact = 'c.RelationshipMap_Not_Stakeholder';
            expect(rows).toEqual([
                ['Level 1: Boss', '0.5rem', '', contact, '', '', ''],
                [
                    'Level 2: Ann, Buyer',
                    '1.75rem',
                    'Boss',
                    'Economic Buyer High influence',
                    '▲▲ Champion',
                    '3 - Friendly',
                    none
                ],
                [
                    'Level 2: Ben, Buyer',
                    '1.75rem',
                    'Boss',
                    'Influencer Medium influence',
                    '▲ Supporter',
                    '3 - Friendly',
                    none
                ],
                [
                    'Level 2: Cat, Buyer',
                    '1.75rem',
                    'Boss',
                    'Gatekeeper Low influence',
                    '● Neutral',
                    '3 - Friendly',
                    none
                ],
                [
                    'Level 2: Dan, Buyer',
                    '1.75rem',
                    'Boss',
                    'Decision Maker High influence',
                    '▼ Skeptic',
                    '3 - Friendly',
                    none
                ],
                [
                    'Level 2: Eve, Buyer',
                    '1.75rem',
                    'Boss',
                    'Decision Maker Medium influence',
                    '▼▼ Detractor',
                    '3 - Friendly',
                    none
                ],
                [
                    'Level 2: Fay, Buyer',
                    '1.75rem',
                    'Boss',
                    'c.RelationshipMap_No_Role',
                    '○ c.RelationshipMap_Attitude_Unknown',
                    'c.RelationshipMap_Strength_Unknown',
                    none
                ],
                [`${notPlaced}: Gus, CTO`, '0.5rem', notPlaced, contact, '', '', ''],
                [`${notPlaced}: Hal`, '0.5rem', notPlaced, contact, '', '', '']
            ]);
        });

        it('exports each attitude colour and influence border', async () => {
            // The scene handed to the renderer; relationshipPng's own tests assert how a scene is drawn.
            mockScenes.length = 0;
            spies.push(jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
            const element = await loaded(ATTITUDE_MAP);
            $(element, '.export').click();
            await flush();
            expect(mockScenes).toHaveLength(1);
            const { nodes } = mockScenes[0] as {
                nodes: { name: string; accent: string; border: number; lines: string[] }[];
            };
            const none = 'c.RelationshipMap_No_Owner';
            const gap = `${none} · c.RelationshipMap_Gap_Marker`;
            const contact = 'c.RelationshipMap_Not_Stakeholder';
            expect(nodes.map(({ name, accent, border, lines }) => [name, accent, border, lines])).toEqual([
                ['Boss', '#e5e5e5', 1, ['', contact, '', '']],
                ['Ann', '#2e844a', 4, ['Buyer', 'Economic Buyer · High influence', '▲▲ Champion  ●●●○○', none]],
                ['Ben', '#91db8b', 2, ['Buyer', 'Influencer · Medium influence', '▲ Supporter  ●●●○○', none]],
                ['Cat', '#aeaeae', 1, ['Buyer', 'Gatekeeper · Low influence', '● Neutral  ●●●○○', none]],
                ['Dan', '#fe9339', 4, ['Buyer', 'Decision Maker · High influence', '▼ Skeptic  ●●●○○', gap]],
                ['Eve', '#ea001e', 2, ['Buyer', 'Decision Maker · Medium influence', '▼▼ Detractor  ●●●○○', gap]],
                [
                    'Fay',
                    '#e5e5e5',
                    1,
                    ['Buyer', 'c.RelationshipMap_No_Role', '○ c.RelationshipMap_Attitude_Unknown', none]
                ],
                ['Gus', '#e5e5e5', 1, ['CTO', contact, '', '']],
                ['Hal', '#e5e5e5', 1, ['', contact, '', '']]
            ]);
        });

        it('offers the two views, and once the map is drawn shows no spinner, no empty state, both zoom directions', async () => {
            const element = await loaded();
            expect($(element, '.view-switch').options).toEqual([
                { label: 'c.RelationshipMap_View_Chart', value: 'chart' },
                { label: 'c.RelationshipMap_View_Outline', value: 'outline' }
            ]);
            expect($(element, 'lightning-spinner')).toBeNull();
            expect(details(element).busy).toBe(false);
            expect($(element, '.empty-state')).toBeNull();
            expect($$(element, '.notice')).toHaveLength(0);
            expect([$(element, '.zoom-out').disabled, $(element, '.zoom-in').disabled]).toEqual([false, false]);
            const canvas = $(element, '.map-canvas');
            const content = $(element, '.map-content');
            expect(parseFloat(canvas.style.height)).toBe(parseFloat(content.style.height));
            $(element, '.zoom-in').click();
            await flush();
            expect(parseFloat(canvas.style.height)).toBe(parseFloat(content.style.height) * 1.25);
        });

        it('draws the line to a stakeholder whose manager is hidden dashed, and says the line is indirect', async () => {
            const map = withPeople([
                { contactId: 'a', name: 'Ann', stakeholderId: 'sa' },
                { contactId: 'b', name: 'Bob', reportsToId: 'a' },
                { contactId: 'c', name: 'Cy', reportsToId: 'b', stakeholderId: 'sc' }
            ]);
            const element = await loaded(map, { hideOtherContacts: true });
            const lines = () => $$(element, 'path').map((path) => [path.getAttribute('class'), path.getAttribute('d')]);
            expect(text(item(element, 'c'), '.node-marker')).toBe('⚠ c.RelationshipMap_Indirect');
            expect(lines()).toEqual([['map-line map-line_indirect', 'M128 140 L128 168 L128 168 L128 196']]);
            $(element, '.show-contacts').dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
            await flush();
            expect(item(element, 'c').querySelector('.node-marker')).toBeNull();
            expect(lines()).toEqual([
                ['map-line', 'M128 320 L128 348 L128 348 L128 376'],
                ['map-line', 'M128 140 L128 168 L128 168 L128 196']
            ]);
        });

        it('puts the caption of the people not placed just above their row', async () => {
            const element = await loaded();
            expect($(element, '.map-caption').style.top).toBe('936px');
            expect(item(element, OMAR).parentElement.style.top).toBe('964px');
        });

        it('gives the details the facts of a stakeholder, and only the role and the manager of a contact', async () => {
            const element = await loaded();
            item(element, SOFIA).click();
            await flush();
            expect(details(element).details.facts).toEqual([
                { key: 'role', label: 'c.Stakeholders_Buying_Role', value: 'Technical Buyer' },
                { key: 'influence', label: 'c.Stakeholders_Influence', value: 'Medium' },
                { key: 'attitude', label: 'c.Stakeholders_Attitude', value: '▼ Skeptic' },
                { key: 'strength', label: 'c.Stakeholders_Strength', value: '2 - Acquainted' },
                { key: 'owner', label: 'c.Stakeholders_Owner', value: 'James Chen' },
                {
                    key: 'reportsTo',
                    label: 'c.RelationshipMap_Reports_To',
                    value: 'Helen Park (c.RelationshipMap_Source_Contact)'
                },
                { key: 'reports', label: 'Direct reports: 1', value: 'Yuki Tanaka' }
            ]);
            item(element, OMAR).click();
            await flush();
            expect(details(element).details.facts).toEqual([
                { key: 'role', label: 'c.Stakeholders_Buying_Role', value: 'c.RelationshipMap_Not_Stakeholder' },
                { key: 'reportsTo', label: 'c.RelationshipMap_Reports_To', value: 'c.RelationshipMap_No_Manager' }
            ]);
        });

        it('keeps the selected person open when the map reloads with them, and forgets them for good once gone', async () => {
            const element = await loaded();
            item(element, OMAR).click();
            await flush();
            mapAdapter.emit({ ...NORTHWIND });
            await flush();
            expect(detailsPart(element, '.name').textContent).toBe('Omar Haddad');
            mapAdapter.emit({ ...NORTHWIND, people: NORTHWIND.people.filter((person) => person.contactId !== OMAR) });
            await flush();
            mapAdapter.emit({ ...NORTHWIND });
            await flush();
            expect(detailsPart(element, '.name')).toBeNull();
            expect(item(element, OMAR).className).not.toContain('map-node_selected');
        });

        it('forgets the selection when the map fails to reload', async () => {
            const element = await loaded();
            item(element, HELEN).click();
            await flush();
            mapAdapter.error({ message: 'boom' });
            await flush();
            expect($(element, 'c-error-panel')).not.toBeNull();
            mapAdapter.emit(NORTHWIND);
            await flush();
            expect(detailsPart(element, '.name')).toBeNull();
        });

        it('compares the workspace stakeholders only once it has a map of its own', async () => {
            const element = create();
            workspaceAdapter.emit(workspaceAhead);
            await flush();
            mapAdapter.emit(NORTHWIND);
            await flush();
            workspaceAdapter.error({ message: 'boom' });
            await flush();
            expect(refreshApex).not.toHaveBeenCalled();
            expect(names(element)).toHaveLength(12);
        });

        it('draws the people the viewport shows from the first render on', async () => {
            const size = (value: number) =>
                function (this: Element) {
                    return this.classList.contains('map-viewport') ? value : 0;
                };
            spies.push(
                jest.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(size(800)),
                jest.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(size(600))
            );
            const people = Array.from({ length: 30 }, (_unused, index) => [
                { contactId: `m${pad(index)}`, name: `Manager ${pad(index)}` },
                { contactId: `r${pad(index)}`, name: `Report ${pad(index)}`, reportsToId: `m${pad(index)}` }
            ]).flat();
            const element = await loaded(withPeople(people));
            // 0 to 800 + 600 px: managers 0 to 5 (x = 16 + 272 i).
            expect(drawn(element)).toEqual(
                Array.from({ length: 6 }, (_unused, index) => [`m${pad(index)}`, `r${pad(index)}`]).flat()
            );
        });

        it('draws the people up to the very edges of the visible part, also below and above it, zoomed or not', async () => {
            const people = Array.from({ length: 30 }, (_unused, index) => ({
                contactId: `k${pad(index)}`,
                name: `Level ${pad(index)}`,
                reportsToId: index > 0 ? `k${pad(index - 1)}` : null
            }));
            const element = await loaded(withPeople(people));
            const viewport = $(element, '.map-viewport');
            Object.defineProperty(viewport, 'clientWidth', { value: 800 });
            Object.defineProperty(viewport, 'clientHeight', { value: 476 });
            viewport.scrollTop = 2540;
            viewport.dispatchEvent(new CustomEvent('scroll'));
            await flush();
            const levels = (from: number, to: number) =>
                Array.from({ length: to - from + 1 }, (_unused, index) => `k${pad(from + index)}`);
            // From 2540 - 600 px (the bottom of level 10, y = 16 + 180 i) to 3016 + 600 px (the top of level 20).
            expect(drawn(element)).toEqual(['k00', ...levels(10, 20)]);
            $(element, '.zoom-out').click();
            await flush();
            // At 80%: 2540 / 0.8 - 600 to 3016 / 0.8 + 600 px, levels 14 to 24.
            expect(drawn(element)).toEqual(['k00', ...levels(14, 24)]);
        });

        it('draws the people whose edge touches the visible part on the left and on the right', async () => {
            const people = Array.from({ length: 30 }, (_unused, index) => [
                { contactId: `m${pad(index)}`, name: `Manager ${pad(index)}` },
                { contactId: `r${pad(index)}`, name: `Report ${pad(index)}`, reportsToId: `m${pad(index)}` }
            ]).flat();
            const element = await loaded(withPeople(people));
            const viewport = $(element, '.map-viewport');
            Object.defineProperty(viewport, 'clientWidth', { value: 480 });
            Object.defineProperty(viewport, 'clientHeight', { value: 600 });
            viewport.scrollLeft = 2200;
            viewport.dispatchEvent(new CustomEvent('scroll'));
            await flush();
            // From 2200 - 600 px (the right edge of manager 5, x = 16 + 272 i) to 2680 + 600 px (the left of manager 12).
            expect(drawn(element)).toEqual([
                'm00',
                ...Array.from({ length: 8 }, (_unused, index) => [`m${pad(index + 5)}`, `r${pad(index + 5)}`]).flat()
            ]);
        });
    });

    describe('export', () => {
        let context: Record<string, jest.Mock | string | number>;
        let click: jest.SpyInstance;
        beforeEach(() => {
            context = {};
            [
                'fillRect',
                'strokeRect',
                'fillText',
                'setLineDash',
                'beginPath',
                'moveTo',
                'lineTo',
                'stroke',
                'translate',
                'scale'
            ].forEach((name) => (context[name] = jest.fn()));
            context.measureText = jest.fn(() => ({ width: 10 }));
            jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
                context as unknown as CanvasRenderingContext2D
            );
            jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) =>
                callback(new Blob(['png']))
            );
            click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
            URL.createObjectURL = jest.fn(() => 'blob:map');
            URL.revokeObjectURL = jest.fn();
        });
        afterEach(() => jest.restoreAllMocks());

        it('downloads the map as a PNG named after the plan, with its title and gaps', async () => {
            const element = await loaded(GLOBEX, { recordId: GLOBEX.planId });
            $(element, '.export').click();
            await flush();
            expect(click).toHaveBeenCalledTimes(1);
            const link = click.mock.contexts[0] as HTMLAnchorElement;
            expect(link.download).toBe('Globex Q4 2026.png');
            expect(link.href).toBe('blob:map');
            expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:map');
            const texts = (context.fillText as jest.Mock).mock.calls.map((call) => call[0]);
            expect(texts.slice(0, 2)).toEqual([
                'Relationship map: Globex Q4 2026',
                expect.stringContaining('c.RelationshipMap_Export_Date')
            ]);
            expect(texts).toContain('Decision maker Robert Klein is a skeptic or detractor');
            expect(texts).toContain('Robert Klein');
            expect(texts).toContain('▼▼ Detractor  ●●○○○');
        });

        it('says so when the browser cannot draw the image', async () => {
            (HTMLCanvasElement.prototype.getContext as unknown as jest.Mock).mockReturnValue(null);
            const element = await loaded();
            const toasts = captureToasts(element);
            $(element, '.export').click();
            await flush();
            expect(click).not.toHaveBeenCalled();
            expect(toasts.mock.calls[0][0].detail).toEqual({
                title: 'c.RelationshipMap_Export',
                message: 'c.RelationshipMap_Export_Failed',
                variant: 'error'
            });
        });
    });

    describe('details, chart nodes, writes and the exported scene', () => {
        /** Where the chart draws the person: the left and top of their slot, in pixels. */
        const spot = (element: HTMLElement, id: string) => {
            const style = item(element, id).parentElement.style;
            return [parseFloat(style.left), parseFloat(style.top)];
        };
        const tabStops = (element: HTMLElement) =>
            $$(element, '[role="treeitem"]')
                .filter((node) => node.tabIndex === 0)
                .map((node) => node.dataset.id);

        it('hands the details panel its facts by key, the direct reports only for a manager', async () => {
            const element = await loaded();
            item(element, MARTIN).click();
            await flush();
            expect(details(element).details.facts).toEqual([
                { key: 'role', label: 'c.Stakeholders_Buying_Role', value: 'c.RelationshipMap_Not_Stakeholder' },
                { key: 'reportsTo', label: 'c.RelationshipMap_Reports_To', value: 'c.RelationshipMap_No_Manager' },
                { key: 'reports', label: 'Direct reports: 3', value: 'Daniel Ortiz, Grace Liu, Helen Park' }
            ]);
            item(element, OMAR).click();
            await flush();
            expect(details(element).details.facts.map((fact: { key: string }) => fact.key)).toEqual([
                'role',
                'reportsTo'
            ]);
            expect(details(element).details.hasReports).toBe(false);
            expect(detailsPart(element, '.toggle-branch')).toBeNull();
            expect(detailsPart(element, '.add')).not.toBeNull();
            item(element, HELEN).click();
            await flush();
            expect(details(element).canAdd).toBe(false);
            expect(detailsPart(element, '.add')).toBeNull();
        });

        it('says a reporting line recorded in the plan comes from the plan', async () => {
            const map = {
                ...NORTHWIND,
                people: NORTHWIND.people.map((person) => ({
                    ...person,
                    reportsToSource: person.contactId === HELEN ? 'PLAN' : person.reportsToSource
                }))
            } as RelationshipMap;
            const element = await loaded(map);
            item(element, HELEN).click();
            await flush();
            expect(details(element).details.facts[5]).toEqual({
                key: 'reportsTo',
                label: 'c.RelationshipMap_Reports_To',
                value: 'Martin Wagner (c.RelationshipMap_Source_Plan)'
            });
        });

        it('places each person at their spot in the chart, with a toggle only for a manager', async () => {
            const element = await loaded();
            // The layout's spots (relationshipTree computes them): the three reports one row (124 + 56 px) below Martin.
            expect([MARTIN, DANIEL, GRACE, HELEN].map((id) => spot(element, id))).toEqual([
                [280, 16],
                [32, 196],
                [296, 196],
                [544, 196]
            ]);
            expect(item(element, MARTIN).dataset.group).toBe('chart');
            expect($(element, `.map-toggle[data-id="${MARTIN}"]`).textContent.trim()).toBe('▾');
            expect($(element, `.map-toggle[data-id="${OMAR}"]`)).toBeNull();
            expect($(element, '.map-toggle[data-id="003000000000004AAA"]')).toBeNull();
        });

        it('keeps the tab stop on the person last focused, else on the first person shown', async () => {
            const element = await loaded();
            expect(tabStops(element)).toEqual([MARTIN]);
            item(element, GRACE).focus();
            await flush();
            expect(tabStops(element)).toEqual([GRACE]);
            $(element, '.show-contacts').dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
            await flush();
            expect(tabStops(element)).toEqual([HELEN]);
        });

        it('collapses nothing for Space on a person without reports', async () => {
            const element = await loaded();
            const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
            item(element, OMAR).dispatchEvent(space);
            await flush();
            expect(space.defaultPrevented).toBe(true);
            expect($(element, '.expand-all')).toBeNull();
            expect(text(item(element, OMAR), '.node-assistive')).toBe('c.RelationshipMap_Not_Placed');
        });

        it('says only "not placed" of a collapsed person whose reporting lines were removed elsewhere', async () => {
            const LENA = '003000000000005AAA';
            const element = await loaded();
            press(element, LENA, ' ');
            await flush();
            expect(text(item(element, LENA), '.node-assistive')).toBe('3 hidden');
            mapAdapter.emit({
                ...NORTHWIND,
                people: NORTHWIND.people.map((person) => ({
                    ...person,
                    reportsToId: person.reportsToId === LENA || person.contactId === LENA ? null : person.reportsToId
                }))
            });
            await flush();
            expect(item(element, LENA).dataset.group).toBe('unplaced');
            expect(text(item(element, LENA), '.node-assistive')).toBe('c.RelationshipMap_Not_Placed');
        });

        it('leaves the focus where it is when a branch that does not hide it is collapsed', async () => {
            const element = await loaded();
            item(element, HELEN).click();
            await flush();
            $(element, `.map-toggle[data-id="${DANIEL}"]`).click();
            await flush();
            expect(item(element, '003000000000005AAA')).toBeNull();
            expect(tabStops(element)).toEqual([HELEN]);
            expect(element.shadowRoot!.activeElement).toBeNull();
        });

        it('zooms out for a Ctrl + wheel that does not go up', async () => {
            const element = await loaded();
            $(element, '.map-viewport').dispatchEvent(new WheelEvent('wheel', { deltaY: 0, ctrlKey: true }));
            await flush();
            expect($(element, '.zoom-reset').label).toBe('80%');
        });

        it('says each write worked in a success toast', async () => {
            modalOpen.mockResolvedValue('a03000000000001AAA');
            mockOf(setReportsTo).mockResolvedValue('PLAN');
            const element = await loaded();
            const toasts = captureToasts(element);
            item(element, HELEN).click();
            await flush();
            detailsPart(element, '.edit').click();
            await flush();
            expect(modalOpen.mock.calls[0][0]).toMatchObject({
                label: 'c.Stakeholders_Edit_Title',
                description: 'Helen Park',
                size: 'medium'
            });
            details(element).dispatchEvent(new CustomEvent('savereportsto', { detail: { managerId: GRACE } }));
            await flush();
            $(element, `.map-add[data-id="${MARTIN}"]`).click();
            await flush();
            expect(toasts.mock.calls.map((call) => call[0].detail)).toEqual([
                { title: 'c.Common_Success', message: 'c.Stakeholders_Saved', variant: 'success' },
                {
                    title: 'c.Common_Success',
                    message: "Saved in this plan: you can't edit the contact record of Helen Park.",
                    variant: 'success'
                },
                {
                    title: 'c.Common_Success',
                    message: 'Martin Wagner is now a stakeholder. Set the buying role, influence and attitude.',
                    variant: 'success'
                }
            ]);
        });

        it('shows the spinner and a busy details panel while a write runs', async () => {
            let finish: (value: string) => void = () => undefined;
            mockOf(setReportsTo).mockReturnValue(new Promise((resolve) => (finish = resolve)));
            const element = await loaded();
            item(element, OMAR).click();
            await flush();
            expect($(element, 'lightning-spinner')).toBeNull();
            details(element).dispatchEvent(new CustomEvent('savereportsto', { detail: { managerId: GRACE } }));
            await flush();
            expect(details(element).busy).toBe(true);
            expect($(element, 'lightning-spinner')).not.toBeNull();
            finish('CONTACT');
            await flush();
            expect(details(element).busy).toBe(false);
            expect($(element, 'lightning-spinner')).toBeNull();
        });

        it('reloads when a value moves to another field, not when the same stakeholders come in another order', async () => {
            const champion = withPeople([
                { contactId: 'c1', name: 'Ann', stakeholderId: 's1', buyingRole: 'Champion', attitude: null },
                { contactId: 'c2', name: 'Bob', stakeholderId: 's2', buyingRole: 'User', attitude: 'Neutral' }
            ]);
            await loaded(champion);
            const rows = champion.people.map((person) => ({ ...person, id: person.stakeholderId }));
            workspaceAdapter.emit({ ...workspaceAhead, stakeholders: [...rows].reverse() });
            await flush();
            expect(refreshApex).not.toHaveBeenCalled();
            workspaceAdapter.emit({
                ...workspaceAhead,
                stakeholders: [{ ...rows[0], buyingRole: null, influence: null, attitude: 'Champion' }, rows[1]]
            });
            await flush();
            expect(refreshApex).toHaveBeenCalledTimes(1);
        });

        describe('export', () => {
            beforeEach(() => {
                mockScenes.length = 0;
                // The scene is what is asserted here; the canvas is refused, so nothing is downloaded.
                jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
            });
            afterEach(() => jest.restoreAllMocks());

            const exported = async (element: HTMLElement) => {
                $(element, '.export').click();
                await flush();
                expect(mockScenes).toHaveLength(1);
                return mockScenes[0] as {
                    title: string;
                    nodes: { name: string }[];
                    captions: unknown[];
                };
            };

            it('draws each person with their lines, attitude strip, influence border and contacts dimmed', async () => {
                const element = await loaded(GLOBEX, { recordId: GLOBEX.planId });
                const scene = await exported(element);
                expect(scene.title).toBe('Relationship map: Globex Q4 2026');
                const node = (name: string) => scene.nodes.find((candidate) => candidate.name === name);
                const robert = spot(element, '003000000000011AAA');
                expect(node('Robert Klein')).toEqual({
                    x: robert[0],
                    y: robert[1],
                    name: 'Robert Klein',
                    lines: [
                        'Plant Manager',
                        'Decision Maker · High influence',
                        '▼▼ Detractor  ●●○○○',
                        'Owner: Priya Raman · c.RelationshipMap_Gap_Marker'
                    ],
                    accent: '#ea001e',
                    border: 4,
                    dimmed: false
                });
                const sarah = spot(element, '003000000000013AAA');
                expect(node('Sarah Mitchell')).toEqual({
                    x: sarah[0],
                    y: sarah[1],
                    name: 'Sarah Mitchell',
                    lines: ['COO', 'c.RelationshipMap_Not_Stakeholder', '', ''],
                    accent: '#e5e5e5',
                    border: 1,
                    dimmed: true
                });
                const caption = $(element, '.map-caption');
                // The chart's caption box starts 28 px above the people not placed; its text sits 12 px above them.
                expect(scene.captions).toEqual([
                    { x: 16, y: parseFloat(caption.style.top) + 16, text: 'Not placed (1)' }
                ]);
            });

            it('writes a marker alone when there is no owner, and no caption without people not placed', async () => {
                const element = await loaded(
                    withPeople([
                        { contactId: 'c1', name: 'Ann', reportsToId: 'gone' },
                        { contactId: 'c2', name: 'Bob', reportsToId: 'c1' }
                    ])
                );
                const scene = await exported(element);
                expect(scene.nodes.map((node) => node.name)).toEqual(['Ann', 'Bob']);
                expect((scene.nodes[0] as unknown as { lines: string[] }).lines).toEqual([
                    'Managing Director',
                    'c.RelationshipMap_Not_Stakeholder',
                    '',
                    'c.RelationshipMap_Missing_Manager'
                ]);
                expect(scene.captions).toEqual([]);
            });
        });
    });
});
