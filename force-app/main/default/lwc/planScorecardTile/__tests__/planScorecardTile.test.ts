import axe from 'axe-core';
import PlanScorecardTile from 'c/planScorecardTile';
import { $, flush, mount, resetDom } from '../../../../../../jest/testUtils';

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const create = (properties: Record<string, unknown>): HTMLElement =>
    mount('c-plan-scorecard-tile', PlanScorecardTile, properties);

describe('c-plan-scorecard-tile', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows an abbreviated amount, with the full amount for screen readers and in a tooltip on hover and focus', async () => {
        const element = create({ label: 'Revenue Target', value: '$1.25B', fullValue: '$1,250,000,000' });
        await flush();
        expect($(element, '.tile-label').textContent).toBe('Revenue Target');
        expect($(element, '.tile-label').title).toBe('Revenue Target');
        const shortValue = $(element, '.tile-value');
        expect(shortValue.textContent).toBe('$1.25B');
        expect(shortValue.getAttribute('aria-hidden')).toBe('true');
        expect($(element, '.tile-full-value').textContent).toBe('$1,250,000,000');
        expect($(element, '.tile-full-value').className).toContain('slds-assistive-text');
        expect($(element, '.tile-focus').getAttribute('tabindex')).toBe('0');
        const tooltip = $(element, '.tile-tooltip');
        expect(tooltip.getAttribute('role')).toBe('tooltip');
        expect(tooltip.textContent).toBe('$1,250,000,000');
        expect($(element, '.tile-detail')).toBeNull();
        await expectAccessible(element);
    });

    it('shows a value that is not abbreviated once, without tooltip or tab stop', async () => {
        const element = create({ label: 'Win Rate', value: '75%' });
        await flush();
        expect($(element, '.tile-value').textContent).toBe('75%');
        expect($(element, '.tile-value').getAttribute('aria-hidden')).toBeNull();
        expect($(element, '.tile-tooltip')).toBeNull();
        expect($(element, '[tabindex]')).toBeNull();
        expect($(element, '.tile-figure').className).toBe('tile-figure');
    });

    it('needs no tooltip when the full value reads the same', async () => {
        const element = create({ label: 'Lost', value: '$800', fullValue: '$800' });
        await flush();
        expect($(element, '.tile-tooltip')).toBeNull();
        expect($(element, '.tile-value').textContent).toBe('$800');
    });

    it('colours good news green and bad news red, value and detail, always with words', async () => {
        const good = create({
            label: 'Forecast vs Target',
            value: '+$65.8K',
            fullValue: '+$65,800',
            detail: 'Ahead of target',
            detailTitle: 'A forecast within ±2% of the revenue target counts as on target.',
            tone: 'success'
        });
        await flush();
        expect($(good, '.tile-figure').className).toBe('tile-figure slds-text-color_success');
        const detail = $(good, '.tile-detail');
        expect(detail.textContent).toBe('Ahead of target');
        expect(detail.className).toBe('slds-text-body_small tile-detail slds-text-color_success');
        expect(detail.title).toBe('A forecast within ±2% of the revenue target counts as on target.');
        await expectAccessible(good);

        const bad = create({ label: 'Forecast vs Target', value: '-$179K', detail: 'Behind target', tone: 'error' });
        await flush();
        expect($(bad, '.tile-figure').className).toBe('tile-figure slds-text-color_error');
        expect($(bad, '.tile-detail').className).toBe('slds-text-body_small tile-detail slds-text-color_error');
    });

    it('writes a neutral detail in the weak text colour', async () => {
        const element = create({ label: 'Won', value: '$1.93M', fullValue: '$1,933,000', detail: '18 won' });
        await flush();
        expect($(element, '.tile-detail').textContent).toBe('18 won');
        expect($(element, '.tile-detail').className).toBe('slds-text-body_small tile-detail slds-text-color_weak');
        expect($(element, '.tile-figure').className).toBe('tile-figure');
    });

    it('shows nothing of its own while its label and value are not set', async () => {
        const element = create({});
        await flush();
        expect($(element, '.tile-label').textContent).toBe('');
        expect($(element, '.tile-label').title).toBe('');
        expect($(element, '.tile-value').textContent).toBe('');
        expect($(element, '.tile-tooltip')).toBeNull();
        expect($(element, '.tile-detail')).toBeNull();
    });
});
