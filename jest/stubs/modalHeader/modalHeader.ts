/**
 * lightning-modal-header for tests that read the tagline (jest.mock it in the test file): @salesforce/sfdx-lwc-jest's stub has no slot, so the tagline the real
 * header shows under its heading (its default slot) would not render.
 */
import { LightningElement, api } from 'lwc';

export default class ModalHeader extends LightningElement {
    @api label: string | undefined;
}
