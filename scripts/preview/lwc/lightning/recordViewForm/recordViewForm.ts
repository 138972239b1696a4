/**
 * Preview stand-in for lightning-record-view-form: gives slotted lightning-output-field elements their record,
 * under the simulated org's names (src/namespace.ts); an object or field it does not know logs the error.
 */
import { LightningElement, api } from 'lwc';
import { store } from '../../../src/store';
import { fieldProblem, objectNameOf, objectProblem, toSource } from '../../../src/namespace';

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
            const object = objectNameOf(this.objectApiName);
            const problem = objectProblem(object) ?? fieldProblem(object, handle.fieldName);
            if (problem) {
                console.error(`lightning-record-view-form: ${problem}`);
                return;
            }
            handle.setContext(toSource(object), null);
            setTimeout(() => {
                const rec = this.recordId ? store.recordFields(this.recordId) : null;
                if (rec) handle.setValue(rec.fields[toSource(handle.fieldName)], true);
            }, 0);
        });
    }

    connectedCallback(): void {
        setTimeout(() => this.dispatchEvent(new CustomEvent('load', { detail: { records: {} } })), 0);
    }
}
