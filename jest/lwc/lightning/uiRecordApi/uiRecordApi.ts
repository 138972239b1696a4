/**
 * `lightning/uiRecordApi` in Jest (jest.config.js maps it here): the exports of @salesforce/sfdx-lwc-jest's stub,
 * strict about names. createRecord/updateRecord reject a record input naming an object or field the simulated
 * org does not know (with a namespace: any custom name without it) and resolve with the org's record
 * representation; getRecord checks its fields; getFieldValue reads the org's keys. Tests still control results
 * (mockResolvedValueOnce...), and every recorded call is checked again after the test (jest/platform/org.ts).
 */
import {
    audit,
    fieldNameOf,
    fieldReferenceProblem,
    objectNameOf,
    platformError,
    recordInputProblems,
    toOrgRecord,
    violate
} from '../../../platform/org';
import { strictWireAdapter } from '../../../platform/wireAdapter';

type Fields = Record<string, unknown>;
type RecordInput = { apiName?: unknown; fields: Fields };
type FieldReference = string | { objectApiName?: string; fieldApiName?: string };
type RecordValue = { fields?: Record<string, { value: unknown; displayValue?: unknown }> } | null | undefined;

let idCounter = 0;

/** The UI API record representation the org returns for a saved record input. */
function representation(id: string, apiName: string, fields: Fields) {
    return {
        id,
        apiName,
        childRelationships: {},
        recordTypeId: null,
        fields: Object.fromEntries(
            Object.entries({ ...fields, Id: id }).map(([name, value]) => [
                name,
                { value: value ?? null, displayValue: null }
            ])
        )
    };
}

async function saveRecord(input: RecordInput, id: string) {
    const problems = recordInputProblems(input);
    if (problems.length) {
        throw platformError(problems);
    }
    return representation(id, objectNameOf(input.apiName as string), input.fields);
}

export const createRecord = jest.fn((input: RecordInput) => {
    idCounter += 1;
    return saveRecord(input, `a0X${String(idCounter).padStart(12, '0')}AAA`);
});
export const updateRecord = jest.fn((input: RecordInput) => saveRecord(input, String(input?.fields?.Id ?? '')));
export const deleteRecord = jest.fn(() => Promise.resolve());
export const notifyRecordUpdateAvailable = jest.fn(() => Promise.resolve());
export const getRecordNotifyChange = jest.fn();
export const refresh = jest.fn(() => Promise.resolve());
export const generateRecordInputForCreate = jest.fn();
export const generateRecordInputForUpdate = jest.fn();
export const createRecordInputFilteredByEditedFields = jest.fn();
export const getRecordInput = jest.fn();

audit('createRecord', createRecord, (input: RecordInput) => recordInputProblems(input));
audit('updateRecord', updateRecord, (input: RecordInput) => recordInputProblems({ fields: input?.fields }));

function fieldsOf(config: Fields): FieldReference[] {
    return [...((config.fields as FieldReference[]) ?? []), ...((config.optionalFields as FieldReference[]) ?? [])];
}

/** getRecord: `fields`/`optionalFields` must be names the org knows; emitted fixtures come back with its keys. */
export const getRecord = strictWireAdapter(
    'getRecord',
    (config) => fieldsOf(config).map(fieldReferenceProblem),
    toOrgRecord
);
export const getRecords = strictWireAdapter(
    'getRecords',
    () => [],
    (value) => value
);
export const getRecordCreateDefaults = strictWireAdapter('getRecordCreateDefaults', () => [], toOrgRecord);
export const getRecordUi = strictWireAdapter(
    'getRecordUi',
    () => [],
    (value) => value
);

/** The unqualified field path of a reference: `Account_Plan__c.Account__r.Name` -> `Account__r.Name`. */
function fieldPath(field: FieldReference): string {
    if (typeof field === 'string') {
        return field.slice(field.indexOf('.') + 1);
    }
    return fieldNameOf(field);
}

function lookup(record: RecordValue, field: FieldReference): { value: unknown; displayValue?: unknown } | undefined {
    violate('getFieldValue', [fieldReferenceProblem(field)]);
    const parts = fieldPath(field).split('.');
    let node: RecordValue = record;
    for (let i = 0; i < parts.length; i++) {
        const entry = node?.fields?.[parts[i]];
        if (!entry || i === parts.length - 1) {
            return entry;
        }
        node = entry.value as RecordValue;
    }
    return undefined;
}

/** Like the platform: reads the record's keys as they are, so a name the org does not use finds nothing. */
export const getFieldValue = jest.fn((record: RecordValue, field: FieldReference) => lookup(record, field)?.value);
export const getFieldDisplayValue = jest.fn(
    (record: RecordValue, field: FieldReference) => lookup(record, field)?.displayValue
);
