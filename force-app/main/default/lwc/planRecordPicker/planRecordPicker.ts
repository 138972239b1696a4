import { LightningElement, api } from 'lwc';
import LABEL_CHANGE from '@salesforce/label/c.Picker_Change';
import LABEL_SELECT from '@salesforce/label/c.Picker_Select';
import LABEL_NO_RESULTS from '@salesforce/label/c.Picker_No_Results';
import LABEL_SEARCHING from '@salesforce/label/c.Picker_Searching';
import LABEL_CHOSEN from '@salesforce/label/c.Picker_Chosen';

/** One record the picker offers: its Id, its name and a detail (a title, an account type). */
export interface PickerOption {
    value: string;
    label: string;
    meta?: string | null;
}

/** An option as the template shows it, its detail spaced after the name. */
type PickerView = PickerOption & { metaText: string };

/** Finds the records matching the typed text (an empty text when minLength is 0). */
export type PickerSearch = (term: string) => Promise<PickerOption[]>;

const SEARCH_DELAY_MS = 300;

/** The detail after the name, spaced so a screen reader does not run the two together. */
function metaTextOf(option: PickerOption): string {
    return option.meta ? ` · ${option.meta}` : '';
}

/**
 * Chooses one record by typing part of its name: the contacts of the account, the partner accounts of the org.
 * Results are buttons ("Select Helen Park CIO"), so the keyboard and screen readers need nothing special; the
 * choice shows with a "Change" button. Fires `select` with { value, label } (value '' when the choice is cleared).
 * A search that answers after a newer one was started is dropped.
 */
export default class PlanRecordPicker extends LightningElement {
    @api label: string | undefined;
    @api placeholder: string | undefined;
    /** Characters before a search starts; 0 lists every record at once. */
    @api minLength = 0;
    @api search: PickerSearch | undefined;
    /** Shown by reportValidity() while nothing is chosen. */
    @api requiredMessage: string | undefined;
    /** Shown when nothing matches; "No matches." unless the caller knows better (e.g. every contact is taken). */
    @api noResultsMessage: string | undefined;

    term = '';
    results: PickerOption[] = [];
    searched = false;
    isSearching = false;
    chosen: PickerView | undefined;
    error: unknown;
    message: string | undefined;

    private timer: ReturnType<typeof setTimeout> | undefined;
    private latestTerm: string | undefined;

    labels = { change: LABEL_CHANGE, select: LABEL_SELECT, searching: LABEL_SEARCHING, chosen: LABEL_CHOSEN };

    override connectedCallback(): void {
        if (this.minLength === 0) {
            void this.runSearch('');
        }
    }

    override disconnectedCallback(): void {
        clearTimeout(this.timer);
    }

    get resultViews(): PickerView[] {
        return this.results.map((option) => ({ ...option, metaText: metaTextOf(option) }));
    }

    // The template reads the two below only while nothing is chosen (the search box's side of lwc:if={chosen}).
    get showResults(): boolean {
        return this.results.length > 0;
    }

    get showNoResults(): boolean {
        return this.searched && !this.isSearching && this.results.length === 0;
    }

    get noResultsLabel(): string {
        return this.noResultsMessage || LABEL_NO_RESULTS;
    }

    get formClass(): string {
        return 'slds-form-element' + (this.message ? ' slds-has-error' : '');
    }

    handleInput(event: CustomEvent<{ value: string }>): void {
        this.term = event.detail.value ?? '';
        this.message = undefined;
        clearTimeout(this.timer);
        const term = this.term.trim();
        if (term.length < this.minLength) {
            this.latestTerm = undefined;
            this.results = [];
            this.searched = false;
            return;
        }
        // Searches once the user pauses typing; a platform timer is the only way to wait for the pause.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => {
            void this.runSearch(term);
        }, SEARCH_DELAY_MS);
    }

    private async runSearch(term: string): Promise<void> {
        if (!this.search) {
            return;
        }
        this.latestTerm = term;
        this.isSearching = true;
        this.error = undefined;
        try {
            const results = await this.search(term);
            if (term === this.latestTerm) {
                this.results = results;
                this.searched = true;
            }
        } catch (error) {
            this.error = error;
        } finally {
            if (term === this.latestTerm) {
                this.isSearching = false;
            }
        }
    }

    handleChoose(event: Event): void {
        const value = (event.currentTarget as HTMLElement).dataset.value;
        this.chosen = this.resultViews.find((option) => option.value === value);
        this.message = undefined;
        this.notify();
        // The chosen record replaces the list, so focus moves to its Change button.
        Promise.resolve().then(() => this.focusOn('button.change'));
    }

    handleChange(): void {
        this.chosen = undefined;
        this.notify();
        Promise.resolve().then(() => this.focus());
    }

    private notify(): void {
        this.dispatchEvent(
            new CustomEvent('select', {
                detail: { value: this.chosen?.value ?? '', label: this.chosen?.label ?? '' }
            })
        );
    }

    /** False, with the required message under the search box, while nothing is chosen. */
    @api reportValidity(): boolean {
        this.message = this.chosen ? undefined : this.requiredMessage;
        return !!this.chosen;
    }

    @api focus(): void {
        this.focusOn('lightning-input');
    }

    /** Focuses the element if it is shown (the search box is not while a record is chosen). */
    private focusOn(selector: string): void {
        (this.template?.querySelector(selector) as HTMLElement | null)?.focus();
    }
}
