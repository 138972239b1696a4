/**
 * "Export PNG" of the relationship map, for a QBR deck: the map is drawn again from its layout on a canvas in the
 * browser (no server call, no library, no snapshot of the DOM: an SVG image holding HTML would taint the canvas
 * and could not be saved), then offered as a download through a blob: URL, the way Lightning Web Security allows
 * it (LWS blocks data: URLs in links; Lightning Components Security guide, "Use Blob Objects for Download Links").
 */
import { MARGIN, NODE_HEIGHT, NODE_WIDTH, type Point } from './relationshipTree';

export interface PngNode {
    x: number;
    y: number;
    /** First line, in bold. */
    name: string;
    lines: string[];
    /** Colour of the strip on the left (the attitude). */
    accent: string;
    /** Border width in pixels (the influence). */
    border: number;
    /** A contact who is not a stakeholder. */
    dimmed: boolean;
}

export interface PngText {
    x: number;
    y: number;
    text: string;
}

export interface PngScene {
    title: string;
    /** Lines under the title (date, coverage gaps). */
    notes: string[];
    /** Size of the map below the header. */
    width: number;
    height: number;
    nodes: PngNode[];
    lines: { points: Point[]; dashed: boolean }[];
    captions: PngText[];
}

/** The largest image drawn, in pixels: browsers refuse much bigger canvases. */
export const MAX_PIXELS = 16000000;
export const LINE_HEIGHT = 22;
const ACCENT_WIDTH = 6;
const TEXT_COLOUR = '#181818';
const WEAK_COLOUR = '#5c5c5c';
const LINE_COLOUR = '#747474';

export function headerHeight(scene: PngScene): number {
    return LINE_HEIGHT * (scene.notes.length + 1) + MARGIN;
}

/** Twice the screen size for sharp slides, less when the map is too big for one image. */
export function scaleFor(width: number, height: number): number {
    return Math.min(2, Math.sqrt(MAX_PIXELS / (width * height)));
}

/** The text, shortened with an ellipsis to fit the width. */
export function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
    if (context.measureText(text).width <= maxWidth) {
        return text;
    }
    let cut = text;
    while (cut.length > 0 && context.measureText(cut + '…').width > maxWidth) {
        cut = cut.slice(0, -1);
    }
    return cut + '…';
}

function drawNode(context: CanvasRenderingContext2D, node: PngNode): void {
    context.fillStyle = node.dimmed ? '#f3f3f3' : '#ffffff';
    context.fillRect(node.x, node.y, NODE_WIDTH, NODE_HEIGHT);
    context.strokeStyle = node.dimmed ? '#c9c9c9' : '#444444';
    context.lineWidth = node.border;
    context.setLineDash(node.dimmed ? [4, 3] : []);
    context.strokeRect(node.x, node.y, NODE_WIDTH, NODE_HEIGHT);
    context.fillStyle = node.accent;
    context.fillRect(node.x, node.y, ACCENT_WIDTH, NODE_HEIGHT);
    const textX = node.x + ACCENT_WIDTH + 8;
    const textWidth = NODE_WIDTH - ACCENT_WIDTH - 16;
    context.fillStyle = TEXT_COLOUR;
    context.font = 'bold 14px sans-serif';
    context.fillText(fitText(context, node.name, textWidth), textX, node.y + 22);
    context.font = '12px sans-serif';
    context.fillStyle = node.dimmed ? WEAK_COLOUR : TEXT_COLOUR;
    node.lines.forEach((line, index) => {
        context.fillText(fitText(context, line, textWidth), textX, node.y + 42 + index * 18);
    });
}

/** Draws the whole image: white background, title and notes, lines, then the people. */
export function drawScene(context: CanvasRenderingContext2D, scene: PngScene): void {
    const top = headerHeight(scene);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, scene.width, scene.height + top);
    context.fillStyle = TEXT_COLOUR;
    context.font = 'bold 18px sans-serif';
    context.fillText(scene.title, MARGIN, LINE_HEIGHT);
    context.font = '13px sans-serif';
    scene.notes.forEach((note, index) => context.fillText(note, MARGIN, LINE_HEIGHT * (index + 2)));
    context.translate(0, top);
    context.strokeStyle = LINE_COLOUR;
    context.lineWidth = 1.5;
    scene.lines.forEach((line) => {
        context.setLineDash(line.dashed ? [6, 4] : []);
        context.beginPath();
        const [first, ...rest] = line.points;
        context.moveTo(first.x, first.y);
        rest.forEach((point) => context.lineTo(point.x, point.y));
        context.stroke();
    });
    context.font = 'bold 14px sans-serif';
    scene.captions.forEach((caption) => context.fillText(caption.text, caption.x, caption.y));
    scene.nodes.forEach((node) => drawNode(context, node));
}

/** The scene as a PNG file; rejects when the browser cannot draw it. */
export function renderPng(scene: PngScene, canvas: HTMLCanvasElement): Promise<Blob> {
    const height = scene.height + headerHeight(scene);
    const scale = scaleFor(scene.width, height);
    canvas.width = Math.ceil(scene.width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) {
        return Promise.reject(new Error('canvas'));
    }
    context.scale(scale, scale);
    drawScene(context, scene);
    return new Promise((resolve, reject) => {
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png');
    });
}

/** Offers the file to the browser's downloads. */
export function download(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
}

/** A file name from the plan's name, without the characters file systems refuse. */
export function fileNameFor(planName: string | null | undefined): string {
    const base = (planName ?? '').replace(/[\s\\/:*?"<>|]+/g, ' ').trim();
    return `${base || 'Relationship map'}.png`;
}
