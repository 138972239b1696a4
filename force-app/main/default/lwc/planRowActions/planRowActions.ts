import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/planUtils';
import LABEL_EDIT from '@salesforce/label/c.Common_Edit';
import LABEL_DELETE from '@salesforce/label/c.Common_Delete';
import LABEL_ROW_ACTIONS from '@salesforce/label/c.Common_Row_Actions';

/** One item of a row's menu; `value` is what the `rowaction` event reports. */
export interface RowActionItem {
    value: string;
    label: string;
}

/**
 * The menu of one row of a child tab ("Actions for Helen Park": Edit, Delete, ...). Fires `rowaction` with the
 * chosen item's value and the row's record id:
 *   <c-plan-row-actions record-id={row.id} record-name={row.contactName} onrowaction={handleRowAction}>
 * Edit and Delete unless `items` says otherwise. focus() puts focus back on the menu's button, e.g. after the
 * record modal it opened has closed.
 */
export default class PlanRowActions extends LightningElement {
    @api recordId: string | undefined;
    /** Names the row for assistive technology: the menu reads "Actions for <name>". */
    @api recordName: string | undefined;
    @api items: RowActionItem[] | undefined;

    get menuItems(): RowActionItem[] {
        return (
            this.items ?? [
                { value: 'edit', label: LABEL_EDIT },
                { value: 'delete', label: LABEL_DELETE }
            ]
        );
    }

    get menuLabel(): string {
        return formatLabel(LABEL_ROW_ACTIONS, this.recordName);
    }

    handleSelect(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(
            new CustomEvent('rowaction', { detail: { value: event.detail.value, recordId: this.recordId } })
        );
    }

    @api focus(): void {
        (this.template?.querySelector('lightning-button-menu') as unknown as HTMLElement | null)?.focus();
    }
}
