import axe from 'axe-core';
import PlanningSetupSnapshots, { weekdayOptions } from 'c/planningSetupSnapshots';
import saveSnapshotSettings from '@salesforce/apex/SnapshotSettingsController.saveSnapshotSettings';
import { $, $$, captureToasts, flush, mockOf, mount, resetDom } from '../../../../../../jest/testUtils';
import weekly from './data/snapshotSettings.json';
import monthly from './data/snapshotSettingsMonthly.json';

jest.mock('@salesforce/apex/SnapshotSettingsController.saveSnapshotSettings', () => ({ default: jest.fn() }), {
    virtual: true
});
// The saved message carries the deployment id: its real text, so the test reads what the admin reads.
jest.mock(
    '@salesforce/label/c.History_Settings_Saved',
    () => ({ default: 'Plan history settings saved (deployment {0}). They apply once the deployment has completed.' }),
    { virtual: true }
);

const save = mockOf(saveSnapshotSettings);

/** The card frame's parts (title, intro, Save, spinner, error panel) are in c-planning-setup-card's shadow tree. */
const inCard = (element: HTMLElement, selector: string): any =>
    $(element, 'c-planning-setup-card').shadowRoot.querySelector(selector);

function create(settings: unknown = weekly, canManage = true): HTMLElement {
    return mount('c-planning-setup-snapshots', PlanningSetupSnapshots, { settings, canManage });
}

function stubValidity(element: HTMLElement, valid: boolean): void {
    $$(element, '.settings-input').forEach((input) => {
        input.reportValidity = jest.fn(() => valid);
    });
}

function change(element: HTMLElement, selector: string, detail: Record<string, unknown>): void {
    $(element, selector).dispatchEvent(new CustomEvent('change', { detail }));
}

async function clickSave(element: HTMLElement): Promise<void> {
    stubValidity(element, true);
    inCard(element, 'lightning-button.save').click();
    await flush();
}

describe('c-planning-setup-snapshots', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('shows the weekly settings in effect', async () => {
        const element = create();
        await flush();
        expect(inCard(element, 'lightning-card').title).toBe('c.History_Settings_Title');
        expect(inCard(element, '.description').textContent).toBe('c.History_Settings_Intro');
        // The e2e finds the card and its Save by these.
        expect($(element, 'c-planning-setup-card').dataset.testid).toBe('history-settings');
        expect(inCard(element, 'lightning-button.save').dataset.testid).toBe('history-settings-save');
        expect($(element, '.enabled').checked).toBe(true);
        expect($(element, '.enabled').fieldLevelHelp).toBe('c.History_Settings_Enabled_Help');
        expect($(element, '.frequency').value).toBe('Weekly');
        expect($(element, '.frequency').options.map((o: { label: string }) => o.label)).toEqual([
            'c.History_Settings_Weekly',
            'c.History_Settings_Monthly'
        ]);
        expect($(element, '.weekday').value).toBe('Monday');
        expect($(element, '.weekday').options.map((o: { label: string }) => o.label)).toEqual([
            'Monday',
            'Tuesday',
            'Wednesday',
            'Thursday',
            'Friday',
            'Saturday',
            'Sunday'
        ]);
        expect($(element, '.day-of-month')).toBeNull();
        expect($(element, '.retention').value).toBe(36);
        expect([$(element, '.retention').min, $(element, '.retention').max]).toEqual([1, 120]);
        expect($(element, '.retention').messageWhenRangeOverflow).toBe('c.Setup_Error_Snapshot_Retention');
        expect(inCard(element, 'lightning-button.save').disabled).toBe(false);
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });

    it('shows the monthly settings with the day of the month', async () => {
        const element = create(monthly);
        await flush();
        expect($(element, '.enabled').checked).toBe(false);
        expect($(element, '.frequency').value).toBe('Monthly');
        expect($(element, '.weekday')).toBeNull();
        expect($(element, '.day-of-month').value).toBe(31);
        expect([$(element, '.day-of-month').min, $(element, '.day-of-month').max]).toEqual([1, 31]);
        expect($(element, '.day-of-month').messageWhenRangeOverflow).toBe('c.Setup_Error_Snapshot_Cadence');
        expect($(element, '.day-of-month').fieldLevelHelp).toBe('c.History_Settings_Day_Of_Month_Help');
        expect($(element, '.retention').value).toBe(24);
    });

    it('is read only without Manage Account Planning', async () => {
        const element = create(weekly, false);
        await flush();
        $$(element, '.settings-input').forEach((input) => expect(input.disabled).toBe(true));
        expect(inCard(element, 'lightning-button.save').disabled).toBe(true);
    });

    it('saves a monthly cadence, says so and asks the page to reload', async () => {
        save.mockResolvedValue('0AfPRV000000001');
        const element = create();
        const toast = captureToasts(element);
        const settingsChange = jest.fn();
        document.body.addEventListener('settingschange', settingsChange);
        await flush();
        change(element, '.frequency', { value: 'Monthly' });
        await flush();
        expect($(element, '.weekday')).toBeNull();
        change(element, '.day-of-month', { value: '15' });
        change(element, '.retention', { value: '48' });
        $(element, '.enabled').checked = false;
        $(element, '.enabled').dispatchEvent(new CustomEvent('change'));
        const focus = jest.fn();
        inCard(element, 'lightning-button.save').focus = focus;
        await clickSave(element);
        expect(focus).toHaveBeenCalledTimes(1);
        expect(save).toHaveBeenCalledWith({
            enabled: false,
            frequency: 'Monthly',
            weekday: 'Monday',
            dayOfMonth: 15,
            retentionMonths: 48
        });
        expect(toast).toHaveBeenCalledTimes(1);
        expect(toast.mock.calls[0][0].detail).toMatchObject({
            title: 'c.Common_Success',
            message:
                'Plan history settings saved (deployment 0AfPRV000000001). They apply once the deployment has completed.',
            variant: 'success'
        });
        expect(settingsChange).toHaveBeenCalledTimes(1);
        expect(settingsChange.mock.calls[0][0]).toMatchObject({ bubbles: true, composed: false });
        expect(inCard(element, 'lightning-spinner')).toBeNull();
        expect(inCard(element, 'lightning-button.save').disabled).toBe(false);
        document.body.removeEventListener('settingschange', settingsChange);
    });

    it('saves another weekday', async () => {
        save.mockResolvedValue('0AfPRV000000002');
        const element = create();
        await flush();
        change(element, '.weekday', { value: 'Friday' });
        await clickSave(element);
        expect(save).toHaveBeenCalledWith({
            enabled: true,
            frequency: 'Weekly',
            weekday: 'Friday',
            dayOfMonth: 1,
            retentionMonths: 36
        });
    });

    it('does not save invalid or empty values', async () => {
        const element = create();
        await flush();
        stubValidity(element, false);
        inCard(element, 'lightning-button.save').click();
        await flush();
        change(element, '.retention', { value: '' });
        await clickSave(element);
        expect(save).not.toHaveBeenCalled();
    });

    it('shows a refused save in the error panel and keeps the edits', async () => {
        save.mockRejectedValue({ body: { message: 'c.Setup_Error_No_Permission' } });
        const element = create();
        const settingsChange = jest.fn();
        element.addEventListener('settingschange', settingsChange);
        await flush();
        change(element, '.retention', { value: '60' });
        await clickSave(element);
        expect(inCard(element, 'c-error-panel.save-error').errors).toEqual({
            body: { message: 'c.Setup_Error_No_Permission' }
        });
        expect(settingsChange).not.toHaveBeenCalled();
        expect($(element, '.retention').value).toBe(60);
        // The page reloads the settings: the admin's unsaved edit stays on screen.
        Object.assign(element, { settings: { ...weekly, retentionMonths: 12 } });
        await flush();
        expect($(element, '.retention').value).toBe(60);
        save.mockResolvedValue('0AfPRV000000003');
        await clickSave(element);
        expect(inCard(element, 'c-error-panel')).toBeNull();
    });

    it('follows reloaded settings while nothing is edited', async () => {
        const element = create();
        await flush();
        Object.assign(element, { settings: monthly });
        await flush();
        expect((element as unknown as { settings: unknown }).settings).toEqual(monthly);
        expect($(element, '.day-of-month').value).toBe(31);
        Object.assign(element, { settings: null });
        await flush();
        expect($(element, '.day-of-month').value).toBe(31);
    });

    it('stores each weekday and frequency by its English name, and lets a manager edit them', async () => {
        const element = create();
        await flush();
        expect($(element, '.weekday').options.map((o: { value: string }) => o.value)).toEqual([
            'Monday',
            'Tuesday',
            'Wednesday',
            'Thursday',
            'Friday',
            'Saturday',
            'Sunday'
        ]);
        expect($(element, '.frequency').options.map((o: { value: string }) => o.value)).toEqual(['Weekly', 'Monthly']);
        $$(element, '.settings-input').forEach((input) => expect(input.disabled).toBe(false));
    });

    it('is read only unless told the user can manage', async () => {
        const element = mount('c-planning-setup-snapshots', PlanningSetupSnapshots, { settings: weekly });
        await flush();
        $$(element, '.settings-input').forEach((input) => expect(input.disabled).toBe(true));
    });

    it('offers weekly snapshots on Mondays, kept 36 months, before any settings are saved', async () => {
        save.mockResolvedValue('0AfPRV000000004');
        const element = create(null);
        await flush();
        expect($(element, '.enabled').checked).toBe(true);
        expect($(element, '.frequency').value).toBe('Weekly');
        expect($(element, '.weekday').value).toBe('Monday');
        expect($(element, '.retention').value).toBe(36);
        await clickSave(element);
        expect(save).toHaveBeenCalledWith({
            enabled: true,
            frequency: 'Weekly',
            weekday: 'Monday',
            dayOfMonth: 1,
            retentionMonths: 36
        });
    });

    it('turns snapshots back on', async () => {
        save.mockResolvedValue('0AfPRV000000005');
        const element = create(monthly);
        await flush();
        $(element, '.enabled').checked = true;
        $(element, '.enabled').dispatchEvent(new CustomEvent('change'));
        await clickSave(element);
        expect(save).toHaveBeenCalledWith({
            enabled: true,
            frequency: 'Monthly',
            weekday: 'Friday',
            dayOfMonth: 31,
            retentionMonths: 24
        });
    });

    it('does not save when one input is invalid, or the day of the month is empty', async () => {
        const element = create(monthly);
        await flush();
        stubValidity(element, true);
        $(element, '.retention').reportValidity = jest.fn(() => false);
        inCard(element, 'lightning-button.save').click();
        await flush();
        change(element, '.day-of-month', { value: '' });
        await clickSave(element);
        expect(save).not.toHaveBeenCalled();
    });

    it('follows the reloaded settings once its edits are saved', async () => {
        save.mockResolvedValue('0AfPRV000000006');
        const element = create();
        await flush();
        change(element, '.retention', { value: '48' });
        await clickSave(element);
        Object.assign(element, { settings: monthly });
        await flush();
        expect($(element, '.frequency').value).toBe('Monthly');
        expect($(element, '.day-of-month').value).toBe(31);
        expect($(element, '.retention').value).toBe(24);
    });

    it('names the weekdays in the user language and stores them in English', () => {
        expect(weekdayOptions('fr-FR').slice(0, 2)).toEqual([
            { label: 'lundi', value: 'Monday' },
            { label: 'mardi', value: 'Tuesday' }
        ]);
        expect(weekdayOptions('de-DE')[6]).toEqual({ label: 'Sonntag', value: 'Sunday' });
    });
});
