/**
 * `lightning-output-field` in Jest: on connect it asks its form to check its field name against the simulated
 * org (jest/platform/forms.ts).
 */
import { LightningElement, api } from 'lwc';
import { registerField } from '../../../platform/forms';

export default class OutputField extends LightningElement {
    @api fieldClass: string | undefined;
    @api fieldName: string | { objectApiName?: string; fieldApiName?: string } | undefined;
    @api variant: string | undefined;

    override connectedCallback(): void {
        registerField(this, this.fieldName);
    }
}
