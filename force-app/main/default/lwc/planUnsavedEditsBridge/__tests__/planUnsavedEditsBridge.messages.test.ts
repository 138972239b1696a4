import PlanUnsavedEditsBridge from 'c/planUnsavedEditsBridge';
import { UNSAVED_EDITS_CHANNEL } from 'c/planUnsavedEdits';
import { MessageContext, publish, subscribe } from 'lightning/messageService';
import { flush, mount, resetDom } from '../../../../../../jest/testUtils';
import { published, resetMessages } from '../../../../../../jest/mocks/messageService';

jest.mock('lightning/messageService', () => require('../../../../../../jest/mocks/messageService'));

type Bridge = HTMLElement & { save(): void; discard(): void };
type State = { dirty: boolean; label: string };

/** The context every component gets from `@wire(MessageContext)` (the in-memory service's one context). */
let CONTEXT: unknown;
new (MessageContext as unknown as new (callback: (value: unknown) => void) => { connect(): void })((value) => {
    CONTEXT = value;
}).connect();

const editor = (source: string | undefined, dirty: boolean, label?: string) =>
    publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'state', source, dirty, label });
const failed = (source: string) => publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'saveFailed', source });

async function createBridge(): Promise<{ bridge: Bridge; changes: State[] }> {
    const bridge = mount('c-plan-unsaved-edits-bridge', PlanUnsavedEditsBridge) as Bridge;
    await flush();
    const changes: State[] = [];
    bridge.addEventListener('change', (event) => changes.push({ ...(event as CustomEvent<State>).detail }));
    return { bridge, changes };
}

describe('c-plan-unsaved-edits-bridge, driven by the editors’ messages', () => {
    afterEach(() => {
        resetDom();
        resetMessages();
    });

    it('tells the page each change of unsaved edits once, naming each edited part once', async () => {
        const { changes } = await createBridge();
        editor('a', true, 'SWOT');
        editor('a', true, 'SWOT');
        editor('b', true, 'SWOT');
        editor('c', true, 'Objective');
        editor('d', true);
        editor('e', true, '');
        editor('a', false);
        editor('b', false);
        editor('c', false);
        editor('d', false);
        editor('e', false);
        expect(changes).toEqual([
            { dirty: true, label: 'SWOT' },
            { dirty: true, label: 'SWOT, Objective' },
            { dirty: true, label: 'Objective' },
            // parts without a name still count as unsaved edits
            { dirty: true, label: '' },
            { dirty: false, label: '' }
        ]);
    });

    it('ignores messages without a source and its own requests', async () => {
        const { changes } = await createBridge();
        editor(undefined, true, 'SWOT');
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, undefined);
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'save', source: 'x' });
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'discard', source: 'x' });
        expect(changes).toEqual([]);
    });

    it('answers Save at once when nothing is edited, without asking any editor', async () => {
        const { bridge, changes } = await createBridge();
        bridge.save();
        bridge.save();
        expect(changes).toEqual([
            { dirty: false, label: '' },
            { dirty: false, label: '' }
        ]);
        expect(published).toEqual([]);
    });

    it('asks every editor to save and answers once all saved, reporting nothing in between', async () => {
        const { bridge, changes } = await createBridge();
        editor('a', true, 'SWOT');
        editor('b', true, 'Objective');
        changes.length = 0;
        bridge.save();
        expect(published.at(-1)).toEqual({ channel: UNSAVED_EDITS_CHANNEL, message: { action: 'save' } });
        expect(changes).toEqual([]);
        editor('a', false);
        expect(changes).toEqual([]);
        editor('b', false);
        expect(changes).toEqual([{ dirty: false, label: '' }]);
        // the save is over: the next edit is reported as usual
        editor('a', true, 'SWOT');
        expect(changes.at(-1)).toEqual({ dirty: true, label: 'SWOT' });
    });

    it('says the page is still dirty when a save fails, even though nothing changed, and only during a save', async () => {
        const { bridge, changes } = await createBridge();
        editor('a', true, 'SWOT');
        failed('a');
        expect(changes).toEqual([{ dirty: true, label: 'SWOT' }]);
        bridge.save();
        failed('a');
        expect(changes).toEqual([
            { dirty: true, label: 'SWOT' },
            { dirty: true, label: 'SWOT' }
        ]);
        // the failed save is over: a later failure report is not an answer
        failed('a');
        expect(changes).toHaveLength(2);
        editor('a', false);
        expect(changes.at(-1)).toEqual({ dirty: false, label: '' });
    });

    it('asks every editor to discard and answers clean at once, ending a save that was running', async () => {
        const { bridge, changes } = await createBridge();
        editor('a', true, 'SWOT');
        bridge.save();
        bridge.discard();
        expect(published.at(-1)).toEqual({ channel: UNSAVED_EDITS_CHANNEL, message: { action: 'discard' } });
        expect(changes.at(-1)).toEqual({ dirty: false, label: '' });
        failed('a');
        editor('b', true, 'Objective');
        expect(changes.at(-1)).toEqual({ dirty: true, label: 'Objective' });
        expect(changes).toHaveLength(3);
    });

    it('says nothing while the page stays clean', async () => {
        const { changes } = await createBridge();
        editor('a', false);
        editor('a', false, 'SWOT');
        expect(changes).toEqual([]);
    });

    it('waits for a failure during a save: other requests are no answer', async () => {
        const { bridge, changes } = await createBridge();
        editor('a', true, 'SWOT');
        bridge.save();
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'save', source: 'x' });
        publish(CONTEXT, UNSAVED_EDITS_CHANNEL, { action: 'discard', source: 'x' });
        expect(changes).toEqual([{ dirty: true, label: 'SWOT' }]);
    });

    it('follows the editors as they drop their edits on Discard, then answers clean', async () => {
        const { bridge, changes } = await createBridge();
        editor('a', true, 'SWOT');
        editor('b', true, 'Objective');
        // editors that drop their edit when asked, reporting clean one after the other
        subscribe(CONTEXT, UNSAVED_EDITS_CHANNEL, (message: { action: string }) => {
            if (message.action === 'discard') {
                editor('a', false);
                editor('b', false);
            }
        });
        changes.length = 0;
        bridge.discard();
        expect(changes).toEqual([
            { dirty: true, label: 'Objective' },
            { dirty: false, label: '' },
            { dirty: false, label: '' }
        ]);
    });

    it('stops listening when it leaves the page', async () => {
        const { bridge, changes } = await createBridge();
        bridge.remove();
        editor('a', true, 'SWOT');
        expect(changes).toEqual([]);
    });
});
