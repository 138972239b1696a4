/** (vii) sample data (sf data tree JSON in data/) names only existing objects, fields and child relationships. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';

interface TreeRecord {
    attributes?: { type?: string; referenceId?: string };
    [key: string]: unknown;
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
            // a plan file: [{ sobject, files: [...] }]
            for (const step of json as Array<{ sobject?: string; files?: string[] }>) {
                if (step.sobject && !index.object(step.sobject))
                    findings.add(file, lineOf(text, step.sobject), `unknown object '${step.sobject}'`);
                for (const f of step.files ?? []) {
                    if (!existsSync(path.join(path.dirname(file), f)))
                        findings.add(file, lineOf(text, f), `plan names missing file '${f}'`);
                }
            }
            continue;
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
        if (!obj || (/__c$/i.test(type) && !obj.projectDefined)) {
            findings.add(file, lineOf(text, `"${type}"`), `unknown object '${type}'`);
            continue;
        }
        for (const [key, value] of Object.entries(record)) {
            if (key === 'attributes') continue;
            if (value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) {
                const child = obj.children.get(key.toLowerCase());
                if (!child)
                    findings.add(file, lineOf(text, `"${key}"`), `unknown child relationship '${key}' on ${obj.name}`);
                else checkRecords(index, findings, file, text, (value as { records: TreeRecord[] }).records, child);
                continue;
            }
            if (!obj.fields.has(key.toLowerCase()))
                findings.add(file, lineOf(text, `"${key}"`), `unknown field '${key}' on ${obj.name}`);
        }
    }
}
