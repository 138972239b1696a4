/**
 * The real text of a custom label, for tests that assert what users read (placeholders filled): by default the
 * Jest transform gives a label import the string 'c.Name'. Use in a test file, one line per label:
 *   jest.mock('@salesforce/label/c.Home_Create_Plan_For', () => require('<path>/jest/labelText').label('Home_Create_Plan_For'), { virtual: true });
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.join(__dirname, '..', 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');
let values: Map<string, string> | undefined;

function decode(text: string): string {
    return text
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

/** The label's value as CustomLabels.labels-meta.xml has it. */
export function labelText(name: string): string {
    if (!values) {
        values = new Map();
        const xml = readFileSync(FILE, 'utf8');
        for (const match of xml.matchAll(/<fullName>([^<]+)<\/fullName>[\s\S]*?<value>([^<]*)<\/value>/g)) {
            values.set(match[1], decode(match[2]));
        }
    }
    const value = values.get(name);
    if (value === undefined) {
        throw new Error(`jest/labels: no custom label ${name}`);
    }
    return value;
}

/** A module factory result for jest.mock of '@salesforce/label/c.<name>'. */
export function label(name: string): { __esModule: true; default: string } {
    return { __esModule: true, default: labelText(name) };
}
