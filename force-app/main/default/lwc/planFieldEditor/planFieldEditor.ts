import { LightningElement, api, wire } from 'lwc';
import { MessageContext } from 'lightning/messageService';
import { UnsavedEdit } from 'c/planUnsavedEdits';
import SAVE from '@salesforce/label/c.Common_Save';
import CANCEL from '@salesforce/label/c.Common_Cancel';
import SAVING from '@salesforce/label/c.Common_Loading';

/** One field of the editor; fieldApiName comes from an @salesforce/schema import (namespace-safe). */
export interface EditorField {
    key: string;
    fieldApiName: string;
    /** The field's visible lines (long text areas): the edit area is that tall. */
    lines?: number;
    /** SLDS grid classes of the field's cell; full width by default. */
    itemClass?: string;
}

interface FieldView extends EditorField {
    cellClass: string;
    style: string;
}

const FULL_WIDTH = 'slds-col slds-size_1-of-1';
/** One line of the SLDS textarea (line height 1.5) and its vertical padding. */
const LINE_HEIGHT_REM = 1.5;
const PADDING_REM = 1;

/**
 * Edits some fields of a record in place with lightning-record-edit-form (LDS: field-level security, validation
 * rules and their messages in lightning-messages). Fires `saved` (detail: the record id) and `cancel`.
 * Unsaved changes are not lost silently: Cancel or Escape asks first, the browser asks before leaving the page, and
 * navigating inside Lightning Experience asks through the page's unsaved-edits guard (c/planUnsavedEdits), whose
 * Save submits this form and whose Discard closes the editor.
 */
export default class PlanFieldEditor extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    @api fields: EditorField[] = [];
    /** What is edited, for the discard question ("Your changes to SWOT are not saved..."). */
    @api label = '';

    @wire(MessageContext) messageContext: unknown;

    isDirty = false;
    isSaving = false;
    private readonly unsaved = new UnsavedEdit(
        { saveForGuard: () => this.saveForGuard(), discardForGuard: () => this.close() },
        () => this.messageContext
    );

    labels = { save: SAVE, cancel: CANCEL, saving: SAVING };

    private readonly beforeUnload = (event: BeforeUnloadEvent): void => {
        if (this.isDirty) {
            // The browser shows its own "Leave site? Changes you made may not be saved." dialog.
            event.preventDefault();
            // Stryker disable next-line StringLiteral: equivalent, browsers ask the same question whatever value is set
            event.returnValue = '';
        }
    };

    override connectedCallback(): void {
        window.addEventListener('beforeunload', this.beforeUnload);
        this.unsaved.connect();
    }

    override disconnectedCallback(): void {
        window.removeEventListener('beforeunload', this.beforeUnload);
        this.unsaved.disconnect();
    }

    get fieldViews(): FieldView[] {
        return (this.fields || []).map((field) => ({
            ...field,
            cellClass: field.itemClass || FULL_WIDTH,
            style: field.lines
                ? `--slds-c-textarea-sizing-min-height: ${field.lines * LINE_HEIGHT_REM + PADDING_REM}rem`
                : ''
        }));
    }

    handleChange(): void {
        this.setDirty(true);
    }

    private setDirty(dirty: boolean): void {
        this.isDirty = dirty;
        this.unsaved.report(dirty, this.label);
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.isSaving) {
            event.stopPropagation();
            void this.requestCancel();
        }
    }

    handleCancel(): void {
        void this.requestCancel();
    }

    /** Closes the editor; with unsaved changes only after the user agrees to discard them. */
    private async requestCancel(): Promise<void> {
        if (await this.unsaved.mayDiscard(this.isDirty, this.label)) {
            this.close();
        }
    }

    /** Drops the edit and closes the editor. */
    private close(): void {
        this.setDirty(false);
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    /** The guard's Save (the user leaves the page and chose to save): submits the form as the Save button does. */
    private saveForGuard(): void {
        if (this.isSaving) {
            return;
        }
        this.isSaving = true;
        this.form.submit();
    }

    /** The form is always rendered: the guard asks only an editor whose fields the user changed. */
    private get form(): { submit: () => void } {
        return this.template!.querySelector('lightning-record-edit-form') as unknown as { submit: () => void };
    }

    handleSubmit(): void {
        this.isSaving = true;
    }

    handleError(): void {
        // lightning-messages in the form shows the server's message (validation rules included); the edit stays,
        // and the guard keeps the user on the page if it asked for the save.
        this.isSaving = false;
        this.unsaved.saveFailed();
    }

    handleSuccess(event: CustomEvent<{ id: string }>): void {
        this.isSaving = false;
        this.setDirty(false);
        this.dispatchEvent(new CustomEvent('saved', { detail: { id: event.detail.id } }));
    }
}
