/**
 * How the Jest stubs of the record forms check names: each lightning-input-field / lightning-output-field
 * announces its field name when it connects (a composed event that reaches the form it is slotted into), and the
 * form checks the field against its own object in the simulated org (jest/platform/org.ts).
 */
import { fieldProblem, objectProblem, violate } from './org';

const REGISTER = 'jeststubfieldregister';
type Reference = string | { objectApiName?: string; fieldApiName?: string } | undefined;

export function registerField(field: EventTarget, fieldName: Reference): void {
    field.dispatchEvent(new CustomEvent(REGISTER, { bubbles: true, composed: true, detail: fieldName }));
}

/** The form's own object, checked when the form connects. */
export function checkFormObject(tag: string, objectApiName: Reference): void {
    violate(tag, [objectProblem(objectApiName)]);
}

/** Every field slotted into the form, checked against the form's object. */
export function listenForFields(form: EventTarget, tag: string, objectApiName: () => Reference): void {
    form.addEventListener(REGISTER, (event: Event) => {
        event.stopPropagation();
        violate(tag, [fieldProblem(objectApiName(), (event as CustomEvent<Reference>).detail)]);
    });
}
