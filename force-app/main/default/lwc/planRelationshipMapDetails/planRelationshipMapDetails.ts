import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/planUtils';
import LABEL_ADD from '@salesforce/label/c.RelationshipMap_Add';
import LABEL_CLOSE from '@salesforce/label/c.RelationshipMap_Close';
import LABEL_COLLAPSE from '@salesforce/label/c.RelationshipMap_Collapse';
import LABEL_DETAILS from '@salesforce/label/c.RelationshipMap_Details';
import LABEL_EDIT from '@salesforce/label/c.Stakeholders_Edit_Title';
import LABEL_EXPAND from '@salesforce/label/c.RelationshipMap_Expand';
import LABEL_OPEN_CONTACT from '@salesforce/label/c.RelationshipMap_Open_Contact';
import LABEL_OTHER_ACCOUNT from '@salesforce/label/c.RelationshipMap_Other_Account';
import LABEL_NO_MANAGER from '@salesforce/label/c.RelationshipMap_No_Manager';
import LABEL_REPORTS_TO from '@salesforce/label/c.RelationshipMap_Reports_To';
import LABEL_SAVE from '@salesforce/label/c.RelationshipMap_Save_Reports_To';

/** The value of the "nobody" choice of the reports-to picker (a combobox option needs a non-empty value). */
export const NO_MANAGER = 'none';

/** One line of the details: a label and its value, as the map shows them. */
export interface DetailFact {
    key: string;
    label: string;
    value: string;
}

/** What the details panel shows about one person, built by c/planRelationshipMap. */
export interface PersonDetails {
    id: string;
    name: string;
    title: string | null;
    isOtherAccount: boolean;
    isStakeholder: boolean;
    facts: DetailFact[];
    /** Warnings about the person (coverage gap, manager not on the map, loop). */
    markers: string[];
    hasReports: boolean;
    isCollapsed: boolean;
    canOpenContact: boolean;
}

/**
 * The details of the person selected on the relationship map, and what can be done there: add as a stakeholder,
 * edit the stakeholder, open the contact, collapse the branch, record who the person reports to. It only shows
 * and asks; c/planRelationshipMap does the work when it hears the events (add, edit, opencontact, togglebranch,
 * close, savereportsto with detail.managerId, null for nobody).
 */
export default class PlanRelationshipMapDetails extends LightningElement {
    @api details: PersonDetails | undefined;
    @api managerOptions: { label: string; value: string }[] = [];
    @api canAdd = false;
    @api canEdit = false;
    @api canSetReportsTo = false;
    @api busy = false;

    selectedManager = NO_MANAGER;
    private currentManager = NO_MANAGER;

    labels = {
        add: LABEL_ADD,
        close: LABEL_CLOSE,
        edit: LABEL_EDIT,
        openContact: LABEL_OPEN_CONTACT,
        otherAccount: LABEL_OTHER_ACCOUNT,
        reportsTo: LABEL_REPORTS_TO,
        save: LABEL_SAVE
    };

    /** The manager's contact Id as saved (null for nobody); resets the picker to it. */
    @api
    get managerId(): string | null {
        return this.currentManager === NO_MANAGER ? null : this.currentManager;
    }
    set managerId(value: string | null) {
        this.currentManager = value || NO_MANAGER;
        this.selectedManager = this.currentManager;
    }

    get ariaLabel(): string {
        // Stryker disable next-line OptionalChaining: equivalent, read only inside the template's details guard
        return formatLabel(LABEL_DETAILS, this.details?.name);
    }

    /** "Nobody on the map", then the people the map offers. */
    get options(): { label: string; value: string }[] {
        return [{ label: LABEL_NO_MANAGER, value: NO_MANAGER }, ...(this.managerOptions ?? [])];
    }

    get toggleLabel(): string {
        // Stryker disable next-line OptionalChaining: equivalent, read only inside the template's details guard
        return this.details?.isCollapsed ? LABEL_EXPAND : LABEL_COLLAPSE;
    }

    get saveDisabled(): boolean {
        return this.busy || this.selectedManager === this.currentManager;
    }

    handleManagerChange(event: CustomEvent<{ value: string }>): void {
        this.selectedManager = event.detail.value;
    }

    handleSave(): void {
        const managerId = this.selectedManager === NO_MANAGER ? null : this.selectedManager;
        this.dispatchEvent(new CustomEvent('savereportsto', { detail: { managerId } }));
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action as string;
        this.dispatchEvent(new CustomEvent(action));
    }
}
