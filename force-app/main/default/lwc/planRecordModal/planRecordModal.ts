import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import LABEL_SAVE from '@salesforce/label/c.Modal_Save';
import LABEL_CANCEL from '@salesforce/label/c.Modal_Cancel';
import LABEL_SAVING from '@salesforce/label/c.Modal_Saving';

/**
 * An `@salesforce/schema` import: an object, or one of its fields. Only imports carry the names a subscriber
 * org of the namespaced package uses (`ns__Status__c`), so the modal takes nothing else.
 */
export interface SchemaReference {
    objectApiName: string;
    fieldApiName?: string;
}

/** A value prefilled on create, e.g. `{ field: PLAN_FIELD, value: planId }`. */
export interface FieldDefault {
    field: SchemaReference;
    value: unknown;
}

/** What callers pass to PlanRecordModal.open(). */
export interface PlanRecordModalOptions {
    /** Header text and accessible name of the dialog. */
    label: string;
    size?: 'small' | 'medium' | 'large' | 'full';
    description?: string;
    objectApiName: SchemaReference;
    /** Omit to create a record. */
    recordId?: string;
    /** The fields shown, in this order. */
    fields: SchemaReference[];
    /** Values prefilled on create; fields not shown are submitted hidden (e.g. the master plan). */
    defaultValues?: FieldDefault[];
}

function fieldNameOf(field: SchemaReference): string {
    return field.fieldApiName ?? '';
}

interface FieldItem {
    key: string;
    fieldName: string;
    value: unknown;
}

/**
 * Create/edit modal shared by the workspace components, given schema imports only:
 *   const savedId = await PlanRecordModal.open({
 *       label, objectApiName: OBJECTIVE_OBJECT, recordId, fields: [NAME_FIELD, STATUS_FIELD],
 *       defaultValues: [{ field: PLAN_FIELD, value: planId }]
 *   });
 * Resolves with the saved record Id, or undefined when the user cancels or closes the dialog.
 * Validation and save errors are shown inside the form (lightning-messages) by LDS.
 */
export default class PlanRecordModal extends LightningModal {
    declare static open: (options: PlanRecordModalOptions) => Promise<string | undefined>;

    @api objectApiName: SchemaReference | undefined;
    @api recordId: string | undefined;
    @api fields: SchemaReference[] = [];
    @api defaultValues: FieldDefault[] | undefined;

    isSaving = false;

    labels = { save: LABEL_SAVE, cancel: LABEL_CANCEL, saving: LABEL_SAVING };

    /** The object's name as the org knows it, for lightning-record-edit-form. */
    get objectName(): string | undefined {
        return this.objectApiName?.objectApiName;
    }

    get visibleFields(): FieldItem[] {
        const defaults = new Map((this.defaultValues || []).map((entry) => [fieldNameOf(entry.field), entry.value]));
        return (this.fields || []).map((field) => {
            const fieldName = fieldNameOf(field);
            return { key: fieldName, fieldName, value: this.recordId ? undefined : defaults.get(fieldName) };
        });
    }

    /** Defaults for fields that are not shown (e.g. the master plan Id) travel as hidden inputs on create. */
    get hiddenFields(): FieldItem[] {
        if (this.recordId) {
            return [];
        }
        const shown = new Set((this.fields || []).map(fieldNameOf));
        return (this.defaultValues || [])
            .map((entry) => ({
                key: fieldNameOf(entry.field),
                fieldName: fieldNameOf(entry.field),
                value: entry.value
            }))
            .filter((item) => !shown.has(item.fieldName));
    }

    get saveDisabled(): boolean {
        return this.isSaving;
    }

    /**
     * The footer sits outside the form, so the button submits it with submit(), which does not fire the form's
     * submit event: the saving state starts here, after the fields pass their own validation.
     */
    handleSaveClick(): void {
        const form = this.template?.querySelector('lightning-record-edit-form') as unknown as {
            submit: () => void;
        } | null;
        if (!form || !this.fieldsAreValid()) {
            return;
        }
        this.startSaving();
        form.submit();
    }

    /** Enter in a field submits the form itself. */
    handleSubmit(): void {
        this.startSaving();
    }

    private startSaving(): void {
        this.isSaving = true;
        this.disableClose = true;
    }

    private fieldsAreValid(): boolean {
        const inputs = Array.from(this.template?.querySelectorAll('lightning-input-field') ?? []) as unknown as {
            reportValidity?: () => boolean;
        }[];
        // Only an explicit false blocks: a field without the method (or a stub) counts as valid.
        return inputs.reduce((valid, input) => input.reportValidity?.() !== false && valid, true);
    }

    handleSuccess(event: CustomEvent<{ id: string }>): void {
        this.isSaving = false;
        this.disableClose = false;
        void this.close(event.detail.id);
    }

    handleError(): void {
        this.isSaving = false;
        this.disableClose = false;
    }

    handleCancel(): void {
        void this.close(undefined);
    }
}
