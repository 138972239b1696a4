import { LightningElement, api } from 'lwc';
import saveOnTargetTolerance from '@salesforce/apex/PlanPageSettingsController.saveOnTargetTolerance';
import { formatLabel, inputNumber, showToast } from 'c/planUtils';
import TITLE from '@salesforce/label/c.Setup_Plan_Page_Title';
import TOLERANCE from '@salesforce/label/c.Setup_On_Target_Tolerance';
import TOLERANCE_HELP from '@salesforce/label/c.Setup_On_Target_Tolerance_Help';
import TOLERANCE_ERROR from '@salesforce/label/c.Setup_Error_On_Target_Tolerance';
import SAVE from '@salesforce/label/c.Setup_Plan_Page_Save';
import SAVED from '@salesforce/label/c.Setup_Plan_Page_Saved';
import SUCCESS from '@salesforce/label/c.Common_Success';

/** Same range as PlanPageSettingsController (and the field's two decimals). */
const MIN_TOLERANCE = 0;
const MAX_TOLERANCE = 50;

type ValidatableInput = { reportValidity(): boolean };

/**
 * The Setup page's "Plan page" card: the on-target tolerance of the scorecard. Saving deploys the settings record
 * (display only: no plan is recalculated) and fires `saved` so the page reloads its settings.
 */
export default class PlanningSetupPlanPage extends LightningElement {
    @api canManage = false;

    /** The value in force, from getSetup; shown until the admin edits it. */
    @api
    get tolerancePercent(): number | undefined {
        return this.savedValue;
    }
    set tolerancePercent(value: number | undefined) {
        this.savedValue = value;
        if (!this.isDirty) {
            this.draft = value;
        }
    }

    draft: number | undefined;
    isDirty = false;
    isSaving = false;
    error: unknown;
    private savedValue: number | undefined;

    labels = {
        title: TITLE,
        tolerance: TOLERANCE,
        toleranceHelp: TOLERANCE_HELP,
        toleranceError: TOLERANCE_ERROR,
        save: SAVE
    };
    min = MIN_TOLERANCE;
    max = MAX_TOLERANCE;

    get inputDisabled(): boolean {
        return !this.canManage || this.isSaving;
    }

    /** Nothing to save until the admin edits the value. */
    get isPristine(): boolean {
        return !this.isDirty;
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        this.draft = inputNumber(event.detail.value);
        this.isDirty = true;
    }

    async handleSave(): Promise<void> {
        // The input is always in the template.
        const input = this.template?.querySelector('lightning-input.tolerance') as unknown as ValidatableInput;
        const tolerancePercent = this.draft;
        if (!input.reportValidity() || tolerancePercent === undefined) {
            return;
        }
        this.isSaving = true;
        this.error = undefined;
        try {
            const deploymentId = await saveOnTargetTolerance({ tolerancePercent });
            this.isDirty = false;
            showToast(this, SUCCESS, formatLabel(SAVED, deploymentId), 'success');
            this.dispatchEvent(new CustomEvent('saved'));
        } catch (error) {
            this.error = error;
        } finally {
            this.isSaving = false;
        }
    }
}
