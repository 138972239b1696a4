import { LightningElement, api } from 'lwc';
import saveSnapshotSettings from '@salesforce/apex/SnapshotSettingsController.saveSnapshotSettings';
import { formatLabel, inputNumber, showToast, userLocale } from 'c/planUtils';
import TITLE from '@salesforce/label/c.History_Settings_Title';
import INTRO from '@salesforce/label/c.History_Settings_Intro';
import ENABLED from '@salesforce/label/c.History_Settings_Enabled';
import ENABLED_HELP from '@salesforce/label/c.History_Settings_Enabled_Help';
import FREQUENCY from '@salesforce/label/c.History_Settings_Frequency';
import WEEKLY from '@salesforce/label/c.History_Settings_Weekly';
import MONTHLY from '@salesforce/label/c.History_Settings_Monthly';
import WEEKDAY from '@salesforce/label/c.History_Settings_Weekday';
import DAY_OF_MONTH from '@salesforce/label/c.History_Settings_Day_Of_Month';
import DAY_OF_MONTH_HELP from '@salesforce/label/c.History_Settings_Day_Of_Month_Help';
import RETENTION from '@salesforce/label/c.History_Settings_Retention';
import RETENTION_HELP from '@salesforce/label/c.History_Settings_Retention_Help';
import SAVED from '@salesforce/label/c.History_Settings_Saved';
import CADENCE_ERROR from '@salesforce/label/c.Setup_Error_Snapshot_Cadence';
import RETENTION_ERROR from '@salesforce/label/c.Setup_Error_Snapshot_Retention';
import SAVE from '@salesforce/label/c.Setup_Save';
import SUCCESS from '@salesforce/label/c.Common_Success';

type Weekday = SnapshotSettingsData['weekday'];
type Frequency = SnapshotSettingsData['frequency'];
type ValidatableInput = { reportValidity(): boolean };
interface NumberInput {
    field: 'dayOfMonth' | 'retentionMonths';
    className: string;
    label: string;
    help: string;
    value: number | undefined;
    min: number;
    max: number;
    error: string;
}

/** Stored values in ISO order; 2024-01-01 was a Monday, so day i of that week names WEEKDAYS[i] in any locale. */
const WEEKDAYS: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_MS = 86400000;

/** SnapshotSettingsController's ranges (MIN/MAX_RETENTION_MONTHS, day 1-31). */
export const MIN_DAY = 1;
export const MAX_DAY = 31;
export const MIN_RETENTION = 1;
export const MAX_RETENTION = 120;

/** The weekday options: English values as stored, labels in the user's locale ("lundi"). */
export function weekdayOptions(locale: string | undefined = userLocale()): { label: string; value: Weekday }[] {
    const monday = Date.UTC(2024, 0, 1);
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    return WEEKDAYS.map((value, index) => ({ label: format.format(new Date(monday + index * DAY_MS)), value }));
}

/**
 * The Setup page's "Plan history" card: snapshots on or off, weekly on a weekday or monthly on a day, and how many
 * months to keep. Fed by the page's getSetup (SetupInfo.snapshotSettings); saves with saveSnapshotSettings (a
 * metadata deployment) and then fires `settingschange` so the page reloads. Read only without Manage Account Planning.
 */
export default class PlanningSetupSnapshots extends LightningElement {
    @api canManage = false;

    enabled = true;
    frequency: Frequency = 'Weekly';
    weekday: Weekday = 'Monday';
    dayOfMonth: number | undefined = 1;
    retentionMonths: number | undefined = 36;
    isDirty = false;
    isBusy = false;
    error: unknown;

    private current: SnapshotSettingsData | null | undefined;

    labels = {
        title: TITLE,
        intro: INTRO,
        enabled: ENABLED,
        enabledHelp: ENABLED_HELP,
        frequency: FREQUENCY,
        weekday: WEEKDAY,
        save: SAVE
    };

    frequencyOptions = [
        { label: WEEKLY, value: 'Weekly' },
        { label: MONTHLY, value: 'Monthly' }
    ];
    weekdayOptions = weekdayOptions();

    /** The saved settings; unsaved edits are kept when the page reloads them. */
    @api
    get settings(): SnapshotSettingsData | null | undefined {
        return this.current;
    }
    set settings(value: SnapshotSettingsData | null | undefined) {
        this.current = value;
        if (value && !this.isDirty) {
            this.enabled = value.enabled;
            this.frequency = value.frequency;
            this.weekday = value.weekday;
            this.dayOfMonth = value.dayOfMonth;
            this.retentionMonths = value.retentionMonths;
        }
    }

    get isWeekly(): boolean {
        return this.frequency === 'Weekly';
    }

    /** The day of the month (monthly only) and the retention: whole numbers within the Apex's ranges. */
    get numberInputs(): NumberInput[] {
        const retention: NumberInput = {
            field: 'retentionMonths',
            className: 'settings-input retention slds-m-top_small',
            label: RETENTION,
            help: RETENTION_HELP,
            value: this.retentionMonths,
            min: MIN_RETENTION,
            max: MAX_RETENTION,
            error: RETENTION_ERROR
        };
        if (this.isWeekly) {
            return [retention];
        }
        const day: NumberInput = {
            field: 'dayOfMonth',
            className: 'settings-input day-of-month slds-m-top_small',
            label: DAY_OF_MONTH,
            help: DAY_OF_MONTH_HELP,
            value: this.dayOfMonth,
            min: MIN_DAY,
            max: MAX_DAY,
            error: CADENCE_ERROR
        };
        return [day, retention];
    }

    get controlsDisabled(): boolean {
        return !this.canManage || this.isBusy;
    }

    /** Every input reports here; its data-field says which setting it edits. */
    handleChange(event: CustomEvent<{ value?: string } | null>): void {
        const target = event.target as unknown as { dataset: { field?: string }; checked?: boolean };
        const value = event.detail?.value;
        switch (target.dataset.field) {
            case 'enabled':
                this.enabled = target.checked === true;
                break;
            case 'frequency':
                this.frequency = value as Frequency;
                break;
            case 'weekday':
                this.weekday = value as Weekday;
                break;
            case 'dayOfMonth':
                this.dayOfMonth = inputNumber(value);
                break;
            case 'retentionMonths':
                this.retentionMonths = inputNumber(value);
                break;
            // no default
        }
        this.isDirty = true;
    }

    async handleSave(): Promise<void> {
        // Every input shows its own message, so ask each of them before deciding.
        // Stryker disable next-line OptionalChaining,ArrayDeclaration: Save is in the rendered card, so the template exists
        const inputs = this.template?.querySelectorAll('.settings-input') ?? [];
        const verdicts = Array.from(inputs, (input) => (input as unknown as ValidatableInput).reportValidity());
        const valid = verdicts.every(Boolean);
        const dayOfMonth = this.dayOfMonth;
        const retentionMonths = this.retentionMonths;
        if (!valid || dayOfMonth === undefined || retentionMonths === undefined) {
            return;
        }
        this.isBusy = true;
        this.error = undefined;
        try {
            const deploymentId = await saveSnapshotSettings({
                enabled: this.enabled,
                frequency: this.frequency,
                weekday: this.weekday,
                dayOfMonth,
                retentionMonths
            });
            this.isDirty = false;
            showToast(this, SUCCESS, formatLabel(SAVED, deploymentId), 'success');
            this.dispatchEvent(new CustomEvent('settingschange', { bubbles: true }));
        } catch (error) {
            this.error = error;
        } finally {
            this.isBusy = false;
        }
    }
}
