/**
 * A LightningModal for the tests of our modals themselves (c-plan-record-modal, c-plan-confirm-dialog): the public
 * API they use, and `closeSpy` recording what the dialog closes with.
 *   jest.mock('lightning/modal', () => require('<path to jest>/mocks/lightningModal'), { virtual: true });
 *   const closeSpy = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;
 * (jest/stubs/modal, the default mapping, serves the components that only open a modal.)
 */
import { LightningElement, api } from 'lwc';

const closeSpy = jest.fn();

export default class LightningModal extends LightningElement {
    @api label: string | undefined;
    @api size: string | undefined;
    @api description: string | undefined;
    @api disableClose = false;

    static open = jest.fn();
    static closeSpy = closeSpy;

    close(result?: unknown): Promise<void> {
        closeSpy(result);
        return Promise.resolve();
    }
}
