/**
 * Real custom label text in Jest, for a test that asserts exactly what the user reads.
 *
 * Import it FIRST in a test file, before the component under test:
 *   import { label } from '<path to jest>/realLabels';
 *   import PlanObjectives from 'c/planObjectives';
 * Importing it registers every label of CustomLabels.labels-meta.xml as the module the LWC transform requires
 * for `@salesforce/label/c.<Name>` (it falls back to the string 'c.<Name>' when nothing answers), so the
 * components of that test file, and their children, render the real text with its `{0}` placeholders.
 * Other test files keep the default 'c.<Name>' stubs.
 */
import fs from 'node:fs';
import path from 'node:path';

const LABELS_FILE = path.resolve(
    __dirname,
    '..',
    'force-app',
    'main',
    'default',
    'labels',
    'CustomLabels.labels-meta.xml'
);

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

function decode(xmlText: string): string {
    return xmlText.replace(/&(quot|apos|lt|gt|amp);/g, (entity) => ENTITIES[entity]);
}

/** Label name -> its value, read once from the metadata. */
export const LABELS: ReadonlyMap<string, string> = new Map(
    [...fs.readFileSync(LABELS_FILE, 'utf8').matchAll(/<labels>([\s\S]*?)<\/labels>/g)].map((match) => {
        const body = match[1];
        const name = /<fullName>([^<]+)<\/fullName>/.exec(body)?.[1] ?? '';
        const value = /<value>([\s\S]*?)<\/value>/.exec(body)?.[1] ?? '';
        return [name, decode(value)];
    })
);

for (const [name, value] of LABELS) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
}

/** The real text of a label, with `{0}`, `{1}`... filled in: what the user reads. */
export function label(name: string, ...values: (string | number)[]): string {
    const text = LABELS.get(name);
    if (text === undefined) {
        throw new Error(`No custom label ${name} in CustomLabels.labels-meta.xml`);
    }
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => String(values[Number(index)] ?? whole));
}
