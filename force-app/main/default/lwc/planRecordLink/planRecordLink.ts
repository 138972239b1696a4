import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';

/**
 * A record name as a real link: the href comes from NavigationMixin.GenerateUrl, so it opens in a new tab, can be
 * copied and reads as a link to screen readers; a plain click navigates inside Lightning Experience.
 */
export default class PlanRecordLink extends NavigationMixin(LightningElement) {
    /** The text of the link (a plan, account or user name). */
    @api label: string | null | undefined;
    /** Optional longer accessible name, e.g. "Open Northwind Traders 2026". */
    @api linkTitle: string | undefined;

    href = '#';
    private currentId: string | undefined;
    private connected = false;

    /** The record to open. */
    @api
    get recordId(): string | undefined {
        return this.currentId;
    }
    set recordId(value: string | undefined) {
        this.currentId = value;
        if (this.connected) {
            this.generateHref();
        }
    }

    /** The navigation service is reachable once the component is in the page. */
    override connectedCallback(): void {
        this.connected = true;
        this.generateHref();
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    private get pageReference() {
        return { type: 'standard__recordPage', attributes: { recordId: this.currentId, actionName: 'view' } };
    }

    private generateHref(): void {
        const recordId = this.currentId;
        if (!recordId) {
            this.href = '#';
            return;
        }
        void this[NavigationMixin.GenerateUrl](this.pageReference).then((url: string) => {
            // A later recordId wins over a slow answer for an earlier one.
            if (this.currentId === recordId) {
                this.href = url;
            }
        });
    }

    /** Modified clicks (new tab, new window) keep the browser's behaviour. */
    handleClick(event: MouseEvent): void {
        if (!this.currentId || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
            return;
        }
        event.preventDefault();
        this[NavigationMixin.Navigate](this.pageReference);
    }
}
