import '../../../../../../jest/useRealLabels';
import PlanningSetupHealth from 'c/planningSetupHealth';
import saveHealthThresholds from '@salesforce/apex/PlanningSetupController.saveHealthThresholds';
import healthSetup from '../../planWorkspace/__tests__/data/healthSetup.json';
import { $, $$, captureToasts, flush, mockOf, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/PlanningSetupController.saveHealthThresholds',
    () => ({ __esModule: true, default: jest.fn() }),
    { virtual: true }
);

const setup = healthSetup as HealthSetupData;
const save = mockOf(saveHealthThresholds);
const create = (props: Record<string, unknown>): HTMLElement =>
    mount('c-planning-setup-health', PlanningSetupHealth, { health: setup, canManage: true, ...props });
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cell = (element: HTMLElement, key: string, selector: string): string =>
    text($(element, `tr[data-key="${key}"]`).querySelector(selector));
/** The card frame's parts (title, intro, read-only reason, Save, error panel) are in c-planning-setup-card's shadow. */
const inCard = (element: HTMLElement, selector: string): any =>
    $(element, 'c-planning-setup-card').shadowRoot.querySelector(selector);
const saveButton = (element: HTMLElement): any => inCard(element, 'lightning-button.save-thresholds');

async function type(element: HTMLElement, selector: string, value: string): Promise<void> {
    $(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

describe('c-planning-setup-health', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows every factor in effect with its weight, share, thresholds and unit', async () => {
        const element = create({});
        await flush();
        expect(inCard(element, 'lightning-card').title).toBe('Plan Health Score');
        expect(text(inCard(element, '.description'))).toBe(
            'The factors, weights and status thresholds in effect. Each plan uses the weights in effect when its score is next calculated.'
        );
        expect($(element, 'c-planning-setup-card').dataset.testid).toBe('setup-health');
        expect(saveButton(element).label).toBe('Save thresholds');
        expect($$(element, 'tr.factor-setting').map((tr) => text(tr.querySelector('.factor-name')))).toEqual([
            'Forecast vs pro-rata target',
            'Pipeline coverage',
            'Objectives',
            'Stakeholder coverage',
            'Activity recency',
            'Plan freshness',
            'Manager review'
        ]);
        expect(cell(element, 'FORECAST', '.factor-active')).toBe('On');
        expect(cell(element, 'FORECAST', '.factor-weight')).toBe('25');
        expect(cell(element, 'FORECAST', '.factor-share')).toBe('25%');
        expect(cell(element, 'FORECAST', '.factor-full')).toBe('100');
        expect(cell(element, 'FORECAST', '.factor-zero')).toBe('50');
        expect(cell(element, 'FORECAST', '.factor-unit')).toBe('% of the pro-rata target');
        expect(cell(element, 'PIPELINE_COVERAGE', '.factor-full')).toBe('300');
        expect(cell(element, 'ACTIVITY', '.factor-unit')).toBe(
            'days since the last activity, as % of the contact cadence'
        );
        expect(cell(element, 'OBJECTIVES', '.factor-full')).toBe('—');
        expect(cell(element, 'OBJECTIVES', '.factor-unit')).toBe('');
        expect(cell(element, 'OBJECTIVES', '.factor-other')).toBe('An overdue objective counts 2 times');
        expect(cell(element, 'MANAGER_REVIEW', '.factor-unit')).toBe('days overdue');
        expect(cell(element, 'FORECAST', '.factor-other')).toBe('');
        expect(text($(element, '.total-weight'))).toBe('Total weight of the active factors: 100');
        const link = $(element, 'a.open-factors');
        expect(link.getAttribute('href')).toBe('/lightning/setup/CustomMetadata/page?address=%2Fm0A');
        expect(text(link)).toBe('Edit health factors');
    });

    it('shows a factor switched off as Off, without a share', async () => {
        const factors = setup.factors.map((f) => {
            return f.key === 'MANAGER_REVIEW' ? { ...f, active: false, sharePercent: 0 } : f;
        });
        const element = create({ health: { ...setup, factors, totalActiveWeight: 95, factorsSetupUrl: '' } });
        await flush();
        expect(cell(element, 'MANAGER_REVIEW', '.factor-active')).toBe('Off');
        expect(cell(element, 'MANAGER_REVIEW', '.factor-share')).toBe('—');
        expect($(element, 'tr[data-key="MANAGER_REVIEW"]').className).toContain('slds-text-color_weak');
        expect(text($(element, '.total-weight'))).toBe('Total weight of the active factors: 95');
        expect($(element, 'a.open-factors')).toBeNull();
    });

    it('shows the status thresholds in effect and the At Risk band', async () => {
        const element = create({});
        await flush();
        expect($(element, 'lightning-input.healthy-from').value).toBe(70);
        expect($(element, 'lightning-input.watch-from').value).toBe(40);
        expect($(element, 'lightning-input.healthy-from').label).toBe('Healthy from');
        expect($(element, 'lightning-input.watch-from').label).toBe('Watch from');
        expect(text($(element, '.at-risk-below'))).toBe('At Risk below 40');
        expect(saveButton(element).disabled).toBe(true);
        expect(inCard(element, '.read-only')).toBeNull();
    });

    it('saves new thresholds, says the deployment started and asks the page to refresh', async () => {
        save.mockResolvedValue('0Af000000000001AAA');
        const element = create({});
        const toasts = captureToasts(element);
        const changed = jest.fn();
        element.addEventListener('settingschange', changed);
        await flush();
        await type(element, 'lightning-input.healthy-from', '75');
        await type(element, 'lightning-input.watch-from', '45');
        expect(text($(element, '.at-risk-below'))).toBe('At Risk below 45');
        expect(saveButton(element).disabled).toBe(false);
        saveButton(element).click();
        await flush();
        expect(save).toHaveBeenCalledWith({ healthyFrom: 75, watchFrom: 45 });
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Success',
            message:
                'Settings deployment started (deployment 0Af000000000001AAA). The new values apply when it completes, and every plan is then recalculated.',
            variant: 'success'
        });
        expect(changed).toHaveBeenCalledTimes(1);
        expect((changed.mock.calls[0][0] as CustomEvent).bubbles).toBe(true);
        expect((changed.mock.calls[0][0] as CustomEvent).composed).toBe(false);
        expect(saveButton(element).disabled).toBe(true);
        expect(inCard(element, 'c-error-panel')).toBeNull();
    });

    it('refuses Watch from at or above Healthy from, and says why', async () => {
        const element = create({});
        await flush();
        await type(element, 'lightning-input.watch-from', '70');
        saveButton(element).click();
        await flush();
        expect(save).not.toHaveBeenCalled();
        expect($(element, '.threshold-errors').getAttribute('role')).toBe('alert');
        expect($$(element, '.threshold-error').map((p) => text(p))).toEqual(['Watch from must be below Healthy from.']);
        await type(element, 'lightning-input.watch-from', '69');
        expect($(element, '.threshold-errors')).toBeNull();
    });

    it('refuses scores outside 0-100, decimals and empty values', async () => {
        const element = create({});
        await flush();
        for (const [selector, value] of [
            ['lightning-input.healthy-from', '101'],
            ['lightning-input.healthy-from', '-1'],
            ['lightning-input.healthy-from', '80.5'],
            ['lightning-input.watch-from', '']
        ]) {
            await type(element, 'lightning-input.healthy-from', '70');
            await type(element, 'lightning-input.watch-from', '40');
            await type(element, selector, value);
            saveButton(element).click();
            await flush();
            expect($$(element, '.threshold-error').map((p) => text(p))).toEqual([
                'Enter a whole number from 0 to 100.'
            ]);
        }
        expect(save).not.toHaveBeenCalled();
    });

    it('accepts the extremes 0 and 100', async () => {
        save.mockResolvedValue('0Af000000000002AAA');
        const element = create({});
        await flush();
        await type(element, 'lightning-input.healthy-from', '100');
        await type(element, 'lightning-input.watch-from', '0');
        saveButton(element).click();
        await flush();
        expect(save).toHaveBeenCalledWith({ healthyFrom: 100, watchFrom: 0 });
    });

    it('shows a refused save in the error panel and keeps what the admin typed', async () => {
        save.mockRejectedValue({
            body: { message: 'Health thresholds must be scores from 0 to 100, with Watch below Healthy.' }
        });
        const element = create({});
        const changed = jest.fn();
        element.addEventListener('settingschange', changed);
        await flush();
        await type(element, 'lightning-input.healthy-from', '60');
        saveButton(element).click();
        await flush();
        expect(inCard(element, 'c-error-panel').errors).toEqual({
            body: { message: 'Health thresholds must be scores from 0 to 100, with Watch below Healthy.' }
        });
        expect(changed).not.toHaveBeenCalled();
        expect($(element, 'lightning-input.healthy-from').value).toBe(60);
        expect(saveButton(element).disabled).toBe(false);
    });

    it('keeps the admin edits when the page refreshes, and shows new values otherwise', async () => {
        const element = create({});
        await flush();
        (element as unknown as { health: HealthSetupData }).health = { ...setup, healthyFrom: 80, watchFrom: 50 };
        await flush();
        expect($(element, 'lightning-input.healthy-from').value).toBe(80);
        await type(element, 'lightning-input.healthy-from', '85');
        (element as unknown as { health: HealthSetupData }).health = { ...setup, healthyFrom: 70, watchFrom: 40 };
        await flush();
        expect($(element, 'lightning-input.healthy-from').value).toBe(85);
        expect((element as unknown as { health: HealthSetupData }).health.healthyFrom).toBe(70);
    });

    it('is read-only without Manage Account Planning', async () => {
        const element = create({ canManage: false });
        await flush();
        expect($(element, 'lightning-input.healthy-from').disabled).toBe(true);
        expect($(element, 'lightning-input.watch-from').disabled).toBe(true);
        expect(saveButton(element).disabled).toBe(true);
        expect(text(inCard(element, '.read-only'))).toBe(
            'You can view these settings. To change them you need the Manage Account Planning permission.'
        );
        expect($$(element, 'tr.factor-setting').length).toBe(7);
    });

    it('is read-only unless told the user may manage, and copes with no health data yet', async () => {
        const element = mount('c-planning-setup-health', PlanningSetupHealth, {});
        await flush();
        expect(saveButton(element).disabled).toBe(true);
        expect($(element, 'lightning-input.healthy-from').disabled).toBe(true);
        expect($$(element, 'tr.factor-setting')).toEqual([]);
        expect(text($(element, '.total-weight'))).toBe('Total weight of the active factors: —');
        expect($(element, 'a.open-factors')).toBeNull();
        expect(text($(element, '.at-risk-below'))).toBe('At Risk below —');
    });

    it('shows no error before the first save, even for thresholds set the wrong way round', async () => {
        const element = create({ health: { ...setup, healthyFrom: 40, watchFrom: 70 } });
        await flush();
        expect($(element, '.threshold-errors')).toBeNull();
    });

    it('marks the inputs with the error on save and clears the mark once corrected', async () => {
        const element = create({});
        await flush();
        const inputs = [$(element, 'lightning-input.healthy-from'), $(element, 'lightning-input.watch-from')];
        const marks = inputs.map((input) => jest.spyOn(input, 'setCustomValidity'));
        const reports = inputs.map((input) => jest.spyOn(input, 'reportValidity'));
        await type(element, 'lightning-input.watch-from', '90');
        expect(marks[0]).not.toHaveBeenCalled();
        saveButton(element).click();
        await flush();
        for (const mark of marks) expect(mark).toHaveBeenLastCalledWith('Watch from must be below Healthy from.');
        for (const report of reports) expect(report).toHaveBeenCalled();
        await type(element, 'lightning-input.watch-from', '50');
        for (const mark of marks) expect(mark).toHaveBeenLastCalledWith('');
    });

    it('disables Save while saving, and shows errors again only at the next save', async () => {
        let finish: (id: string) => void = () => undefined;
        save.mockReturnValue(new Promise<string>((resolve) => (finish = resolve)));
        const element = create({});
        await flush();
        await type(element, 'lightning-input.watch-from', '90');
        saveButton(element).click();
        await flush();
        await type(element, 'lightning-input.watch-from', '50');
        saveButton(element).click();
        await flush();
        expect(saveButton(element).disabled).toBe(true);
        finish('0Af000000000003AAA');
        await flush();
        await type(element, 'lightning-input.watch-from', '95');
        expect($(element, '.threshold-errors')).toBeNull();
        expect(saveButton(element).disabled).toBe(false);
    });
});
