import PlanRelationshipMapDetails, { NO_MANAGER, type PersonDetails } from 'c/planRelationshipMapDetails';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock('@salesforce/label/c.RelationshipMap_Details', () => ({ default: 'Details of {0}' }), { virtual: true });

const DETAILS: PersonDetails = {
    id: '003000000000002AAA',
    name: 'Daniel Ortiz',
    title: 'VP Operations',
    isOtherAccount: false,
    isStakeholder: true,
    facts: [
        { key: 'role', label: 'Buying role', value: 'Decision Maker' },
        { key: 'reportsTo', label: 'Reports to', value: 'Martin Wagner' }
    ],
    markers: [],
    hasReports: true,
    isCollapsed: false,
    canOpenContact: true
};
const OPTIONS = [
    { label: 'Grace Liu (CFO)', value: '003000000000008AAA' },
    { label: 'Martin Wagner (Managing Director)', value: '003000000000007AAA' }
];

const create = (properties: Record<string, unknown> = {}): HTMLElement =>
    mount('c-plan-relationship-map-details', PlanRelationshipMapDetails, {
        details: DETAILS,
        managerOptions: OPTIONS,
        managerId: '003000000000007AAA',
        canSetReportsTo: true,
        ...properties
    });

describe('c-plan-relationship-map-details', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows nothing without a person', () => {
        const element = create({ details: undefined });
        expect($(element, 'section')).toBeNull();
    });

    it('shows the person, the facts and the actions allowed', () => {
        const element = create({ canEdit: true });
        expect($(element, 'section').getAttribute('aria-label')).toBe('Details of Daniel Ortiz');
        expect($(element, '.name').textContent).toBe('Daniel Ortiz');
        expect($(element, '.person-title').textContent).toBe('VP Operations');
        expect($(element, '.other-account')).toBeNull();
        expect($$(element, '.fact').map((fact) => fact.textContent)).toEqual([
            'Buying roleDecision Maker',
            'Reports toMartin Wagner'
        ]);
        expect($$(element, '.actions lightning-button').map((button) => button.label)).toEqual([
            'c.Stakeholders_Edit_Title',
            'c.RelationshipMap_Open_Contact',
            'c.RelationshipMap_Collapse'
        ]);
        const picker = $(element, '.manager-picker');
        expect(picker.label).toBe('c.RelationshipMap_Reports_To');
        expect(picker.value).toBe('003000000000007AAA');
        expect(picker.options).toEqual([{ label: 'c.RelationshipMap_No_Manager', value: NO_MANAGER }, ...OPTIONS]);
        expect($(element, '.save-reports-to').disabled).toBe(true);
    });

    it('marks a contact of another account, shows the warnings and offers Add and Expand', () => {
        const element = create({
            details: { ...DETAILS, isOtherAccount: true, markers: ['Manager not on the map'], isCollapsed: true },
            canAdd: true,
            canSetReportsTo: false
        });
        expect($(element, '.other-account').label).toBe('c.RelationshipMap_Other_Account');
        expect($$(element, '.marker').map((marker) => marker.textContent)).toEqual(['Manager not on the map']);
        expect($$(element, '.actions lightning-button').map((button) => button.label)).toEqual([
            'c.RelationshipMap_Add',
            'c.RelationshipMap_Open_Contact',
            'c.RelationshipMap_Expand'
        ]);
        expect($(element, '.reports-to')).toBeNull();
    });

    it('sends the chosen manager, or null for nobody, once it differs from the saved one', async () => {
        const element = create();
        const saved = jest.fn();
        element.addEventListener('savereportsto', saved);
        $(element, '.manager-picker').dispatchEvent(
            new CustomEvent('change', { detail: { value: '003000000000008AAA' } })
        );
        await flush();
        expect($(element, '.save-reports-to').disabled).toBe(false);
        $(element, '.save-reports-to').click();
        expect(saved.mock.calls[0][0].detail).toEqual({ managerId: '003000000000008AAA' });
        $(element, '.manager-picker').dispatchEvent(new CustomEvent('change', { detail: { value: NO_MANAGER } }));
        await flush();
        $(element, '.save-reports-to').click();
        expect(saved.mock.calls[1][0].detail).toEqual({ managerId: null });
    });

    it('resets the picker when the saved manager changes and blocks saving while busy', async () => {
        const element = create({ managerId: null }) as HTMLElement & { managerId: string | null; busy: boolean };
        expect($(element, '.manager-picker').value).toBe(NO_MANAGER);
        expect(element.managerId).toBeNull();
        $(element, '.manager-picker').dispatchEvent(
            new CustomEvent('change', { detail: { value: '003000000000008AAA' } })
        );
        element.busy = true;
        await flush();
        expect($(element, '.save-reports-to').disabled).toBe(true);
        element.managerId = '003000000000008AAA';
        element.busy = false;
        await flush();
        expect($(element, '.manager-picker').value).toBe('003000000000008AAA');
        expect(element.managerId).toBe('003000000000008AAA');
        expect($(element, '.save-reports-to').disabled).toBe(true);
    });

    it('shows "nobody" as the chosen manager, under a value the picker can select (not empty)', () => {
        const element = create({ managerId: null });
        const picker = $(element, '.manager-picker');
        expect(picker.value).toBe('none');
        expect(picker.options[0]).toEqual({ label: 'c.RelationshipMap_No_Manager', value: 'none' });
    });

    it('offers only "nobody" when the map offers no people', () => {
        const omitted = mount('c-plan-relationship-map-details', PlanRelationshipMapDetails, {
            details: DETAILS,
            canSetReportsTo: true
        });
        expect($(omitted, '.manager-picker').options).toEqual([
            { label: 'c.RelationshipMap_No_Manager', value: NO_MANAGER }
        ]);
        const cleared = create({ managerOptions: null });
        expect($(cleared, '.manager-picker').options).toEqual([
            { label: 'c.RelationshipMap_No_Manager', value: NO_MANAGER }
        ]);
    });

    it('offers no manager picker and no action buttons unless the map allows them', () => {
        const element = mount('c-plan-relationship-map-details', PlanRelationshipMapDetails, {
            details: { ...DETAILS, canOpenContact: false, hasReports: false }
        });
        expect($(element, '.reports-to')).toBeNull();
        expect($$(element, '.actions lightning-button')).toEqual([]);
    });

    it('turns each button into its event', () => {
        const element = create({ canAdd: true, canEdit: true });
        const heard: string[] = [];
        ['add', 'edit', 'opencontact', 'togglebranch', 'close'].forEach((name) =>
            element.addEventListener(name, () => heard.push(name))
        );
        ['.add', '.edit', '.open-contact', '.toggle-branch', '.close'].forEach((selector) =>
            $(element, selector).click()
        );
        expect(heard).toEqual(['add', 'edit', 'opencontact', 'togglebranch', 'close']);
    });
});
