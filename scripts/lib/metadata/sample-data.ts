/**
 * (vii) sample data (sf data tree JSON in data/) names only existing objects, fields and child relationships, and
 * its dates sit in Date/DateTime fields the scratch-org loader knows (it shifts exactly those, see
 * scripts/org/lib/sample-data.ts): a date-shaped value in another field would stay in the anchor quarter.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';

interface TreeRecord {
    attributes?: { type?: string; referenceId?: string };
    [key: string]: unknown;
}

export type DateKind = 'date' | 'datetime';

/**
 * Standard Date and DateTime fields sample data may set. The index knows standard fields by name only, so their
 * types are listed here (Salesforce Object Reference: Opportunity.CloseDate date; Task.ActivityDate date,
 * ReminderDateTime dateTime; Event.ActivityDate and EndDate date, ActivityDateTime, StartDateTime, EndDateTime and
 * ReminderDateTime dateTime; Contact.Birthdate date; OpportunityLineItem.ServiceDate date;
 * OpportunityLineItemSchedule.ScheduleDate date). Custom fields take their type from their field-meta.xml.
 */
export const STANDARD_DATE_FIELDS: Readonly<Record<string, Readonly<Record<string, DateKind>>>> = {
    Contact: { Birthdate: 'date' },
    Event: {
        ActivityDate: 'date',
        ActivityDateTime: 'datetime',
        EndDate: 'date',
        EndDateTime: 'datetime',
        ReminderDateTime: 'datetime',
        StartDateTime: 'datetime'
    },
    Opportunity: { CloseDate: 'date' },
    OpportunityLineItem: { ServiceDate: 'date' },
    OpportunityLineItemSchedule: { ScheduleDate: 'date' },
    Task: { ActivityDate: 'date', ReminderDateTime: 'datetime' }
};

/** Whether `object.field` holds a date, a date/time, or neither (undefined), from the project metadata. */
export function dateFieldKind(index: MetadataIndex, object: string, field: string): DateKind | undefined {
    const info = index.field(object, field);
    if (!info) return undefined;
    if (info.type === 'Date') return 'date';
    if (info.type === 'DateTime') return 'datetime';
    const standard = Object.entries(STANDARD_DATE_FIELDS).find(
        ([name]) => name.toLowerCase() === info.object.toLowerCase()
    );
    return Object.entries(standard?.[1] ?? {}).find(([name]) => name.toLowerCase() === field.toLowerCase())?.[1];
}

/** YYYY-MM-DD, the only date form the loader writes and reads. */
export const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO 8601 date/time: the date, then the time and zone kept as they are when the date moves. */
export const DATETIME_VALUE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/** The problem with a sample value for the date loader, if any: a date outside a date field, or a bad date. */
export function sampleDateProblem(kind: DateKind | undefined, value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    const looksLikeDate = DATE_VALUE.test(value) || DATETIME_VALUE.test(value);
    if (!kind)
        return looksLikeDate
            ? `holds the date '${value}' but is not a Date or DateTime field: the scratch-org loader would not move it with the other dates`
            : undefined;
    if (kind === 'date' && !DATE_VALUE.test(value)) return `is a Date field: '${value}' is not YYYY-MM-DD`;
    if (kind === 'datetime' && !DATETIME_VALUE.test(value))
        return `is a DateTime field: '${value}' is not an ISO 8601 date/time`;
    return undefined;
}

export function checkSampleData(index: MetadataIndex, findings: Findings): void {
    for (const file of walk(path.join(index.root, 'data'), (f) => f.endsWith('.json'))) {
        const text = readFileSync(file, 'utf8');
        let json: unknown;
        try {
            json = JSON.parse(text);
        } catch (e) {
            findings.add(file, 1, `invalid JSON: ${(e as Error).message}`);
            continue;
        }
        if (Array.isArray(json)) {
            // a plan file: [{ sobject, files: [...] }], and no records
            for (const step of json as Array<{ sobject?: string; files?: string[] }>) {
                if (step.sobject && !index.object(step.sobject))
                    findings.add(file, lineOf(text, step.sobject), `unknown object '${step.sobject}'`);
                for (const f of step.files ?? []) {
                    if (!existsSync(path.join(path.dirname(file), f)))
                        findings.add(file, lineOf(text, f), `plan names missing file '${f}'`);
                }
            }
        }
        const records = (json as { records?: TreeRecord[] }).records;
        if (Array.isArray(records)) checkRecords(index, findings, file, text, records, undefined);
    }
}

function checkRecords(
    index: MetadataIndex,
    findings: Findings,
    file: string,
    text: string,
    records: TreeRecord[],
    fallbackType: string | undefined
): void {
    for (const record of records) {
        const type = record.attributes?.type ?? fallbackType;
        if (!type) continue;
        const obj = index.object(type);
        // Stryker disable next-line Regex: no tree import loads a type with __c inside and another suffix (acme__Contract__x)
        if (!obj || (/__c$/i.test(type) && !obj.projectDefined)) {
            findings.add(file, lineOf(text, `"${type}"`), `unknown object '${type}'`);
            continue;
        }
        for (const [key, value] of Object.entries(record)) {
            if (key === 'attributes') continue;
            if (Array.isArray((value as { records?: unknown } | null)?.records)) {
                const child = obj.children.get(key.toLowerCase());
                if (!child)
                    findings.add(file, lineOf(text, `"${key}"`), `unknown child relationship '${key}' on ${obj.name}`);
                else checkRecords(index, findings, file, text, (value as { records: TreeRecord[] }).records, child);
                continue;
            }
            if (!obj.fields.has(key.toLowerCase())) {
                findings.add(file, lineOf(text, `"${key}"`), `unknown field '${key}' on ${obj.name}`);
                continue;
            }
            const problem = sampleDateProblem(dateFieldKind(index, obj.name, key), value);
            if (problem) findings.add(file, lineOf(text, `"${key}"`), `${obj.name}.${key} ${problem}`);
        }
    }
}
