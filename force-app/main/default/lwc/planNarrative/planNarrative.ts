import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { formatLabel, showToast, refreshPlan } from 'c/planUtils';
import type { EditorField } from 'c/planFieldEditor';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import STRENGTHS_FIELD from '@salesforce/schema/Account_Plan__c.SWOT_Strengths__c';
import WEAKNESSES_FIELD from '@salesforce/schema/Account_Plan__c.SWOT_Weaknesses__c';
import OPPORTUNITIES_FIELD from '@salesforce/schema/Account_Plan__c.SWOT_Opportunities__c';
import THREATS_FIELD from '@salesforce/schema/Account_Plan__c.SWOT_Threats__c';
import OVERVIEW_FIELD from '@salesforce/schema/Account_Plan__c.Business_Overview__c';
import GOALS_FIELD from '@salesforce/schema/Account_Plan__c.Customer_Goals__c';
import VALUE_FIELD from '@salesforce/schema/Account_Plan__c.Value_Proposition__c';
import COMPETITION_FIELD from '@salesforce/schema/Account_Plan__c.Competitive_Landscape__c';
import RISKS_FIELD from '@salesforce/schema/Account_Plan__c.Risks__c';
import SUPPORT_FIELD from '@salesforce/schema/Account_Plan__c.Support_Required__c';
import SHORT_TERM_FIELD from '@salesforce/schema/Account_Plan__c.Short_Term_Plan__c';
import MANAGER_COMMENTS_FIELD from '@salesforce/schema/Account_Plan__c.Manager_Review_Comments__c';
import TITLE from '@salesforce/label/c.Narrative_Title';
import SWOT from '@salesforce/label/c.Narrative_Swot';
import STORY from '@salesforce/label/c.Narrative_Story';
import REVIEW from '@salesforce/label/c.Narrative_Review';
import STRENGTHS from '@salesforce/label/c.Narrative_Strengths';
import WEAKNESSES from '@salesforce/label/c.Narrative_Weaknesses';
import OPPORTUNITIES from '@salesforce/label/c.Narrative_Opportunities';
import THREATS from '@salesforce/label/c.Narrative_Threats';
import OVERVIEW from '@salesforce/label/c.Narrative_Business_Overview';
import GOALS from '@salesforce/label/c.Narrative_Customer_Goals';
import VALUE from '@salesforce/label/c.Narrative_Value_Proposition';
import COMPETITION from '@salesforce/label/c.Narrative_Competitive_Landscape';
import RISKS from '@salesforce/label/c.Narrative_Risks';
import SUPPORT from '@salesforce/label/c.Narrative_Support_Required';
import SHORT_TERM from '@salesforce/label/c.Narrative_Short_Term_Plan';
import MANAGER_COMMENTS from '@salesforce/label/c.Narrative_Manager_Comments';
import EMPTY_VALUE from '@salesforce/label/c.Narrative_Empty_Value';
import EDIT_SECTION from '@salesforce/label/c.Narrative_Edit_Section';
import SAVED_TITLE from '@salesforce/label/c.Common_Saved';
import SAVED_MESSAGE from '@salesforce/label/c.Narrative_Saved';
import SHOW_MORE from '@salesforce/label/c.Narrative_Show_More';
import SHOW_LESS from '@salesforce/label/c.Narrative_Show_Less';
import LOADING from '@salesforce/label/c.Common_Loading';

type SectionKey = 'swot' | 'story' | 'review';
type NarrativeKey = keyof Pick<
    PlanSummary,
    | 'strengths'
    | 'weaknesses'
    | 'opportunities'
    | 'threats'
    | 'businessOverview'
    | 'customerGoals'
    | 'valueProposition'
    | 'competitiveLandscape'
    | 'risks'
    | 'supportRequired'
    | 'shortTermPlan'
    | 'managerReviewComments'
>;

interface FieldDef {
    key: NarrativeKey;
    label: string;
    fieldApiName: string;
    /** The field's visible lines (its metadata's visibleLines; a test keeps them equal). */
    lines: number;
}

interface SectionDef {
    key: SectionKey;
    label: string;
    fields: FieldDef[];
    /** SLDS grid sizes of one field (quadrants on SWOT). */
    itemClass: string;
}

interface FieldView extends FieldDef {
    value: string | null;
    isEmpty: boolean;
    /** Long texts are clamped to a few lines until the reader asks for more. */
    isLong: boolean;
    isExpanded: boolean;
    /** aria-expanded of the Show more / Show less button. */
    expandedState: string;
    valueClass: string;
    toggleLabel: string;
}

interface SectionView {
    key: SectionKey;
    label: string;
    headingId: string;
    items: FieldView[];
    itemClass: string;
    canEdit: boolean;
    isEditing: boolean;
    editLabel: string;
    editorFields: EditorField[];
}

/** Visible lines of the narrative fields and of the manager's comments (Account_Plan__c field metadata). */
export const NARRATIVE_LINES = 6;
export const COMMENT_LINES = 4;

/** Above this many characters or lines, a value is clamped (CSS: 6 lines) with "Show more". */
const LONG_TEXT_CHARACTERS = 400;
const LONG_TEXT_LINES = 6;

export function isLongText(value: string | null): boolean {
    return !!value && (value.length > LONG_TEXT_CHARACTERS || value.split('\n').length > LONG_TEXT_LINES);
}

function field(
    key: NarrativeKey,
    label: string,
    reference: { fieldApiName?: string },
    lines = NARRATIVE_LINES
): FieldDef {
    // Stryker disable next-line StringLiteral: equivalent, every narrative reference is a field import, which names its field
    return { key, label, fieldApiName: reference.fieldApiName || '', lines };
}

const SECTIONS: SectionDef[] = [
    {
        key: 'swot',
        label: SWOT,
        itemClass: 'slds-col slds-size_1-of-1 slds-medium-size_1-of-2 slds-p-bottom_small',
        fields: [
            field('strengths', STRENGTHS, STRENGTHS_FIELD),
            field('weaknesses', WEAKNESSES, WEAKNESSES_FIELD),
            field('opportunities', OPPORTUNITIES, OPPORTUNITIES_FIELD),
            field('threats', THREATS, THREATS_FIELD)
        ]
    },
    {
        key: 'story',
        label: STORY,
        itemClass: 'slds-col slds-size_1-of-1 slds-p-bottom_small',
        fields: [
            field('businessOverview', OVERVIEW, OVERVIEW_FIELD),
            field('customerGoals', GOALS, GOALS_FIELD),
            field('valueProposition', VALUE, VALUE_FIELD),
            field('competitiveLandscape', COMPETITION, COMPETITION_FIELD),
            field('risks', RISKS, RISKS_FIELD),
            field('supportRequired', SUPPORT, SUPPORT_FIELD),
            field('shortTermPlan', SHORT_TERM, SHORT_TERM_FIELD)
        ]
    },
    {
        key: 'review',
        label: REVIEW,
        itemClass: 'slds-col slds-size_1-of-1 slds-p-bottom_small',
        fields: [field('managerReviewComments', MANAGER_COMMENTS, MANAGER_COMMENTS_FIELD, COMMENT_LINES)]
    }
];

/**
 * SWOT quadrants and the account story, edited in place section by section with lightning-record-edit-form
 * (LDS save, validation and FLS), then the shared workspace wire is refreshed.
 */
export default class PlanNarrative extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    editingSection: SectionKey | null = null;
    /** Keys of the long texts the reader expanded. */
    // Stryker disable next-line ArrayDeclaration: equivalent, no narrative field is keyed "Stryker was here"
    expanded: NarrativeKey[] = [];

    private wiredResult: WireResult<PlanWorkspace> | undefined;

    objectApiName = PLAN_OBJECT.objectApiName;
    labels = { title: TITLE, loading: LOADING, empty: EMPTY_VALUE };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspace(result: WireResult<PlanWorkspace>): void {
        this.wiredResult = result;
        this.workspace = result.data;
        this.error = result.error;
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    /** Read by the template only once the workspace has loaded (under its lwc:else). */
    get sections(): SectionView[] {
        const { plan, permissions } = this.workspace as PlanWorkspace;
        const canEdit = (section: SectionKey): boolean => {
            return section === 'review' ? permissions.canReview : permissions.canEditPlan;
        };
        return SECTIONS.filter(
            // Manager comments are shown when written or when the user may write them.
            (section) => section.key !== 'review' || !!plan.managerReviewComments || canEdit('review')
        ).map((section) => ({
            key: section.key,
            label: section.label,
            headingId: `heading-${section.key}`,
            itemClass: section.itemClass,
            canEdit: canEdit(section.key) && this.editingSection === null,
            isEditing: this.editingSection === section.key,
            editLabel: formatLabel(EDIT_SECTION, section.label),
            editorFields: section.fields.map((definition) => ({
                key: definition.key,
                fieldApiName: definition.fieldApiName,
                lines: definition.lines,
                itemClass: section.itemClass
            })),
            items: section.fields.map((definition) => this.fieldView(definition, plan[definition.key]))
        }));
    }

    private fieldView(definition: FieldDef, value: string | null): FieldView {
        const isLong = isLongText(value);
        const isExpanded = this.expanded.includes(definition.key);
        return {
            ...definition,
            value,
            isEmpty: !value,
            isLong,
            isExpanded,
            expandedState: String(isExpanded),
            valueClass: isLong && !isExpanded ? 'field-value clamped' : 'field-value',
            toggleLabel: isExpanded ? SHOW_LESS : SHOW_MORE
        };
    }

    handleToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.field as NarrativeKey;
        this.expanded = this.expanded.includes(key)
            ? this.expanded.filter((expandedKey) => expandedKey !== key)
            : [...this.expanded, key];
    }

    handleEdit(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.section as SectionKey;
        this.editingSection = key;
    }

    handleCancel(): void {
        this.editingSection = null;
    }

    async handleSaved(): Promise<void> {
        this.editingSection = null;
        showToast(this, SAVED_TITLE, SAVED_MESSAGE, 'success');
        await refreshPlan(this.recordId, this.wiredResult);
    }
}
