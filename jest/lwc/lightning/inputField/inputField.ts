/**
 * `lightning-input-field` in Jest: the public surface of @salesforce/sfdx-lwc-jest's stub; on connect it asks its
 * form to check its field name against the simulated org (jest/platform/forms.ts).
 */
import { LightningElement, api } from 'lwc';
import { registerField } from '../../../platform/forms';

export default class InputField extends LightningElement {
    @api dirty: boolean | undefined;
    @api disabled: boolean | undefined;
    @api fieldName: string | { objectApiName?: string; fieldApiName?: string } | undefined;
    @api readOnly: boolean | undefined;
    @api required: boolean | undefined;
    @api value: unknown;
    @api variant: string | undefined;

    override connectedCallback(): void {
        registerField(this, this.fieldName);
    }

    @api clean(): void {}
    @api reportValidity(): boolean {
        return true;
    }
    @api reset(): void {}
    @api setErrors(_errors?: unknown): void {}
}
