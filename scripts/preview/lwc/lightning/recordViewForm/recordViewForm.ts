/** Preview stand-in for lightning-record-view-form: gives slotted lightning-output-field elements their record. */
import { LightningElement, api } from 'lwc';
import { store } from '../../../src/store';

interface OutputHandle {
    fieldName: string;
    setValue: (value: unknown, fromRecord: boolean) => void;
    setContext: (objectApiName: string, planId: string | null) => void;
}

export default class RecordViewForm extends LightningElement {
    @api objectApiName?: string | { objectApiName: string };
    @api recordId?: string;
    @api density?: string;

    constructor() {
        super();
        this.addEventListener('previewfieldregister', (event: Event) => {
            event.stopPropagation();
            const handle = (event as CustomEvent<OutputHandle>).detail;
            const o = this.objectApiName;
            handle.setContext(typeof o === 'string' ? o : (o?.objectApiName ?? ''), null);
            setTimeout(() => {
                const rec = this.recordId ? store.recordFields(this.recordId) : null;
                if (rec) handle.setValue(rec.fields[handle.fieldName], true);
            }, 0);
        });
    }

    connectedCallback(): void {
        setTimeout(() => this.dispatchEvent(new CustomEvent('load', { detail: { records: {} } })), 0);
    }
}
