import { label } from '../../../../../../jest/realLabels';
import LightningModal from 'lightning/modal';
import PlanConfirmDialog from 'c/planConfirmDialog';
import { $, flush, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock('lightning/modalHeader', () => require('../../../../../../jest/stubs/modalHeader/modalHeader'));

/** What the dialog resolves with: LightningModal's close(result), recorded by the mock below. */
const close = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;

// A minimal LightningModal whose close() is recorded (as in planRecordModal's test).
jest.mock('lightning/modal', () => {
    const lwcModule = jest.requireActual('lwc');
    // No class fields here: the LWC Babel plugin would rewrite them with an out-of-scope helper.
    const mockCloseSpy = jest.fn();
    const MockLightningModal = class extends lwcModule.LightningElement {
        close(result: unknown) {
            mockCloseSpy(result);
            return Promise.resolve();
        }
    };
    Object.assign(MockLightningModal, { open: jest.fn(), closeSpy: mockCloseSpy });
    lwcModule.registerDecorators(MockLightningModal, {
        publicProps: { label: { config: 0 }, size: { config: 0 }, description: { config: 0 } }
    });
    return { __esModule: true, default: MockLightningModal };
});

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

    it('resolves true on the confirming button and false on Cancel', async () => {
        const element = create();
        await flush();
        $(element, '.confirm-button').click();
        expect(close).toHaveBeenLastCalledWith(true);
        $(element, '.cancel-button').click();
        expect(close).toHaveBeenLastCalledWith(false);
    });
});
