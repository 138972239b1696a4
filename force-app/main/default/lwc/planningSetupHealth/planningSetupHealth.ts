import { LightningElement, api } from 'lwc';
import saveHealthThresholds from '@salesforce/apex/PlanningSetupController.saveHealthThresholds';
import { formatLabel, formatNumber, formatPercent, inputNumber, showToast } from 'c/planUtils';
import { factorName, unitName } from 'c/planHealthText';
import LABEL_TITLE from '@salesforce/label/c.Health_Setup_Title';
import LABEL_INTRO from '@salesforce/label/c.Health_Setup_Intro';
import LABEL_OPEN_FACTORS from '@salesforce/label/c.Health_Open_Factors';
import LABEL_TOTAL_WEIGHT from '@salesforce/label/c.Health_Total_Weight';
import LABEL_COL_FACTOR from '@salesforce/label/c.Health_Col_Factor';
import LABEL_COL_ACTIVE from '@salesforce/label/c.Health_Col_Active';
import LABEL_COL_WEIGHT from '@salesforce/label/c.Health_Col_Weight';
import LABEL_COL_SHARE from '@salesforce/label/c.Health_Col_Share';
import LABEL_COL_FULL_SCORE from '@salesforce/label/c.Health_Col_Full_Score';
import LABEL_COL_ZERO_SCORE from '@salesforce/label/c.Health_Col_Zero_Score';
import LABEL_COL_UNIT from '@salesforce/label/c.Health_Col_Unit';
import LABEL_COL_OTHER from '@salesforce/label/c.Health_Col_Other';
import LABEL_FACTOR_ON from '@salesforce/label/c.Health_Factor_On';
import LABEL_FACTOR_OFF from '@salesforce/label/c.Health_Factor_Off';
import LABEL_OVERDUE_WEIGHT from '@salesforce/label/c.Health_Overdue_Weight';
import LABEL_THRESHOLDS_TITLE from '@salesforce/label/c.Health_Thresholds_Title';
import LABEL_HEALTHY_FROM from '@salesforce/label/c.Health_Healthy_From';
import LABEL_WATCH_FROM from '@salesforce/label/c.Health_Watch_From';
import LABEL_AT_RISK_BELOW from '@salesforce/label/c.Health_At_Risk_Below';
import LABEL_SAVE from '@salesforce/label/c.Health_Save_Thresholds';
import LABEL_RANGE_ERROR from '@salesforce/label/c.Health_Threshold_Range';
import LABEL_ORDER_ERROR from '@salesforce/label/c.Health_Threshold_Order';
import LABEL_NO_MANAGE from '@salesforce/label/c.Setup_No_Manage';
import LABEL_SAVED from '@salesforce/label/c.Setup_Saved';
import LABEL_SUCCESS from '@salesforce/label/c.Common_Success';

const MIN_SCORE = 0;
const MAX_SCORE = 100;
const NOT_SET = '—';

interface FactorSettingView {
    key: string;
    name: string;
    activeText: string;
    weightText: string;
    shareText: string;
    fullScoreText: string;
    zeroScoreText: string;
    unitText: string;
    otherText: string;
    rowClass: string;
}

interface ThresholdInput {
    name: 'healthyFrom' | 'watchFrom';
    label: string;
    value: number | undefined;
    className: string;
}

type ValidatableInput = { setCustomValidity(message: string): void; reportValidity(): boolean };

/**
 * The Setup page's health card: the factors, weights and thresholds in effect (PlanHealthSetup), a link to the
 * Health Factor records where an admin changes them, and the status thresholds, editable with Manage Account
 * Planning (saved by saveHealthThresholds, a settings deployment; the page then refreshes through `settingschange`).
 */
export default class PlanningSetupHealth extends LightningElement {
    /** True when the user has Manage Account Planning (PlanningSetupData.canManage). */
    @api canManage = false;

    healthyFrom: number | undefined;
    watchFrom: number | undefined;
    isDirty = false;
    isSaving = false;
    showErrors = false;
    saveError: unknown;

    private healthSetup: HealthSetupData | undefined;

    labels = {
        title: LABEL_TITLE,
        intro: LABEL_INTRO,
        openFactors: LABEL_OPEN_FACTORS,
        colFactor: LABEL_COL_FACTOR,
        colActive: LABEL_COL_ACTIVE,
        colWeight: LABEL_COL_WEIGHT,
        colShare: LABEL_COL_SHARE,
        colFullScore: LABEL_COL_FULL_SCORE,
        colZeroScore: LABEL_COL_ZERO_SCORE,
        colUnit: LABEL_COL_UNIT,
        colOther: LABEL_COL_OTHER,
        thresholdsTitle: LABEL_THRESHOLDS_TITLE,
        save: LABEL_SAVE,
        noManage: LABEL_NO_MANAGE
    };

    minScore = MIN_SCORE;
    maxScore = MAX_SCORE;

    /** PlanningSetupData.health. A refresh after a save shows the deployed values unless the admin is editing. */
    @api
    get health(): HealthSetupData | undefined {
        return this.healthSetup;
    }
    set health(value: HealthSetupData | undefined) {
        this.healthSetup = value;
        if (value && !this.isDirty) {
            this.healthyFrom = value.healthyFrom;
            this.watchFrom = value.watchFrom;
        }
    }

    get factors(): FactorSettingView[] {
        return (this.healthSetup?.factors ?? []).map((factor) => ({
            key: factor.key,
            name: factorName(factor.key),
            activeText: factor.active ? LABEL_FACTOR_ON : LABEL_FACTOR_OFF,
            weightText: formatNumber(factor.weight, 2),
            shareText: factor.active ? formatPercent(factor.sharePercent, 1) : NOT_SET,
            fullScoreText: formatNumber(factor.fullScoreAt, 2),
            zeroScoreText: formatNumber(factor.zeroScoreAt, 2),
            unitText: unitName(factor.thresholdUnit),
            otherText:
                typeof factor.overdueWeight === 'number'
                    ? formatLabel(LABEL_OVERDUE_WEIGHT, formatNumber(factor.overdueWeight, 2))
                    : '',
            rowClass: factor.active ? 'factor-setting' : 'factor-setting slds-text-color_weak'
        }));
    }

    get totalWeightText(): string {
        return formatLabel(LABEL_TOTAL_WEIGHT, formatNumber(this.healthSetup?.totalActiveWeight, 2));
    }

    get factorsSetupUrl(): string | undefined {
        return this.healthSetup?.factorsSetupUrl || undefined;
    }

    get atRiskText(): string {
        return formatLabel(LABEL_AT_RISK_BELOW, isScore(this.watchFrom) ? this.watchFrom : NOT_SET);
    }

    get isReadOnly(): boolean {
        return !this.canManage;
    }

    /** Nothing to save until the admin edits a threshold. */
    get isPristine(): boolean {
        return !this.isDirty;
    }

    /** Both values are whole numbers from 0 to 100, Watch strictly below Healthy (PlanningSetupController's rule). */
    get validationErrors(): string[] {
        const errors: string[] = [];
        if (!isScore(this.healthyFrom) || !isScore(this.watchFrom)) {
            errors.push(LABEL_RANGE_ERROR);
        } else if ((this.watchFrom as number) >= (this.healthyFrom as number)) {
            errors.push(LABEL_ORDER_ERROR);
        }
        return errors;
    }

    get visibleErrors(): string[] {
        return this.showErrors ? this.validationErrors : [];
    }

    get hasVisibleErrors(): boolean {
        return this.visibleErrors.length > 0;
    }

    /** The two threshold inputs, in the order of the statuses (Healthy from, then Watch from). */
    get thresholdInputs(): ThresholdInput[] {
        return [
            {
                name: 'healthyFrom',
                label: LABEL_HEALTHY_FROM,
                value: this.healthyFrom,
                className: 'threshold-input healthy-from'
            },
            {
                name: 'watchFrom',
                label: LABEL_WATCH_FROM,
                value: this.watchFrom,
                className: 'threshold-input watch-from'
            }
        ];
    }

    handleThresholdChange(event: CustomEvent<{ value: string }>): void {
        const name = (event.currentTarget as HTMLElement).dataset.name as ThresholdInput['name'];
        this[name] = inputNumber(event.detail.value);
        this.isDirty = true;
        if (this.showErrors) {
            this.markInputs();
        }
    }

    async handleSave(): Promise<void> {
        this.showErrors = true;
        this.markInputs();
        if (this.validationErrors.length > 0) {
            return;
        }
        this.isSaving = true;
        this.saveError = undefined;
        try {
            // Both are whole numbers from 0 to 100 here: validationErrors is empty.
            const deploymentId = await saveHealthThresholds({
                healthyFrom: this.healthyFrom as number,
                watchFrom: this.watchFrom as number
            });
            this.isDirty = false;
            this.showErrors = false;
            showToast(this, LABEL_SUCCESS, formatLabel(LABEL_SAVED, deploymentId), 'success');
            this.dispatchEvent(new CustomEvent('settingschange', { bubbles: true }));
        } catch (error) {
            this.saveError = error;
        } finally {
            this.isSaving = false;
        }
    }

    /** The platform's own field error under each input, besides the alert that lists what to fix. */
    private markInputs(): void {
        const inputs = Array.from(
            this.template?.querySelectorAll('.threshold-input') ?? []
        ) as unknown as ValidatableInput[];
        const message = this.validationErrors[0] ?? '';
        for (const input of inputs) {
            input.setCustomValidity(message);
            input.reportValidity();
        }
    }
}

function isScore(value: number | undefined): boolean {
    return Number.isInteger(value) && Number(value) >= MIN_SCORE && Number(value) <= MAX_SCORE;
}
