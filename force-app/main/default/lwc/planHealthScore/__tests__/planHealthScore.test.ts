import '../../../../../../jest/useRealLabels';
import PlanHealthScore from 'c/planHealthScore';
import healthAtRisk from '../../planWorkspace/__tests__/data/healthAtRisk.json';
import healthNoTarget from '../../planWorkspace/__tests__/data/healthNoTarget.json';
import healthNotScored from '../../planWorkspace/__tests__/data/healthNotScored.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';
import { installResizeObserver, resizeAll, uninstallResizeObserver } from '../../../../../../jest/resizeObserver';

const atRisk = healthAtRisk as PlanHealth;
const create = (health: unknown): HTMLElement => mount('c-plan-health-score', PlanHealthScore, { health });
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const toggle = (element: HTMLElement): HTMLButtonElement => $(element, '[data-testid="health-breakdown-toggle"]');
const panel = (element: HTMLElement): HTMLElement | null => $(element, '[data-testid="health-breakdown"]');
const row = (element: HTMLElement, key: string): HTMLElement => $(element, `tr[data-key="${key}"]`);
const cell = (element: HTMLElement, key: string, selector: string): string =>
    text(row(element, key).querySelector(selector));

async function openBreakdown(health: unknown): Promise<HTMLElement> {
    const element = create(health);
    await flush();
    toggle(element).click();
    await flush();
    return element;
}

describe('c-plan-health-score', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows the score and the status in words, through the badge with its icon (never colour alone)', async () => {
        const element = create(atRisk);
        await flush();
        expect(text($(element, '.health-title'))).toBe('Health');
        expect(text($(element, '[data-testid="health-score"]'))).toBe('36 / 100');
        const badge = $(element, 'c-plan-health-badge');
        expect(badge.health).toEqual({
            score: 36,
            status: 'At Risk',
            statusLabel: 'At Risk',
            topReason: atRisk.reasons[0],
            calculatedAt: '2030-07-19T02:14:09.000Z'
        });
        expect(badge.hideScore).toBe(true);
        // In the user's Salesforce time zone (the test user's is America/Los_Angeles), not the browser's.
        expect(text($(element, '.calculated-at'))).toBe('Calculated Jul 18, 2030, 7:14 PM');
        expect($(element, '[data-testid="health-not-scored"]')).toBeNull();
        expect(panel(element)).toBeNull();
    });

    it('opens the breakdown from a keyboard-reachable button that says whether it is open, and focuses it', async () => {
        const element = create(atRisk);
        await flush();
        const button = toggle(element);
        expect(button.tagName).toBe('BUTTON');
        expect(button.getAttribute('tabindex')).toBeNull();
        expect(text(button)).toBe('Why this score?');
        expect(button.getAttribute('aria-expanded')).toBe('false');
        button.click();
        await flush();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        const region = panel(element) as HTMLElement;
        expect(region.getAttribute('tabindex')).toBe('-1');
        expect(element.shadowRoot!.activeElement).toBe(region);
        expect(button.getAttribute('aria-controls')).toBe(region.id);
        expect(region.getAttribute('aria-labelledby')).toBe($(element, '.breakdown-title').id);
        expect(text($(element, '.breakdown-title'))).toBe('How this score is calculated');
    });

    it('closes with Escape and gives the focus back to the button', async () => {
        const element = await openBreakdown(atRisk);
        const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
        panel(element)!.dispatchEvent(escape);
        await flush();
        expect(panel(element)).toBeNull();
        expect(escape.defaultPrevented).toBe(true);
        expect(toggle(element).getAttribute('aria-expanded')).toBe('false');
        expect(element.shadowRoot!.activeElement).toBe(toggle(element));
    });

    it('ignores other keys and Escape while closed, closes with its close button or the toggle', async () => {
        const element = await openBreakdown(atRisk);
        panel(element)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flush();
        expect(panel(element)).not.toBeNull();
        const close = $(element, 'lightning-button-icon.breakdown-close');
        expect(close.alternativeText).toBe('Close breakdown');
        close.click();
        await flush();
        expect(panel(element)).toBeNull();
        expect(element.shadowRoot!.activeElement).toBe(toggle(element));
        const escapeWhileClosed = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
        toggle(element).dispatchEvent(escapeWhileClosed);
        expect(escapeWhileClosed.defaultPrevented).toBe(false);
        toggle(element).click();
        await flush();
        toggle(element).click();
        await flush();
        expect(panel(element)).toBeNull();
    });

    it('lists every factor with its score, renormalised weight, whether it counts, points lost and explanation', async () => {
        const element = await openBreakdown(atRisk);
        expect($$(element, 'tr.factor').map((tr) => text(tr.querySelector('.factor-name')))).toEqual([
            'Forecast vs pro-rata target',
            'Pipeline coverage',
            'Objectives',
            'Stakeholder coverage',
            'Activity recency',
            'Plan freshness',
            'Manager review'
        ]);
        expect(cell(element, 'FORECAST', '.factor-score')).toBe('64');
        expect(cell(element, 'FORECAST', '.factor-weight')).toBe('25%');
        expect(cell(element, 'FORECAST', '.factor-counted')).toBe('Counted');
        expect(cell(element, 'FORECAST', '.factor-points')).toBe('9');
        expect(cell(element, 'FORECAST', '.factor-explanation')).toBe(
            'Forecast is 18% below the pro-rata target for day 200 of 365'
        );
        expect(cell(element, 'PIPELINE_COVERAGE', '.factor-explanation')).toBe(
            'Open pipeline covers 83% of the target still to win; 300% scores full'
        );
        expect(cell(element, 'OBJECTIVES', '.factor-points')).toBe('10.7');
        expect(cell(element, 'OBJECTIVES', '.factor-explanation')).toBe(
            '2 of 5 objectives achieved, on track or not started; 2 overdue'
        );
        expect(Array.from(row(element, 'OBJECTIVES').querySelectorAll('.factor-detail')).map((li) => text(li))).toEqual(
            ['Overdue objectives: 2 (8.5 points)', 'Objectives at risk, off track or missed: 1 (2.1 points)']
        );
        expect(
            Array.from(row(element, 'STAKEHOLDERS').querySelectorAll('.factor-detail')).map((li) => text(li))
        ).toEqual(['No economic buyer mapped (5 points)', 'Decision maker is a skeptic or detractor (2.5 points)']);
        expect(row(element, 'FORECAST').querySelector('.factor-details')).toBeNull();
        expect(cell(element, 'ACTIVITY', '.factor-explanation')).toBe(
            'Last activity 26 days ago; the contact cadence is 14 days'
        );
        expect(cell(element, 'MANAGER_REVIEW', '.factor-explanation')).toBe('Manager review overdue by 12 days');
        expect(text($(element, '.formula'))).toBe(
            "Score = the sum of each counted factor's score × its weight ÷ 100. Healthy from 70, Watch from 40, At Risk below 40."
        );
    });

    it('lists the factors as labelled blocks, not a six-column table, where the tile is narrow (half page, phone)', async () => {
        installResizeObserver();
        try {
            const element = await openBreakdown(atRisk);
            resizeAll(400);
            await flush();
            expect($(element, 'table')).toBeNull();
            const items: HTMLElement[] = $$(element, 'ul[data-testid="health-factors"] > li');
            expect(items.map((li) => li.dataset.key)).toEqual([
                'FORECAST',
                'PIPELINE_COVERAGE',
                'OBJECTIVES',
                'STAKEHOLDERS',
                'ACTIVITY',
                'PLAN_UPDATES',
                'MANAGER_REVIEW'
            ]);
            const forecast = items[0];
            expect(text(forecast.querySelector('.factor-name'))).toBe('Forecast vs pro-rata target');
            expect(Array.from(forecast.querySelectorAll('dt, dd')).map((node) => text(node))).toEqual([
                'Score',
                '64',
                'Weight',
                '25%',
                'Counted',
                'Counted',
                'Points lost',
                '9'
            ]);
            expect(text(forecast.querySelector('.factor-explanation'))).toBe(
                'Forecast is 18% below the pro-rata target for day 200 of 365'
            );
            expect(Array.from(items[2].querySelectorAll('.factor-detail')).map((li) => text(li))).toEqual([
                'Overdue objectives: 2 (8.5 points)',
                'Objectives at risk, off track or missed: 1 (2.1 points)'
            ]);
            resizeAll(800);
            await flush();
            expect($$(element, 'tr.factor')).toHaveLength(7);
            expect($(element, 'ul[data-testid="health-factors"]')).toBeNull();
        } finally {
            uninstallResizeObserver();
        }
    });

    it('tabulates the factors from 600 px on and lists them below, and stops measuring once removed', async () => {
        const observers = installResizeObserver();
        try {
            const element = await openBreakdown(atRisk);
            const mine = observers.filter((observer) => observer.observed.includes(element));
            expect(mine.map((observer) => observer.disconnected)).toEqual([false]);
            mine[0].resize(600);
            await flush();
            expect($$(element, 'tr.factor')).toHaveLength(7);
            mine[0].resize(599);
            await flush();
            expect($(element, 'table')).toBeNull();
            expect($$(element, 'ul[data-testid="health-factors"] > li')).toHaveLength(7);
            element.remove();
            expect(mine.map((observer) => observer.disconnected)).toEqual([true]);
        } finally {
            uninstallResizeObserver();
        }
    });

    it('moves the focus only when the user opens or closes the breakdown', async () => {
        const element = create(atRisk);
        await flush();
        expect(element.shadowRoot!.activeElement).toBeNull();
        (element as HTMLElement & { health: unknown }).health = { ...atRisk, score: 37 };
        await flush();
        expect(element.shadowRoot!.activeElement).toBeNull();
    });

    it('keeps Escape inside the tile, so an enclosing dialog stays open', async () => {
        const element = await openBreakdown(atRisk);
        const outside = jest.fn();
        document.body.addEventListener('keydown', outside);
        try {
            panel(element)!.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true })
            );
            await flush();
            expect(panel(element)).toBeNull();
            expect(outside).not.toHaveBeenCalled();
            toggle(element).dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true })
            );
            expect(outside).toHaveBeenCalledTimes(1);
        } finally {
            document.body.removeEventListener('keydown', outside);
        }
    });

    it('shows a dash for a counted factor without a score, and a reason that costs nothing without points', async () => {
        const element = await openBreakdown({
            ...atRisk,
            factors: atRisk.factors.map((factor) => {
                if (factor.key !== 'FORECAST') {
                    return factor;
                }
                return {
                    ...factor,
                    score: null,
                    reasons: [
                        { factor: 'FORECAST', code: factor.code, values: factor.values, points: 9 },
                        { factor: 'FORECAST', code: 'PERIOD_NOT_STARTED', values: [12], points: 0 }
                    ]
                };
            }),
            reasons: [{ factor: 'ACTIVITY', code: 'NO_ACTIVITY', values: [14], points: 0 }]
        });
        expect(cell(element, 'FORECAST', '.factor-score')).toBe('—');
        expect(cell(element, 'FORECAST', '.factor-counted')).toBe('Counted');
        expect(Array.from(row(element, 'FORECAST').querySelectorAll('.factor-detail')).map((li) => text(li))).toEqual([
            'The plan period starts in 12 days: the forecast is not scored yet'
        ]);
        expect($$(element, 'li.top-reason').map((li) => text(li))).toEqual([
            'No completed activity yet; the contact cadence is 14 days'
        ]);
    });

    it('gives the badge no score, status or reason when the workspace carries no health', async () => {
        const element = create(undefined);
        await flush();
        expect($(element, 'c-plan-health-badge').health).toStrictEqual({
            score: null,
            status: null,
            statusLabel: null,
            topReason: null,
            calculatedAt: null
        });
    });

    it('copes with a health without reason lists (an older server): no reasons, no details, no failure', async () => {
        const element = await openBreakdown({
            ...atRisk,
            reasons: undefined,
            factors: atRisk.factors.map((factor) => ({ ...factor, reasons: undefined }))
        });
        expect($(element, 'c-plan-health-badge').health.topReason).toBeNull();
        expect($$(element, 'li.top-reason')).toEqual([]);
        expect(text($(element, '.no-reasons'))).toBe('Nothing lowers this score.');
        expect($$(element, '.factor-details')).toEqual([]);
        expect($$(element, 'tr.factor')).toHaveLength(7);
    });

    it('shows no score for a factor that does not count, even with a score recorded', async () => {
        const element = await openBreakdown({
            ...atRisk,
            factors: atRisk.factors.map((factor) => ({ ...factor, applies: factor.key !== 'FORECAST' }))
        });
        expect(cell(element, 'FORECAST', '.factor-score')).toBe('—');
        expect(cell(element, 'FORECAST', '.factor-counted')).toBe('Not counted');
        expect(cell(element, 'PIPELINE_COVERAGE', '.factor-counted')).toBe('Counted');
    });

    it('opens nothing and moves no focus when the factors go away as the user opens the breakdown', async () => {
        const element = create(atRisk);
        await flush();
        toggle(element).click();
        (element as HTMLElement & { health: unknown }).health = healthNotScored;
        await flush();
        expect(panel(element)).toBeNull();
        expect(element.shadowRoot!.activeElement).toBeNull();
    });

    it('renders every reason under its own key (no LWC duplicate-key error)', async () => {
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const element = await openBreakdown(atRisk);
            expect($$(element, 'li.top-reason')).toHaveLength(3);
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });

    it('lists the top three reasons, largest cost first, with the points each costs', async () => {
        const element = await openBreakdown(atRisk);
        expect($$(element, 'li.top-reason').map((li) => text(li))).toEqual([
            'Open pipeline covers 83% of the target still to win; 300% scores full (20 points)',
            'Last activity 26 days ago; the contact cadence is 14 days (12.9 points)',
            'Forecast is 18% below the pro-rata target for day 200 of 365 (9 points)'
        ]);
        expect($(element, '.no-reasons')).toBeNull();
    });

    it('shows the factors that do not apply as "Not counted" with why, and the weights renormalised', async () => {
        const element = await openBreakdown(healthNoTarget);
        expect(text($(element, '[data-testid="health-score"]'))).toBe('100 / 100');
        expect(cell(element, 'FORECAST', '.factor-score')).toBe('—');
        expect(cell(element, 'FORECAST', '.factor-weight')).toBe('—');
        expect(cell(element, 'FORECAST', '.factor-points')).toBe('—');
        expect(cell(element, 'FORECAST', '.factor-counted')).toBe('Not counted');
        expect(row(element, 'FORECAST').className).toContain('factor_not-counted');
        expect(cell(element, 'PIPELINE_COVERAGE', '.factor-explanation')).toBe(
            'No revenue target: forecast and pipeline coverage are not scored'
        );
        expect(cell(element, 'OBJECTIVES', '.factor-weight')).toBe('27.3%');
        expect(cell(element, 'OBJECTIVES', '.factor-counted')).toBe('Counted');
        expect(cell(element, 'PLAN_UPDATES', '.factor-weight')).toBe('9.1%');
        expect(row(element, 'OBJECTIVES').className).not.toContain('factor_not-counted');
        expect($$(element, 'li.top-reason').map((li) => text(li))).toEqual([
            'No revenue target: forecast and pipeline coverage are not scored'
        ]);
    });

    it('says nothing lowers a score without reasons', async () => {
        const element = await openBreakdown({ ...healthNoTarget, reasons: [] });
        expect($$(element, 'li.top-reason')).toEqual([]);
        expect(text($(element, '.no-reasons'))).toBe('Nothing lowers this score.');
    });

    it('says a closed or cancelled plan is not scored, without a score or a breakdown', async () => {
        const element = create(healthNotScored);
        await flush();
        expect($(element, '[data-testid="health-score"]')).toBeNull();
        expect(text($(element, '[data-testid="health-not-scored"]'))).toBe('Closed and cancelled plans are not scored');
        expect($(element, 'c-plan-health-badge').health).toStrictEqual({
            score: null,
            status: null,
            statusLabel: null,
            topReason: null,
            calculatedAt: '2030-04-02T02:13:55.000Z'
        });
        expect(toggle(element)).toBeNull();
    });

    it('says why when no factor applies, and still lets the user see the factors', async () => {
        const noneApplies = {
            ...healthNoTarget,
            score: null,
            status: null,
            statusLabel: null,
            notScoredCode: 'NO_FACTOR_APPLIES',
            factors: healthNoTarget.factors.map((f) => ({ ...f, applies: false, score: null, effectiveWeight: 0 }))
        };
        const element = await openBreakdown(noneApplies);
        expect($(element, '[data-testid="health-score"]')).toBeNull();
        expect(text($(element, '[data-testid="health-not-scored"]'))).toBe('No health factor applies to this plan yet');
        expect($$(element, 'td.factor-counted').map((td) => text(td))).toEqual(Array(7).fill('Not counted'));
    });

    it('says a plan not calculated yet will be scored, also when the workspace carries no health', async () => {
        const notYet = { ...healthNotScored, notScoredCode: 'HEALTH_NOT_CALCULATED', calculatedAt: null };
        for (const health of [notYet, undefined, null]) {
            const element = create(health);
            await flush();
            expect(text($(element, '[data-testid="health-not-scored"]'))).toBe(
                'Not scored yet: the next recalculation scores this plan'
            );
            expect($(element, '.calculated-at')).toBeNull();
            expect(toggle(element)).toBeNull();
            resetDom();
        }
    });

    it('shows the code of a reason this version has no label for rather than nothing', async () => {
        const element = await openBreakdown({
            ...atRisk,
            reasons: [{ factor: 'FORECAST', code: 'SOMETHING_NEW', values: [1], points: 3 }]
        });
        expect($$(element, 'li.top-reason').map((li) => text(li))).toEqual(['SOMETHING_NEW (3 points)']);
    });
});
