/**
 * The text a custom label has in labels/CustomLabels.labels-meta.xml, for tests that assert user-visible text
 * built from labels with placeholders (sfdx-lwc-jest's default stub is the label's name, `c.X`, which hides
 * what formatLabel fills in). Use inside a jest.mock factory (Jest hoists it, so require this file there):
 *   jest.mock('@salesforce/label/c.Review_Success_Next', () => require('<path>/jest/realLabel').labelModule('Review_Success_Next'), { virtual: true });
 */
import fs from 'node:fs';
import path from 'node:path';

const LABELS_FILE = path.join(
    __dirname,
    '..',
    'force-app',
    'main',
    'default',
    'labels',
    'CustomLabels.labels-meta.xml'
);

let cache: Map<string, string> | undefined;

function decode(text: string): string {
    return text
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

/** The label's value; throws for an unknown name so a typo fails the test. */
export function realLabel(name: string): string {
    if (!cache) {
        const xml = fs.readFileSync(LABELS_FILE, 'utf8');
        cache = new Map();
        for (const match of xml.matchAll(/<fullName>([^<]+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g)) {
            cache.set(match[1], decode(match[2]));
        }
    }
    const value = cache.get(name);
    if (value === undefined) {
        throw new Error(`Unknown custom label ${name}`);
    }
    return value;
}

/** A module whose default export is the label's text (the shape of an `@salesforce/label` import). */
export function labelModule(name: string): { __esModule: true; default: string } {
    return { __esModule: true, default: realLabel(name) };
}
