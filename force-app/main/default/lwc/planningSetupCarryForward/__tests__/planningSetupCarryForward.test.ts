import axe from 'axe-core';
import PlanningSetupCarryForward from 'c/planningSetupCarryForward';
import startCarryForwardAll from '@salesforce/apex/CarryForwardController.startCarryForwardAll';
import carryForwardRunStatus from '../../planningSetup/__tests__/data/carryForwardRunStatus.json';
import { $, $$, captureToasts, flush, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock('@salesforce/apex/CarryForwardController.startCarryForwardAll', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_All_Title',
    () => ({ default: 'Carry forward all plans ending this period' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_All_Help',
    () => ({
        default:
            "At quarter end, creates each account's next-period plan from its latest plan ending in the quarter, in the background. Next plans that already exist only get what they lack: nothing is copied twice."
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_All_Period', () => ({ default: 'Plans ending in' }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_All_Period_Option', () => ({ default: '{0} ({1} to {2})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_All_Growth', () => ({ default: "Growth on last period's won (%)" }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_All_Growth_Help',
    () => ({
        default: "Optional. Each new plan's target is its last period's won plus this percentage; empty sets no target."
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Growth_Invalid',
    () => ({ default: 'Enter a growth between -100 and 1000.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_All_Start', () => ({ default: 'Carry forward all plans' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.CarryForward_All_Running',
    () => ({ default: 'A run is in progress ({0}). You can start another when it finishes.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Action_Started',
    () => ({ default: 'Carrying forward every plan ending from {0} to {1} in background job {2}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_Action_Already_Running',
    () => ({ default: 'A carry-forward of every plan ending in the period is already running (job {0}).' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.CarryForward_All_Last_Run',
    () => ({ default: 'Last run {0} by {1}, for plans ending {2} to {3}' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_All_Never', () => ({ default: 'Not run yet.' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.CarryForward_All_Log_Note',
    () => ({ default: 'Refused and failed plans are in the Account Planning Log with their reason.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.CarryForward_All_Created', () => ({ default: 'Created' }), { virtual: true });
jest.mock('@salesforce/label/c.CarryForward_All_Completed', () => ({ default: 'Completed (existing next plan)' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_All_Up_To_Date', () => ({ default: 'Already up to date' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_All_Refused', () => ({ default: 'Refused (no edit access)' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_All_Failed', () => ({ default: 'Failed (nothing saved)' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.CarryForward_All_Deferred', () => ({ default: 'Deferred (run again to carry them)' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Common_Success', () => ({ default: 'Success' }), { virtual: true });

const startMock = startCarryForwardAll as unknown as jest.Mock;
const LAUNCH = { jobId: '707000000000456AAA', alreadyRunning: false, endingFrom: '2026-10-01', endingTo: '2026-12-31' };

const create = (status: unknown = carryForwardRunStatus, canManage = true): HTMLElement =>
    mount('c-planning-setup-carry-forward', PlanningSetupCarryForward, { status, canManage });

function setGrowth(element: HTMLElement, value: string): void {
    const input = $(element, 'input.growth-input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
}

/** The card frame's parts (title, help, error panel) are in c-planning-setup-card's shadow tree. */
const inCard = (element: HTMLElement, selector: string): any =>
    $(element, 'c-planning-setup-card').shadowRoot.querySelector(selector);

describe('c-planning-setup-carry-forward', () => {
    afterEach(() => {
        resetDom();
    });

    it('offers this and last fiscal quarter, this one first and chosen', async () => {
        const element = create();
        await flush();
        expect(inCard(element, 'lightning-card').title).toBe('Carry forward all plans ending this period');
        expect(inCard(element, '.description').textContent).toBe(
            "At quarter end, creates each account's next-period plan from its latest plan ending in the quarter, in the background. Next plans that already exist only get what they lack: nothing is copied twice."
        );
        // Its action is Start (below), not a settings Save.
        expect(inCard(element, 'lightning-button')).toBeNull();
        expect($$(element, '.period-label').map((label) => label.textContent)).toEqual([
            'Q4 2026 (Oct 1, 2026 to Dec 31, 2026)',
            'Q3 2026 (Jul 1, 2026 to Sep 30, 2026)'
        ]);
        expect($$(element, 'input.period-input').map((input) => input.checked)).toEqual([true, false]);
        expect($(element, 'button.start-button').disabled).toBe(false);
        expect($(element, '.running')).toBeNull();
    });

    it('summarises the last run: when, who, which plans and each count', async () => {
        const element = create();
        await flush();
        expect($(element, '.last-run').textContent).toBe(
            // In the user's Salesforce time zone (the test user's is America/Los_Angeles), not the browser's.
            'Last run Sep 29, 2026, 11:04 AM by Maria Admin, for plans ending Jul 1, 2026 to Sep 30, 2026'
        );
        const labels = $$(element, '.count-label').map((label) => label.textContent.trim());
        const values = $$(element, '.count-value').map((value) => value.textContent.trim());
        expect(labels).toEqual([
            'Created',
            'Completed (existing next plan)',
            'Already up to date',
            'Refused (no edit access)',
            'Failed (nothing saved)',
            'Deferred (run again to carry them)'
        ]);
        expect(values).toEqual(['182', '6', '9', '0', '2', '0']);
        expect($(element, '.log-note').textContent).toBe(
            'Refused and failed plans are in the Account Planning Log with their reason.'
        );
    });

    it('says when it never ran', async () => {
        const element = create({ ...carryForwardRunStatus, lastRun: null, lastRunAt: null, lastRunBy: null });
        await flush();
        expect($(element, '.last-run').textContent).toBe('Not run yet.');
        expect($(element, '.counts')).toBeNull();
        expect($(element, '.log-note')).toBeNull();
    });

    it('starts the run for the quarter chosen with the growth typed, then tells the page', async () => {
        startMock.mockResolvedValue({ ...LAUNCH, endingFrom: '2026-07-01', endingTo: '2026-09-30' });
        const element = create();
        const toasts = captureToasts(element);
        const settingsChange = jest.fn();
        document.body.addEventListener('settingschange', settingsChange);
        await flush();
        $$(element, 'input.period-input')[1].click();
        setGrowth(element, '5');
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).toHaveBeenCalledWith({ endingFrom: '2026-07-01', endingTo: '2026-09-30', growthPercent: 5 });
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Success',
            message:
                'Carrying forward every plan ending from Jul 1, 2026 to Sep 30, 2026 in background job 707000000000456AAA.',
            variant: 'success'
        });
        expect(settingsChange).toHaveBeenCalledTimes(1);
        expect($(element, 'button.start-button').disabled).toBe(true);
        expect($(element, '.running').textContent.trim()).toBe(
            'A run is in progress (707000000000456AAA). You can start another when it finishes.'
        );
        document.body.removeEventListener('settingschange', settingsChange);
        Object.assign(element, { status: { ...carryForwardRunStatus } });
        await flush();
        expect($(element, 'button.start-button').disabled).toBe(false);
    });

    it('sends no growth when none is typed, and says when a run was already going', async () => {
        startMock.mockResolvedValue({ ...LAUNCH, alreadyRunning: true });
        const element = create();
        const toasts = captureToasts(element);
        await flush();
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).toHaveBeenCalledWith({
            endingFrom: '2026-10-01',
            endingTo: '2026-12-31',
            growthPercent: null
        });
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Carry forward all plans ending this period',
            message: 'A carry-forward of every plan ending in the period is already running (job 707000000000456AAA).',
            variant: 'warning'
        });
    });

    it('refuses an impossible growth without starting', async () => {
        const element = create();
        await flush();
        setGrowth(element, '-101');
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).not.toHaveBeenCalled();
        expect($(element, '.growth-error').textContent).toBe('Enter a growth between -100 and 1000.');
    });

    it('is disabled while a run is queued or in progress', async () => {
        const element = create({
            ...carryForwardRunStatus,
            runningJobId: '707000000000999AAA',
            runningJobStatus: 'Processing'
        });
        await flush();
        expect($(element, 'button.start-button').disabled).toBe(true);
        expect($$(element, 'input.period-input').every((input) => input.disabled)).toBe(true);
        expect($(element, '.running').textContent.trim()).toBe(
            'A run is in progress (Processing). You can start another when it finishes.'
        );
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).not.toHaveBeenCalled();
    });

    it('shows why it could not start in the shared error panel', async () => {
        startMock.mockRejectedValue({ body: { message: 'You need the Manage Account Planning permission.' } });
        const element = create();
        await flush();
        $(element, 'button.start-button').click();
        await flush();
        expect(inCard(element, 'c-error-panel').shadowRoot.querySelector('.error-message').textContent).toBe(
            'You need the Manage Account Planning permission.'
        );
        expect($(element, 'button.start-button').disabled).toBe(false);
    });

    it('is read-only without Manage Account Planning, and hidden without a status', async () => {
        const readOnly = create(carryForwardRunStatus, false);
        const hidden = create(null);
        await flush();
        expect($(readOnly, 'button.start-button')).toBeNull();
        expect($(readOnly, 'input.growth-input')).toBeNull();
        expect($(readOnly, '.count-value')).not.toBeNull();
        expect($(hidden, 'c-planning-setup-card')).toBeNull();
    });

    it('accepts a growth of exactly -100 and 1000, and refuses 1000.1', async () => {
        startMock.mockResolvedValue(LAUNCH);
        const element = create();
        await flush();
        setGrowth(element, '-100');
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).toHaveBeenLastCalledWith({
            endingFrom: '2026-10-01',
            endingTo: '2026-12-31',
            growthPercent: -100
        });
        Object.assign(element, { status: { ...carryForwardRunStatus } });
        await flush();
        setGrowth(element, '1000');
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).toHaveBeenLastCalledWith({
            endingFrom: '2026-10-01',
            endingTo: '2026-12-31',
            growthPercent: 1000
        });
        Object.assign(element, { status: { ...carryForwardRunStatus } });
        await flush();
        setGrowth(element, '1000.1');
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).toHaveBeenCalledTimes(2);
        expect($(element, '.growth-error').textContent).toBe('Enter a growth between -100 and 1000.');
    });

    it('flags an impossible growth only once Start is pressed, on the field and for screen readers', async () => {
        const element = create();
        await flush();
        const field = $(element, '.growth-label').parentElement;
        const input = $(element, 'input.growth-input');
        expect(field.className).toBe('slds-form-element');
        expect(input.getAttribute('aria-describedby')).toBe($(element, '.growth-help').id);
        setGrowth(element, '-101');
        await flush();
        expect($(element, '.growth-error')).toBeNull();
        expect(field.className).toBe('slds-form-element');
        $(element, 'button.start-button').click();
        await flush();
        expect(field.className).toBe('slds-form-element slds-has-error');
        expect(input.getAttribute('aria-describedby')).toBe(
            `${$(element, '.growth-help').id} ${$(element, 'div.growth-error').id}`
        );
        setGrowth(element, '10');
        await flush();
        expect($(element, '.growth-error')).toBeNull();
        expect(field.className).toBe('slds-form-element');
    });

    it('starts one run when Start is pressed twice in a row', async () => {
        startMock.mockResolvedValue(LAUNCH);
        const element = create();
        await flush();
        $(element, 'button.start-button').click();
        $(element, 'button.start-button').click();
        await flush();
        expect(startMock).toHaveBeenCalledTimes(1);
    });

    it('names no one when the last run has no user, and has no log note when nothing was refused or failed', async () => {
        const element = create({
            ...carryForwardRunStatus,
            lastRunBy: null,
            lastRun: { ...carryForwardRunStatus.lastRun, refused: 0, failed: 0 }
        });
        await flush();
        expect($(element, '.last-run').textContent).toBe(
            'Last run Sep 29, 2026, 11:04 AM by —, for plans ending Jul 1, 2026 to Sep 30, 2026'
        );
        expect($(element, '.log-note')).toBeNull();
    });

    it('shows each count of a reloaded last run', async () => {
        const element = create();
        await flush();
        Object.assign(element, {
            status: {
                ...carryForwardRunStatus,
                lastRun: { ...carryForwardRunStatus.lastRun, created: 3, completed: 1, refused: 4 }
            }
        });
        await flush();
        expect($$(element, '.count-value').map((value) => value.textContent.trim())).toEqual([
            '3',
            '1',
            '9',
            '4',
            '2',
            '0'
        ]);
        expect($$(element, '.count-label').map((label) => label.dataset.key)).toEqual([
            'created',
            'completed',
            'upToDate',
            'refused',
            'failed',
            'deferred'
        ]);
    });

    it('is read-only unless told the user can manage', async () => {
        const element = mount('c-planning-setup-carry-forward', PlanningSetupCarryForward, {
            status: carryForwardRunStatus
        });
        await flush();
        expect($(element, 'button.start-button')).toBeNull();
        expect($(element, '.last-run')).not.toBeNull();
    });

    it('is accessible', async () => {
        const element = create();
        await flush();
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
});
