/**
 * `lightning/uiRecordApi` for the preview: writes go to the in-memory store (so a refreshApex afterwards
 * shows them), reads come from it. Errors have the UI API shape (body.output.errors / fieldErrors).
 * Names cross the simulated org's boundary (src/namespace.ts): a record input or a getRecord field the org does
 * not know is refused with the platform's error; records come back keyed by the org's names.
 */
import { store } from './store';
import { clone, deepFreeze, logCall, serverDelay } from './platform';
import {
    assertKnown,
    platformError,
    errorForOrg,
    fieldReferenceProblem,
    objectNameOf,
    recordInputProblems,
    renameKeys,
    toOrg,
    toSource
} from './namespace';

type Fields = Record<string, unknown>;
interface RecordInput {
    apiName?: string | { objectApiName: string };
    fields: Fields;
}
type FieldRef = { objectApiName?: string; fieldApiName: string } | string;

function fieldName(f: FieldRef): string {
    return typeof f === 'string' ? f.split('.').slice(1).join('.') || f : f.fieldApiName;
}

/** A UI API record representation: `{ id, apiName, fields: { X: { value, displayValue } } }`. */
function representation(id: string, apiName: string, fields: Fields) {
    const out: Record<string, { value: unknown; displayValue: string | null }> = {};
    for (const [k, v] of Object.entries(fields)) out[k] = { value: v ?? null, displayValue: null };
    return { id, apiName, childRelationships: {}, recordTypeId: null, fields: out };
}

function normalize(fields: Fields): Fields {
    const out: Fields = {};
    for (const [k, v] of Object.entries(fields ?? {})) out[k] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    return out;
}

function changed(): void {
    window.dispatchEvent(new CustomEvent('previewdatachange'));
}

/** Runs a store write with source names and hands its errors back keyed by the org's names. */
function write<T>(action: () => T): T {
    try {
        return action();
    } catch (e) {
        throw errorForOrg(e);
    }
}

export async function createRecord(input: RecordInput) {
    logCall('uiRecordApi.createRecord', input);
    await serverDelay();
    assertKnown('createRecord', recordInputProblems(input));
    const apiName = objectNameOf(input.apiName);
    const fields = normalize(input.fields);
    const result = write(() => store.create(toSource(apiName), renameKeys(fields, toSource)));
    changed();
    return representation(result.id, apiName, { Id: result.id, ...fields });
}

export async function updateRecord(input: RecordInput) {
    logCall('uiRecordApi.updateRecord', input);
    await serverDelay();
    assertKnown('updateRecord', recordInputProblems({ fields: input.fields }));
    const fields = normalize(input.fields);
    const result = write(() => store.update(renameKeys(fields, toSource)));
    changed();
    const rec = store.recordFields(result.id);
    return rec
        ? representation(result.id, toOrg(rec.apiName), renameKeys(rec.fields, toOrg))
        : representation(result.id, '', fields);
}

export async function deleteRecord(recordId: string) {
    logCall('uiRecordApi.deleteRecord', { recordId });
    await serverDelay();
    store.remove(recordId);
    changed();
}

export async function notifyRecordUpdateAvailable(items: { recordId: string }[]) {
    logCall('uiRecordApi.notifyRecordUpdateAvailable', items);
    for (const a of adapters) a.refresh();
}
export function getRecordNotifyChange(items: { recordId: string }[]) {
    void notifyRecordUpdateAvailable(items);
}

export function getFieldValue(
    record: { fields?: Record<string, { value: unknown }> } | null | undefined,
    field: FieldRef
) {
    if (!record?.fields) return undefined;
    const parts = fieldName(field).split('.');
    let node: unknown = record;
    for (const part of parts) {
        const f = (node as { fields?: Record<string, { value: unknown }> })?.fields?.[part];
        if (!f) return undefined;
        node = f.value;
    }
    return node;
}
export function getFieldDisplayValue(
    record: { fields?: Record<string, { displayValue: unknown; value: unknown }> },
    field: FieldRef
) {
    const f = record?.fields?.[fieldName(field)];
    return f ? (f.displayValue ?? f.value) : undefined;
}

export function generateRecordInputForCreate(record: { apiName: string; fields: Record<string, { value: unknown }> }) {
    return {
        apiName: record.apiName,
        fields: Object.fromEntries(Object.entries(record.fields).map(([k, v]) => [k, v.value]))
    };
}
export function generateRecordInputForUpdate(record: { id: string; fields: Record<string, { value: unknown }> }) {
    return {
        fields: { Id: record.id, ...Object.fromEntries(Object.entries(record.fields).map(([k, v]) => [k, v.value])) }
    };
}
export function createRecordInputFilteredByEditedFields(input: RecordInput) {
    return input;
}

interface WireValue {
    data: unknown;
    error: unknown;
}
const adapters = new Set<GetRecordAdapter>();

class GetRecordAdapter {
    private callback: (v: WireValue) => void;
    private config: Fields | null = null;
    constructor(callback: (v: WireValue) => void) {
        this.callback = callback;
    }
    update(config: Fields) {
        this.config = config;
        this.refresh();
    }
    refresh() {
        const config = this.config;
        if (!config || !config.recordId) return;
        logCall('uiRecordApi.getRecord', config);
        const references = [...((config.fields as FieldRef[]) ?? []), ...((config.optionalFields as FieldRef[]) ?? [])];
        const problems = references.map((f) => fieldReferenceProblem(f)).filter((p): p is string => p !== null);
        if (problems.length) {
            console.error(`getRecord: ${problems.join('; ')}`);
            setTimeout(() => this.callback({ data: undefined, error: platformError(problems) }), 0);
            return;
        }
        const source = store.recordFields(String(config.recordId));
        const rec = source ? { apiName: toOrg(source.apiName), fields: renameKeys(source.fields, toOrg) } : null;
        setTimeout(() => {
            if (!rec) {
                this.callback({
                    data: undefined,
                    error: {
                        status: 404,
                        body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
                    }
                });
                return;
            }
            const wanted = [
                ...((config.fields as FieldRef[]) ?? []),
                ...((config.optionalFields as FieldRef[]) ?? [])
            ].map(fieldName);
            const fields = wanted.length
                ? Object.fromEntries(wanted.filter((w) => w in rec.fields).map((w) => [w, rec.fields[w]]))
                : rec.fields;
            this.callback({
                data: deepFreeze(clone(representation(String(config.recordId), rec.apiName, fields))),
                error: undefined
            });
        }, 0);
    }
    connect() {
        adapters.add(this);
    }
    disconnect() {
        adapters.delete(this);
    }
}
window.addEventListener('previewdatachange', () => {
    for (const a of adapters) a.refresh();
});

export const getRecord = GetRecordAdapter;

// The browser tests reach the simulated LDS directly to try every validation rule (e2e/validation.ts).
window.__preview.lds = { createRecord, updateRecord };
export const getRecords = GetRecordAdapter;
