import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshPlan } from 'c/planUtils';
import TITLE from '@salesforce/label/c.Workspace_Title';
import TAB_OBJECTIVES from '@salesforce/label/c.Workspace_Tab_Objectives';
import TAB_STAKEHOLDERS from '@salesforce/label/c.Workspace_Tab_Stakeholders';
import TAB_PARTNERS from '@salesforce/label/c.Workspace_Tab_Partners';
import TAB_WHITE_SPACE from '@salesforce/label/c.Workspace_Tab_White_Space';
import TAB_NARRATIVE from '@salesforce/label/c.Workspace_Tab_Narrative';
import TAB_OPPORTUNITIES from '@salesforce/label/c.Workspace_Tab_Opportunities';
import TAB_RELATIONSHIP_MAP from '@salesforce/label/c.Workspace_Tab_Relationship_Map';
import LOAD_FAILED from '@salesforce/label/c.Workspace_Error_Load_Failed';
import LOADING from '@salesforce/label/c.Common_Loading';

/** The tabs in their order; each has a `hide<Name>Tab` App Builder property (planWorkspace.js-meta.xml). */
const TABS = [
    'objectives',
    'stakeholders',
    'partners',
    'whiteSpace',
    'narrative',
    'opportunities',
    'relationshipMap'
] as const;
type TabKey = (typeof TABS)[number];

function withCount(label: string, count: number): string {
    return `${label} (${count})`;
}

/**
 * Container of the plan page. It wires the same cacheable getWorkspace call as every child, so the page makes ONE
 * Apex call (identical cacheable wires share it); children render once the data is in the cache, and a load error
 * (e.g. no access) is shown once here instead of in every tab. Admins hide the tabs they do not use in App Builder.
 */
export default class PlanWorkspaceContainer extends LightningElement {
    @api recordId: string | undefined;
    /** App Builder's "Tab opened first"; when it is hidden, the first tab shown opens. */
    // Stryker disable next-line StringLiteral: equivalent, an empty first tab falls back to the first tab (objectives)
    @api defaultTab = 'objectives';
    @api hideChart = false;
    @api hideObjectivesTab = false;
    @api hideStakeholdersTab = false;
    @api hidePartnersTab = false;
    @api hideWhiteSpaceTab = false;
    @api hideNarrativeTab = false;
    @api hideOpportunitiesTab = false;
    @api hideRelationshipMapTab = false;

    workspace: PlanWorkspace | undefined;
    error: unknown;
    private wiredResult: WireResult<PlanWorkspace> | undefined;

    labels = { title: TITLE, loadFailed: LOAD_FAILED, loading: LOADING };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspace(result: WireResult<PlanWorkspace>): void {
        this.wiredResult = result;
        this.workspace = result.data;
        this.error = result.error;
    }

    /** A part wrote something (a review, a carried plan...): reload the page's one cached read. */
    handlePlanChange(): Promise<void> {
        return refreshPlan(this.recordId, this.wiredResult);
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    /** Which tabs the page shows. */
    get show(): Record<TabKey, boolean> {
        return {
            objectives: !this.hideObjectivesTab,
            stakeholders: !this.hideStakeholdersTab,
            partners: !this.hidePartnersTab,
            whiteSpace: !this.hideWhiteSpaceTab,
            narrative: !this.hideNarrativeTab,
            opportunities: !this.hideOpportunitiesTab,
            relationshipMap: !this.hideRelationshipMapTab
        };
    }

    get hasTabs(): boolean {
        return TABS.some((tab) => this.show[tab]);
    }

    /** The tab opened first: the configured one when it is shown, else the first tab shown. */
    get activeTab(): string {
        const shown = TABS.filter((tab) => this.show[tab]);
        return shown.find((tab) => tab === this.defaultTab) ?? shown[0];
    }

    get chartVisible(): boolean {
        return !this.hideChart;
    }

    get summaryClass(): string {
        return !this.hideChart
            ? 'slds-col slds-size_1-of-1 slds-large-size_1-of-2 slds-p-bottom_small'
            : 'slds-col slds-size_1-of-1 slds-p-bottom_small';
    }

    /** Read only by the template's loaded branch, so the workspace is there. */
    get tabLabels(): Record<TabKey, string> {
        const workspace = this.workspace as PlanWorkspace;
        return {
            objectives: withCount(TAB_OBJECTIVES, workspace.objectives.length),
            stakeholders: withCount(TAB_STAKEHOLDERS, workspace.stakeholders.length),
            partners: withCount(TAB_PARTNERS, workspace.partnerRoles.length),
            whiteSpace: withCount(TAB_WHITE_SPACE, workspace.whiteSpace.length),
            narrative: TAB_NARRATIVE,
            opportunities: withCount(TAB_OPPORTUNITIES, workspace.opportunities.totalCount),
            relationshipMap: TAB_RELATIONSHIP_MAP
        };
    }
}
