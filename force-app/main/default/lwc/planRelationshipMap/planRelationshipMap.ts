/**
 * The relationship map of an account plan: the customer's org chart from the plan's stakeholders and the
 * account's contacts (Contact.ReportsToId, or the Reports To the plan records), with each person's buying role,
 * influence, attitude, relationship strength and our relationship owner, the coverage gaps above it, and a
 * screen-reader friendly outline of the same tree.
 *
 * Layout approach, chosen deliberately: plain HTML nodes and one SVG of lines, placed by our own tree layout
 * (relationshipTree.ts, O(n) after sorting each manager's reports), not a library. An org chart needs a tidy tree,
 * not a graph engine: the layout is ~100 lines we test line by line, the nodes stay real SLDS-styled, focusable
 * elements (keyboard, screen readers, axe), and there is no static resource to vet, pin and keep patched (a
 * library such as d3-hierarchy or ELK would add one, and draw into SVG text we would restyle anyway). Zoom is a CSS
 * scale, pan is the scroll of the viewport (drag or scroll), export draws the same layout on a canvas
 * (relationshipPng.ts). Only the people in and near the visible part of the chart are in the DOM (plus the
 * focused and the selected person), so a map of 200 costs about what a map of 20 costs; the treeitems carry
 * aria-level, aria-setsize and aria-posinset, as ARIA asks of trees whose items are not all in the DOM.
 *
 * Data: one cacheable call (RelationshipMapController.getRelationshipMap). It also listens to the workspace's
 * cached getWorkspace value (no extra call inside the workspace): when stakeholders change elsewhere (Stakeholders
 * tab) the map reloads, and after a write here the workspace reloads, so both show the same people.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { createRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { refreshApex } from '@salesforce/apex';
import getRelationshipMap from '@salesforce/apex/RelationshipMapController.getRelationshipMap';
import setReportsTo from '@salesforce/apex/RelationshipMapController.setReportsTo';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import PlanRecordModal from 'c/planRecordModal';
import { formatDate, formatLabel, refreshPlan, showToast, todayIso } from 'c/planUtils';
import type { DetailFact, PersonDetails } from 'c/planRelationshipMapDetails';
import {
    MARGIN,
    NODE_HEIGHT,
    NODE_WIDTH,
    buildForest,
    coverageGaps,
    isNegativeDecisionMaker,
    isStakeholder,
    layoutForest,
    moveFrom,
    reportCounts,
    reportsUnder,
    visibleAncestor,
    type Forest,
    type Layout,
    type MapNode
} from './relationshipTree';
import { download, fileNameFor, renderPng, type PngNode, type PngScene } from './relationshipPng';
import CONTACT_OBJECT from '@salesforce/schema/Contact';
import STAKEHOLDER_OBJECT from '@salesforce/schema/Account_Plan_Stakeholder__c';
import PLAN_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Account_Plan__c';
import CONTACT_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Contact__c';
import ROLE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Buying_Role__c';
import INFLUENCE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Influence__c';
import ATTITUDE_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Attitude__c';
import STRENGTH_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Relationship_Strength__c';
import OWNER_FIELD from '@salesforce/schema/Account_Plan_Stakeholder__c.Relationship_Owner__c';
import LABEL_TITLE from '@salesforce/label/c.RelationshipMap_Title';
import LABEL_ADDED from '@salesforce/label/c.RelationshipMap_Added';
import LABEL_ADD_NAMED from '@salesforce/label/c.RelationshipMap_Add_Named';
import LABEL_ATTITUDE_UNKNOWN from '@salesforce/label/c.RelationshipMap_Attitude_Unknown';
import LABEL_DIRECT_REPORTS from '@salesforce/label/c.RelationshipMap_Direct_Reports';
import LABEL_EMPTY from '@salesforce/label/c.RelationshipMap_Empty';
import LABEL_EXPAND_ALL from '@salesforce/label/c.RelationshipMap_Expand_All';
import LABEL_EXPORT from '@salesforce/label/c.RelationshipMap_Export';
import LABEL_EXPORT_DATE from '@salesforce/label/c.RelationshipMap_Export_Date';
import LABEL_EXPORT_FAILED from '@salesforce/label/c.RelationshipMap_Export_Failed';
import LABEL_EXPORT_TITLE from '@salesforce/label/c.RelationshipMap_Export_Title';
import LABEL_GAP_MARKER from '@salesforce/label/c.RelationshipMap_Gap_Marker';
import LABEL_GAPS_TITLE from '@salesforce/label/c.RelationshipMap_Gaps_Title';
import LABEL_HIDDEN_CONTACT from '@salesforce/label/c.RelationshipMap_Hidden_Contact';
import LABEL_HIDDEN_REPORTS from '@salesforce/label/c.RelationshipMap_Hidden_Reports';
import LABEL_INDIRECT from '@salesforce/label/c.RelationshipMap_Indirect';
import LABEL_INFLUENCE_VALUE from '@salesforce/label/c.RelationshipMap_Influence_Value';
import LABEL_KEYBOARD_HELP from '@salesforce/label/c.RelationshipMap_Keyboard_Help';
import LABEL_LEGEND from '@salesforce/label/c.RelationshipMap_Legend';
import LABEL_LEVEL from '@salesforce/label/c.RelationshipMap_Level';
import LABEL_LOOP_BROKEN from '@salesforce/label/c.RelationshipMap_Loop_Broken';
import LABEL_MISSING_MANAGER from '@salesforce/label/c.RelationshipMap_Missing_Manager';
import LABEL_MORE_CONTACTS from '@salesforce/label/c.RelationshipMap_More_Contacts';
import LABEL_NO_CONTACT_ACCESS from '@salesforce/label/c.RelationshipMap_No_Contact_Access';
import LABEL_NO_GAPS from '@salesforce/label/c.RelationshipMap_No_Gaps';
import LABEL_NO_MANAGER from '@salesforce/label/c.RelationshipMap_No_Manager';
import LABEL_NO_OWNER from '@salesforce/label/c.RelationshipMap_No_Owner';
import LABEL_NO_REPORTS_TO_ACCESS from '@salesforce/label/c.RelationshipMap_No_Reports_To_Access';
import LABEL_NO_ROLE from '@salesforce/label/c.RelationshipMap_No_Role';
import LABEL_NOT_PLACED from '@salesforce/label/c.RelationshipMap_Not_Placed';
import LABEL_NOT_STAKEHOLDER from '@salesforce/label/c.RelationshipMap_Not_Stakeholder';
import LABEL_OUTLINE_CAPTION from '@salesforce/label/c.RelationshipMap_Outline_Caption';
import LABEL_OWNER_VALUE from '@salesforce/label/c.RelationshipMap_Owner_Value';
import LABEL_REPORTS_TO from '@salesforce/label/c.RelationshipMap_Reports_To';
import LABEL_SAVED_CONTACT from '@salesforce/label/c.RelationshipMap_Saved_Contact';
import LABEL_SAVED_PLAN from '@salesforce/label/c.RelationshipMap_Saved_Plan';
import LABEL_SHOW_CONTACTS from '@salesforce/label/c.RelationshipMap_Show_Contacts';
import LABEL_SHOW_ON_MAP from '@salesforce/label/c.RelationshipMap_Show_On_Map';
import LABEL_SOURCE_CONTACT from '@salesforce/label/c.RelationshipMap_Source_Contact';
import LABEL_SOURCE_PLAN from '@salesforce/label/c.RelationshipMap_Source_Plan';
import LABEL_STRENGTH_UNKNOWN from '@salesforce/label/c.RelationshipMap_Strength_Unknown';
import LABEL_SUMMARY from '@salesforce/label/c.RelationshipMap_Summary';
import LABEL_TREE from '@salesforce/label/c.RelationshipMap_Tree_Label';
import LABEL_UNPLACED_HELP from '@salesforce/label/c.RelationshipMap_Unplaced_Help';
import LABEL_UNPLACED_TITLE from '@salesforce/label/c.RelationshipMap_Unplaced_Title';
import LABEL_VIEW from '@salesforce/label/c.RelationshipMap_View';
import LABEL_VIEW_CHART from '@salesforce/label/c.RelationshipMap_View_Chart';
import LABEL_VIEW_OUTLINE from '@salesforce/label/c.RelationshipMap_View_Outline';
import LABEL_ZOOM_IN from '@salesforce/label/c.RelationshipMap_Zoom_In';
import LABEL_ZOOM_LEVEL from '@salesforce/label/c.RelationshipMap_Zoom_Level';
import LABEL_ZOOM_OUT from '@salesforce/label/c.RelationshipMap_Zoom_Out';
import LABEL_ZOOM_RESET from '@salesforce/label/c.RelationshipMap_Zoom_Reset';
import LABEL_REASON_NO_ECONOMIC_BUYER from '@salesforce/label/c.Reason_NO_ECONOMIC_BUYER';
import LABEL_REASON_NO_DECISION_MAKER from '@salesforce/label/c.Reason_NO_DECISION_MAKER';
import LABEL_REASON_NO_CHAMPION from '@salesforce/label/c.Reason_NO_CHAMPION';
import LABEL_REASON_DECISION_MAKER_NEGATIVE from '@salesforce/label/c.Reason_DECISION_MAKER_NEGATIVE';
import LABEL_EDIT from '@salesforce/label/c.Stakeholders_Edit_Title';
import LABEL_SAVED from '@salesforce/label/c.Stakeholders_Saved';
import LABEL_NOT_SET from '@salesforce/label/c.Stakeholders_Not_Set';
import LABEL_NAME from '@salesforce/label/c.Stakeholders_Name';
import LABEL_BUYING_ROLE from '@salesforce/label/c.Stakeholders_Buying_Role';
import LABEL_INFLUENCE from '@salesforce/label/c.Stakeholders_Influence';
import LABEL_ATTITUDE from '@salesforce/label/c.Stakeholders_Attitude';
import LABEL_STRENGTH from '@salesforce/label/c.Stakeholders_Strength';
import LABEL_OWNER from '@salesforce/label/c.Stakeholders_Owner';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';

const GAP_LABELS: Record<string, string> = {
    NO_ECONOMIC_BUYER: LABEL_REASON_NO_ECONOMIC_BUYER,
    NO_DECISION_MAKER: LABEL_REASON_NO_DECISION_MAKER,
    NO_CHAMPION: LABEL_REASON_NO_CHAMPION,
    DECISION_MAKER_NEGATIVE: LABEL_REASON_DECISION_MAKER_NEGATIVE
};

/** Attitude: a colour, a symbol AND the word, so it never rests on colour alone. */
interface AttitudeStyle {
    key: string;
    icon: string;
    colour: string;
}
const ATTITUDES: Record<string, AttitudeStyle> = {
    Champion: { key: 'champion', icon: '▲▲', colour: '#2e844a' },
    Supporter: { key: 'supporter', icon: '▲', colour: '#91db8b' },
    Neutral: { key: 'neutral', icon: '●', colour: '#aeaeae' },
    Skeptic: { key: 'skeptic', icon: '▼', colour: '#fe9339' },
    Detractor: { key: 'detractor', icon: '▼▼', colour: '#ea001e' }
};
const NO_ATTITUDE: AttitudeStyle = { key: 'unknown', icon: '○', colour: '#e5e5e5' };
/** Influence as the weight of the node's border. */
const INFLUENCE_BORDER: Record<string, number> = { High: 4, Medium: 2, Low: 1 };
const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5];
const ROW_KEYS: Record<string, string> = { ArrowUp: 'ArrowLeft', ArrowDown: 'ArrowRight' };
const STRENGTH_LEVELS = 5;
/** The part of the chart drawn before the viewport has been measured (and in tests, where nothing has a size). */
const DEFAULT_WINDOW = { left: 0, top: 0, width: 1600, height: 1000 };
/** People this far outside the visible part (in pixels of the chart) are drawn too, so scrolling shows no gaps. */
const WINDOW_MARGIN = 600;

interface ChartWindow {
    left: number;
    top: number;
    width: number;
    height: number;
}

/** What a node says about a person, shared by the chart, the outline, the details and the exported image. */
interface PersonText {
    name: string;
    title: string;
    role: string;
    influence: string;
    /** The buying role and the influence on one line. */
    roleLine: string;
    attitude: string;
    attitudeIcon: string;
    strengthDots: string;
    strength: string;
    owner: string;
    markers: string[];
}

interface NodeView {
    id: string;
    group: string;
    slotStyle: string;
    nodeClass: string;
    tabIndex: string;
    level: number;
    setSize: number;
    posInSet: number;
    ariaExpanded: string | undefined;
    /** Said after the visible text: not placed, how many reports a collapsed branch hides. */
    assistiveText: string;
    text: PersonText;
    isStakeholder: boolean;
    showAdd: boolean;
    addLabel: string;
    hasToggle: boolean;
    toggleText: string;
}

interface OutlineRow {
    key: string;
    /** ", title" after the name, or nothing. */
    titleText: string;
    nameStyle: string;
    levelText: string;
    reportsTo: string;
    text: PersonText;
}

function strengthLevel(value: string | null): number {
    // Stryker disable next-line StringLiteral: any text that does not start with a number parses as NaN, like ''
    const level = Number.parseInt(value ?? '', 10);
    return Number.isNaN(level) ? 0 : Math.min(Math.max(level, 0), STRENGTH_LEVELS);
}

function describe(person: RelationshipMapPerson, node?: MapNode): PersonText {
    const stakeholder = isStakeholder(person);
    // Stryker disable next-line StringLiteral: no attitude is named like any text but the five, as none is named ''
    const attitude = ATTITUDES[person.attitude ?? ''] ?? NO_ATTITUDE;
    const level = strengthLevel(person.relationshipStrength);
    const markers: string[] = [];
    if (isNegativeDecisionMaker(person)) {
        markers.push(LABEL_GAP_MARKER);
    }
    if (node?.missingManager) {
        markers.push(LABEL_MISSING_MANAGER);
    }
    if (node?.indirect) {
        markers.push(LABEL_INDIRECT);
    }
    if (node?.loopBroken) {
        markers.push(LABEL_LOOP_BROKEN);
    }
    const role = stakeholder ? (person.buyingRole ?? LABEL_NO_ROLE) : LABEL_NOT_STAKEHOLDER;
    const influence = person.influence ? formatLabel(LABEL_INFLUENCE_VALUE, person.influence) : '';
    return {
        name: person.name ?? formatLabel(LABEL_HIDDEN_CONTACT, person.stakeholderName),
        title: person.title ?? '',
        role,
        influence,
        roleLine: [role, influence].filter((part) => part).join(' · '),
        attitude: person.attitude ?? (stakeholder ? LABEL_ATTITUDE_UNKNOWN : ''),
        attitudeIcon: stakeholder ? attitude.icon : '',
        strengthDots: level > 0 ? '●'.repeat(level) + '○'.repeat(STRENGTH_LEVELS - level) : '',
        strength: person.relationshipStrength ?? (stakeholder ? LABEL_STRENGTH_UNKNOWN : ''),
        owner: stakeholder
            ? person.relationshipOwnerName
                ? formatLabel(LABEL_OWNER_VALUE, person.relationshipOwnerName)
                : LABEL_NO_OWNER
            : '',
        markers
    };
}

/** Connected to nobody on the map: no manager here and nobody under them. */
function isUnplaced(node: MapNode): boolean {
    return !node.parent && node.children.length === 0;
}

function nodeClasses(person: RelationshipMapPerson): string {
    // Stryker disable next-line StringLiteral: no attitude is named like any text but the five, as none is named ''
    const attitude = ATTITUDES[person.attitude ?? ''] ?? NO_ATTITUDE;
    const influence = (person.influence ?? 'none').toLowerCase();
    const kind = isStakeholder(person) ? 'map-node_stakeholder' : 'map-node_contact';
    return `map-node ${kind} attitude_${attitude.key} influence_${influence}`;
}

/** Relationship map of an account plan (see the header comment). */
export default class PlanRelationshipMap extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;
    /** App Builder: start with only the stakeholders (the user can still show the other contacts). */
    @api hideOtherContacts = false;

    map: RelationshipMap | undefined;
    error: unknown;
    writeError: unknown;
    view = 'chart';
    // Stryker disable next-line BooleanLiteral: connectedCallback sets it from hideOtherContacts before the first render
    showContacts = true;
    collapsed: Set<string> = new Set();
    zoom = 1;
    focusedId: string | undefined;
    selectedId: string | undefined;
    isWorking = false;
    /** The visible part of the chart in the viewport's scrolled pixels; see DEFAULT_WINDOW. */
    chartWindow: ChartWindow = DEFAULT_WINDOW;

    labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        gapsTitle: LABEL_GAPS_TITLE,
        noGaps: LABEL_NO_GAPS,
        showOnMap: LABEL_SHOW_ON_MAP,
        view: LABEL_VIEW,
        showContacts: LABEL_SHOW_CONTACTS,
        zoomIn: LABEL_ZOOM_IN,
        zoomOut: LABEL_ZOOM_OUT,
        zoomReset: LABEL_ZOOM_RESET,
        expandAll: LABEL_EXPAND_ALL,
        export: LABEL_EXPORT,
        keyboardHelp: LABEL_KEYBOARD_HELP,
        legend: LABEL_LEGEND,
        tree: LABEL_TREE,
        unplacedHelp: LABEL_UNPLACED_HELP,
        empty: LABEL_EMPTY,
        outlineCaption: LABEL_OUTLINE_CAPTION,
        name: LABEL_NAME,
        reportsTo: LABEL_REPORTS_TO,
        buyingRole: LABEL_BUYING_ROLE,
        influence: LABEL_INFLUENCE,
        attitude: LABEL_ATTITUDE,
        strength: LABEL_STRENGTH,
        owner: LABEL_OWNER
    };
    viewOptions = [
        { label: LABEL_VIEW_CHART, value: 'chart' },
        { label: LABEL_VIEW_OUTLINE, value: 'outline' }
    ];

    private wiredMap: WireResult<RelationshipMap> | undefined;
    private wiredWorkspace: WireResult<PlanWorkspace> | undefined;
    private forestCache:
        { map: RelationshipMap; showContacts: boolean; forest: Forest; counts: Map<string, number> } | undefined;
    private layoutCache: { forest: Forest; collapsed: Set<string>; layout: Layout } | undefined;
    private pendingFocus: string | undefined;
    private drag: { x: number; y: number; left: number; top: number } | undefined;

    override connectedCallback(): void {
        this.showContacts = !this.hideOtherContacts;
    }

    override renderedCallback(): void {
        // Stryker disable next-line OptionalChaining: a rendered component always has its template
        const viewport = this.template?.querySelector<HTMLElement>('.map-viewport');
        if (viewport && viewport.clientWidth > 0 && this.chartWindow === DEFAULT_WINDOW) {
            this.measureWindow(viewport);
        }
        // Stryker disable next-line ConditionalExpression: with nothing pending the query finds no [data-id="undefined"], so nothing moves
        if (this.pendingFocus) {
            // Stryker disable next-line OptionalChaining: a rendered component always has its template
            const element = this.template?.querySelector<HTMLElement>(
                `[role="treeitem"][data-id="${this.pendingFocus}"]`
            );
            this.pendingFocus = undefined;
            element?.focus();
        }
    }

    @wire(getRelationshipMap, { planId: '$recordId' })
    wiredMapResult(result: WireResult<RelationshipMap>): void {
        this.wiredMap = result;
        this.map = result.data;
        this.error = result.error;
        if (this.selectedId && !this.forest?.byId.has(this.selectedId)) {
            this.selectedId = undefined;
        }
    }

    /** The workspace's stakeholders changed elsewhere (e.g. the Stakeholders tab): reload the map. */
    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspaceResult(result: WireResult<PlanWorkspace>): void {
        this.wiredWorkspace = result;
        if (result.data && this.map && signature(result.data.stakeholders) !== signature(this.map.people)) {
            void refreshApex(this.wiredMap);
        }
    }

    // ------------------------------------------------------------------------------------------- model

    get isLoading(): boolean {
        return !this.map && !this.error;
    }

    get forest(): Forest | undefined {
        const map = this.map;
        if (!map) {
            return undefined;
        }
        let cache = this.forestCache;
        if (cache?.map !== map || cache.showContacts !== this.showContacts) {
            const forest = buildForest(map.people, this.showContacts);
            cache = { map, showContacts: this.showContacts, forest, counts: reportCounts(forest) };
            this.forestCache = cache;
        }
        return cache.forest;
    }

    /** Read only with people on the map (the template's hasPeople, the export button under it). */
    get layout(): Layout {
        const forest = this.forest as Forest;
        let cache = this.layoutCache;
        if (cache?.forest !== forest || cache.collapsed !== this.collapsed) {
            cache = { forest, collapsed: this.collapsed, layout: layoutForest(forest, this.collapsed) };
            this.layoutCache = cache;
        }
        return cache.layout;
    }

    get hasPeople(): boolean {
        return (this.forest?.byId.size ?? 0) > 0;
    }

    get showEmpty(): boolean {
        return Boolean(this.map) && !this.hasPeople;
    }

    /** Read only under the template's lwc:if={map}; each text is its own key. */
    get notices(): string[] {
        const map = this.map as RelationshipMap;
        const notices: string[] = [];
        if (!map.canReadContacts) {
            notices.push(LABEL_NO_CONTACT_ACCESS);
        } else if (!map.canReadReportsTo) {
            notices.push(LABEL_NO_REPORTS_TO_ACCESS);
        }
        if (map.hasMoreContacts) {
            notices.push(formatLabel(LABEL_MORE_CONTACTS, map.maxContacts));
        }
        return notices;
    }

    /** Read only with a map (the template's lwc:if={map}, the export). */
    get gaps(): { key: string; text: string; contactId: string | undefined }[] {
        const people = (this.map as RelationshipMap).people;
        const names = new Map(people.map((person) => [person.contactId, describe(person).name]));
        return coverageGaps(people).map((gap) => ({
            key: gap.code,
            text: formatLabel(GAP_LABELS[gap.code], gap.contactIds.map((id) => names.get(id)).join(', ')),
            contactId: gap.contactIds[0]
        }));
    }

    get hasGaps(): boolean {
        return this.gaps.length > 0;
    }

    get summary(): string {
        const forest = this.forest as Forest;
        const nodes = [...forest.byId.values()];
        return formatLabel(
            LABEL_SUMMARY,
            nodes.length,
            nodes.filter((node) => isStakeholder(node.person)).length,
            forest.unplaced.length
        );
    }

    get isChart(): boolean {
        return this.view === 'chart';
    }

    get hasCollapsed(): boolean {
        return this.collapsed.size > 0;
    }

    get zoomText(): string {
        return formatLabel(LABEL_ZOOM_LEVEL, Math.round(this.zoom * 100));
    }

    get zoomOutDisabled(): boolean {
        return this.zoom <= ZOOM_STEPS[0];
    }

    get zoomInDisabled(): boolean {
        return this.zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1];
    }

    get canvasStyle(): string {
        const layout = this.layout;
        return `width:${layout.width * this.zoom}px;height:${layout.height * this.zoom}px;`;
    }

    get contentStyle(): string {
        const layout = this.layout;
        return `width:${layout.width}px;height:${layout.height}px;transform:scale(${this.zoom});`;
    }

    get connectorViews(): { key: string; d: string; className: string }[] {
        return this.layout.connectors.map((connector) => ({
            key: connector.key,
            d: connector.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
            className: connector.indirect ? 'map-line map-line_indirect' : 'map-line'
        }));
    }

    /** The people in and near the visible part of the chart, and the focused and the selected person. */
    get nodeViews(): NodeView[] {
        const view = this.chartWindow;
        const left = view.left / this.zoom - WINDOW_MARGIN;
        const top = view.top / this.zoom - WINDOW_MARGIN;
        const right = (view.left + view.width) / this.zoom + WINDOW_MARGIN;
        const bottom = (view.top + view.height) / this.zoom + WINDOW_MARGIN;
        const keep = new Set([this.tabStop(), this.selectedId]);
        return this.layout.nodes
            .filter(
                (placed) =>
                    keep.has(placed.node.id) ||
                    (placed.x + NODE_WIDTH >= left &&
                        placed.x <= right &&
                        placed.y + NODE_HEIGHT >= top &&
                        placed.y <= bottom)
            )
            .map((placed) => this.nodeView(placed.node, placed.x, placed.y));
    }

    get unplacedCaption(): { text: string; style: string } | undefined {
        const top = this.layout.unplacedTop;
        return top ? { text: this.unplacedTitle, style: `top:${top - 28}px;` } : undefined;
    }

    get unplacedTitle(): string {
        return formatLabel(LABEL_UNPLACED_TITLE, (this.forest as Forest).unplaced.length);
    }

    /** The tree in reading order (everyone, whatever is collapsed), then the people not placed. */
    get outlineRows(): OutlineRow[] {
        const rows: OutlineRow[] = [];
        const visit = (node: MapNode): void => {
            rows.push({
                key: node.id,
                nameStyle: `padding-left:${node.depth * 1.25 + 0.5}rem;`,
                titleText: node.person.title ? `, ${node.person.title}` : '',
                levelText: formatLabel(LABEL_LEVEL, node.depth + 1),
                reportsTo: node.parent ? describe(node.parent.person).name : '',
                text: describe(node.person, node)
            });
            node.children.forEach(visit);
        };
        const forest = this.forest as Forest;
        forest.roots.forEach(visit);
        forest.unplaced.forEach((node) =>
            rows.push({
                key: node.id,
                titleText: node.person.title ? `, ${node.person.title}` : '',
                nameStyle: 'padding-left:0.5rem;',
                levelText: LABEL_NOT_PLACED,
                reportsTo: LABEL_NOT_PLACED,
                text: describe(node.person, node)
            })
        );
        return rows;
    }

    get selectedNode(): MapNode | undefined {
        return this.selectedId ? (this.forest as Forest).byId.get(this.selectedId) : undefined;
    }

    get details(): PersonDetails | undefined {
        const node = this.selectedNode;
        if (!node) {
            return undefined;
        }
        const person = node.person;
        const text = describe(person, node);
        const facts: DetailFact[] = [{ key: 'role', label: LABEL_BUYING_ROLE, value: text.role }];
        if (isStakeholder(person)) {
            facts.push(
                { key: 'influence', label: LABEL_INFLUENCE, value: person.influence ?? LABEL_NOT_SET },
                { key: 'attitude', label: LABEL_ATTITUDE, value: `${text.attitudeIcon} ${text.attitude}` },
                { key: 'strength', label: LABEL_STRENGTH, value: text.strength },
                { key: 'owner', label: LABEL_OWNER, value: person.relationshipOwnerName ?? LABEL_NO_OWNER }
            );
        }
        facts.push({ key: 'reportsTo', label: LABEL_REPORTS_TO, value: this.managerText(person) });
        if (node.children.length > 0) {
            facts.push({
                key: 'reports',
                label: formatLabel(LABEL_DIRECT_REPORTS, node.children.length),
                value: node.children.map((child) => describe(child.person).name).join(', ')
            });
        }
        return {
            id: node.id,
            name: text.name,
            title: person.title,
            isOtherAccount: person.isOtherAccount,
            isStakeholder: isStakeholder(person),
            facts,
            markers: text.markers,
            hasReports: node.children.length > 0,
            isCollapsed: this.collapsed.has(node.id),
            canOpenContact: person.name !== null
        };
    }

    get canAddSelected(): boolean {
        const person = this.selectedNode?.person;
        return Boolean(person && this.canAdd(person));
    }

    get canEditSelected(): boolean {
        const person = this.selectedNode?.person;
        return Boolean(person && isStakeholder(person) && (this.map as RelationshipMap).canManageStakeholders);
    }

    get canSetReportsToSelected(): boolean {
        const person = this.selectedNode?.person;
        const map = this.map as RelationshipMap;
        return Boolean(person && (map.canEditContacts || (isStakeholder(person) && map.canSetPlanReportsTo)));
    }

    /** Everyone named on the map except the person and those who report to them (that would loop), by name. */
    get managerOptions(): { label: string; value: string }[] {
        const node = this.selectedNode;
        if (!node) {
            // Stryker disable next-line ArrayDeclaration: with nobody selected the details panel shows nothing
            return [];
        }
        const people = (this.map as RelationshipMap).people;
        const under = reportsUnder(people, node.id);
        return people
            .filter((person) => person.name && person.contactId !== node.id && !under.has(person.contactId))
            .map((person) => ({
                label: person.title ? `${person.name} (${person.title})` : (person.name as string),
                value: person.contactId
            }))
            .sort((a, b) => a.label.localeCompare(b.label));
    }

    get selectedManagerId(): string | null {
        return this.selectedNode?.person.reportsToId ?? null;
    }

    /** The manager's name and where the line comes from, or "Nobody on the map". */
    private managerText(person: RelationshipMapPerson): string {
        const manager = person.reportsToId ? this.personById(person.reportsToId) : undefined;
        if (!manager) {
            return LABEL_NO_MANAGER;
        }
        const source = person.reportsToSource === 'PLAN' ? LABEL_SOURCE_PLAN : LABEL_SOURCE_CONTACT;
        return `${describe(manager).name} (${source})`;
    }

    private personById(contactId: string): RelationshipMapPerson | undefined {
        return (this.map as RelationshipMap).people.find((person) => person.contactId === contactId);
    }

    /** The node Tab reaches in the chart: the one last focused, else the first. */
    private tabStop(): string | undefined {
        const forest = this.forest as Forest;
        return this.focusedId && forest.byId.has(this.focusedId) ? this.focusedId : this.tops()[0].id;
    }

    /** The tops of the branches, then the people not placed: the peers of everyone without a manager. */
    private tops(): MapNode[] {
        const forest = this.forest as Forest;
        return [...forest.roots, ...forest.unplaced];
    }

    private canAdd(person: RelationshipMapPerson): boolean {
        return !isStakeholder(person) && (this.map as RelationshipMap).canManageStakeholders;
    }

    private nodeView(node: MapNode, x: number, y: number): NodeView {
        const forest = this.forest as Forest;
        const text = describe(node.person, node);
        const collapsed = this.collapsed.has(node.id);
        const unplaced = isUnplaced(node);
        const peers = node.parent ? node.parent.children : unplaced ? forest.unplaced : forest.roots;
        // Stryker disable next-line OptionalChaining: the forest getter above has just filled the cache
        const hidden = collapsed ? formatLabel(LABEL_HIDDEN_REPORTS, this.forestCache?.counts.get(node.id)) : '';
        return {
            id: node.id,
            group: unplaced ? 'unplaced' : 'chart',
            slotStyle: `left:${x}px;top:${y}px;`,
            nodeClass:
                nodeClasses(node.person) +
                (node.id === this.selectedId ? ' map-node_selected' : '') +
                (isNegativeDecisionMaker(node.person) ? ' map-node_gap' : ''),
            tabIndex: node.id === this.tabStop() ? '0' : '-1',
            level: node.depth + 1,
            setSize: peers.length,
            posInSet: peers.indexOf(node) + 1,
            ariaExpanded: node.children.length > 0 ? String(!collapsed) : undefined,
            assistiveText: unplaced ? LABEL_NOT_PLACED : hidden,
            text,
            isStakeholder: isStakeholder(node.person),
            showAdd: this.canAdd(node.person),
            addLabel: formatLabel(LABEL_ADD_NAMED, text.name),
            hasToggle: node.children.length > 0,
            toggleText: collapsed ? `▸ ${hidden}` : '▾'
        };
    }

    // ------------------------------------------------------------------------------------- interaction

    handleViewChange(event: CustomEvent<{ value: string }>): void {
        this.view = event.detail.value;
    }

    handleShowContactsChange(event: CustomEvent<{ checked: boolean }>): void {
        this.showContacts = event.detail.checked;
        this.collapsed = new Set();
    }

    handleZoomIn(): void {
        this.zoom = ZOOM_STEPS.find((step) => step > this.zoom) ?? this.zoom;
    }

    handleZoomOut(): void {
        this.zoom = [...ZOOM_STEPS].reverse().find((step) => step < this.zoom) ?? this.zoom;
    }

    handleZoomReset(): void {
        this.zoom = 1;
    }

    /** Ctrl (or Cmd) + wheel zooms, like maps do; the plain wheel scrolls. */
    handleWheel(event: WheelEvent): void {
        if (event.ctrlKey || event.metaKey) {
            event.preventDefault();
            if (event.deltaY < 0) {
                this.handleZoomIn();
            } else {
                this.handleZoomOut();
            }
        }
    }

    /** Scrolling shows another part of the chart: draw the people there. */
    handleScroll(event: Event): void {
        this.measureWindow(event.currentTarget as HTMLElement);
    }

    handlePointerDown(event: PointerEvent): void {
        const target = event.target as HTMLElement;
        if (event.button !== 0 || target.closest('.map-slot')) {
            return;
        }
        const viewport = event.currentTarget as HTMLElement;
        this.drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    }

    handlePointerMove(event: PointerEvent): void {
        if (!this.drag) {
            return;
        }
        const viewport = event.currentTarget as HTMLElement;
        viewport.scrollLeft = this.drag.left - (event.clientX - this.drag.x);
        viewport.scrollTop = this.drag.top - (event.clientY - this.drag.y);
    }

    handlePointerUp(): void {
        this.drag = undefined;
    }

    handleNodeClick(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id as string;
        this.focusedId = id;
        this.selectedId = id;
    }

    handleNodeFocus(event: Event): void {
        this.focusedId = (event.currentTarget as HTMLElement).dataset.id;
    }

    handleToggleClick(event: Event): void {
        event.stopPropagation();
        this.toggleBranch((event.currentTarget as HTMLElement).dataset.id as string);
    }

    handleQuickAdd(event: Event): void {
        event.stopPropagation();
        this.addStakeholder((event.currentTarget as HTMLElement).dataset.id as string);
    }

    /** Arrow keys, Home and End follow the tree; Space collapses or expands; Enter opens the details; Escape closes them. */
    handleTreeKeyDown(event: KeyboardEvent): void {
        const item = event.target as HTMLElement;
        const node = (this.forest as Forest).byId.get(item.dataset.id as string) as MapNode;
        if (event.key === 'Enter') {
            this.selectedId = node.id;
        } else if (event.key === 'Escape') {
            this.selectedId = undefined;
        } else if (event.key === ' ') {
            this.toggleBranch(node.id);
        } else {
            // The people not placed sit in rows: up and down move along them like left and right.
            const key = isUnplaced(node) ? (ROW_KEYS[event.key] ?? event.key) : event.key;
            const next = moveFrom(node, key, this.tops(), this.collapsed);
            if (!next) {
                return;
            }
            this.moveFocus(next.id);
        }
        event.preventDefault();
    }

    handleExpandAll(): void {
        this.collapsed = new Set();
    }

    handleShowGap(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id as string;
        const node = (this.forest as Forest).byId.get(id) as MapNode;
        // Open the branch it sits in, then move to it.
        const collapsed = new Set(this.collapsed);
        for (let cursor = node.parent; cursor; cursor = cursor.parent) {
            collapsed.delete(cursor.id);
        }
        this.collapsed = collapsed;
        this.view = 'chart';
        this.selectedId = id;
        this.moveFocus(id);
    }

    handleDetailsClose(): void {
        // the close button is drawn only for a selected person on the map
        const node = this.selectedNode as MapNode;
        this.selectedId = undefined;
        // the person may sit in a branch collapsed since they were selected: focus the nearest one drawn
        this.moveFocus(visibleAncestor(node, this.collapsed).id);
    }

    handleDetailsToggle(): void {
        this.toggleBranch(this.selectedId as string);
    }

    handleDetailsAdd(): void {
        this.addStakeholder(this.selectedId as string);
    }

    handleOpenContact(): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: this.selectedId, objectApiName: CONTACT_OBJECT.objectApiName, actionName: 'view' }
        });
    }

    async handleDetailsEdit(): Promise<void> {
        const node = this.selectedNode as MapNode;
        const savedId = await PlanRecordModal.open({
            label: LABEL_EDIT,
            description: describe(node.person).name,
            size: 'medium',
            objectApiName: STAKEHOLDER_OBJECT,
            recordId: node.person.stakeholderId as string,
            fields: [ROLE_FIELD, INFLUENCE_FIELD, ATTITUDE_FIELD, STRENGTH_FIELD, OWNER_FIELD]
        });
        if (savedId) {
            showToast(this, LABEL_SUCCESS, LABEL_SAVED, 'success');
            await this.afterWrite();
        }
    }

    async handleSaveReportsTo(event: CustomEvent<{ managerId: string | null }>): Promise<void> {
        const node = this.selectedNode as MapNode;
        const name = describe(node.person).name;
        await this.write(async () => {
            const savedOn = await setReportsTo({
                planId: this.recordId as string,
                contactId: node.id,
                managerId: event.detail.managerId
            });
            if (savedOn === 'CONTACT') {
                await notifyRecordUpdateAvailable([{ recordId: node.id }]);
            }
            showToast(
                this,
                LABEL_SUCCESS,
                formatLabel(savedOn === 'CONTACT' ? LABEL_SAVED_CONTACT : LABEL_SAVED_PLAN, name),
                'success'
            );
        });
    }

    async handleExport(): Promise<void> {
        try {
            const blob = await renderPng(this.pngScene(), document.createElement('canvas'));
            download(blob, fileNameFor((this.map as RelationshipMap).planName));
        } catch (_error) {
            showToast(this, LABEL_EXPORT, LABEL_EXPORT_FAILED, 'error');
        }
    }

    private toggleBranch(id: string): void {
        const forest = this.forest as Forest;
        const node = forest.byId.get(id) as MapNode;
        if (node.children.length === 0) {
            return;
        }
        const collapsed = new Set(this.collapsed);
        if (!collapsed.delete(id)) {
            collapsed.add(id);
        }
        this.collapsed = collapsed;
        const focused = this.focusedId ? forest.byId.get(this.focusedId) : undefined;
        if (focused && visibleAncestor(focused, collapsed) !== focused) {
            this.moveFocus(id);
        }
    }

    private measureWindow(viewport: HTMLElement): void {
        this.chartWindow = {
            left: viewport.scrollLeft,
            top: viewport.scrollTop,
            width: viewport.clientWidth,
            height: viewport.clientHeight
        };
    }

    private moveFocus(id: string): void {
        this.focusedId = id;
        this.pendingFocus = id;
    }

    private async addStakeholder(contactId: string): Promise<void> {
        const person = this.personById(contactId) as RelationshipMapPerson;
        await this.write(async () => {
            await createRecord({
                apiName: STAKEHOLDER_OBJECT.objectApiName,
                fields: {
                    [PLAN_FIELD.fieldApiName as string]: this.recordId,
                    [CONTACT_FIELD.fieldApiName as string]: contactId
                }
            });
            showToast(this, LABEL_SUCCESS, formatLabel(LABEL_ADDED, person.name), 'success');
            this.selectedId = contactId;
        });
    }

    /** Runs a write with the spinner on, then reloads the map and the workspace; a failure shows in the panel. */
    private async write(action: () => Promise<void>): Promise<void> {
        this.isWorking = true;
        this.writeError = undefined;
        try {
            await action();
            await this.afterWrite();
        } catch (error) {
            this.writeError = error;
        } finally {
            this.isWorking = false;
        }
    }

    /** The map first, so the workspace's new value finds them equal and does not reload the map again. */
    private async afterWrite(): Promise<void> {
        await refreshApex(this.wiredMap);
        await refreshPlan(this.recordId, this.wiredWorkspace);
    }

    private pngScene(): PngScene {
        const layout = this.layout as Layout;
        const toPng = (node: MapNode, x: number, y: number): PngNode => {
            const text = describe(node.person, node);
            // Stryker disable next-line StringLiteral: no attitude finds no style, under '' or any other such key
            const attitude = ATTITUDES[node.person.attitude ?? ''] ?? NO_ATTITUDE;
            return {
                x,
                y,
                name: text.name,
                lines: [
                    text.title,
                    text.roleLine,
                    `${text.attitudeIcon} ${text.attitude}  ${text.strengthDots}`.trim(),
                    [text.owner, ...text.markers].filter((part) => part).join(' · ')
                ],
                accent: isStakeholder(node.person) ? attitude.colour : NO_ATTITUDE.colour,
                // Stryker disable next-line StringLiteral: no influence finds no width, under '' or any other such key
                border: INFLUENCE_BORDER[node.person.influence ?? ''] ?? 1,
                dimmed: !isStakeholder(node.person)
            };
        };
        const caption = this.unplacedCaption;
        return {
            title: formatLabel(LABEL_EXPORT_TITLE, (this.map as RelationshipMap).planName),
            notes: [formatLabel(LABEL_EXPORT_DATE, formatDate(todayIso())), ...this.gaps.map((gap) => gap.text)],
            width: layout.width,
            height: layout.height,
            nodes: layout.nodes.map((placed) => toPng(placed.node, placed.x, placed.y)),
            lines: layout.connectors.map((connector) => ({ points: connector.points, dashed: connector.indirect })),
            captions: caption ? [{ x: MARGIN, y: (layout.unplacedTop as number) - 12, text: caption.text }] : []
        };
    }
}

type Assessment = Pick<
    RelationshipMapPerson,
    'contactId' | 'buyingRole' | 'influence' | 'attitude' | 'relationshipStrength' | 'relationshipOwnerId'
> & { id?: string; stakeholderId?: string | null };

/** The stakeholders' assessments (workspace rows, or the map's people), to notice changes made elsewhere. */
function signature(rows: readonly Assessment[]): string {
    return JSON.stringify(
        rows
            .filter((row) => row.id || row.stakeholderId)
            .map((row) => [
                row.contactId,
                row.buyingRole,
                row.influence,
                row.attitude,
                row.relationshipStrength,
                row.relationshipOwnerId
            ])
            .sort()
    );
}
