/**
 * The relationship map's model, without the DOM: the org chart built from the people's reporting lines, the
 * coverage gaps, the layout and the keyboard moves. Pure functions, so they are tested on their own.
 *
 * Cost: building is O(n) (each person's manager is resolved once, loops are found in one pass) plus sorting each
 * manager's reports by name, O(n log n); the layout measures and places every node once, O(n).
 */

/** What a node shows and how it hangs in the tree. */
export interface MapNode {
    /** The contact Id. */
    id: string;
    person: RelationshipMapPerson;
    parent: MapNode | null;
    children: MapNode[];
    /** 0 for the top of a branch. */
    depth: number;
    /** The line to the manager skips people the view leaves out (contacts who are not stakeholders). */
    indirect: boolean;
    /** The person reports to someone who is not on the map (another account, beyond the bound, hidden). */
    missingManager: boolean;
    /** The person's line was cut because the reporting lines loop. */
    loopBroken: boolean;
}

export interface Forest {
    /** Tops of the branches that have at least one report, by name. */
    roots: MapNode[];
    /** People connected to nobody on the map: stakeholders first, then by name. */
    unplaced: MapNode[];
    byId: Map<string, MapNode>;
}

export function isStakeholder(person: RelationshipMapPerson): boolean {
    return Boolean(person.stakeholderId);
}

/** By name (hidden names last), then by Id so the order never depends on the server's. */
function byName(a: MapNode, b: MapNode): number {
    const nameA = a.person.name ?? '';
    const nameB = b.person.name ?? '';
    if (!nameA !== !nameB) {
        return nameA ? -1 : 1;
    }
    return nameA.localeCompare(nameB) || a.id.localeCompare(b.id);
}

function stakeholdersFirst(a: MapNode, b: MapNode): number {
    return Number(isStakeholder(b.person)) - Number(isStakeholder(a.person)) || byName(a, b);
}

/**
 * The org chart. includeContacts false leaves out the contacts who are not stakeholders: a stakeholder then
 * hangs under the nearest stakeholder above them (an indirect line). Loops in the reporting lines are cut at the
 * member with the smallest Id, who becomes a top. A contact of another account who is not a stakeholder is shown
 * only while someone on the map reports to them.
 */
export function buildForest(people: readonly RelationshipMapPerson[], includeContacts: boolean): Forest {
    const everyone = new Map<string, RelationshipMapPerson>();
    people.forEach((person) => {
        if (!everyone.has(person.contactId)) {
            everyone.set(person.contactId, person);
        }
    });
    const byId = new Map<string, MapNode>();
    everyone.forEach((person, id) => {
        if (includeContacts || isStakeholder(person)) {
            byId.set(id, {
                id,
                person,
                parent: null,
                children: [],
                depth: 0,
                indirect: false,
                missingManager: false,
                loopBroken: false
            });
        }
    });
    linkManagers(everyone, byId);
    breakLoops(byId);
    byId.forEach((node) => node.parent?.children.push(node));
    dropLoneOutsiders(byId);
    const tops = [...byId.values()].filter((node) => !node.parent);
    tops.forEach((top) => setDepths(top));
    byId.forEach((node) => node.children.sort(byName));
    return {
        roots: tops.filter((node) => node.children.length > 0).sort(byName),
        unplaced: tops.filter((node) => node.children.length === 0).sort(stakeholdersFirst),
        byId
    };
}

/** Sets each shown node's parent: its manager, or the nearest shown person above a manager the view leaves out. */
function linkManagers(everyone: Map<string, RelationshipMapPerson>, byId: Map<string, MapNode>): void {
    const shownAbove = new Map<string, MapNode | null>();
    const nearestShown = (start: string): MapNode | null => {
        const path = new Set<string>();
        let cursor: string | null = start;
        let found: MapNode | null = null;
        // stops at the top, or where the hidden people's lines loop
        while (cursor && !path.has(cursor)) {
            const shown = byId.get(cursor);
            if (shown || shownAbove.has(cursor)) {
                found = shown ?? shownAbove.get(cursor) ?? null;
                break;
            }
            path.add(cursor);
            cursor = everyone.get(cursor)?.reportsToId ?? null;
        }
        path.forEach((id) => shownAbove.set(id, found));
        return found;
    };
    byId.forEach((node) => {
        const managerId = node.person.reportsToId;
        if (!managerId) {
            return;
        }
        if (!everyone.has(managerId)) {
            node.missingManager = true;
            return;
        }
        node.parent = nearestShown(managerId);
        node.indirect = node.parent !== null && node.parent.id !== managerId;
    });
}

/** Cuts every loop once: following parents from each node, a node met again on the same walk closes a loop. */
function breakLoops(byId: Map<string, MapNode>): void {
    const done = new Set<MapNode>();
    byId.forEach((start) => {
        const walk = new Set<MapNode>();
        let cursor: MapNode | null = start;
        while (cursor && !done.has(cursor) && !walk.has(cursor)) {
            walk.add(cursor);
            cursor = cursor.parent;
        }
        if (cursor && !done.has(cursor)) {
            const steps = [...walk];
            const loop = steps.slice(steps.indexOf(cursor));
            // the smallest Id: sort() compares strings by code unit
            const cut = byId.get(loop.map((node) => node.id).sort()[0]) as MapNode;
            cut.parent = null;
            cut.indirect = false;
            cut.loopBroken = true;
        }
        // Stryker disable next-line ArrowFunction: equivalent in results, a cache (each walk stops where an earlier one passed, O(n)); each node has one parent, so a loop is cut on its first walk anyway
        walk.forEach((node) => done.add(node));
    });
}

/** Removes contacts of other accounts who are not stakeholders and have nobody under them (and so on upwards). */
function dropLoneOutsiders(byId: Map<string, MapNode>): void {
    const isLoneOutsider = (node: MapNode): boolean =>
        node.person.isOtherAccount && !isStakeholder(node.person) && node.children.length === 0;
    const queue = [...byId.values()].filter(isLoneOutsider);
    while (queue.length > 0) {
        const node = queue.pop() as MapNode;
        byId.delete(node.id);
        const parent = node.parent;
        if (parent) {
            parent.children.splice(parent.children.indexOf(node), 1);
            if (isLoneOutsider(parent)) {
                queue.push(parent);
            }
        }
    }
}

function setDepths(top: MapNode): void {
    const stack: MapNode[] = [top];
    while (stack.length > 0) {
        const node = stack.pop() as MapNode;
        node.depth = node.parent ? node.parent.depth + 1 : 0;
        stack.push(...node.children);
    }
}

/** How many people report to each node, directly or not (for "12 hidden" on a collapsed branch). */
export function reportCounts(forest: Forest): Map<string, number> {
    const counts = new Map<string, number>();
    const count = (node: MapNode): number => {
        const total = node.children.reduce((sum, child) => sum + 1 + count(child), 0);
        counts.set(node.id, total);
        return total;
    };
    forest.roots.forEach(count);
    forest.unplaced.forEach(count);
    return counts;
}

/** The contact Ids of everyone who reports to the person, directly or through others, by the people's own lines. */
export function reportsUnder(people: readonly RelationshipMapPerson[], contactId: string): Set<string> {
    // the people without a manager are listed under null, which is nobody's contact Id
    const reports = new Map<string | null, string[]>();
    people.forEach((person) => {
        const list = reports.get(person.reportsToId) ?? [];
        list.push(person.contactId);
        reports.set(person.reportsToId, list);
    });
    const under = new Set<string>();
    const stack = [...(reports.get(contactId) ?? [])];
    while (stack.length > 0) {
        const id = stack.pop() as string;
        if (id !== contactId && !under.has(id)) {
            under.add(id);
            stack.push(...(reports.get(id) ?? []));
        }
    }
    return under;
}

// ---------------------------------------------------------------------------------------------- coverage gaps

/** The reason codes of PlanReasonCodes (Apex) the map detects; each has the custom label Reason_<CODE>. */
export type GapCode = 'NO_ECONOMIC_BUYER' | 'NO_DECISION_MAKER' | 'NO_CHAMPION' | 'DECISION_MAKER_NEGATIVE';

export interface CoverageGap {
    code: GapCode;
    /** The people the gap is about (the negative decision makers), in the people's order. */
    contactIds: string[];
}

export const NEGATIVE_ATTITUDES = ['Skeptic', 'Detractor'];

export function isNegativeDecisionMaker(person: RelationshipMapPerson): boolean {
    return (
        isStakeholder(person) &&
        person.buyingRole === 'Decision Maker' &&
        NEGATIVE_ATTITUDES.some((attitude) => attitude === person.attitude)
    );
}

/**
 * The stakeholder coverage gaps, with the definitions of PlanReasonCodes: no Economic Buyer, no Decision Maker,
 * no champion (buying role or attitude Champion), decision makers who are skeptics or detractors.
 */
export function coverageGaps(people: readonly RelationshipMapPerson[]): CoverageGap[] {
    const stakeholders = people.filter(isStakeholder);
    const hasRole = (role: string) => stakeholders.some((person) => person.buyingRole === role);
    const gaps: CoverageGap[] = [];
    if (!hasRole('Economic Buyer')) {
        gaps.push({ code: 'NO_ECONOMIC_BUYER', contactIds: [] });
    }
    if (!hasRole('Decision Maker')) {
        gaps.push({ code: 'NO_DECISION_MAKER', contactIds: [] });
    }
    if (!hasRole('Champion') && !stakeholders.some((person) => person.attitude === 'Champion')) {
        gaps.push({ code: 'NO_CHAMPION', contactIds: [] });
    }
    const negative = stakeholders.filter(isNegativeDecisionMaker).map((person) => person.contactId);
    if (negative.length > 0) {
        gaps.push({ code: 'DECISION_MAKER_NEGATIVE', contactIds: negative });
    }
    return gaps;
}

// ---------------------------------------------------------------------------------------------------- layout

export const NODE_WIDTH = 224;
export const NODE_HEIGHT = 124;
/** Between neighbouring branches. */
export const H_GAP = 24;
/** Between a manager's row and the reports' row (the elbow of the line sits half way). */
export const V_GAP = 56;
/** A manager whose reports (at least STACK_MIN) have nobody under them shows them in a column, not a row. */
export const STACK_MIN = 3;
export const STACK_INDENT = 32;
export const STACK_GAP = 12;
export const MARGIN = 16;
/** Room above the people not placed for their caption. */
export const CAPTION_HEIGHT = 40;
/** The people not placed are shown in rows at least this many nodes wide. */
export const UNPLACED_COLUMNS = 4;

export interface Point {
    x: number;
    y: number;
}

export interface PlacedNode {
    node: MapNode;
    x: number;
    y: number;
}

export interface Connector {
    /** The report's contact Id. */
    key: string;
    points: Point[];
    indirect: boolean;
}

export interface Layout {
    /** The tree's nodes, then the people not placed. */
    nodes: PlacedNode[];
    connectors: Connector[];
    width: number;
    height: number;
    /** Where the rows of people not placed start (their caption sits above), or null when there are none. */
    unplacedTop: number | null;
}

export function visibleChildren(node: MapNode, collapsed: ReadonlySet<string>): MapNode[] {
    return collapsed.has(node.id) ? [] : node.children;
}

function isStacked(children: MapNode[], collapsed: ReadonlySet<string>): boolean {
    return children.length >= STACK_MIN && children.every((child) => visibleChildren(child, collapsed).length === 0);
}

/**
 * Positions of the visible nodes (a collapsed node hides everything under it) and the lines between them, in
 * pixels, branches side by side: each subtree is as wide as its reports' subtrees together, and a manager sits
 * centred above them. The people not placed follow in rows below.
 */
export function layoutForest(forest: Forest, collapsed: ReadonlySet<string>): Layout {
    const widths = new Map<MapNode, number>();
    const measure = (node: MapNode): number => {
        const children = visibleChildren(node, collapsed);
        // without reports the span is -H_GAP, so the node's own width wins
        const span = children.reduce((sum, child) => sum + measure(child), 0) + H_GAP * (children.length - 1);
        const width = isStacked(children, collapsed) ? STACK_INDENT + NODE_WIDTH : Math.max(NODE_WIDTH, span);
        widths.set(node, width);
        return width;
    };
    const layout: Layout = { nodes: [], connectors: [], width: 0, height: 0, unplacedTop: null };
    const add = (node: MapNode, x: number, y: number): void => {
        layout.nodes.push({ node, x, y });
        layout.width = Math.max(layout.width, x + NODE_WIDTH + MARGIN);
        layout.height = Math.max(layout.height, y + NODE_HEIGHT + MARGIN);
    };
    const place = (node: MapNode, left: number, top: number): number => {
        const width = widths.get(node) as number;
        const children = visibleChildren(node, collapsed);
        if (isStacked(children, collapsed)) {
            add(node, left, top);
            const lineX = left + STACK_INDENT / 2;
            children.forEach((child, index) => {
                const y = top + NODE_HEIGHT + STACK_GAP + index * (NODE_HEIGHT + STACK_GAP);
                add(child, left + STACK_INDENT, y);
                layout.connectors.push({
                    key: child.id,
                    indirect: child.indirect,
                    points: [
                        { x: lineX, y: top + NODE_HEIGHT },
                        { x: lineX, y: y + NODE_HEIGHT / 2 },
                        { x: left + STACK_INDENT, y: y + NODE_HEIGHT / 2 }
                    ]
                });
            });
            return left;
        }
        const x = left + (width - NODE_WIDTH) / 2;
        add(node, x, top);
        const childTop = top + NODE_HEIGHT + V_GAP;
        // the reports' subtrees fill the width exactly (it is their span, at least NODE_WIDTH)
        let cursor = left;
        children.forEach((child) => {
            const childX = place(child, cursor, childTop);
            const from = x + NODE_WIDTH / 2;
            const to = childX + NODE_WIDTH / 2;
            layout.connectors.push({
                key: child.id,
                indirect: child.indirect,
                points: [
                    { x: from, y: top + NODE_HEIGHT },
                    { x: from, y: top + NODE_HEIGHT + V_GAP / 2 },
                    { x: to, y: top + NODE_HEIGHT + V_GAP / 2 },
                    { x: to, y: childTop }
                ]
            });
            cursor += (widths.get(child) as number) + H_GAP;
        });
        return x;
    };
    let left = MARGIN;
    forest.roots.forEach((root) => {
        const width = measure(root);
        place(root, left, MARGIN);
        left += width + H_GAP * 2;
    });
    if (forest.unplaced.length > 0) {
        const top = layout.height + CAPTION_HEIGHT;
        const width = Math.max(layout.width, MARGIN + UNPLACED_COLUMNS * (NODE_WIDTH + H_GAP));
        layout.unplacedTop = top;
        rowsBelow(forest.unplaced.length, top, width).forEach((point, index) =>
            add(forest.unplaced[index], point.x, point.y)
        );
    }
    return layout;
}

/** Positions for count nodes in rows from `top`, as many per row as fit in `width` (at least one). */
export function rowsBelow(count: number, top: number, width: number): Point[] {
    const perRow = Math.max(1, Math.floor((width - MARGIN) / (NODE_WIDTH + H_GAP)));
    return Array.from({ length: count }, (_unused, index) => ({
        x: MARGIN + (index % perRow) * (NODE_WIDTH + H_GAP),
        y: top + Math.floor(index / perRow) * (NODE_HEIGHT + H_GAP)
    }));
}

// ------------------------------------------------------------------------------------------------- keyboard

/**
 * The node an arrow key (or Home/End) moves to from a node, following the tree as drawn: up to the manager, down
 * to the first report, left and right to the previous and next peer; Home to the first top, End to the last
 * visible person of the last top. tops: the tops of the branches, then the people not placed.
 */
export function moveFrom(
    node: MapNode,
    key: string,
    tops: readonly MapNode[],
    collapsed: ReadonlySet<string>
): MapNode | undefined {
    const peers = node.parent ? node.parent.children : tops;
    const index = peers.indexOf(node);
    switch (key) {
        case 'ArrowUp':
            return node.parent ?? undefined;
        case 'ArrowDown':
            return visibleChildren(node, collapsed)[0];
        case 'ArrowLeft':
            return peers[index - 1];
        case 'ArrowRight':
            return peers[index + 1];
        case 'Home':
            return tops[0];
        case 'End': {
            let last = tops[tops.length - 1];
            while (last && visibleChildren(last, collapsed).length > 0) {
                const children = visibleChildren(last, collapsed);
                last = children[children.length - 1];
            }
            return last;
        }
        // Stryker disable next-line ConditionalExpression: equivalent, an emptied default falls out of the switch and returns undefined all the same
        default:
            return undefined;
    }
}

/** The nearest node at or above this one that is not hidden inside a collapsed branch. */
export function visibleAncestor(node: MapNode, collapsed: ReadonlySet<string>): MapNode {
    let visible = node;
    for (let cursor = node.parent; cursor; cursor = cursor.parent) {
        if (collapsed.has(cursor.id)) {
            visible = cursor;
        }
    }
    return visible;
}
