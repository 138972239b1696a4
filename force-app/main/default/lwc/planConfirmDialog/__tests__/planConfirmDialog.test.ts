import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import LightningModal from 'lightning/modal';
import PlanConfirmDialog from 'c/planConfirmDialog';
import { $, flush, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock('lightning/modalHeader', () => require('../../../../../../jest/stubs/modalHeader/modalHeader'));

/** What the dialog resolves with: LightningModal's close(result), recorded by jest/mocks/lightningModal. */
const close = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;

// LightningModal with close() recorded (jest/mocks/lightningModal).
jest.mock('lightning/modal', () => require('../../../../../../jest/mocks/lightningModal'), { virtual: true });

function create(): HTMLElement {
    return mount('c-plan-confirm-dialog', PlanConfirmDialog, {
        label: 'Delete this record?',
        message: 'Delete the objective "Land analytics pilot in Retail" and its actions?',
        confirmLabel: 'Delete',
        confirmVariant: 'destructive'
    });
}

describe('c-plan-confirm-dialog', () => {
    afterEach(() => {
        resetDom();
        close.mockClear();
    });

    it('names the dialog by its header and shows the question, Cancel and the confirming button', async () => {
        const element = create();
        await flush();
        expect($(element, 'lightning-modal-header').label).toBe('Delete this record?');
        expect($(element, '.message').textContent).toBe(
            'Delete the objective "Land analytics pilot in Retail" and its actions?'
        );
        expect($(element, '.cancel-button').label).toBe(label('Common_Cancel'));
        expect($(element, '.confirm-button').label).toBe('Delete');
        expect($(element, '.confirm-button').variant).toBe('destructive');
    });

    it('shows a brand confirming button, and no stray text, when the caller gives only the title', async () => {
        const element = mount('c-plan-confirm-dialog', PlanConfirmDialog, { label: 'Discard unsaved changes?' });
        await flush();
        expect($(element, '.message').textContent).toBe('');
        expect($(element, '.confirm-button').label).toBe('');
        expect($(element, '.confirm-button').variant).toBe('brand');
    });

    it('resolves true on the confirming button and false on Cancel', async () => {
        const element = create();
        await flush();
        $(element, '.confirm-button').click();
        expect(close).toHaveBeenLastCalledWith(true);
        $(element, '.cancel-button').click();
        expect(close).toHaveBeenLastCalledWith(false);
    });
});
