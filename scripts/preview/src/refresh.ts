/** `lightning/refresh`: RefreshEvent bubbles to the preview shell, which re-reads the data of the page. */
export class RefreshEvent extends CustomEvent<null> {
    constructor() {
        super('lightning__refreshevent', { bubbles: true, composed: true, detail: null });
    }
}
const handlers = new Map<unknown, () => Promise<unknown> | unknown>();
export function registerRefreshHandler(element: unknown, handler: () => Promise<unknown> | unknown): unknown {
    handlers.set(element, handler);
    return element;
}
export function unregisterRefreshHandler(id: unknown): void {
    handlers.delete(id);
}
export const REFRESH_COMPLETE = 'REFRESH_COMPLETE';
export const REFRESH_COMPLETE_WITH_ERRORS = 'REFRESH_COMPLETE_WITH_ERRORS';
export const REFRESH_ERROR = 'REFRESH_ERROR';
