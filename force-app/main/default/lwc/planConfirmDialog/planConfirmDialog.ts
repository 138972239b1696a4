import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';

/** What callers pass to PlanConfirmDialog.open(). */
export interface PlanConfirmDialogOptions {
    /** The question's title: the dialog's heading and accessible name. */
    label: string;
    message: string;
    /** The button that says yes ("Delete", "Discard"). */
    confirmLabel: string;
    /** 'destructive' for a delete; 'brand' otherwise. */
    confirmVariant?: 'brand' | 'destructive';
    size?: 'small' | 'medium' | 'large';
}

/**
 * A yes/no question in a LightningModal: resolves true when the user confirms, false when they cancel, close the
 * dialog or press Escape. It replaces LightningConfirm, whose host element carries role="alertdialog" without an
 * accessible name (axe-core aria-dialog-name, serious): LightningModal names its dialog by the header's label.
 *   const yes = await PlanConfirmDialog.open({ label, message, confirmLabel, size: 'small' });
 */
export default class PlanConfirmDialog extends LightningModal {
    declare static open: (options: PlanConfirmDialogOptions) => Promise<boolean | undefined>;

    @api message = '';
    @api confirmLabel = '';
    @api confirmVariant: 'brand' | 'destructive' = 'brand';

    labels = { cancel: LABEL_CANCEL };

    handleCancel(): void {
        void this.close(false);
    }

    handleConfirm(): void {
        void this.close(true);
    }
}
