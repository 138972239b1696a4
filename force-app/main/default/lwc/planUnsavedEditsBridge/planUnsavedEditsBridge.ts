import { LightningElement, api, wire } from 'lwc';
import { MessageContext, publish, subscribe, unsubscribe } from 'lightning/messageService';
import { UNSAVED_EDITS_CHANNEL, type UnsavedEditsMessage } from 'c/planUnsavedEdits';

/** What the bridge tells its Aura parent (`change` event): whether the page holds unsaved edits, and which. */
export interface UnsavedEditsState {
    dirty: boolean;
    /** What is edited (the editors' labels), for the platform's unsaved-changes dialog. */
    label: string;
}

/**
 * The LWC half of the plan page's unsaved-edits guard; it renders nothing. It listens to the editors on the
 * message channel Plan_Unsaved_Edits__c (an LWC import resolves the package namespace, so the Aura half never
 * names the channel) and fires `change` (detail: UnsavedEditsState) when the page gains or loses unsaved edits.
 * Its Aura parent (planUnsavedEditsGuard) hands that to lightning:unsavedChanges and calls `save()` or
 * `discard()` with the user's answer to the platform's dialog.
 */
export default class PlanUnsavedEditsBridge extends LightningElement {
    @wire(MessageContext) messageContext: unknown;

    /** Editors holding an unsaved edit: source -> what they edit. */
    private readonly edits = new Map<string, string>();
    private subscription: unknown;
    private reported: UnsavedEditsState = { dirty: false, label: '' };
    /** A save was asked for and not answered yet (every editor saved, or one failed). */
    private saving = false;

    override connectedCallback(): void {
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, once per connection, context wired
        if (!this.subscription && this.messageContext) {
            this.subscription = subscribe(this.messageContext, UNSAVED_EDITS_CHANNEL, (message: UnsavedEditsMessage) =>
                this.receive(message)
            );
        }
    }

    override disconnectedCallback(): void {
        // Stryker disable next-line ConditionalExpression: equivalent, connectedCallback always subscribed
        if (this.subscription) {
            unsubscribe(this.subscription);
            this.subscription = undefined;
        }
    }

    /** The user chose Save: every editor saves; `change` follows when all saved (clean) or one failed (dirty). */
    @api
    save(): void {
        if (!this.edits.size) {
            this.notify(true);
            return;
        }
        this.saving = true;
        this.send({ action: 'save' });
    }

    /** The user chose Discard: every editor drops its edit, and the page is clean at once. */
    @api
    discard(): void {
        this.saving = false;
        this.send({ action: 'discard' });
        this.edits.clear();
        this.notify(true);
    }

    private send(message: UnsavedEditsMessage): void {
        // Stryker disable next-line ConditionalExpression: equivalent, the wired MessageContext is there once connected
        if (this.messageContext) {
            publish(this.messageContext, UNSAVED_EDITS_CHANNEL, message);
        }
    }

    private receive(message: UnsavedEditsMessage): void {
        if (!message?.source) {
            return;
        }
        if (message.action === 'state') {
            if (message.dirty) {
                this.edits.set(message.source, message.label ?? '');
            } else {
                this.edits.delete(message.source);
            }
            // While a save runs, only its end is reported: every editor saved, or one failed.
            if (!this.saving) {
                this.notify(false);
            } else if (!this.edits.size) {
                this.notify(true);
            }
        } else if (message.action === 'saveFailed' && this.saving) {
            // The edit stays and so does the user: the platform is told the page is still dirty.
            this.notify(true);
        }
    }

    /**
     * Fires `change` when the state differs from the last one fired, or always when `answer` is set: after Save
     * or Discard, lightning:unsavedChanges waits for setUnsavedChanges to be called again.
     */
    private notify(answer: boolean): void {
        const labels = [...new Set(this.edits.values())].filter((label) => label);
        const state: UnsavedEditsState = { dirty: this.edits.size > 0, label: labels.join(', ') };
        if (answer) {
            this.saving = false;
        } else if (state.dirty === this.reported.dirty && state.label === this.reported.label) {
            return;
        }
        this.reported = state;
        this.dispatchEvent(new CustomEvent<UnsavedEditsState>('change', { detail: state }));
    }
}
