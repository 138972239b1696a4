import {
    LINE_HEIGHT,
    MAX_PIXELS,
    drawScene,
    fileNameFor,
    fitText,
    headerHeight,
    scaleFor,
    type PngScene
} from '../relationshipPng';
import { MARGIN, NODE_WIDTH } from '../relationshipTree';

/** A 2D context that records its calls; every character is 10 px wide. */
function recorder() {
    const calls: [string, ...unknown[]][] = [];
    const state: Record<string, unknown> = {};
    const context = new Proxy(state, {
        get: (target, name: string) => {
            if (name in target) {
                return target[name];
            }
            if (name === 'measureText') {
                return (text: string) => ({ width: text.length * 10 });
            }
            return (...args: unknown[]) => calls.push([name, ...args]);
        },
        set: (target, name: string, value) => {
            target[name] = value;
            calls.push([`set ${name}`, value]);
            return true;
        }
    });
    return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const SCENE: PngScene = {
    title: 'Relationship map: Globex',
    notes: ['Exported 30 Nov 2026', 'No champion'],
    width: 500,
    height: 300,
    nodes: [
        { x: 16, y: 16, name: 'Robert Klein', lines: ['Plant Manager'], accent: '#ea001e', border: 4, dimmed: false }
    ],
    lines: [
        {
            points: [
                { x: 1, y: 2 },
                { x: 3, y: 4 }
            ],
            dashed: true
        },
        {
            points: [
                { x: 5, y: 6 },
                { x: 7, y: 8 }
            ],
            dashed: false
        }
    ],
    captions: [{ x: 16, y: 200, text: 'Not placed (1)' }]
};

describe('relationshipPng', () => {
    it('shortens text with an ellipsis to fit', () => {
        const { context } = recorder();
        expect(fitText(context, 'abc', 30)).toBe('abc');
        expect(fitText(context, 'abcdef', 40)).toBe('abc…');
        expect(fitText(context, 'abcdef', 5)).toBe('…');
    });

    it('draws twice the size, less for maps too big for one image', () => {
        expect(scaleFor(1000, 500)).toBe(2);
        expect(scaleFor(8000, 4000)).toBeCloseTo(Math.sqrt(MAX_PIXELS / 32000000));
    });

    it('leaves room for the title and each note', () => {
        expect(headerHeight(SCENE)).toBe(LINE_HEIGHT * 3 + MARGIN);
    });

    it('draws the title, notes, dashed and solid lines, captions and people', () => {
        const { context, calls } = recorder();
        drawScene(context, SCENE);
        const texts = calls.filter((call) => call[0] === 'fillText').map((call) => call.slice(1, 4));
        expect(texts).toEqual([
            ['Relationship map: Globex', MARGIN, LINE_HEIGHT],
            ['Exported 30 Nov 2026', MARGIN, LINE_HEIGHT * 2],
            ['No champion', MARGIN, LINE_HEIGHT * 3],
            ['Not placed (1)', 16, 200],
            ['Robert Klein', 16 + 14, 16 + 22],
            ['Plant Manager', 16 + 14, 16 + 42]
        ]);
        expect(calls.filter((call) => call[0] === 'setLineDash').map((call) => call[1])).toEqual([[6, 4], [], []]);
        expect(calls).toContainEqual(['translate', 0, headerHeight(SCENE)]);
        expect(calls).toContainEqual(['strokeRect', 16, 16, NODE_WIDTH, 124]);
        expect(calls).toContainEqual(['set lineWidth', 4]);
        expect(calls).toContainEqual(['set fillStyle', '#ea001e']);
    });

    it('draws a contact who is not a stakeholder dimmed, with a dashed border', () => {
        const { context, calls } = recorder();
        drawScene(context, { ...SCENE, lines: [], nodes: [{ ...SCENE.nodes[0], dimmed: true }] });
        expect(calls.filter((call) => call[0] === 'setLineDash').map((call) => call[1])).toEqual([[4, 3]]);
        expect(calls).toContainEqual(['set fillStyle', '#f3f3f3']);
    });

    it('names the file after the plan without characters file systems refuse', () => {
        expect(fileNameFor('Globex: Q4/2026 *plan*')).toBe('Globex Q4 2026 plan.png');
        expect(fileNameFor('  ')).toBe('Relationship map.png');
        expect(fileNameFor(undefined)).toBe('Relationship map.png');
    });
});
