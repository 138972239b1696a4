import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshPlan } from 'c/planUtils';
import { observeWidth, REM } from 'c/planSectionUtils';
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
import SECTION_PICKER from '@salesforce/label/c.Workspace_Section_Picker';

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

/**
 * Room the tab bar keeps beside its tabs: lightning-tab-bar moves tabs into its "More" menu when they need more than
 * its width minus 30 px (RECOMPUTE_OVERFLOW_THRESHOLD_PX in lightning-base-components' tabBar.js); a little more here
 * so rounding never lets the menu appear.
 */
export const TAB_BAR_RESERVE = 3 * REM;

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
    /** The tab the user chose (a tab or the section picker); undefined until they choose. */
    private chosenTab: TabKey | undefined;
    /** Width of the tabs' container, and the width the shown tabs need side by side (the ruler). */
    private availableWidth = 0;
    private neededWidth = 0;
    private observed: Element | undefined;
    private stopObserving: Array<() => void> = [];

    labels = { title: TITLE, loadFailed: LOAD_FAILED, loading: LOADING, sectionPicker: SECTION_PICKER };

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

    /**
     * Watches the tabs' container and an invisible ruler holding the shown tab labels side by side. Where the labels do
     * not fit (a phone, the main column beside the activity panel, long translations), lightning-tabset would move
     * tabs into its overflow "More" button, which sits inside the tablist (axe nested-interactive); the section picker
     * replaces that: the picker chooses, the tabset shows only the chosen tab. Without ResizeObserver all tabs show.
     */
    override renderedCallback(): void {
        // Stryker disable next-line OptionalChaining: equivalent, a rendered component always has its template
        const container = this.template?.querySelector('.tab-ruler') ?? undefined;
        if (container === this.observed) {
            return;
        }
        this.stopWatching();
        this.observed = container;
        const ruler = container?.firstElementChild;
        // Stryker disable next-line LogicalOperator: equivalent, the ruler is the container's static first child
        if (container && ruler) {
            this.stopObserving = [
                observeWidth(container, (width) => (this.availableWidth = width)),
                observeWidth(ruler, (width) => (this.neededWidth = width))
            ];
        }
    }

    override disconnectedCallback(): void {
        this.stopWatching();
    }

    private stopWatching(): void {
        this.stopObserving.forEach((stop) => stop());
        this.stopObserving = [];
        this.observed = undefined;
    }

    /** True where the shown tabs do not fit side by side: the section picker, and only the chosen tab. */
    get isNarrow(): boolean {
        return this.availableWidth > 0 && this.neededWidth + TAB_BAR_RESERVE > this.availableWidth;
    }

    get isLoading(): boolean {
        return !this.workspace && !this.error;
    }

    /** Which tabs the page shows: the admin's choice, and where the tabs do not fit, only the chosen one. */
    get show(): Record<TabKey, boolean> {
        const active = this.activeTab;
        const shown = this.shownByAdmin;
        return Object.fromEntries(TABS.map((tab) => [tab, shown[tab] && (!this.isNarrow || tab === active)])) as Record<
            TabKey,
            boolean
        >;
    }

    /** The tabs the admin left on the page (App Builder properties). */
    private get shownByAdmin(): Record<TabKey, boolean> {
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

    private get shownTabs(): TabKey[] {
        const shown = this.shownByAdmin;
        return TABS.filter((tab) => shown[tab]);
    }

    get hasTabs(): boolean {
        return this.shownTabs.length > 0;
    }

    /** The tab on show: the one the user chose, else the configured first tab when shown, else the first tab shown. */
    get activeTab(): TabKey {
        const shown = this.shownTabs;
        return shown.find((tab) => tab === this.chosenTab) ?? shown.find((tab) => tab === this.defaultTab) ?? shown[0];
    }

    /** The shown tabs with their labels: the ruler's items and the section picker's options. */
    get sectionOptions(): { label: string; value: TabKey }[] {
        const labels = this.tabLabels;
        return this.shownTabs.map((tab) => ({ label: labels[tab], value: tab }));
    }

    /** A tab was opened (clicked, or shown by the picker): remember it, so a change of width keeps it. */
    handleTabActive(event: Event): void {
        this.chosenTab = (event.target as HTMLElement & { value: TabKey }).value;
    }

    handleSectionChange(event: CustomEvent<{ value: TabKey }>): void {
        this.chosenTab = event.detail.value;
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
