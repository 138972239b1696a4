/**
 * Preview stand-in for lightning-input-field: renders the base input that fits the field's real metadata
 * (type, label, required, picklist values from the object XML; lookups as a list of the preview's records).
 */
import { LightningElement, api } from 'lwc';
import schema from 'preview/schema';
import { toSource } from '../../../src/namespace';
import { store } from '../../../src/store';

interface Option {
    label: string;
    value: string;
}

export default class InputField extends LightningElement {
    @api fieldName: string | { fieldApiName: string } = '';
    @api disabled = false;
    @api readOnly = false;
    @api required = false;
    @api variant?: string;
    @api dirty = false;

    current: unknown = null;
    objectApiName = '';
    planId: string | null = null;
    error: string | null = null;
    private touched = false;
    private initial: unknown = undefined;

    @api
    get value(): unknown {
        return this.current;
    }
    set value(v: unknown) {
        this.current = v;
        this.initial = v;
    }

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
                    getValue: () => this.current,
                    isDirty: () => this.touched || (this.initial !== undefined && this.initial !== null),
                    setValue: (value: unknown, fromRecord: boolean) => {
                        if (fromRecord && this.initial !== undefined && this.initial !== null) return;
                        this.current = value;
                    },
                    setContext: (objectApiName: string, planId: string | null) => {
                        this.objectApiName = objectApiName;
                        this.planId = planId ?? this.planId;
                    },
                    reportValidity: () => this.reportValidity(),
                    setError: (message: string | null) => {
                        this.error = message;
                    }
                }
            })
        );
    }

    disconnectedCallback(): void {
        this.dispatchEvent(
            new CustomEvent('previewfieldunregister', { bubbles: true, composed: true, detail: this.name })
        );
    }

    get info() {
        return schema[this.objectApiName]?.fields[toSource(this.name)];
    }
    get label(): string {
        return this.info?.label ?? this.name;
    }
    get helpText(): string | undefined {
        return this.info?.helpText;
    }
    get type(): string {
        return this.info?.type ?? 'Text';
    }
    get isRequired(): boolean {
        return this.required || Boolean(this.info?.required && this.info.type !== 'MasterDetail');
    }
    get isReadOnly(): boolean {
        return this.readOnly || Boolean(this.info?.calculated);
    }
    get labelVariant(): string {
        return this.variant === 'label-hidden'
            ? 'label-hidden'
            : this.variant === 'label-inline'
              ? 'label-inline'
              : 'standard';
    }
    get isPicklist(): boolean {
        return !this.isReadOnly && (this.type === 'Picklist' || this.isLookup);
    }
    get isLookup(): boolean {
        return this.type === 'Lookup' || this.type === 'MasterDetail';
    }
    get isTextArea(): boolean {
        return !this.isReadOnly && (this.type === 'LongTextArea' || this.type === 'TextArea' || this.type === 'Html');
    }
    get isCheckbox(): boolean {
        return this.type === 'Checkbox';
    }
    get isInput(): boolean {
        return !this.isPicklist && !this.isTextArea && !this.isCheckbox;
    }
    get inputType(): string {
        if (this.isReadOnly) return 'text';
        switch (this.type) {
            case 'Number':
            case 'Currency':
            case 'Percent':
                return 'number';
            case 'Date':
                return 'date';
            case 'DateTime':
                return 'datetime';
            case 'Email':
                return 'email';
            case 'Phone':
                return 'tel';
            case 'Url':
                return 'url';
            default:
                return 'text';
        }
    }
    get formatter(): string | undefined {
        return this.type === 'Currency' ? 'currency' : this.type === 'Percent' ? 'percent-fixed' : undefined;
    }
    get step(): string | undefined {
        return this.inputType === 'number' ? (this.info?.scale ? String(10 ** -this.info.scale) : 'any') : undefined;
    }
    get options(): Option[] {
        const values: Option[] = this.isLookup
            ? store.lookupOptions(this.info?.referenceTo ?? '', this.planId)
            : (this.info?.picklist ?? []).map((v) => ({ label: v, value: v }));
        return this.isRequired ? values : [{ label: '--None--', value: '' }, ...values];
    }
    get stringValue(): string {
        return this.current === null || this.current === undefined ? '' : String(this.current);
    }
    get checked(): boolean {
        return this.current === true || this.current === 'true';
    }
    get maxLength(): number | undefined {
        return this.info?.length;
    }

    handleChange(event: CustomEvent<{ value?: unknown; checked?: boolean }>): void {
        event.stopPropagation();
        this.touched = true;
        const target = event.target as HTMLInputElement;
        let value: unknown = this.isCheckbox ? target.checked : (event.detail?.value ?? target.value);
        if (this.inputType === 'number') value = value === '' || value === null ? null : Number(value);
        if (value === '') value = null;
        this.current = value;
        this.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true, composed: true }));
    }

    @api
    reportValidity(): boolean {
        const input = this.template?.querySelector(
            'lightning-input, lightning-combobox, lightning-textarea'
        ) as unknown as {
            reportValidity?: () => boolean;
        } | null;
        const ok = input?.reportValidity ? input.reportValidity() : true;
        return ok && !(this.isRequired && (this.current === null || this.current === undefined || this.current === ''));
    }

    @api
    reset(): void {
        this.current = this.initial ?? null;
        this.touched = false;
    }
}
