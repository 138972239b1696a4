import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Setup_Checklist_Title';
import LABEL_STATUS from '@salesforce/label/c.Setup_Checklist_Status';
import LABEL_DONE from '@salesforce/label/c.Setup_Checklist_Done';
import LABEL_TO_DO from '@salesforce/label/c.Setup_Checklist_To_Do';
import LABEL_MANUAL from '@salesforce/label/c.Setup_Checklist_Manual';
import LABEL_ATTENTION from '@salesforce/label/c.Setup_Checklist_Attention';
import LABEL_OPEN_SETUP from '@salesforce/label/c.Setup_Checklist_Open_Setup';
import LABEL_PERMISSION_SETS from '@salesforce/label/c.Setup_Checklist_Permission_Sets';
import LABEL_PERMISSION_SET_COUNTS from '@salesforce/label/c.Setup_Checklist_Permission_Set_Counts';
import LABEL_PAGES from '@salesforce/label/c.Setup_Checklist_Pages';
import LABEL_FOLDERS from '@salesforce/label/c.Setup_Checklist_Folders';
import LABEL_NIGHTLY from '@salesforce/label/c.Setup_Checklist_Nightly';
import LABEL_LOOKUP_NAMES from '@salesforce/label/c.Setup_Checklist_Lookup_Names';
import LABEL_DATA_MIGRATION from '@salesforce/label/c.Setup_Checklist_Data_Migration';

type StepState = 'done' | 'todo' | 'manual' | 'attention';

interface ChecklistStep {
    key: string;
    text: string;
    detail: string | null;
    state: StepState;
    stateLabel: string;
    iconName: string;
    itemClass: string;
    stateClass: string;
    setupUrl: string | null;
}

const STATES: Record<StepState, { label: string; icon: string; textClass: string }> = {
    done: { label: LABEL_DONE, icon: 'utility:success', textClass: 'slds-text-color_success' },
    todo: { label: LABEL_TO_DO, icon: 'utility:routing_offline', textClass: 'slds-text-color_error' },
    manual: { label: LABEL_MANUAL, icon: 'utility:info', textClass: 'slds-text-color_weak' },
    attention: { label: LABEL_ATTENTION, icon: 'utility:warning', textClass: 'slds-text-color_error' }
};

/** Setup pages where the steps that Apex cannot check are done (Lightning Experience Setup URLs). */
const SETUP_URLS = {
    permissionSets: '/lightning/setup/PermSets/home',
    pages: '/lightning/setup/FlexiPageList/home',
    folders: '/lightning/o/Report/home',
    sharingSettings: '/lightning/setup/SecuritySharing/home'
};

/**
 * The install checklist: what Apex can check (permission set assignments, the nightly schedule) shows Done or To do;
 * the steps with no readable state show "Check in Setup" with a link to where they are done.
 * Status is text plus icon, never colour alone.
 */
export default class PlanningSetupChecklist extends LightningElement {
    @api checklist: SetupChecklistData | null | undefined;
    @api nightlyScheduled: boolean | null | undefined;

    labels = { title: LABEL_TITLE, status: LABEL_STATUS, openSetup: LABEL_OPEN_SETUP };

    get steps(): ChecklistStep[] {
        const counts = this.checklist;
        const assigned = !!counts && counts.userAssignments > 0 && counts.adminAssignments > 0;
        const steps = [
            step(
                'permission-sets',
                LABEL_PERMISSION_SETS,
                counts
                    ? formatLabel(
                          LABEL_PERMISSION_SET_COUNTS,
                          counts.userAssignments,
                          counts.managerAssignments,
                          counts.adminAssignments
                      )
                    : null,
                assigned ? 'done' : 'todo',
                SETUP_URLS.permissionSets
            ),
            step('pages', LABEL_PAGES, null, 'manual', SETUP_URLS.pages),
            step('folders', LABEL_FOLDERS, null, 'manual', SETUP_URLS.folders),
            step('nightly', LABEL_NIGHTLY, null, this.nightlyScheduled ? 'done' : 'todo', null),
            step('lookup-names', LABEL_LOOKUP_NAMES, null, 'manual', SETUP_URLS.sharingSettings)
        ];
        if (counts && counts.dataMigrationAssignments > 0) {
            steps.push(
                step(
                    'data-migration',
                    formatLabel(LABEL_DATA_MIGRATION, counts.dataMigrationAssignments),
                    null,
                    'attention',
                    SETUP_URLS.permissionSets
                )
            );
        }
        return steps;
    }
}

function step(
    key: string,
    text: string,
    detail: string | null,
    state: StepState,
    setupUrl: string | null
): ChecklistStep {
    const look = STATES[state];
    return {
        key,
        text,
        detail,
        state,
        stateLabel: look.label,
        iconName: look.icon,
        itemClass: `slds-item step step-${key} step-${state}`,
        stateClass: `step-state slds-m-right_x-small ${look.textClass}`,
        setupUrl
    };
}
