/**
 * (x) every text the Metadata API bounds fits its limit. One over-long description fails the whole deploy and
 * `sf package version create`, and nothing else offline notices (the CLI's convert passes it silently).
 *
 * Each limit names its source: the Metadata API Developer Guide page of the type ("Metadata API: <Type>") or,
 * where that page gives no number, the Object Reference / Tooling API page of the object that stores the value,
 * which is the column the deploy writes into. Lengths are counted in characters (code points), after XML
 * entities are decoded, as the platform counts them.
 */
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';
import { arr, loadXml, str, type XmlNode } from '../xml.ts';

export interface LengthRule {
    /** file name suffix, e.g. `.permissionset-meta.xml` */
    suffix: string;
    /** dotted element path from the root element; `[]` marks a repeated element, e.g. `labels[].value` */
    element: string;
    limit: number;
    source: string;
}

const FIELD = 'Metadata API: CustomField';
const OBJECT = 'Metadata API: CustomObject';

export const LENGTH_RULES: LengthRule[] = [
    // Custom fields and objects
    { suffix: '.field-meta.xml', element: 'label', limit: 40, source: FIELD },
    { suffix: '.field-meta.xml', element: 'description', limit: 1000, source: FIELD },
    { suffix: '.field-meta.xml', element: 'inlineHelpText', limit: 510, source: FIELD },
    { suffix: '.field-meta.xml', element: 'relationshipLabel', limit: 80, source: FIELD },
    {
        suffix: '.field-meta.xml',
        element: 'valueSet.valueSetDefinition.value[].label',
        limit: 255,
        source: 'Metadata API: CustomValue (picklist value label)'
    },
    { suffix: '.object-meta.xml', element: 'label', limit: 40, source: OBJECT },
    { suffix: '.object-meta.xml', element: 'pluralLabel', limit: 40, source: OBJECT },
    { suffix: '.object-meta.xml', element: 'description', limit: 1000, source: OBJECT },
    { suffix: '.listView-meta.xml', element: 'label', limit: 40, source: 'Metadata API: ListView' },
    {
        suffix: '.validationRule-meta.xml',
        element: 'errorMessage',
        limit: 255,
        source: 'Metadata API: ValidationRule'
    },
    {
        suffix: '.validationRule-meta.xml',
        element: 'description',
        limit: 1000,
        source: 'Metadata API: ValidationRule'
    },
    {
        suffix: '.globalValueSet-meta.xml',
        element: 'customValue[].label',
        limit: 255,
        source: 'Metadata API: GlobalValueSet / CustomValue'
    },
    // Custom labels
    {
        suffix: '.labels-meta.xml',
        element: 'labels[].value',
        limit: 1000,
        source: 'Metadata API: CustomLabels (value)'
    },
    {
        suffix: '.labels-meta.xml',
        element: 'labels[].shortDescription',
        limit: 80,
        source: 'Metadata API: CustomLabels (shortDescription)'
    },
    // Security
    {
        suffix: '.permissionset-meta.xml',
        element: 'label',
        limit: 80,
        source: 'Tooling API / Object Reference: PermissionSet.Label'
    },
    {
        suffix: '.permissionset-meta.xml',
        element: 'description',
        limit: 255,
        source: 'Metadata API: PermissionSet (description); Object Reference: PermissionSet.Description'
    },
    {
        suffix: '.customPermission-meta.xml',
        element: 'label',
        limit: 80,
        source: 'Object Reference: CustomPermission.MasterLabel'
    },
    {
        suffix: '.customPermission-meta.xml',
        element: 'description',
        limit: 255,
        source: 'Object Reference: CustomPermission.Description'
    },
    // UI
    { suffix: '.quickAction-meta.xml', element: 'label', limit: 40, source: 'Metadata API: QuickAction' },
    { suffix: '.quickAction-meta.xml', element: 'description', limit: 255, source: 'Metadata API: QuickAction' },
    { suffix: '.tab-meta.xml', element: 'description', limit: 1000, source: 'Metadata API: CustomTab' },
    { suffix: '.app-meta.xml', element: 'description', limit: 255, source: 'Metadata API: CustomApplication' },
    { suffix: '.flexipage-meta.xml', element: 'masterLabel', limit: 80, source: 'Metadata API: FlexiPage' },
    { suffix: '.flexipage-meta.xml', element: 'description', limit: 255, source: 'Metadata API: FlexiPage' },
    {
        suffix: '.resource-meta.xml',
        element: 'description',
        limit: 255,
        source: 'Object Reference: StaticResource.Description'
    },
    // Reports and dashboards
    { suffix: '.report-meta.xml', element: 'name', limit: 40, source: 'Metadata API: Report (name)' },
    {
        suffix: '.report-meta.xml',
        element: 'description',
        limit: 255,
        source: 'Object Reference: Report.Description ("Limit: 255 characters")'
    },
    { suffix: '.reportType-meta.xml', element: 'label', limit: 50, source: 'Metadata API: ReportType' },
    { suffix: '.reportType-meta.xml', element: 'description', limit: 255, source: 'Metadata API: ReportType' },
    { suffix: '.reportFolder-meta.xml', element: 'name', limit: 40, source: 'Metadata API: Folder (name)' },
    { suffix: '.dashboardFolder-meta.xml', element: 'name', limit: 40, source: 'Metadata API: Folder (name)' },
    { suffix: '.dashboard-meta.xml', element: 'title', limit: 80, source: 'Metadata API: Dashboard (title)' },
    {
        suffix: '.dashboard-meta.xml',
        element: 'description',
        limit: 255,
        source: 'Object Reference: Dashboard.Description'
    },
    // Custom metadata records
    { suffix: '.md-meta.xml', element: 'label', limit: 40, source: 'Metadata API: CustomMetadata (label)' }
];

/** The values at a dotted element path (`a.b[].c`), with the repeated parts flattened. */
export function valuesAt(root: XmlNode, element: string): string[] {
    let nodes: XmlNode[] = [root];
    for (const part of element.split('.')) {
        const key = part.replace('[]', ''); // `[]` ends a part
        nodes = nodes.flatMap((n) => (n && typeof n === 'object' ? arr(n[key]) : []));
    }
    return nodes.filter((n) => typeof n === 'string' || typeof n === 'number').map(str);
}

/** Characters as the platform counts them (code points, not UTF-16 units). */
export const charCount = (text: string): number => [...text].length;

export function checkLengths(index: MetadataIndex, findings: Findings): void {
    const suffixes = [...new Set(LENGTH_RULES.map((r) => r.suffix))];
    for (const file of walk(index.base, (f) => suffixes.some((s) => f.endsWith(s)))) {
        const rules = LENGTH_RULES.filter((r) => file.endsWith(r.suffix));
        const { root, text } = loadXml(file);
        for (const rule of rules) {
            const element = rule.element.replace(/\[\]/g, ''); // the path as the developer reads it
            const leaf = element.split('.').pop()!;
            for (const value of valuesAt(root, rule.element)) {
                const length = charCount(value);
                if (length <= rule.limit) continue;
                findings.add(
                    file,
                    lineOf(text, `<${leaf}>${value.slice(0, 20)}`),
                    `<${element}> of ${path.basename(file)} is ${length} characters; ` +
                        `the limit is ${rule.limit} (${rule.source})`
                );
            }
        }
    }
}
