/**
 * Real custom label text in Jest. By default `@salesforce/label/c.X` resolves to the string "c.X"; a test that
 * asserts the exact user-visible sentence (a reason with its numbers filled in) imports `jest/useRealLabels` first,
 * before the component, and every label then resolves to its value in CustomLabels.labels-meta.xml, so the test
 * fails when a label's text and the component's placeholders drift apart.
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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };

/** fullName -> value of every custom label of the project. */
export function realLabels(): Map<string, string> {
    const xml = fs.readFileSync(LABELS_FILE, 'utf8');
    const labels = new Map<string, string>();
    for (const block of xml.match(/<labels>[\s\S]*?<\/labels>/g) ?? []) {
        const name = /<fullName>([^<]+)<\/fullName>/.exec(block)?.[1];
        const value = /<value>([\s\S]*?)<\/value>/.exec(block)?.[1];
        if (name && value !== undefined) {
            labels.set(
                name,
                value.replace(/&(amp|apos|quot|lt|gt);/g, (entity) => ENTITIES[entity])
            );
        }
    }
    return labels;
}

/** Mocks every `@salesforce/label/c.<name>` import with its real text (before the component is loaded). */
export function useRealLabels(): Map<string, string> {
    const labels = realLabels();
    for (const [name, value] of labels) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
    }
    return labels;
}
