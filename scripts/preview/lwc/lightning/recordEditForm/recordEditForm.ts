/**
 * Preview stand-in for lightning-record-edit-form (the npm base components have none: it needs the UI API).
 * Same public surface: object-api-name, record-id, load/submit/success/error events, submit(fields).
 * Slotted lightning-input-field elements register with it; saves go through the preview uiRecordApi.
 * Names are the simulated org's (src/namespace.ts): an object or field it does not know shows the error in
 * the form and on the console, as the platform's form does; the record it loads is keyed by the org's names.
 */
import { LightningElement, api } from 'lwc';
import { createRecord, updateRecord } from '../../../src/uiRecordApi';
import { store } from '../../../src/store';
import { fieldProblem, objectNameOf, objectProblem, renameKeys, toOrg, toSource } from '../../../src/namespace';

export interface FieldHandle {
    fieldName: string;
    getValue: () => unknown;
    isDirty: () => boolean;
    setValue: (value: unknown, fromRecord: boolean) => void;
    setContext: (objectApiName: string, planId: string | null) => void;
    reportValidity: () => boolean;
    setError: (message: string | null) => void;
}

export default class RecordEditForm extends LightningElement {
    @api objectApiName?: string | { objectApiName: string };
    @api recordId?: string;
    @api recordTypeId?: string;
    @api density?: string;
    @api columns?: number;

    errorMessage: string | null = null;
    private fields = new Map<string, FieldHandle>();
    private record: Record<string, unknown> = {};

    constructor() {
        super();
        this.addEventListener('previewfieldregister', (event: Event) => {
            event.stopPropagation();
            const handle = (event as CustomEvent<FieldHandle>).detail;
            this.fields.set(handle.fieldName, handle);
            const problem =
                this.apiName && !objectProblem(this.apiName) ? fieldProblem(this.apiName, handle.fieldName) : null;
            if (problem) {
                console.error(`lightning-input-field: ${problem}`);
                handle.setError(problem);
            }
            handle.setContext(toSource(this.apiName), this.planId);
            if (handle.fieldName in this.record) handle.setValue(this.record[handle.fieldName], true);
        });
        this.addEventListener('previewfieldunregister', (event: Event) => {
            event.stopPropagation();
            this.fields.delete((event as CustomEvent<string>).detail);
        });
    }

    /** The object as the component named it: the org's name when it is right. */
    get apiName(): string {
        return objectNameOf(this.objectApiName);
    }

    get planId(): string | null {
        if (!this.recordId) return null;
        const found = store.find(this.recordId);
        return found ? found.planId : null;
    }

    connectedCallback(): void {
        setTimeout(() => this.loadRecord(), 0);
    }

    private loadRecord(): void {
        const problem = objectProblem(this.apiName);
        if (problem) {
            console.error(`lightning-record-edit-form: ${problem}`);
            this.errorMessage = problem;
            this.dispatchEvent(new CustomEvent('error', { detail: { message: problem, detail: problem, output: {} } }));
            return;
        }
        const rec = this.recordId ? store.recordFields(this.recordId) : null;
        this.record = rec ? renameKeys(rec.fields, toOrg) : {};
        for (const handle of this.fields.values()) {
            handle.setContext(toSource(this.apiName), this.planId);
            if (handle.fieldName in this.record && !handle.isDirty())
                handle.setValue(this.record[handle.fieldName], true);
        }
        const fields = Object.fromEntries(
            Object.entries(this.record).map(([k, v]) => [k, { value: v, displayValue: null }])
        );
        const detail = {
            apiName: this.apiName,
            objectInfos: {},
            records: this.recordId ? { [this.recordId]: { id: this.recordId, fields } } : {},
            record: this.recordId ? { id: this.recordId, fields } : undefined
        };
        this.dispatchEvent(new CustomEvent('load', { detail }));
    }

    private collect(): Record<string, unknown> {
        const fields: Record<string, unknown> = {};
        for (const [name, handle] of this.fields) {
            const value = handle.getValue();
            if (value !== undefined && (!this.recordId || handle.isDirty())) fields[name] = value;
        }
        return fields;
    }

    handleFormSubmit(event: Event): void {
        event.preventDefault();
        let valid = true;
        for (const handle of this.fields.values()) valid = handle.reportValidity() && valid;
        if (!valid) return;
        const fields = this.collect();
        const submit = new CustomEvent('submit', {
            detail: { fields },
            cancelable: true,
            bubbles: true,
            composed: true
        });
        this.dispatchEvent(submit);
        if (!submit.defaultPrevented) void this.submit(fields);
    }

    /** Like the platform: submit() without fields saves what the inputs hold, without firing `submit`. */
    @api
    async submit(fields?: Record<string, unknown>): Promise<void> {
        if (!fields) {
            let valid = true;
            for (const handle of this.fields.values()) valid = handle.reportValidity() && valid;
            if (!valid) return;
        }
        const values = { ...(fields ?? this.collect()) };
        this.errorMessage = null;
        for (const handle of this.fields.values()) handle.setError(null);
        try {
            const result = this.recordId
                ? await updateRecord({ fields: { ...values, Id: this.recordId } })
                : await createRecord({ apiName: this.apiName, fields: values });
            this.dispatchEvent(new CustomEvent('success', { detail: result, bubbles: true, composed: true }));
        } catch (e) {
            const body = (
                e as {
                    body?: {
                        message?: string;
                        output?: {
                            errors?: { message: string }[];
                            fieldErrors?: Record<string, { message: string }[]>;
                        };
                    };
                }
            ).body;
            // The UI API's own message is generic: show the record's errors (page level, else the fields').
            const fieldMessages = Object.values(body?.output?.fieldErrors ?? {}).flatMap((errs) =>
                errs.map((err) => err.message)
            );
            const pageMessages = (body?.output?.errors ?? []).map((err) => err.message);
            const message =
                [...pageMessages, ...(pageMessages.length ? [] : fieldMessages)].join(' ') ||
                body?.message ||
                String(e);
            this.errorMessage = message;
            for (const [field, errs] of Object.entries(body?.output?.fieldErrors ?? {}))
                this.fields.get(field)?.setError(errs[0]?.message ?? null);
            this.dispatchEvent(
                new CustomEvent('error', {
                    detail: { message, detail: message, output: body?.output ?? {} },
                    bubbles: true,
                    composed: true
                })
            );
            window.dispatchEvent(new CustomEvent('previewformerror', { detail: message }));
        }
    }
}
