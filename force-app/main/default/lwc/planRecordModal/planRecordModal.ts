import { api, wire } from 'lwc';
import LightningModal from 'lightning/modal';
import { MessageContext } from 'lightning/messageService';
import { UnsavedEdit } from 'c/planUnsavedEdits';
import type { PickerSearch } from 'c/planRecordPicker';
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

/**
 * A packaged validation rule that makes a field required, checked before the save with the rule's own message
 * (a custom label holding the rule's errorMessage): the field carries the required marker while the rule applies.
 * `when`: the rule applies only while another field has this value (Competitor when Current Supplier is
 * Competitor). The server still runs the rule; its message shows if it fires anyway.
 */
export interface RequiredRule {
    field: SchemaReference;
    message: string;
    when?: { field: SchemaReference; equals: string };
}

/** Create only: the record the new one is about, chosen in the dialog itself (the contact, the partner account). */
export interface RecordChoice {
    /** The lookup field that receives the chosen record's Id. */
    field: SchemaReference;
    label: string;
    placeholder?: string;
    minLength?: number;
    search: PickerSearch;
    /** Shown when the user saves without choosing. */
    requiredMessage: string;
    /** Shown when nothing matches, instead of "No matches." */
    noResultsMessage?: string;
}

/** What callers pass to PlanRecordModal.open(). */
export interface PlanRecordModalOptions {
    /** Header text and accessible name of the dialog. */
    label: string;
    size?: 'small' | 'medium' | 'large' | 'full';
    /** Names the record under the header (the person, the company, the cell); also the dialog's description. */
    description?: string;
    objectApiName: SchemaReference;
    /** Omit to create a record. */
    recordId?: string;
    /** The fields shown, in this order. */
    fields: SchemaReference[];
    /** Values prefilled on create; fields not shown are submitted hidden (e.g. the master plan). */
    defaultValues?: FieldDefault[];
    rules?: RequiredRule[];
    choice?: RecordChoice;
}

function fieldNameOf(field: SchemaReference): string {
    // Stryker disable next-line StringLiteral: equivalent, every reference the callers pass here is a field import, which names its field
    return field.fieldApiName ?? '';
}

/** A rule's field is blank; lookups hold one Id or null (singleValue), never a list. */
function isBlank(value: unknown): boolean {
    return value === undefined || value === null || value === '';
}

/** A lookup's change event carries a list of Ids; every other field its value. */
function singleValue(value: unknown): unknown {
    return Array.isArray(value) ? (value[0] ?? null) : value;
}

interface FieldItem {
    key: string;
    fieldName: string;
    value: unknown;
}

interface VisibleField extends FieldItem {
    required: boolean;
    message: string | undefined;
}

type LoadDetail = {
    records?: Record<string, { fields?: Record<string, { value: unknown }> }>;
};

/**
 * Create/edit modal shared by the workspace components, given schema imports only:
 *   const savedId = await PlanRecordModal.open({
 *       label, objectApiName: OBJECTIVE_OBJECT, recordId, fields: [NAME_FIELD, STATUS_FIELD],
 *       defaultValues: [{ field: PLAN_FIELD, value: planId }]
 *   });
 * Resolves with the saved record Id, or undefined when the user cancels or closes the dialog.
 * Save errors (validation rules, duplicates, access) are shown inside the form by LDS (lightning-messages and the
 * fields); the rules the caller passes are checked first, in the browser, with the same messages.
 */
export default class PlanRecordModal extends LightningModal {
    declare static open: (options: PlanRecordModalOptions) => Promise<string | undefined>;

    /** Always given by open() (a required option). */
    @api objectApiName!: SchemaReference;
    @api recordId: string | undefined;
    @api fields: SchemaReference[] = [];
    @api defaultValues: FieldDefault[] | undefined;
    @api rules: RequiredRule[] | undefined;
    @api choice: RecordChoice | undefined;
    @wire(MessageContext) messageContext: unknown;

    isSaving = false;
    /** The current value of each field the rules read, by field name (defaults, then the loaded record, then edits). */
    values: Record<string, unknown> = {};
    /** Field name -> the message of its failed rule, after a save attempt. */
    messages: Record<string, string> = {};
    chosen: { value: string; label: string } | undefined;
    /** The user changed a field or chose a record: closing now would lose it. */
    isDirty = false;
    /** The page's unsaved-edits guard: Save and Discard of the platform's dialog when the user leaves the page. */
    private readonly unsaved = new UnsavedEdit(
        { saveForGuard: () => this.saveForGuard(), discardForGuard: () => this.discard() },
        () => this.messageContext
    );

    labels = { save: LABEL_SAVE, cancel: LABEL_CANCEL, saving: LABEL_SAVING };

    override connectedCallback(): void {
        this.values = this.recordId
            ? {}
            : Object.fromEntries(this.defaultEntries().map((item) => [item.key, item.value]));
        this.unsaved.connect();
    }

    override disconnectedCallback(): void {
        this.unsaved.disconnect();
    }

    /** The object's name as the org knows it, for lightning-record-edit-form. */
    get objectName(): string {
        return this.objectApiName.objectApiName;
    }

    /** Names the record the dialog is about; on create with a choice, the chosen record once there is one. */
    get tagline(): string {
        return this.chosen?.label || this.description || '';
    }

    get showChoice(): boolean {
        return !!this.choice && !this.recordId;
    }

    private defaultEntries(): FieldItem[] {
        return (this.defaultValues ?? []).map((entry) => ({
            key: fieldNameOf(entry.field),
            fieldName: fieldNameOf(entry.field),
            value: entry.value
        }));
    }

    private appliesNow(rule: RequiredRule): boolean {
        return !rule.when || this.values[fieldNameOf(rule.when.field)] === rule.when.equals;
    }

    /** Field name -> message of every rule that applies and is not met by the current values. */
    private failedRules(): Record<string, string> {
        const failed: Record<string, string> = {};
        for (const rule of this.rules ?? []) {
            const name = fieldNameOf(rule.field);
            if (this.appliesNow(rule) && isBlank(this.values[name])) {
                failed[name] = rule.message;
            }
        }
        return failed;
    }

    get visibleFields(): VisibleField[] {
        const defaults = new Map(this.defaultEntries().map((item) => [item.key, item.value]));
        const required = new Set(
            (this.rules ?? []).filter((rule) => this.appliesNow(rule)).map((rule) => fieldNameOf(rule.field))
        );
        return this.fields.map((field) => {
            const fieldName = fieldNameOf(field);
            return {
                key: fieldName,
                fieldName,
                value: this.recordId ? undefined : defaults.get(fieldName),
                required: required.has(fieldName),
                message: this.messages[fieldName]
            };
        });
    }

    /**
     * Defaults for fields that are not shown (e.g. the master plan Id) travel as hidden inputs on create, and so
     * does the chosen record.
     */
    get hiddenFields(): FieldItem[] {
        if (this.recordId) {
            return [];
        }
        const shown = new Set(this.fields.map(fieldNameOf));
        const hidden = this.defaultEntries().filter((item) => !shown.has(item.fieldName));
        if (this.choice) {
            const fieldName = fieldNameOf(this.choice.field);
            hidden.push({ key: fieldName, fieldName, value: this.chosen?.value || null });
        }
        return hidden;
    }

    get saveDisabled(): boolean {
        return this.isSaving;
    }

    handleLoad(event: CustomEvent<LoadDetail>): void {
        const fields = (this.recordId && event.detail?.records?.[this.recordId]?.fields) || {};
        const loaded = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.value]));
        this.values = { ...loaded, ...this.values };
    }

    handleFieldChange(event: CustomEvent<{ value: unknown }>): void {
        this.markDirty();
        const fieldName = (event.currentTarget as HTMLElement).dataset.field as string;
        this.values = { ...this.values, [fieldName]: singleValue(event.detail.value) };
        // A message goes as soon as its rule is met; none appears before the user tries to save.
        const stillFailing = this.failedRules();
        this.messages = Object.fromEntries(
            Object.entries(this.messages).filter(([name]) => stillFailing[name] !== undefined)
        );
    }

    handleChoose(event: CustomEvent<{ value: string; label: string }>): void {
        this.markDirty();
        this.chosen = event.detail.value ? event.detail : undefined;
    }

    /**
     * The footer sits outside the form, so the button submits it with submit(), which does not fire the form's
     * submit event: the saving state starts here, after the checks pass.
     */
    handleSaveClick(): void {
        this.save();
    }

    /** Runs the checks and submits the form; false when the save could not start. */
    private save(): boolean {
        const form = this.template?.querySelector('lightning-record-edit-form') as unknown as {
            submit: () => void;
        } | null;
        if (!form || !this.checksPass()) {
            return false;
        }
        this.startSaving();
        form.submit();
        return true;
    }

    /** The guard's Save: as the Save button; a save that cannot start keeps the user on the page. */
    private saveForGuard(): void {
        if (!this.isSaving && !this.save()) {
            this.unsaved.saveFailed();
        }
    }

    /** Enter in a field submits the form itself. */
    handleSubmit(event: Event): void {
        if (!this.checksPass()) {
            event.preventDefault();
            return;
        }
        this.startSaving();
    }

    /** The choice, the rules, then each field's own validation; every problem is shown at once. */
    private checksPass(): boolean {
        const picker = this.template?.querySelector('c-plan-record-picker') as unknown as {
            reportValidity(): boolean;
        } | null;
        const choiceValid = picker ? picker.reportValidity() : true;
        this.messages = this.failedRules();
        return this.fieldsAreValid() && choiceValid && Object.keys(this.messages).length === 0;
    }

    private startSaving(): void {
        this.isSaving = true;
        this.disableClose = true;
    }

    /** Each field reports itself, except those whose rule message is already shown (one message per field). */
    private fieldsAreValid(): boolean {
        const inputs = Array.from(this.template?.querySelectorAll('lightning-input-field') ?? []) as unknown as {
            dataset: { field?: string };
            reportValidity: () => boolean;
        }[];
        // The hidden inputs carry no data-field: they always report.
        // Stryker disable next-line StringLiteral: equivalent, every rule names a field, so no message is keyed by a non-field name
        const unmarked = inputs.filter((input) => !this.messages[input.dataset.field ?? '']);
        // Only an explicit false blocks.
        return unmarked.reduce((valid, input) => input.reportValidity() !== false && valid, true);
    }

    handleSuccess(event: CustomEvent<{ id: string }>): void {
        this.isSaving = false;
        this.disableClose = false;
        // Stryker disable next-line StringLiteral: equivalent, report() drops the label of a clean state
        this.unsaved.report(false, '');
        void this.close(event.detail.id);
    }

    handleError(): void {
        this.isSaving = false;
        this.disableClose = this.isDirty;
        this.unsaved.saveFailed();
    }

    /**
     * A half-filled dialog is not lost silently: once something changed, the close button and Escape stop closing
     * it (disableClose) and Cancel or Escape ask before discarding, as the workspace's field editor does.
     */
    private markDirty(): void {
        this.isDirty = true;
        this.disableClose = true;
        this.unsaved.report(true, this.label);
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && this.isDirty && !this.isSaving) {
            event.stopPropagation();
            void this.requestCancel();
        }
    }

    handleCancel(): void {
        void this.requestCancel();
    }

    private async requestCancel(): Promise<void> {
        if (await this.unsaved.mayDiscard(this.isDirty, this.label)) {
            this.discard();
        }
    }

    /** Drops the edit and closes the dialog without a record. */
    private discard(): void {
        this.isDirty = false;
        this.disableClose = false;
        // Stryker disable next-line StringLiteral: equivalent, report() drops the label of a clean state
        this.unsaved.report(false, '');
        void this.close(undefined);
    }
}
