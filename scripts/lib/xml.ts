/** One XML loader for all metadata checks (fast-xml-parser, values kept as strings). */
import { XMLParser } from 'fast-xml-parser';
import { readText } from './fsutil.ts';

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XmlNode = any;

/** Parses a metadata file and returns its root element (e.g. the <CustomField> content). */
export function loadXml(file: string): { root: XmlNode; text: string } {
    const text = readText(file);
    const doc = parser.parse(text) as Record<string, XmlNode>;
    // The root is the first key that is not the <?xml ...?> declaration (or another processing instruction).
    const rootKey = Object.keys(doc).find((k) => !k.startsWith('?'));
    return { root: rootKey ? (doc[rootKey] ?? {}) : {}, text };
}

/** Normalises a parsed element that may be missing, single or repeated into an array. */
export function arr<T = XmlNode>(value: T | T[] | undefined | null): T[] {
    if (value === undefined || value === null || value === '') return [];
    return Array.isArray(value) ? value : [value];
}

/** String value of a leaf element ('' when missing). */
export function str(value: unknown): string {
    if (value === undefined || value === null) return '';
    return String(value);
}

export function bool(value: unknown): boolean {
    return str(value) === 'true';
}
