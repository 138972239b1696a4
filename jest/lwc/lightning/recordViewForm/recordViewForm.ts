/**
 * `lightning-record-view-form` in Jest: its object and every slotted lightning-output-field must be names the
 * simulated org knows (jest/platform/org.ts).
 */
import { LightningElement, api } from 'lwc';
import { checkFormObject, listenForFields } from '../../../platform/forms';

export default class RecordViewForm extends LightningElement {
    @api density: string | undefined;
    @api objectApiName: string | { objectApiName: string } | undefined;
    @api recordId: string | undefined;

    constructor() {
        super();
        listenForFields(this, 'lightning-record-view-form', () => this.objectApiName);
    }

    override connectedCallback(): void {
        checkFormObject('lightning-record-view-form', this.objectApiName);
    }
}
