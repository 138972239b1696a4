import PlanningSetup from 'c/planningSetup';
import getSetup from '@salesforce/apex/PlanningSetupController.getSetup';
import saveSettings from '@salesforce/apex/PlanningSetupController.saveSettings';
import runRecalculation from '@salesforce/apex/PlanningSetupController.runRecalculation';
import scheduleNightly from '@salesforce/apex/PlanningSetupController.scheduleNightly';
import unscheduleNightly from '@salesforce/apex/PlanningSetupController.unscheduleNightly';
import { refreshApex } from '@salesforce/apex';
import setupDefault from './data/setupDefault.json';
import setupScheduled from './data/setupScheduled.json';
import setupReadOnly from './data/setupReadOnly.json';
import setupLastRunFailed from './data/setupLastRunFailed.json';
import { formatDateTime } from 'c/planUtils';
import { $, $$, captureToasts, flush, mockOf, mount, resetDom, wireAdapter } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/PlanningSetupController.getSetup',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/PlanningSetupController.saveSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PlanningSetupController.runRecalculation', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PlanningSetupController.scheduleNightly', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PlanningSetupController.unscheduleNightly', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Setup_Run_Already_Running',
    () => ({ default: 'A recalculation is already running (job {0}); no second one was started.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Setup_Last_Run_Detail',
    () => ({ default: '{0}: {1} batch(es), {2} error(s), finished {3}.' }),
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const setupAdapter = wireAdapter(getSetup);
const save = mockOf(saveSettings);
const runNow = mockOf(runRecalculation);
const schedule = mockOf(scheduleNightly);
const unschedule = mockOf(unscheduleNightly);

const create = (): HTMLElement => mount('c-planning-setup', PlanningSetup);
/** The engine settings card's frame (Save, its spinner and error panel) is in c-planning-setup-card's shadow tree. */
const settingsCard = (element: HTMLElement): any => $(element, 'c-planning-setup-card.settings');
const inCard = (element: HTMLElement, selector: string): any =>
    settingsCard(element).shadowRoot.querySelector(selector);
/** The page once getSetup has answered with the fixture. */
async function loaded(fixture: unknown): Promise<HTMLElement> {
    const element = create();
    setupAdapter.emit(fixture);
    await flush();
    return element;
}
function stubValidity(element: HTMLElement, valid: boolean): void {
    $$(element, '.settings-input').forEach((input) => {
        input.reportValidity = jest.fn(() => valid);
    });
}

describe('c-planning-setup', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('shows the current settings, the schedule and the last run', async () => {
        const element = await loaded(setupScheduled);
        expect($(element, 'lightning-radio-group.revenue-source').value).toBe('Revenue Schedules');
        expect($(element, 'lightning-input.include-children').checked).toBe(true);
        expect($(element, 'lightning-input.threshold').value).toBe(500);
        expect($(element, 'lightning-input.log-retention').value).toBe(90);
        expect($(element, '.nightly-status').textContent).toBe('c.Setup_Nightly_On');
        expect($(element, '.last-run').textContent).toBe(
            `Completed: 14 batch(es), 0 error(s), finished ${formatDateTime('2026-11-27T02:04:31.000Z')}.`
        );
        expect($(element, '.last-run').className).toBe('slds-text-color_success last-run');
        expect($(element, 'lightning-button.unschedule')).not.toBeNull();
        expect($(element, 'lightning-button.schedule')).toBeNull();
        expect($(element, '.no-manage')).toBeNull();
        expect($(element, '.engine-disabled')).toBeNull();
    });

    it('offers the two revenue sources', async () => {
        const element = await loaded(setupDefault);
        expect($(element, 'lightning-radio-group.revenue-source').options).toEqual([
            { label: 'c.Setup_Source_Amount', value: 'Amount' },
            { label: 'c.Setup_Source_Schedules', value: 'Revenue Schedules' }
        ]);
    });

    it.each([
        [
            'a completed run with errors, in the error colour',
            { status: 'Completed', totalBatches: 14, errors: 2 },
            'Completed: 14 batch(es), 2 error(s), finished —.',
            'slds-text-color_error last-run'
        ],
        [
            'a failed run without counts, in the error colour',
            { status: 'Failed', totalBatches: null, errors: null },
            'Failed: 0 batch(es), 0 error(s), finished —.',
            'slds-text-color_error last-run'
        ],
        [
            'an aborted run without errors, in the default colour',
            { status: 'Aborted', totalBatches: 3, errors: 0 },
            'Aborted: 3 batch(es), 0 error(s), finished —.',
            'last-run'
        ]
    ])('shows %s', async (_title, run, text, className) => {
        const element = await loaded({
            ...setupDefault,
            lastRun: { id: '707000000000003AAA', completedAt: null, extendedStatus: null, ...run }
        });
        expect($(element, '.last-run').textContent).toBe(text);
        expect($(element, '.last-run').className).toBe(className);
    });

    it('shows a job that never ran in the default colour', async () => {
        const element = await loaded(setupDefault);
        expect($(element, '.last-run').className).toBe('last-run');
    });

    it('says the job has never run and offers to schedule it', async () => {
        const element = await loaded(setupDefault);
        expect($(element, '.last-run').textContent).toBe('c.Setup_Last_Run_None');
        expect($(element, '.nightly-status').textContent).toBe('c.Setup_Nightly_Off');
        expect($(element, '.nightly-status').getAttribute('aria-live')).toBe('polite');
        expect($(element, 'lightning-button.schedule')).not.toBeNull();
    });

    it('shows the error panel when the settings cannot load', async () => {
        const element = create();
        setupAdapter.error({ message: 'Setup failed' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-card')).toBeNull();
        expect(settingsCard(element)).toBeNull();
    });

    it('is read-only, with an explanation, without the Manage Account Planning permission', async () => {
        const element = await loaded(setupReadOnly);
        expect($(element, '.no-manage')).not.toBeNull();
        expect($(element, '.engine-disabled')).not.toBeNull();
        expect(inCard(element, 'lightning-button.save').disabled).toBe(true);
        expect($(element, 'lightning-button.run-now').disabled).toBe(true);
        expect($(element, 'lightning-radio-group').disabled).toBe(true);
        expect($(element, 'lightning-input.log-retention').disabled).toBe(true);
    });

    it('does not pretend the job is unscheduled when the user may not see the schedule', async () => {
        const element = await loaded(setupReadOnly);
        expect($(element, '.job-status-hidden').textContent).toBe('c.Setup_Job_Status_Hidden');
        expect($(element, '.nightly-status')).toBeNull();
        expect($(element, '.last-run')).toBeNull();
        expect($(element, 'c-planning-setup-checklist')).toBeNull();
        expect($(element, 'c-planning-setup-failures')).toBeNull();
    });

    it('shows a failed last run in the error colour with its detail', async () => {
        const element = await loaded(setupLastRunFailed);
        expect($(element, '.last-run').className).toContain('slds-text-color_error');
        expect($(element, '.last-run-detail').textContent).toBe('First error: UNABLE_TO_LOCK_ROW');
    });

    it('hands the checklist and the failure log to their cards', async () => {
        const element = await loaded(setupScheduled);
        const checklist = $(element, 'c-planning-setup-checklist');
        expect(checklist.checklist).toEqual(setupScheduled.checklist);
        expect(checklist.nightlyScheduled).toBe(true);
        expect($(element, 'c-planning-setup-failures').failures).toEqual(setupScheduled.failures);
    });

    it('saves the edited settings and reports the deployment', async () => {
        save.mockResolvedValue('0Af000000000001AAA');
        const element = await loaded(setupDefault);
        const toast = captureToasts(element);
        $(element, 'lightning-radio-group').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Revenue Schedules' } })
        );
        const toggle = $(element, 'lightning-input.include-children');
        toggle.checked = true;
        toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        $(element, 'lightning-input.threshold').dispatchEvent(new CustomEvent('change', { detail: { value: '750' } }));
        $(element, 'lightning-input.log-retention').dispatchEvent(
            new CustomEvent('change', { detail: { value: '120' } })
        );
        // A refreshed wire value must not overwrite unsaved edits.
        setupAdapter.emit(setupDefault);
        await flush();
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).toHaveBeenCalledWith({
            revenueSource: 'Revenue Schedules',
            includeChildAccounts: true,
            asyncThreshold: 750,
            logRetentionDays: 120
        });
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
        expect(toast.mock.calls[0][0].detail.message).toBe('c.Setup_Saved');
        expect(refreshApex).toHaveBeenCalled();
    });

    it.each([
        ['revenue source', 'lightning-radio-group.revenue-source', { value: 'Amount' }, { revenueSource: 'Amount' }],
        ['threshold', 'lightning-input.threshold', { value: '750' }, { asyncThreshold: 750 }]
    ])('keeps an edited %s when the settings refresh before saving', async (_field, selector, detail, edited) => {
        save.mockResolvedValue('0Af000000000003AAA');
        const element = await loaded(setupScheduled);
        $(element, selector).dispatchEvent(new CustomEvent('change', { detail }));
        setupAdapter.emit(setupScheduled);
        await flush();
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).toHaveBeenCalledWith({
            revenueSource: 'Revenue Schedules',
            includeChildAccounts: true,
            asyncThreshold: 500,
            logRetentionDays: 90,
            ...edited
        });
    });

    it('keeps the edited child-account toggle when the settings refresh before saving', async () => {
        save.mockResolvedValue('0Af000000000004AAA');
        const element = await loaded(setupScheduled);
        const toggle = $(element, 'lightning-input.include-children');
        toggle.checked = false;
        toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
        setupAdapter.emit(setupScheduled);
        await flush();
        expect($(element, 'lightning-input.include-children').checked).toBe(false);
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).toHaveBeenCalledWith({
            revenueSource: 'Revenue Schedules',
            includeChildAccounts: false,
            asyncThreshold: 500,
            logRetentionDays: 90
        });
    });

    it('shows the settings in force again once a save went through', async () => {
        save.mockResolvedValue('0Af000000000005AAA');
        const element = await loaded(setupDefault);
        $(element, 'lightning-input.threshold').dispatchEvent(new CustomEvent('change', { detail: { value: '750' } }));
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        setupAdapter.emit(setupScheduled);
        await flush();
        expect($(element, 'lightning-input.threshold').value).toBe(500);
        expect($(element, 'lightning-radio-group.revenue-source').value).toBe('Revenue Schedules');
    });

    it('does not save invalid settings', async () => {
        const element = await loaded(setupDefault);
        stubValidity(element, false);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).not.toHaveBeenCalled();
    });

    it.each(['threshold', 'log-retention'])('does not save an empty %s', async (field) => {
        const element = await loaded(setupDefault);
        $(element, `lightning-input.${field}`).dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(save).not.toHaveBeenCalled();
    });

    it('shows the server message in the error panel when saving fails', async () => {
        save.mockRejectedValue({ body: { message: 'c.Setup_Error_No_Permission' } });
        const element = await loaded(setupDefault);
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        const panel = inCard(element, 'c-error-panel.save-error');
        expect(panel).not.toBeNull();
        expect(panel.errors).toEqual({ body: { message: 'c.Setup_Error_No_Permission' } });
        expect($(element, 'c-error-panel.action-error')).toBeNull();
        expect(inCard(element, 'lightning-button.save').disabled).toBe(false);
    });

    it('runs the recalculation now', async () => {
        runNow.mockResolvedValue({ jobId: '707000000000009AAA', alreadyRunning: false });
        const element = await loaded(setupDefault);
        const toast = captureToasts(element);
        $(element, 'lightning-button.run-now').click();
        await flush();
        expect(runNow).toHaveBeenCalled();
        expect(toast.mock.calls[0][0].detail.message).toBe('c.Setup_Run_Started');
        expect(refreshApex).toHaveBeenCalled();
    });

    it('shows the settings card busy while saving, and keeps the other actions off', async () => {
        let finish: (id: string) => void = () => undefined;
        save.mockReturnValue(new Promise<string>((resolve) => (finish = resolve)));
        const element = await loaded(setupDefault);
        const card = settingsCard(element);
        expect(card.heading).toBe('c.Setup_Settings_Title');
        expect(card.iconName).toBe('standard:custom_notification');
        expect(inCard(element, 'lightning-button.save').label).toBe('c.Setup_Save');
        stubValidity(element, true);
        inCard(element, 'lightning-button.save').click();
        await flush();
        expect(card.saving).toBe(true);
        expect(inCard(element, 'lightning-spinner')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($(element, 'lightning-button.run-now').disabled).toBe(true);
        finish('0Af000000000002AAA');
        await flush();
        expect(card.saving).toBe(false);
        expect($(element, 'lightning-button.run-now').disabled).toBe(false);
    });

    it('shows a job action failure above the cards, and keeps Save off while the job action runs', async () => {
        let fail: (error: unknown) => void = () => undefined;
        runNow.mockReturnValue(new Promise((_resolve, reject) => (fail = reject)));
        const element = await loaded(setupDefault);
        $(element, 'lightning-button.run-now').click();
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('c.Common_Loading');
        expect(inCard(element, 'lightning-button.save').disabled).toBe(true);
        expect(inCard(element, 'lightning-spinner')).toBeNull();
        fail({ body: { message: 'c.Setup_Error_No_Permission' } });
        await flush();
        expect($(element, 'c-error-panel.action-error').errors).toEqual({
            body: { message: 'c.Setup_Error_No_Permission' }
        });
        expect(inCard(element, 'c-error-panel')).toBeNull();
        expect(inCard(element, 'lightning-button.save').disabled).toBe(false);
    });

    it('says so when a recalculation is already running instead of starting another', async () => {
        runNow.mockResolvedValue({ jobId: '707000000000008AAA', alreadyRunning: true });
        const element = await loaded(setupDefault);
        const toast = captureToasts(element);
        $(element, 'lightning-button.run-now').click();
        await flush();
        expect(toast.mock.calls[0][0].detail.message).toBe(
            'A recalculation is already running (job 707000000000008AAA); no second one was started.'
        );
    });

    it('schedules and unschedules the nightly run', async () => {
        schedule.mockResolvedValue('08e000000000001AAA');
        unschedule.mockResolvedValue(null);
        const element = await loaded(setupDefault);
        $(element, 'lightning-button.schedule').click();
        await flush();
        expect(schedule).toHaveBeenCalled();
        setupAdapter.emit(setupScheduled);
        await flush();
        $(element, 'lightning-button.unschedule').click();
        await flush();
        expect(unschedule).toHaveBeenCalled();
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });

    it.each([
        ['schedules', setupDefault, 'lightning-button.schedule', schedule],
        ['unschedules', setupScheduled, 'lightning-button.unschedule', unschedule]
    ])('shows the page busy while it %s the nightly run', async (_action, fixture, selector, apex) => {
        let finish: (value: unknown) => void = () => undefined;
        apex.mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await loaded(fixture);
        $(element, selector).click();
        await flush();
        expect($(element, 'lightning-spinner').alternativeText).toBe('c.Common_Loading');
        expect(inCard(element, 'lightning-spinner')).toBeNull();
        expect($(element, 'lightning-button.run-now').disabled).toBe(true);
        finish(null);
        await flush();
        expect($(element, 'lightning-spinner')).toBeNull();
    });

    it('refreshes the status on demand', async () => {
        const element = await loaded(setupDefault);
        $(element, 'lightning-button-icon.refresh').click();
        expect(refreshApex).toHaveBeenCalled();
    });

    it('is accessible: page heading, labelled inputs with help, live status', async () => {
        const element = await loaded(setupReadOnly);
        expect($(element, 'h1').textContent).toBe('c.Setup_Title');
        expect($(element, 'lightning-radio-group').label).toBe('c.Setup_Revenue_Source');
        expect($(element, 'lightning-input.threshold').label).toBe('c.Setup_Threshold');
        expect($(element, 'lightning-input.threshold').fieldLevelHelp).toBe('c.Setup_Threshold_Help');
        expect($(element, 'lightning-input.log-retention').label).toBe('c.Setup_Log_Retention');
        expect($(element, 'lightning-input.log-retention').fieldLevelHelp).toBe('c.Setup_Log_Retention_Help');
        expect($(element, '.no-manage').getAttribute('role')).toBe('status');
        expect($(element, 'lightning-button-icon.refresh').alternativeText).toBe('c.Setup_Refresh');
    });
});
