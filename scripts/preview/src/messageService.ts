/**
 * `lightning/messageService` in the preview: one page-wide message bus (Lightning Message Service delivers to
 * every subscriber of the channel on the page). The preview cannot run Aura, so the plan page's unsaved-edits
 * guard (Aura planUnsavedEditsGuard) is absent; e2e tests play its part through `window.__previewMessages`:
 * they read what the editors published and publish the guard's requests ("save", "discard").
 */
type Listener = (message: unknown) => void;

interface PreviewMessages {
    published: { channel: unknown; message: unknown }[];
    publish(channel: unknown, message: unknown): void;
}

const CONTEXT = Object.freeze({ preview: true });
const listeners = new Map<unknown, Set<Listener>>();

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

/** The wire adapter: every component gets the page's context. */
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

const log: PreviewMessages = {
    published: [],
    publish: (channel, message) => publish(CONTEXT, channel, message)
};
(window as unknown as { __previewMessages: PreviewMessages }).__previewMessages = log;

export function publish(_context: unknown, channel: unknown, message: unknown): void {
    log.published.push({ channel, message });
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(message);
}

export function subscribe(
    _context: unknown,
    channel: unknown,
    listener: Listener
): { channel: unknown; listener: Listener } {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return { channel, listener };
}

export function unsubscribe(subscription: { channel: unknown; listener: Listener } | undefined): void {
    if (subscription) listeners.get(subscription.channel)?.delete(subscription.listener);
}
