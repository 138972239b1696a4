import {
    LINE_HEIGHT,
    MAX_PIXELS,
    drawScene,
    fileNameFor,
    fitText,
    headerHeight,
    renderPng,
    scaleFor,
    type PngScene
} from '../relationshipPng';
import { MARGIN } from '../relationshipTree';

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

    it('draws the whole picture: white page, title and notes, lines, captions, then each person', () => {
        const { context, calls } = recorder();
        const scene: PngScene = {
            ...SCENE,
            lines: [
                {
                    points: [
                        { x: 1, y: 2 },
                        { x: 3, y: 4 },
                        { x: 5, y: 6 }
                    ],
                    dashed: true
                },
                {
                    points: [
                        { x: 7, y: 8 },
                        { x: 9, y: 10 }
                    ],
                    dashed: false
                }
            ],
            nodes: [
                {
                    x: 16,
                    y: 16,
                    name: 'Robert Klein-Oberhausen',
                    lines: ['Plant Manager', 'Champion · High'],
                    accent: '#ea001e',
                    border: 4,
                    dimmed: false
                },
                { x: 264, y: 16, name: 'Ida Contact', lines: ['Buyer'], accent: '#c9c9c9', border: 1, dimmed: true }
            ]
        };
        drawScene(context, scene);
        // header: 3 lines of 22 px and a 16 px margin
        expect(calls).toEqual([
            ['set fillStyle', '#ffffff'],
            ['fillRect', 0, 0, 500, 300 + 82],
            ['set fillStyle', '#181818'],
            ['set font', 'bold 18px sans-serif'],
            ['fillText', 'Relationship map: Globex', 16, 22],
            ['set font', '13px sans-serif'],
            ['fillText', 'Exported 30 Nov 2026', 16, 44],
            ['fillText', 'No champion', 16, 66],
            ['translate', 0, 82],
            ['set strokeStyle', '#747474'],
            ['set lineWidth', 1.5],
            ['setLineDash', [6, 4]],
            ['beginPath'],
            ['moveTo', 1, 2],
            ['lineTo', 3, 4],
            ['lineTo', 5, 6],
            ['stroke'],
            ['setLineDash', []],
            ['beginPath'],
            ['moveTo', 7, 8],
            ['lineTo', 9, 10],
            ['stroke'],
            ['set font', 'bold 14px sans-serif'],
            ['fillText', 'Not placed (1)', 16, 200],
            // a stakeholder: white card, dark border as wide as the influence, attitude strip, name cut to the
            // 202 px right of the strip (20 characters of 10 px), then one line every 18 px
            ['set fillStyle', '#ffffff'],
            ['fillRect', 16, 16, 224, 124],
            ['set strokeStyle', '#444444'],
            ['set lineWidth', 4],
            ['setLineDash', []],
            ['strokeRect', 16, 16, 224, 124],
            ['set fillStyle', '#ea001e'],
            ['fillRect', 16, 16, 6, 124],
            ['set fillStyle', '#181818'],
            ['set font', 'bold 14px sans-serif'],
            ['fillText', 'Robert Klein-Oberha…', 30, 38],
            ['set font', '12px sans-serif'],
            ['set fillStyle', '#181818'],
            ['fillText', 'Plant Manager', 30, 58],
            ['fillText', 'Champion · High', 30, 76],
            // a contact who is not a stakeholder: grey card, light dashed border, grey lines
            ['set fillStyle', '#f3f3f3'],
            ['fillRect', 264, 16, 224, 124],
            ['set strokeStyle', '#c9c9c9'],
            ['set lineWidth', 1],
            ['setLineDash', [4, 3]],
            ['strokeRect', 264, 16, 224, 124],
            ['set fillStyle', '#c9c9c9'],
            ['fillRect', 264, 16, 6, 124],
            ['set fillStyle', '#181818'],
            ['set font', 'bold 14px sans-serif'],
            ['fillText', 'Ida Contact', 278, 38],
            ['set font', '12px sans-serif'],
            ['set fillStyle', '#5c5c5c'],
            ['fillText', 'Buyer', 278, 58]
        ]);
    });

    it('renders the picture at twice its size as a PNG', async () => {
        const { context, calls } = recorder();
        const png = new Blob(['png'], { type: 'image/png' });
        const canvas = {
            width: 0,
            height: 0,
            getContext: jest.fn((type: string) => (type === '2d' ? context : null)),
            toBlob: jest.fn((callback: (blob: Blob | null) => void) => callback(png))
        };
        await expect(renderPng(SCENE, canvas as unknown as HTMLCanvasElement)).resolves.toBe(png);
        expect([canvas.width, canvas.height]).toEqual([1000, (300 + 82) * 2]);
        expect(calls[0]).toEqual(['scale', 2, 2]);
        expect(calls).toContainEqual(['fillText', 'Relationship map: Globex', 16, 22]);
        expect(canvas.toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');
    });

    it('fails when the browser gives no canvas to draw on, or no PNG', async () => {
        const noContext = { width: 0, height: 0, getContext: () => null };
        await expect(renderPng(SCENE, noContext as unknown as HTMLCanvasElement)).rejects.toThrow(new Error('canvas'));
        const noPng = {
            width: 0,
            height: 0,
            getContext: () => recorder().context,
            toBlob: (callback: (blob: Blob | null) => void) => callback(null)
        };
        await expect(renderPng(SCENE, noPng as unknown as HTMLCanvasElement)).rejects.toThrow(new Error('png'));
    });

    it('names the file after the plan without characters file systems refuse', () => {
        expect(fileNameFor('Globex: Q4/2026 *plan*')).toBe('Globex Q4 2026 plan.png');
        expect(fileNameFor('Globex \t\n plan')).toBe('Globex plan.png');
        expect(fileNameFor('  ')).toBe('Relationship map.png');
        expect(fileNameFor(undefined)).toBe('Relationship map.png');
    });
});
