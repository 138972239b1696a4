/**
 * `lightning-record-edit-form` in Jest: the public surface of @salesforce/sfdx-lwc-jest's stub, plus the check a
 * real form makes when it loads: its object and every slotted lightning-input-field / lightning-output-field
 * must be names the simulated org knows (jest/platform/org.ts). Tests fire submit/success/error themselves.
 */
import { LightningElement, api } from 'lwc';
import { checkFormObject, listenForFields } from '../../../platform/forms';

export default class RecordEditForm extends LightningElement {
    @api density: string | undefined;
    @api fieldNames: string | undefined;
    @api formClass: string | undefined;
    @api layoutType: string | undefined;
    @api objectApiName: string | { objectApiName: string } | undefined;
    @api optionalFields: string | undefined;
    @api recordId: string | undefined;
    @api recordTypeId: string | undefined;

    constructor() {
        super();
        listenForFields(this, 'lightning-record-edit-form', () => this.objectApiName);
    }

    override connectedCallback(): void {
        checkFormObject('lightning-record-edit-form', this.objectApiName);
    }

    @api submit(_fields?: Record<string, unknown>): void {}
}
