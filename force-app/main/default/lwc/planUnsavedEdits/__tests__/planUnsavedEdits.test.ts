import '../../../../../../jest/useRealLabels';
import PlanConfirmDialog from 'c/planConfirmDialog';
import { UNSAVED_EDITS_CHANNEL, UnsavedEdit, confirmDiscard } from 'c/planUnsavedEdits';
import * as messageService from 'lightning/messageService';
import { MessageContext, publish } from 'lightning/messageService';
import { openMock } from '../../../../../../jest/testUtils';
import { published, resetMessages } from '../../../../../../jest/mocks/messageService';

jest.mock('lightning/messageService', () => require('../../../../../../jest/mocks/messageService'));
jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));

const confirmOpen = openMock(PlanConfirmDialog);
/** The context every component gets from `@wire(MessageContext)` (the in-memory service's one context). */
let CONTEXT: unknown;
new (MessageContext as unknown as new (callback: (value: unknown) => void) => { connect(): void })((value) => {
    CONTEXT = value;
}).connect();

function editor(context: () => unknown = () => CONTEXT) {
    const owner = { saveForGuard: jest.fn(), discardForGuard: jest.fn() };
    return { owner, edit: new UnsavedEdit(owner, context) };
}

const sent = () => published.map(({ channel, message }) => ({ channel, message }));
const guard = (action: 'save' | 'discard') => publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action });

describe('c/planUnsavedEdits', () => {
    afterEach(() => {
        resetMessages();
        confirmOpen.mockReset();
    });

    it('asks before discarding, naming what is edited, with a destructive Discard button', async () => {
        confirmOpen.mockResolvedValue(true);
        await expect(confirmDiscard('SWOT')).resolves.toBe(true);
        expect(confirmOpen).toHaveBeenCalledWith({
            label: 'Discard unsaved changes?',
            message: 'Your changes to SWOT are not saved. Discard them?',
            confirmLabel: 'Discard',
            confirmVariant: 'destructive',
            size: 'small'
        });
    });

    it('keeps the edit when the user cancels or closes the question', async () => {
        for (const answer of [false, undefined, null, 'yes']) {
            confirmOpen.mockResolvedValueOnce(answer);
            await expect(confirmDiscard('SWOT')).resolves.toBe(false);
        }
    });

    it('lets a clean edit go without asking, asks for a dirty one, and never asks twice at once', async () => {
        const { edit } = editor();
        await expect(edit.mayDiscard(false, 'SWOT')).resolves.toBe(true);
        expect(confirmOpen).not.toHaveBeenCalled();
        let answer: (value: unknown) => void = () => undefined;
        confirmOpen.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
        const first = edit.mayDiscard(true, 'SWOT');
        await expect(edit.mayDiscard(true, 'SWOT')).resolves.toBe(false);
        answer(true);
        await expect(first).resolves.toBe(true);
        expect(confirmOpen).toHaveBeenCalledTimes(1);
        expect(confirmOpen.mock.calls[0][0].message).toBe('Your changes to SWOT are not saved. Discard them?');
        confirmOpen.mockResolvedValueOnce(false);
        await expect(edit.mayDiscard(true, 'SWOT')).resolves.toBe(false);
        confirmOpen.mockRejectedValueOnce(new Error('closed'));
        await expect(edit.mayDiscard(true, 'SWOT')).rejects.toThrow('closed');
        confirmOpen.mockResolvedValueOnce(true);
        await expect(edit.mayDiscard(true, 'SWOT')).resolves.toBe(true);
    });

    it('tells the guard each change of dirty state once, with the label only while dirty', () => {
        const { edit } = editor();
        edit.report(false, 'SWOT');
        expect(published).toEqual([]);
        edit.report(true, 'SWOT');
        edit.report(true, 'SWOT');
        edit.report(true, 'Objective');
        edit.report(false, 'Objective');
        edit.report(false, 'Objective');
        expect(sent()).toEqual([
            {
                channel: UNSAVED_EDITS_CHANNEL,
                message: { action: 'state', source: edit.source, dirty: true, label: 'SWOT' }
            },
            {
                channel: UNSAVED_EDITS_CHANNEL,
                message: { action: 'state', source: edit.source, dirty: true, label: 'Objective' }
            },
            {
                channel: UNSAVED_EDITS_CHANNEL,
                message: { action: 'state', source: edit.source, dirty: false, label: '' }
            }
        ]);
    });

    it('reports an unsaved edit without a name, and gives up its subscription when disconnected', () => {
        const unsubscribe = jest.spyOn(messageService, 'unsubscribe');
        const { edit } = editor();
        edit.report(true, '');
        expect(published.map(({ message }) => message)).toEqual([
            { action: 'state', source: edit.source, dirty: true, label: '' }
        ]);
        edit.disconnect();
        expect(unsubscribe).toHaveBeenCalledTimes(1);
        unsubscribe.mockRestore();
    });

    it('gives every editor its own source', () => {
        const first = editor().edit;
        const second = editor().edit;
        expect(first.source).toMatch(/^plan-edit-\d+$/);
        expect(second.source).not.toBe(first.source);
    });

    it('saves or discards a dirty edit when the guard asks, and ignores the guard while clean', () => {
        const { owner, edit } = editor();
        edit.connect();
        guard('save');
        guard('discard');
        expect(owner.saveForGuard).not.toHaveBeenCalled();
        expect(owner.discardForGuard).not.toHaveBeenCalled();
        edit.report(true, 'SWOT');
        guard('save');
        expect(owner.saveForGuard).toHaveBeenCalledTimes(1);
        expect(owner.discardForGuard).not.toHaveBeenCalled();
        guard('discard');
        expect(owner.discardForGuard).toHaveBeenCalledTimes(1);
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'state', source: 'other', dirty: true, label: 'X' });
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, undefined);
        expect(owner.saveForGuard).toHaveBeenCalledTimes(1);
        expect(owner.discardForGuard).toHaveBeenCalledTimes(1);
    });

    it('subscribes once, and a reported edit subscribes by itself', () => {
        const { owner, edit } = editor();
        edit.connect();
        edit.connect();
        edit.report(true, 'SWOT');
        guard('save');
        expect(owner.saveForGuard).toHaveBeenCalledTimes(1);

        const other = editor();
        other.edit.report(true, 'Objective');
        guard('discard');
        expect(other.owner.discardForGuard).toHaveBeenCalledTimes(1);
    });

    it('reports a failed save only while dirty', () => {
        const { edit } = editor();
        edit.saveFailed();
        expect(published).toEqual([]);
        edit.report(true, 'SWOT');
        edit.saveFailed();
        expect(published.map(({ message }) => message)).toEqual([
            { action: 'state', source: edit.source, dirty: true, label: 'SWOT' },
            { action: 'saveFailed', source: edit.source }
        ]);
    });

    it('holds no edit once disconnected: reports clean and stops listening to the guard', () => {
        const { owner, edit } = editor();
        edit.report(true, 'SWOT');
        edit.disconnect();
        expect(published.map(({ message }) => message)).toEqual([
            { action: 'state', source: edit.source, dirty: true, label: 'SWOT' },
            { action: 'state', source: edit.source, dirty: false, label: '' }
        ]);
        edit.disconnect();
        expect(published).toHaveLength(2);
        // dirty again after a reconnect: the old subscription is gone, so one request acts once
        edit.connect();
        edit.report(true, 'SWOT');
        guard('save');
        expect(owner.saveForGuard).toHaveBeenCalledTimes(1);
    });

    it('sends and listens to nothing before the message context arrives', () => {
        let context: unknown;
        const { owner, edit } = editor(() => context);
        edit.connect();
        edit.report(true, 'SWOT');
        edit.saveFailed();
        expect(published).toEqual([]);
        context = CONTEXT;
        edit.connect();
        guard('save');
        expect(owner.saveForGuard).toHaveBeenCalledTimes(1);
    });
});
