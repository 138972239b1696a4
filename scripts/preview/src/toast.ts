/** `lightning/platformShowToastEvent`: the same event the platform listens for; the preview shell renders it as an SLDS toast. */
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export interface ToastConfig {
    title?: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
    messageData?: unknown[];
}

export class ShowToastEvent extends CustomEvent<ToastConfig> {
    constructor(config: ToastConfig) {
        super(SHOW_TOAST_EVENT_NAME, { bubbles: true, composed: true, cancelable: true, detail: config });
    }
}
