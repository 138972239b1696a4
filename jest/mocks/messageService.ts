/**
 * An in-memory Lightning Message Service for the tests of the plan page's unsaved-edits guard (sfdx-lwc-jest's
 * own stub gives no message context and delivers nothing):
 *   jest.mock('lightning/messageService', () => require('<path to jest>/mocks/messageService'));
 * Every component gets the same context through `@wire(MessageContext)`; `publish` delivers synchronously to
 * every subscriber of the channel and records the message in `published` for the test to read.
 */
type Listener = (message: unknown) => void;

const CONTEXT = { messageContext: 'jest' };
const listeners = new Map<unknown, Set<Listener>>();

/** Every message published, in order, with its channel. */
export const published: { channel: unknown; message: unknown }[] = [];

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

/** The wire adapter: provides the shared context when the component connects. */
export class MessageContext {
    constructor(private readonly callback: (value: unknown) => void) {}
    update(): void {
        this.callback(CONTEXT);
    }
    connect(): void {
        this.callback(CONTEXT);
    }
    disconnect(): void {}
}

export function publish(context: unknown, channel: unknown, message: unknown): void {
    if (context !== CONTEXT) throw new Error('publish without the message context');
    published.push({ channel, message });
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(message);
}

export function subscribe(
    context: unknown,
    channel: unknown,
    listener: Listener
): { channel: unknown; listener: Listener } {
    if (context !== CONTEXT) throw new Error('subscribe without the message context');
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return { channel, listener };
}

export function unsubscribe(subscription: { channel: unknown; listener: Listener }): void {
    listeners.get(subscription.channel)?.delete(subscription.listener);
}

/** Forgets every subscriber and message (call in afterEach). */
export function resetMessages(): void {
    listeners.clear();
    published.length = 0;
}
