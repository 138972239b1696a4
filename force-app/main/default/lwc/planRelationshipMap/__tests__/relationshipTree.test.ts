import {
    CAPTION_HEIGHT,
    H_GAP,
    MARGIN,
    NODE_HEIGHT,
    NODE_WIDTH,
    STACK_GAP,
    STACK_INDENT,
    V_GAP,
    buildForest,
    coverageGaps,
    isNegativeDecisionMaker,
    layoutForest,
    moveFrom,
    reportCounts,
    reportsUnder,
    rowsBelow,
    visibleAncestor,
    type Forest,
    type MapNode
} from '../relationshipTree';
import northwind from './data/relationshipMapNorthwind.json';
import globex from './data/relationshipMapGlobex.json';

/** A contact of the plan's account; stakeholder fields only when `role` or `stakeholderId` is given. */
function person(contactId: string, reportsToId: string | null, extra: Partial<RelationshipMapPerson> = {}) {
    return {
        contactId,
        name: contactId.toUpperCase(),
        title: null,
        isOtherAccount: false,
        reportsToId,
        reportsToSource: reportsToId ? 'CONTACT' : null,
        stakeholderId: null,
        stakeholderName: null,
        buyingRole: null,
        influence: null,
        attitude: null,
        relationshipStrength: null,
        relationshipOwnerId: null,
        relationshipOwnerName: null,
        ...extra
    } as RelationshipMapPerson;
}

function stakeholder(contactId: string, reportsToId: string | null, extra: Partial<RelationshipMapPerson> = {}) {
    return person(contactId, reportsToId, { stakeholderId: `sh-${contactId}`, ...extra });
}

const ids = (nodes: readonly MapNode[]): string[] => nodes.map((node) => node.id);
const node = (forest: Forest, id: string): MapNode => forest.byId.get(id) as MapNode;
const NONE: ReadonlySet<string> = new Set();

describe('buildForest', () => {
    it('builds the chart from the reporting lines, reports by name, with depths', () => {
        const forest = buildForest(northwind.people as RelationshipMapPerson[], true);
        expect(ids(forest.roots)).toEqual(['003000000000007AAA']);
        const top = node(forest, '003000000000007AAA');
        expect(top.children.map((child) => child.person.name)).toEqual(['Daniel Ortiz', 'Grace Liu', 'Helen Park']);
        expect(node(forest, '003000000000020AAA').depth).toBe(3);
        expect(node(forest, '003000000000020AAA').parent?.person.name).toBe('Lena Fischer');
        expect(top.depth).toBe(0);
        // a top without a manager shows none of the line markers
        expect([top.indirect, top.missingManager, top.loopBroken]).toEqual([false, false, false]);
        expect(ids(forest.unplaced)).toEqual(['003000000000006AAA']);
        expect(forest.byId.size).toBe(12);
    });

    it('orders the branches by the name of their top', () => {
        const forest = buildForest([person('b', null), person('b1', 'b'), person('a', null), person('a1', 'a')], true);
        expect(ids(forest.roots)).toEqual(['a', 'b']);
    });

    it('puts the people connected to nobody in the unplaced group, stakeholders first, then by name', () => {
        const forest = buildForest(
            [person('z', null), stakeholder('y', null), person('b', null), stakeholder('c', null), person('a', 'b')],
            true
        );
        expect(ids(forest.roots)).toEqual(['b']);
        expect(ids(forest.unplaced)).toEqual(['c', 'y', 'z']);
    });

    it('breaks a loop in the reporting lines at its smallest Id instead of looping', () => {
        const forest = buildForest([person('b', 'c'), person('c', 'a'), person('a', 'b'), person('d', 'a')], true);
        const cut = node(forest, 'a');
        expect(cut.loopBroken).toBe(true);
        expect(cut.parent).toBeNull();
        expect(ids(forest.roots)).toEqual(['a']);
        expect(ids(cut.children)).toEqual(['c', 'd']);
        expect(node(forest, 'b').parent?.id).toBe('c');
        expect(node(forest, 'b').depth).toBe(2);
        expect(node(forest, 'b').loopBroken).toBe(false);
        expect(node(forest, 'c').loopBroken).toBe(false);
    });

    it('cuts the loop itself, not the person whose line leads into it', () => {
        const forest = buildForest([person('a', 'b'), person('b', 'c'), person('c', 'b')], true);
        expect([node(forest, 'a').loopBroken, node(forest, 'b').loopBroken]).toEqual([false, true]);
        expect(node(forest, 'a').parent?.id).toBe('b');
        expect(ids(forest.roots)).toEqual(['b']);
        expect(node(forest, 'c').parent?.id).toBe('b');
        expect(node(forest, 'a').depth).toBe(1);
    });

    it('breaks a person who reports to themselves', () => {
        const forest = buildForest([person('a', 'a'), person('b', 'a')], true);
        expect(node(forest, 'a').loopBroken).toBe(true);
        expect(ids(forest.roots)).toEqual(['a']);
        expect(ids(node(forest, 'a').children)).toEqual(['b']);
    });

    it('breaks a loop that the view reaches only through hidden contacts', () => {
        const forest = buildForest(
            [stakeholder('a', 'x'), person('x', 'b'), stakeholder('b', 'y'), person('y', 'a')],
            false
        );
        expect(forest.byId.size).toBe(2);
        expect([node(forest, 'a').loopBroken, node(forest, 'b').loopBroken]).toEqual([true, false]);
        expect(node(forest, 'b').parent?.id).toBe('a');
        expect(node(forest, 'b').indirect).toBe(true);
    });

    it('marks a manager who is not on the map, and leaves that person unplaced when nobody reports to them', () => {
        const forest = buildForest([stakeholder('a', 'gone'), person('b', 'gone2'), person('c', 'b')], true);
        expect(node(forest, 'a').missingManager).toBe(true);
        expect(node(forest, 'a').parent).toBeNull();
        expect(node(forest, 'a').indirect).toBe(false);
        expect(ids(forest.unplaced)).toEqual(['a']);
        expect(node(forest, 'b').missingManager).toBe(true);
        expect(ids(forest.roots)).toEqual(['b']);
        expect(node(forest, 'c').missingManager).toBe(false);
    });

    it('shows a contact of another account only while someone on the map reports to them', () => {
        const forest = buildForest(
            [
                person('parent-ceo', null, { isOtherAccount: true }),
                person('parent-vp', 'parent-ceo', { isOtherAccount: true }),
                stakeholder('a', 'parent-vp'),
                person('lonely', null, { isOtherAccount: true }),
                person('chain-top', null, { isOtherAccount: true }),
                person('chain-mid', 'chain-top', { isOtherAccount: true }),
                stakeholder('partner', null, { isOtherAccount: true })
            ],
            true
        );
        expect(forest.byId.has('lonely')).toBe(false);
        expect(forest.byId.has('chain-mid')).toBe(false);
        expect(forest.byId.has('chain-top')).toBe(false);
        expect(ids(forest.roots)).toEqual(['parent-ceo']);
        expect(node(forest, 'a').depth).toBe(2);
        expect(ids(forest.unplaced)).toEqual(['partner']);
    });

    it('with stakeholders only, hangs a stakeholder under the nearest stakeholder above, as an indirect line', () => {
        const forest = buildForest(
            [
                stakeholder('ceo', null),
                person('vp', 'ceo'),
                stakeholder('dir', 'vp'),
                stakeholder('mgr', 'dir'),
                person('x', null),
                stakeholder('lone', 'x')
            ],
            false
        );
        expect(forest.byId.has('vp')).toBe(false);
        expect(node(forest, 'dir').parent?.id).toBe('ceo');
        expect(node(forest, 'dir').indirect).toBe(true);
        expect(node(forest, 'mgr').indirect).toBe(false);
        expect(node(forest, 'lone').parent).toBeNull();
        expect(node(forest, 'lone').indirect).toBe(false);
        expect(node(forest, 'lone').missingManager).toBe(false);
        expect(ids(forest.unplaced)).toEqual(['lone']);
    });

    it('with stakeholders only, leaves a stakeholder unplaced whose hidden managers loop or end off the map', () => {
        const forest = buildForest(
            [
                stakeholder('a', 'x'),
                person('x', 'y'),
                person('y', 'x'),
                stakeholder('b', 'z'),
                person('z', 'gone'),
                stakeholder('c', null),
                stakeholder('d', 'c')
            ],
            false
        );
        expect(ids(forest.unplaced)).toEqual(['a', 'b']);
        expect([node(forest, 'a').parent, node(forest, 'b').parent]).toEqual([null, null]);
        expect([node(forest, 'a').loopBroken, node(forest, 'b').missingManager]).toEqual([false, false]);
        expect(ids(forest.roots)).toEqual(['c']);
    });

    it('climbs each hidden manager line once, however many stakeholders hang below it (O(n))', () => {
        const reads = new Map<string, number>();
        const counted = (entry: RelationshipMapPerson): RelationshipMapPerson => {
            const managerId = entry.reportsToId;
            return Object.defineProperty({ ...entry }, 'reportsToId', {
                get: () => {
                    reads.set(entry.contactId, (reads.get(entry.contactId) ?? 0) + 1);
                    return managerId;
                }
            });
        };
        const forest = buildForest(
            [
                stakeholder('top', null),
                ...[person('h1', 'h2'), person('h2', 'h3'), person('h3', 'top')].map(counted),
                stakeholder('s1', 'h1'),
                stakeholder('s2', 'h1'),
                stakeholder('s3', 'h2')
            ],
            false
        );
        expect(ids(node(forest, 'top').children)).toEqual(['s1', 's2', 's3']);
        expect(Object.fromEntries(reads)).toEqual({ h1: 1, h2: 1, h3: 1 });
    });

    it('keeps the first of duplicated people and sorts hidden names last', () => {
        const forest = buildForest(
            [person('m', null), person('k', 'm', { name: null }), person('j', 'm', { name: 'Zoe' }), person('j', null)],
            true
        );
        expect(forest.byId.size).toBe(3);
        expect(ids(node(forest, 'm').children)).toEqual(['j', 'k']);
    });

    it('sorts equal names by Id', () => {
        const forest = buildForest(
            [person('m', null), person('b', 'm', { name: 'Same' }), person('a', 'm', { name: 'Same' })],
            true
        );
        expect(ids(node(forest, 'm').children)).toEqual(['a', 'b']);
    });

    it('handles nobody', () => {
        const forest = buildForest([], true);
        expect(forest.roots).toEqual([]);
        expect(forest.unplaced).toEqual([]);
    });
});

describe('reportCounts and reportsUnder', () => {
    it('counts everyone under each person', () => {
        const forest = buildForest(northwind.people as RelationshipMapPerson[], true);
        const counts = reportCounts(forest);
        expect(counts.get('003000000000007AAA')).toBe(10);
        expect(counts.get('003000000000002AAA')).toBe(4);
        expect(counts.get('003000000000006AAA')).toBe(0);
    });

    it('finds everyone who reports to a person, directly or not, and survives loops', () => {
        const people = [person('a', 'c'), person('b', 'a'), person('c', 'b'), person('d', 'b'), person('e', null)];
        expect([...reportsUnder(people, 'a')].sort()).toEqual(['b', 'c', 'd']);
        expect([...reportsUnder(people, 'd')]).toEqual([]);
        expect([...reportsUnder(people, 'e')]).toEqual([]);
    });
});

describe('coverageGaps', () => {
    it('lists every gap when no stakeholder covers a role; contacts who are not stakeholders do not count', () => {
        const people = [
            person('a', null, { buyingRole: 'Economic Buyer', attitude: 'Champion' }),
            stakeholder('b', null, { buyingRole: 'User', attitude: 'Supporter' })
        ];
        expect(coverageGaps(people)).toEqual([
            { code: 'NO_ECONOMIC_BUYER', contactIds: [] },
            { code: 'NO_DECISION_MAKER', contactIds: [] },
            { code: 'NO_CHAMPION', contactIds: [] }
        ]);
    });

    it('finds no gap when an economic buyer, a positive decision maker and a champion are mapped', () => {
        expect(coverageGaps(northwind.people as RelationshipMapPerson[])).toEqual([]);
    });

    it('counts a champion by attitude as well as by buying role', () => {
        const base = [
            stakeholder('a', null, { buyingRole: 'Economic Buyer' }),
            stakeholder('b', null, { buyingRole: 'Decision Maker' })
        ];
        expect(coverageGaps([...base, stakeholder('c', null, { buyingRole: 'Champion' })])).toEqual([]);
        expect(coverageGaps([...base, stakeholder('c', null, { attitude: 'Champion' })])).toEqual([]);
    });

    it('names every decision maker who is a skeptic or detractor, in the people order', () => {
        const people = [
            stakeholder('a', null, { buyingRole: 'Decision Maker', attitude: 'Detractor' }),
            stakeholder('b', null, { buyingRole: 'Decision Maker', attitude: 'Neutral' }),
            stakeholder('c', null, { buyingRole: 'Decision Maker', attitude: 'Skeptic' }),
            person('d', null, { buyingRole: 'Decision Maker', attitude: 'Detractor' })
        ];
        expect(coverageGaps(people)).toEqual([
            { code: 'NO_ECONOMIC_BUYER', contactIds: [] },
            { code: 'NO_CHAMPION', contactIds: [] },
            { code: 'DECISION_MAKER_NEGATIVE', contactIds: ['a', 'c'] }
        ]);
        expect(people.map(isNegativeDecisionMaker)).toEqual([true, false, true, false]);
    });

    it('finds the detractor decision maker of the Globex sample', () => {
        expect(coverageGaps(globex.people as RelationshipMapPerson[])).toEqual([
            { code: 'NO_ECONOMIC_BUYER', contactIds: [] },
            { code: 'NO_CHAMPION', contactIds: [] },
            { code: 'DECISION_MAKER_NEGATIVE', contactIds: ['003000000000011AAA'] }
        ]);
    });

    it('does not treat a stakeholder without attitude as negative', () => {
        expect(isNegativeDecisionMaker(stakeholder('a', null, { buyingRole: 'Decision Maker' }))).toBe(false);
    });
});

describe('layoutForest', () => {
    const at = (layout: ReturnType<typeof layoutForest>, id: string) => {
        const placed = layout.nodes.find((entry) => entry.node.id === id);
        return placed ? { x: placed.x, y: placed.y } : undefined;
    };

    it('centres a manager above two reports side by side and draws elbow lines', () => {
        const forest = buildForest([person('m', null), person('a', 'm'), person('b', 'm')], true);
        const layout = layoutForest(forest, NONE);
        const childTop = MARGIN + NODE_HEIGHT + V_GAP;
        expect(at(layout, 'a')).toEqual({ x: MARGIN, y: childTop });
        expect(at(layout, 'b')).toEqual({ x: MARGIN + NODE_WIDTH + H_GAP, y: childTop });
        expect(at(layout, 'm')).toEqual({ x: MARGIN + (NODE_WIDTH + H_GAP) / 2, y: MARGIN });
        expect(layout.width).toBe(MARGIN + 2 * NODE_WIDTH + H_GAP + MARGIN);
        expect(layout.height).toBe(childTop + NODE_HEIGHT + MARGIN);
        const from = MARGIN + (NODE_WIDTH + H_GAP) / 2 + NODE_WIDTH / 2;
        const elbow = MARGIN + NODE_HEIGHT + V_GAP / 2;
        expect(layout.connectors).toEqual([
            {
                key: 'a',
                indirect: false,
                points: [
                    { x: from, y: MARGIN + NODE_HEIGHT },
                    { x: from, y: elbow },
                    { x: MARGIN + NODE_WIDTH / 2, y: elbow },
                    { x: MARGIN + NODE_WIDTH / 2, y: childTop }
                ]
            },
            {
                key: 'b',
                indirect: false,
                points: [
                    { x: from, y: MARGIN + NODE_HEIGHT },
                    { x: from, y: elbow },
                    { x: MARGIN + NODE_WIDTH + H_GAP + NODE_WIDTH / 2, y: elbow },
                    { x: MARGIN + NODE_WIDTH + H_GAP + NODE_WIDTH / 2, y: childTop }
                ]
            }
        ]);
        expect(layout.unplacedTop).toBeNull();
    });

    it('stacks three or more reports without reports of their own in a column', () => {
        const forest = buildForest(
            [person('m', null), person('a', 'm'), person('b', 'm'), person('c', 'm', { name: 'C' })],
            true
        );
        const layout = layoutForest(forest, NONE);
        expect(at(layout, 'm')).toEqual({ x: MARGIN, y: MARGIN });
        const rowY = (index: number) => MARGIN + NODE_HEIGHT + STACK_GAP + index * (NODE_HEIGHT + STACK_GAP);
        expect(at(layout, 'c')).toEqual({ x: MARGIN + STACK_INDENT, y: rowY(2) });
        expect(layout.connectors[0].points).toEqual([
            { x: MARGIN + STACK_INDENT / 2, y: MARGIN + NODE_HEIGHT },
            { x: MARGIN + STACK_INDENT / 2, y: rowY(0) + NODE_HEIGHT / 2 },
            { x: MARGIN + STACK_INDENT, y: rowY(0) + NODE_HEIGHT / 2 }
        ]);
        expect(layout.width).toBe(MARGIN + STACK_INDENT + NODE_WIDTH + MARGIN);
    });

    it('makes room for a column of reports beside the next branch and the next report', () => {
        const forest = buildForest(
            [
                person('m', null),
                person('a', 'm'),
                person('a1', 'a'),
                person('a2', 'a'),
                person('a3', 'a'),
                person('b', 'm'),
                person('n', null),
                person('n1', 'n')
            ],
            true
        );
        const layout = layoutForest(forest, NONE);
        const column = STACK_INDENT + NODE_WIDTH;
        expect(at(layout, 'a')).toEqual({ x: MARGIN, y: MARGIN + NODE_HEIGHT + V_GAP });
        expect(at(layout, 'b')?.x).toBe(MARGIN + column + H_GAP);
        expect(at(layout, 'm')?.x).toBe(MARGIN + (column + H_GAP) / 2);
        expect(at(layout, 'n')?.x).toBe(MARGIN + column + H_GAP + NODE_WIDTH + 2 * H_GAP);
    });

    it('keeps reports in a row when one of them has reports', () => {
        const forest = buildForest(
            [person('m', null), person('a', 'm'), person('b', 'm'), person('c', 'm'), person('d', 'c')],
            true
        );
        const layout = layoutForest(forest, NONE);
        expect(at(layout, 'a')?.y).toBe(at(layout, 'c')?.y);
        expect(at(layout, 'd')?.y).toBe(MARGIN + 2 * (NODE_HEIGHT + V_GAP));
    });

    it('hides everything under a collapsed person and places the unplaced in rows below a caption', () => {
        const forest = buildForest(
            [person('m', null), person('a', 'm'), person('b', 'a'), person('u1', null), person('u2', null)],
            true
        );
        const layout = layoutForest(forest, new Set(['a']));
        expect(layout.nodes.map((entry) => entry.node.id)).toEqual(['m', 'a', 'u1', 'u2']);
        const treeBottom = MARGIN + 2 * NODE_HEIGHT + V_GAP + MARGIN;
        expect(layout.unplacedTop).toBe(treeBottom + CAPTION_HEIGHT);
        expect(at(layout, 'u1')).toEqual({ x: MARGIN, y: treeBottom + CAPTION_HEIGHT });
        expect(at(layout, 'u2')).toEqual({ x: MARGIN + NODE_WIDTH + H_GAP, y: treeBottom + CAPTION_HEIGHT });
        expect(layoutForest(forest, NONE).nodes).toHaveLength(5);
    });

    it('places up to four people not placed in a row when the tree is narrower, or there is none', () => {
        const forest = buildForest(
            ['u1', 'u2', 'u3', 'u4', 'u5'].map((id) => person(id, null)),
            true
        );
        const layout = layoutForest(forest, NONE);
        const top = CAPTION_HEIGHT;
        expect(layout.unplacedTop).toBe(top);
        expect(layout.nodes.map((entry) => [entry.x, entry.y])).toEqual([
            [MARGIN, top],
            [MARGIN + NODE_WIDTH + H_GAP, top],
            [MARGIN + 2 * (NODE_WIDTH + H_GAP), top],
            [MARGIN + 3 * (NODE_WIDTH + H_GAP), top],
            [MARGIN, top + NODE_HEIGHT + H_GAP]
        ]);
    });

    it('puts branches side by side with a double gap and is as wide as they are', () => {
        const forest = buildForest([person('a', null), person('a1', 'a'), person('b', null), person('b1', 'b')], true);
        const layout = layoutForest(forest, NONE);
        expect(at(layout, 'b')).toEqual({ x: MARGIN + NODE_WIDTH + 2 * H_GAP, y: MARGIN });
        expect(layout.width).toBe(MARGIN + 2 * NODE_WIDTH + 2 * H_GAP + MARGIN);
    });

    it('marks indirect lines', () => {
        const forest = buildForest([stakeholder('a', null), person('x', 'a'), stakeholder('b', 'x')], false);
        expect(layoutForest(forest, NONE).connectors.map((line) => line.indirect)).toEqual([true]);
    });

    it('wraps rows of people at the width, at least one per row', () => {
        const width = MARGIN + 2 * (NODE_WIDTH + H_GAP);
        expect(rowsBelow(3, 100, width)).toEqual([
            { x: MARGIN, y: 100 },
            { x: MARGIN + NODE_WIDTH + H_GAP, y: 100 },
            { x: MARGIN, y: 100 + NODE_HEIGHT + H_GAP }
        ]);
        // two fit in exactly that width, one in a pixel less
        expect(rowsBelow(2, 0, width - 1).map((point) => point.x)).toEqual([MARGIN, MARGIN]);
        expect(rowsBelow(2, 0, 10)).toEqual([
            { x: MARGIN, y: 0 },
            { x: MARGIN, y: NODE_HEIGHT + H_GAP }
        ]);
    });
});

describe('moveFrom (keyboard) and visibleAncestor', () => {
    const forest = buildForest(
        [person('m', null), person('a', 'm'), person('b', 'm'), person('a1', 'a'), person('u', null)],
        true
    );
    const tops = [...forest.roots, ...forest.unplaced];
    const from = (id: string, key: string, collapsed: ReadonlySet<string> = NONE) =>
        moveFrom(node(forest, id), key, tops, collapsed)?.id;

    it('follows the tree with the arrow keys', () => {
        expect(from('a', 'ArrowUp')).toBe('m');
        expect(from('m', 'ArrowUp')).toBeUndefined();
        expect(from('m', 'ArrowDown')).toBe('a');
        expect(from('b', 'ArrowDown')).toBeUndefined();
        expect(from('a', 'ArrowRight')).toBe('b');
        expect(from('b', 'ArrowRight')).toBeUndefined();
        expect(from('b', 'ArrowLeft')).toBe('a');
        expect(from('a', 'ArrowLeft')).toBeUndefined();
        expect(from('m', 'ArrowRight')).toBe('u');
        expect(from('u', 'ArrowLeft')).toBe('m');
    });

    it('does not go down into a collapsed branch', () => {
        expect(from('a', 'ArrowDown', new Set(['a']))).toBeUndefined();
    });

    it('jumps to the first and the last visible person with Home and End', () => {
        expect(from('a1', 'Home')).toBe('m');
        expect(from('m', 'End')).toBe('u');
        const noUnplaced = [forest.roots[0]];
        expect(moveFrom(node(forest, 'm'), 'End', noUnplaced, NONE)?.id).toBe('b');
        expect(moveFrom(node(forest, 'm'), 'End', noUnplaced, new Set(['m']))?.id).toBe('m');
        expect(from('m', 'Tab')).toBeUndefined();
    });

    it('finds the collapsed person a hidden node sits under', () => {
        expect(visibleAncestor(node(forest, 'a1'), new Set(['m']))?.id).toBe('m');
        expect(visibleAncestor(node(forest, 'a1'), new Set(['a']))?.id).toBe('a');
        expect(visibleAncestor(node(forest, 'a1'), new Set(['a', 'm']))?.id).toBe('m');
        expect(visibleAncestor(node(forest, 'a1'), NONE)?.id).toBe('a1');
    });
});
