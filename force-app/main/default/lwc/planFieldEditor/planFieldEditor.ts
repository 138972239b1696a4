import { LightningElement, api } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import { formatLabel } from 'c/planUtils';
import SAVE from '@salesforce/label/c.Common_Save';
import CANCEL from '@salesforce/label/c.Common_Cancel';
import SAVING from '@salesforce/label/c.Common_Loading';
import DISCARD_TITLE from '@salesforce/label/c.Common_Discard_Title';
import DISCARD_MESSAGE from '@salesforce/label/c.Common_Discard_Message';

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

type ConfirmApi = {
    open(config: { label: string; message: string; variant: string; theme: string }): Promise<boolean>;
};
const confirmDialog = LightningConfirm as unknown as ConfirmApi;

const FULL_WIDTH = 'slds-col slds-size_1-of-1';
/** One line of the SLDS textarea (line height 1.5) and its vertical padding. */
const LINE_HEIGHT_REM = 1.5;
const PADDING_REM = 1;

/**
 * Edits some fields of a record in place with lightning-record-edit-form (LDS: field-level security, validation
 * rules and their messages in lightning-messages). Fires `saved` (detail: the record id) and `cancel`.
 * Unsaved changes are not lost silently: Cancel or Escape asks first, and the browser asks before leaving the page.
 */
export default class PlanFieldEditor extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    @api fields: EditorField[] = [];
    /** What is edited, for the discard question ("Your changes to SWOT are not saved..."). */
    @api label = '';

    isDirty = false;
    isSaving = false;
    private isConfirming = false;

    labels = { save: SAVE, cancel: CANCEL, saving: SAVING };

    private readonly beforeUnload = (event: BeforeUnloadEvent): void => {
        if (this.isDirty) {
            // The browser shows its own "Leave site? Changes you made may not be saved." dialog.
            event.preventDefault();
            event.returnValue = '';
        }
    };

    override connectedCallback(): void {
        window.addEventListener('beforeunload', this.beforeUnload);
    }

    override disconnectedCallback(): void {
        window.removeEventListener('beforeunload', this.beforeUnload);
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
        this.isDirty = true;
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
        if (this.isConfirming) {
            return;
        }
        if (this.isDirty) {
            this.isConfirming = true;
            const discard = await confirmDialog.open({
                label: DISCARD_TITLE,
                message: formatLabel(DISCARD_MESSAGE, this.label),
                variant: 'header',
                theme: 'warning'
            });
            this.isConfirming = false;
            if (!discard) {
                return;
            }
        }
        this.isDirty = false;
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleSubmit(): void {
        this.isSaving = true;
    }

    handleError(): void {
        // lightning-messages in the form shows the server's message (validation rules included); the edit stays.
        this.isSaving = false;
    }

    handleSuccess(event: CustomEvent<{ id: string }>): void {
        this.isSaving = false;
        this.isDirty = false;
        this.dispatchEvent(new CustomEvent('saved', { detail: { id: event.detail.id } }));
    }
}
