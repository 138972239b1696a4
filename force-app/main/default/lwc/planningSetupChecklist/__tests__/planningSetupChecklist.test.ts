import PlanningSetupChecklist from 'c/planningSetupChecklist';
import checklistPending from './data/checklistPending.json';
import checklistDone from './data/checklistDone.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/label/c.Setup_Checklist_Permission_Set_Counts',
    () => ({ default: 'Active users assigned: User {0}, Manager {1}, Admin {2}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Setup_Checklist_Data_Migration',
    () => ({ default: '{0} active user(s) hold Account Planning Data Migration.' }),
    { virtual: true }
);

const create = (properties: Record<string, unknown>): HTMLElement =>
    mount('c-planning-setup-checklist', PlanningSetupChecklist, properties);

const stateOf = (element: HTMLElement, key: string): string => $(element, `.step-${key} .step-state`).textContent;

describe('c-planning-setup-checklist', () => {
    afterEach(() => {
        resetDom();
    });

    it('marks the checked steps done and the others to confirm in Setup', async () => {
        const element = create({ checklist: checklistDone, nightlyScheduled: true });
        await flush();
        expect($$(element, 'li.step').map((li) => li.className.match(/step-([a-z-]+) /)[1])).toEqual([
            'permission-sets',
            'pages',
            'folders',
            'nightly',
            'lookup-names'
        ]);
        expect(stateOf(element, 'permission-sets')).toBe('c.Setup_Checklist_Done');
        expect($(element, '.step-permission-sets .step-detail').textContent).toBe(
            'Active users assigned: User 42, Manager 6, Admin 2.'
        );
        expect(stateOf(element, 'nightly')).toBe('c.Setup_Checklist_Done');
        expect(stateOf(element, 'pages')).toBe('c.Setup_Checklist_Manual');
        expect(stateOf(element, 'folders')).toBe('c.Setup_Checklist_Manual');
        expect(stateOf(element, 'lookup-names')).toBe('c.Setup_Checklist_Manual');
        expect($(element, '.step-data-migration')).toBeNull();
    });

    it('links each step done in Setup to its Setup page', async () => {
        const element = create({ checklist: checklistDone, nightlyScheduled: true });
        await flush();
        expect($(element, '.step-permission-sets a.step-link').getAttribute('href')).toBe(
            '/lightning/setup/PermSets/home'
        );
        expect($(element, '.step-pages a.step-link').getAttribute('href')).toBe('/lightning/setup/FlexiPageList/home');
        expect($(element, '.step-folders a.step-link').getAttribute('href')).toBe('/lightning/o/Report/home');
        expect($(element, '.step-lookup-names a.step-link').getAttribute('href')).toBe(
            '/lightning/setup/SecuritySharing/home'
        );
        expect($(element, '.step-nightly a.step-link')).toBeNull();
    });

    it('shows what is still to do and warns about users the engine ignores', async () => {
        const element = create({ checklist: checklistPending, nightlyScheduled: false });
        await flush();
        expect(stateOf(element, 'permission-sets')).toBe('c.Setup_Checklist_To_Do');
        expect($(element, '.step-permission-sets .step-detail').textContent).toBe(
            'Active users assigned: User 0, Manager 2, Admin 1.'
        );
        expect(stateOf(element, 'nightly')).toBe('c.Setup_Checklist_To_Do');
        expect(stateOf(element, 'data-migration')).toBe('c.Setup_Checklist_Attention');
        expect($(element, '.step-data-migration .step-text').textContent).toContain(
            '3 active user(s) hold Account Planning Data Migration.'
        );
    });

    it('shows each status as its own icon and colour', async () => {
        const element = create({ checklist: checklistPending, nightlyScheduled: true });
        await flush();
        const look = (key: string): [string, string] => [
            $(element, `.step-${key} lightning-icon`).iconName,
            $(element, `.step-${key} .step-state`).className
        ];
        expect(look('nightly')).toEqual(['utility:success', 'step-state slds-m-right_x-small slds-text-color_success']);
        expect(look('permission-sets')).toEqual([
            'utility:routing_offline',
            'step-state slds-m-right_x-small slds-text-color_error'
        ]);
        expect(look('pages')).toEqual(['utility:info', 'step-state slds-m-right_x-small slds-text-color_weak']);
        expect(look('data-migration')).toEqual([
            'utility:warning',
            'step-state slds-m-right_x-small slds-text-color_error'
        ]);
    });

    it('keeps the permission sets to do while no admin holds Account Planning Admin', async () => {
        const element = create({
            checklist: { userAssignments: 12, managerAssignments: 3, adminAssignments: 0, dataMigrationAssignments: 0 },
            nightlyScheduled: true
        });
        await flush();
        expect(stateOf(element, 'permission-sets')).toBe('c.Setup_Checklist_To_Do');
        expect($(element, '.step-permission-sets .step-detail').textContent).toBe(
            'Active users assigned: User 12, Manager 3, Admin 0.'
        );
    });

    it('is accessible: a labelled ordered list, status as text before each step, decorative icons', async () => {
        const element = create({ checklist: checklistPending, nightlyScheduled: false });
        await flush();
        expect($(element, 'ol').getAttribute('aria-label')).toBe('c.Setup_Checklist_Title');
        for (const item of $$(element, 'li.step')) {
            expect(item.querySelector('.slds-assistive-text').textContent).toBe('c.Setup_Checklist_Status');
            expect(item.querySelector('.step-state').textContent).not.toBe('');
            expect(item.querySelector('lightning-icon').alternativeText).toBe('');
        }
    });
});
