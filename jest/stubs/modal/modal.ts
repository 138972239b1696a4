import { LightningElement, api } from 'lwc';

/**
 * sfdx-lwc-jest ships no lightning/modal: a container's test renders children that import a modal (the review
 * dialog, the record dialog) without opening it. A test of a modal itself mocks lightning/modal with its own spy.
 */
export default class LightningModal extends LightningElement {
    @api label: string | undefined;
    @api size: string | undefined;
    @api description: string | undefined;
    @api disableClose = false;

    static open = jest.fn(() => Promise.resolve(undefined));

    close(_result?: unknown): Promise<void> {
        return Promise.resolve();
    }
}
