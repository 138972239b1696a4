import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import LABEL_SAVE from '@salesforce/label/c.Modal_Save';
import LABEL_CANCEL from '@salesforce/label/c.Modal_Cancel';
import LABEL_SAVING from '@salesforce/label/c.Modal_Saving';

/** What callers pass to PlanRecordModal.open(). */
export interface PlanRecordModalOptions {
    /** Header text and accessible name of the dialog. */
    label: string;
    size?: 'small' | 'medium' | 'large' | 'full';
    description?: string;
    objectApiName: string;
    /** Omit to create a record. */
    recordId?: string;
    /** Field API names shown in this order. */
    fields: string[];
    /** Values prefilled on create (e.g. { Account_Plan__c: planId }); keys not in fields are submitted hidden. */
    defaultValues?: Record<string, unknown>;
}

interface FieldItem {
    key: string;
    fieldName: string;
    value: unknown;
}

/**
 * Create/edit modal shared by the workspace components:
 *   const savedId = await PlanRecordModal.open({ label, objectApiName, recordId, fields, defaultValues });
 * Resolves with the saved record Id, or undefined when the user cancels or closes the dialog.
 * Validation and save errors are shown inside the form (lightning-messages) by LDS.
 */
export default class PlanRecordModal extends LightningModal {
    declare static open: (options: PlanRecordModalOptions) => Promise<string | undefined>;

    @api objectApiName: string | undefined;
    @api recordId: string | undefined;
    @api fields: string[] = [];
    @api defaultValues: Record<string, unknown> | undefined;

    isSaving = false;

    labels = { save: LABEL_SAVE, cancel: LABEL_CANCEL, saving: LABEL_SAVING };

    get visibleFields(): FieldItem[] {
        const defaults = this.defaultValues || {};
        return (this.fields || []).map((fieldName) => ({
            key: fieldName,
            fieldName,
            value: this.recordId ? undefined : defaults[fieldName]
        }));
    }

    /** Defaults for fields that are not shown (e.g. the master plan Id) travel as hidden inputs on create. */
    get hiddenFields(): FieldItem[] {
        if (this.recordId) {
            return [];
        }
        const shown = new Set(this.fields || []);
        return Object.entries(this.defaultValues || {})
            .filter(([fieldName]) => !shown.has(fieldName))
            .map(([fieldName, value]) => ({ key: fieldName, fieldName, value }));
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
