import { LightningElement, api } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';

/**
 * A record name as a link. The URL comes from NavigationMixin.GenerateUrl, so the browser offers what users expect
 * of a link (open in a new tab or window, copy the link address) and screen readers announce it as a link; a plain
 * click navigates inside Lightning Experience (NavigationMixin.Navigate), which also opens console tabs.
 */
export default class PlanRecordLink extends NavigationMixin(LightningElement) {
    /** Text of the link (the record's name). */
    @api label: string | null | undefined;
    /** Optional longer accessible name, e.g. "Open Northwind Traders 2026". */
    @api linkTitle: string | undefined;

    /**
     * 'inline' for a link inside a line of text: underlined, so it is told apart from the text by more than its
     * colour (WCAG 1.4.1, axe-core link-in-text-block). A link on its own line (a list row's name) needs none.
     */
    @api variant: string | undefined;

    url: string | undefined;
    private record: string | undefined;

    /** The record to open. */
    @api
    get recordId(): string | undefined {
        return this.record;
    }
    set recordId(value: string | undefined) {
        this.record = value;
        this.generateUrl();
    }

    /** Without a record (e.g. a user the viewer cannot see) the name shows as plain text. */
    get hasRecord(): boolean {
        return !!this.record;
    }

    get linkClass(): string {
        return this.variant === 'inline' ? 'record-link record-link_inline' : 'record-link';
    }

    /** '#' until the URL is known, so the link is focusable and clickable from the first render. */
    get href(): string {
        return this.url ?? '#';
    }

    private get pageReference(): PageReference {
        return { type: 'standard__recordPage', attributes: { recordId: this.record, actionName: 'view' } };
    }

    /** Only the URL of the current record id is kept when ids change faster than URLs are generated. */
    private generateUrl(): void {
        const record = this.record;
        this.url = undefined;
        if (!record) {
            return;
        }
        (this[NavigationMixin.GenerateUrl](this.pageReference) as Promise<string>).then(
            (url) => {
                if (record === this.record) {
                    this.url = url;
                }
            },
            () => {
                // No URL: the link still navigates on click, it only loses "open in a new tab".
            }
        );
    }

    handleClick(event: MouseEvent): void {
        // Modified clicks (new tab, new window, download) and other buttons are the browser's, with the real URL.
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        // The link, and so this handler, exists only while there is a record.
        this[NavigationMixin.Navigate](this.pageReference);
    }
}
