/**
 * What the org checks when a record is saved through the UI API, in the order Salesforce runs them: system
 * validation (required fields, text within the field's length) and then the package's validation rules
 * (src/validationRules.ts, with each rule's own message and field from its XML). A failed check throws the UI API's
 * record error (platform.ts recordWriteError), so components see what they would see in an org.
 */
import schema from 'preview/schema';
import packagedRules from 'preview/validationRules';
import { recordWriteError, type RecordError } from './platform';
import { isBlank, violations, type PackagedRule, type RuleRecord } from './validationRules';

type Fields = Record<string, unknown>;

/** A save: the input (API names), the stored record it updates (null on create), its parent records. */
export interface Save {
    objectApiName: string;
    input: Fields;
    existing: Fields | null;
    parent: (relationship: string, field: string) => unknown;
}

/** TextArea fields have no length in their XML: the platform's fixed 255. */
const TEXT_AREA_LENGTH = 255;

function maxLength(type: string, length: number | undefined): number | undefined {
    if (type === 'TextArea') return TEXT_AREA_LENGTH;
    return ['Text', 'LongTextArea', 'Html', 'EncryptedText'].includes(type) ? length : undefined;
}

function systemErrors(save: Save): Record<string, RecordError[]> {
    const info = schema[save.objectApiName];
    const errors: Record<string, RecordError[]> = {};
    if (!info) return errors;
    for (const [api, field] of Object.entries(info.fields)) {
        if (field.calculated) continue;
        const inInput = api in save.input;
        const value = inInput ? save.input[api] : save.existing?.[api];
        if (field.required && field.type !== 'MasterDetail' && (inInput || !save.existing) && isBlank(value)) {
            errors[api] = [
                {
                    errorCode: 'REQUIRED_FIELD_MISSING',
                    message: 'Complete this field.',
                    field: api,
                    fieldLabel: field.label
                }
            ];
            continue;
        }
        const limit = maxLength(field.type, field.length);
        if (inInput && limit !== undefined && typeof value === 'string' && value.length > limit) {
            // The DML message's shape; its exact wording in the UI API is to be confirmed in an org.
            errors[api] = [
                {
                    errorCode: 'STRING_TOO_LONG',
                    message: `${field.label}: data value too large: ${value.slice(0, 40)}... (max length=${limit})`,
                    field: api,
                    fieldLabel: field.label
                }
            ];
        }
    }
    return errors;
}

function ruleRecord(save: Save): RuleRecord {
    const value = (field: string) => (field in save.input ? save.input[field] : save.existing?.[field]);
    return {
        isNew: save.existing === null,
        value,
        isChanged: (field) =>
            save.existing !== null &&
            field in save.input &&
            (save.input[field] ?? null) !== (save.existing[field] ?? null),
        parent: save.parent
    };
}

/** Throws the record error of the first failing step; returns when the save may go ahead. */
export function checkSave(save: Save, rules: PackagedRule[] = packagedRules): void {
    const fieldErrors = systemErrors(save);
    const missing = Object.values(fieldErrors).flat();
    if (missing.length) {
        const required = missing.filter((e) => e.errorCode === 'REQUIRED_FIELD_MISSING');
        const page = required.length
            ? [
                  {
                      errorCode: 'REQUIRED_FIELD_MISSING',
                      message: `Required fields are missing: ${required.map((e) => e.fieldLabel).join(', ')}`
                  }
              ]
            : [];
        throw recordWriteError(page, fieldErrors);
    }
    const failed = violations(rules, save.objectApiName, ruleRecord(save));
    if (!failed.length) return;
    const pageErrors: RecordError[] = [];
    const ruleFieldErrors: Record<string, RecordError[]> = {};
    for (const v of failed) {
        const error: RecordError = { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: v.message };
        if (v.field) {
            const label = schema[save.objectApiName]?.fields[v.field]?.label;
            (ruleFieldErrors[v.field] ??= []).push({
                ...error,
                field: v.field,
                ...(label ? { fieldLabel: label } : {})
            });
        } else pageErrors.push(error);
    }
    throw recordWriteError(pageErrors, ruleFieldErrors);
}
