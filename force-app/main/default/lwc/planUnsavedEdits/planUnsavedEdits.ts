/**
 * Unsaved edits on the plan page, shared by the editors (c-plan-field-editor, c-plan-record-modal) and the guard
 * (c-plan-unsaved-edits-bridge inside the Aura component planUnsavedEditsGuard):
 * - confirmDiscard: the question Cancel and Escape ask before an unsaved edit is dropped (c-plan-confirm-dialog);
 * - UnsavedEdit: an editor's side of the guard. It publishes the editor's dirty state on the Lightning message
 *   channel Plan_Unsaved_Edits__c and carries out the guard's requests: "save" or "discard", the user's answer
 *   to the platform's unsaved-changes dialog (lightning:unsavedChanges) when they navigate inside Lightning
 *   Experience. Browser unload stays with each editor's beforeunload listener.
 * A library (LWC guide, "Share JavaScript Code"): import it with `c/planUnsavedEdits`.
 */
import PlanConfirmDialog from 'c/planConfirmDialog';
import { publish, subscribe, unsubscribe } from 'lightning/messageService';
import UNSAVED_EDITS_CHANNEL from '@salesforce/messageChannel/Plan_Unsaved_Edits__c';
import { formatLabel } from 'c/planUtils';
import DISCARD_TITLE from '@salesforce/label/c.Common_Discard_Title';
import DISCARD_MESSAGE from '@salesforce/label/c.Common_Discard_Message';
import DISCARD from '@salesforce/label/c.Common_Discard';

export { UNSAVED_EDITS_CHANNEL };

/**
 * Asks before an unsaved edit is dropped, naming what is edited (c-plan-confirm-dialog); true when the user chose
 * to discard it.
 */
export async function confirmDiscard(what: string): Promise<boolean> {
    const answer = await PlanConfirmDialog.open({
        label: DISCARD_TITLE,
        message: formatLabel(DISCARD_MESSAGE, what),
        confirmLabel: DISCARD,
        confirmVariant: 'destructive',
        size: 'small'
    });
    return answer === true;
}

/**
 * A message on Plan_Unsaved_Edits__c. Editors send `state` (dirty, label) and `saveFailed`; the guard sends
 * `save` and `discard` to every editor.
 */
export interface UnsavedEditsMessage {
    action: 'state' | 'saveFailed' | 'save' | 'discard';
    source?: string;
    dirty?: boolean;
    label?: string;
}

/** What an editor does when the guard asks: save its edit (and report the outcome), or drop it. */
export interface UnsavedEditOwner {
    saveForGuard(): void;
    discardForGuard(): void;
}

let lastSource = 0;

/**
 * An editor's link to the guard. The editor calls `connect()` and `disconnect()` from its lifecycle hooks,
 * `report(dirty, label)` whenever its dirty state may have changed, and `saveFailed()` when a save it ran for
 * the guard did not go through. The message context comes from the editor's `@wire(MessageContext)`.
 */
export class UnsavedEdit {
    readonly source = `plan-edit-${++lastSource}`;
    private subscription: unknown;
    private reported = { dirty: false, label: '' };
    /** The discard question is open: Cancel or Escape again must not ask a second time. */
    private confirming = false;

    constructor(
        private readonly owner: UnsavedEditOwner,
        private readonly context: () => unknown
    ) {}

    connect(): void {
        if (!this.subscription && this.context()) {
            this.subscription = subscribe(this.context(), UNSAVED_EDITS_CHANNEL, (message: UnsavedEditsMessage) =>
                this.receive(message)
            );
        }
    }

    /** An editor that goes away holds no edit any more. */
    disconnect(): void {
        // Stryker disable next-line StringLiteral: equivalent, a clean state's label is always ''
        this.report(false, '');
        if (this.subscription) {
            unsubscribe(this.subscription);
            this.subscription = undefined;
        }
    }

    /** Publishes the editor's state when it changed. */
    report(dirty: boolean, label: string): void {
        const next = { dirty, label: dirty ? label : '' };
        if (next.dirty === this.reported.dirty && next.label === this.reported.label) {
            return;
        }
        this.reported = next;
        this.send({ action: 'state', source: this.source, dirty: next.dirty, label: next.label });
    }

    /**
     * Cancel and Escape: true when the edit may be dropped (nothing unsaved, or the user chose Discard); false when
     * the user keeps it, or while the question is already open.
     */
    async mayDiscard(dirty: boolean, label: string): Promise<boolean> {
        if (this.confirming) {
            return false;
        }
        if (!dirty) {
            return true;
        }
        this.confirming = true;
        try {
            return await confirmDiscard(label);
        } finally {
            this.confirming = false;
        }
    }

    saveFailed(): void {
        if (this.reported.dirty) {
            this.send({ action: 'saveFailed', source: this.source });
        }
    }

    private send(message: UnsavedEditsMessage): void {
        this.connect();
        if (this.context()) {
            publish(this.context(), UNSAVED_EDITS_CHANNEL, message);
        }
    }

    private receive(message: UnsavedEditsMessage): void {
        if (!this.reported.dirty) {
            return;
        }
        if (message?.action === 'discard') {
            this.owner.discardForGuard();
        } else if (message?.action === 'save') {
            this.owner.saveForGuard();
        }
    }
}
