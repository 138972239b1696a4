/**
 * Lightning Message Service (LWC guide, "Communicate Across the DOM with Lightning Message Service"), which
 * @salesforce/lightning-types does not declare: the members the plan page's unsaved-edits guard uses.
 */
declare module 'lightning/messageService' {
    /** The @wire adapter that provides a component's message context (the value itself, not { data, error }). */
    export const MessageContext: import('lwc').WireAdapterConstructor<Record<string, unknown>, unknown>;
    export const APPLICATION_SCOPE: symbol;
    export function publish(context: unknown, channel: unknown, message?: unknown): void;
    export function subscribe(
        context: unknown,
        channel: unknown,
        listener: (message: any) => void,
        options?: { scope?: symbol }
    ): unknown;
    export function unsubscribe(subscription: unknown): void;
}

/** A message channel's reference: the default export of a messageChannel import (Name__c). */
declare module '@salesforce/messageChannel/*' {
    const channel: unknown;
    export default channel;
}
