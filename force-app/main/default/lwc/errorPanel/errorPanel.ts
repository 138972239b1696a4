import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/planUtils';
import ERROR_TITLE from '@salesforce/label/c.Error_Title';
import ERROR_SHOW_DETAILS from '@salesforce/label/c.Error_Show_Details';
import ERROR_HIDE_DETAILS from '@salesforce/label/c.Error_Hide_Details';

/**
 * Shows what went wrong, from any LDS/Apex/JS error (or a list of them), in an SLDS alert with role="alert".
 * variant "inline" (default) is a compact banner; "illustration" is a centred empty-state style block for
 * a component that could not load at all.
 */
export default class ErrorPanel extends LightningElement {
    /** A raw error or a list of errors (wire error, Apex rejection, LDS save error, string). */
    @api errors: unknown;
    /** Headline; defaults to the generic error title label. */
    @api friendlyMessage: string | undefined;
    /** 'inline' | 'illustration' */
    @api variant = 'inline';

    showDetails = false;

    get messages(): string[] {
        return reduceErrors(this.errors);
    }

    get headline(): string {
        return this.friendlyMessage || ERROR_TITLE;
    }

    /** One message is shown directly; several behind a details toggle. */
    get singleMessage(): string | undefined {
        return this.messages.length === 1 ? this.messages[0] : undefined;
    }

    get hasManyMessages(): boolean {
        return this.messages.length > 1;
    }

    get messageItems(): { key: string; text: string }[] {
        return this.messages.map((text, index) => ({ key: `m${index}`, text }));
    }

    get isIllustration(): boolean {
        return this.variant === 'illustration';
    }

    get toggleLabel(): string {
        return this.showDetails ? ERROR_HIDE_DETAILS : ERROR_SHOW_DETAILS;
    }

    get ariaExpanded(): string {
        return String(this.showDetails);
    }

    handleToggleDetails(): void {
        this.showDetails = !this.showDetails;
    }
}
