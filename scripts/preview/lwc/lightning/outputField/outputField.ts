/** Preview stand-in for lightning-output-field: label and value of one field of the surrounding record form. */
import { LightningElement, api } from 'lwc';
import schema from 'preview/schema';
import { toSource } from '../../../src/namespace';

export default class OutputField extends LightningElement {
    @api fieldName: string | { fieldApiName: string } = '';
    @api variant?: string;

    current: unknown = null;
    objectApiName = '';

    get name(): string {
        const f = this.fieldName;
        return typeof f === 'string' ? f : (f?.fieldApiName ?? '');
    }

    connectedCallback(): void {
        this.dispatchEvent(
            new CustomEvent('previewfieldregister', {
                bubbles: true,
                composed: true,
                detail: {
                    fieldName: this.name,
                    getValue: () => undefined,
                    isDirty: () => false,
                    setValue: (value: unknown) => {
                        this.current = value;
                    },
                    setContext: (objectApiName: string) => {
                        this.objectApiName = objectApiName;
                    },
                    reportValidity: () => true,
                    setError: () => undefined
                }
            })
        );
    }

    get label(): string {
        return schema[this.objectApiName]?.fields[toSource(this.name)]?.label ?? this.name;
    }
    get showLabel(): boolean {
        return this.variant !== 'label-hidden';
    }
    get display(): string {
        const v = this.current;
        if (v === null || v === undefined || v === '') return '';
        const type = schema[this.objectApiName]?.fields[toSource(this.name)]?.type;
        if (type === 'Currency')
            return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(v));
        if (type === 'Checkbox') return v ? 'Yes' : 'No';
        return String(v);
    }
}
