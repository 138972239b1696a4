import '../../../../../../jest/useRealLabels';
import HealthBadge from 'c/planHealthBadge';
import plansAtRisk from '../../planWorkspace/__tests__/data/plansAtRisk.json';
import { $, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const healthy: PlanHealthBadge = {
    score: 82,
    status: 'Healthy',
    statusLabel: 'Healthy',
    topReason: { factor: 'ACTIVITY', code: 'ACTIVITY_OVERDUE', values: [26, 14], points: 4.5 },
    calculatedAt: '2030-07-19T02:14:09.000Z'
};
const watch: PlanHealthBadge = { ...healthy, score: 55, status: 'Watch', statusLabel: 'À surveiller', topReason: null };

const create = (props: Record<string, unknown>): HTMLElement => mount('c-plan-health-badge', HealthBadge, props);
const text = (element: HTMLElement, selector: string): string | undefined => $(element, selector)?.textContent;

describe('c-plan-health-badge', () => {
    afterEach(() => {
        resetDom();
    });

    it('says At Risk in words with its icon and score, and the top reason as the tooltip', async () => {
        const element = create({ health: (plansAtRisk as PlanAtRiskRow[])[1].health });
        await flush();
        expect(text(element, '.health-status')).toBe('At Risk');
        expect(text(element, '.health-score')).toBe('36');
        expect(text(element, '.slds-assistive-text')).toBe('Health: At Risk, score 36 of 100');
        const icon = $(element, 'lightning-icon');
        expect(icon.iconName).toBe('utility:error');
        expect(icon.variant).toBe('error');
        expect($(element, '.health-badge').title).toBe(
            'Open pipeline covers 83% of the target still to win; 300% scores full'
        );
        expect($(element, '.health-badge').className).toContain('health-badge_at-risk');
    });

    it('shows Healthy and Watch with their own icons, in the language of the status label', async () => {
        const good = create({ health: healthy });
        const middle = create({ health: watch });
        await flush();
        expect(text(good, '.health-status')).toBe('Healthy');
        expect($(good, 'lightning-icon').iconName).toBe('utility:success');
        expect($(good, 'lightning-icon').variant).toBe('success');
        expect($(good, '.health-badge').title).toBe('Last activity 26 days ago; the contact cadence is 14 days');
        expect(text(middle, '.health-status')).toBe('À surveiller');
        expect(text(middle, '.slds-assistive-text')).toBe('Health: À surveiller, score 55 of 100');
        expect($(middle, 'lightning-icon').iconName).toBe('utility:warning');
        expect($(middle, 'lightning-icon').variant).toBe('warning');
        expect($(middle, '.health-badge').title).toBe('');
    });

    it('falls back to the status value when the label is missing, and hides the score on request', async () => {
        const element = create({ health: { ...watch, statusLabel: null }, hideScore: true });
        await flush();
        expect(text(element, '.health-status')).toBe('Watch');
        expect($(element, '.health-score')).toBeNull();
    });

    it('says "Not scored" without a score, never an empty badge', async () => {
        const missing = create({ health: null });
        const unscored = create({
            health: { score: null, status: null, statusLabel: null, topReason: null, calculatedAt: null }
        });
        await flush();
        for (const element of [missing, unscored]) {
            expect(text(element, '.health-status')).toBe('Not scored');
            expect(text(element, '.slds-assistive-text')).toBe('Not scored');
            expect($(element, '.health-score')).toBeNull();
            expect($(element, 'lightning-icon').iconName).toBe('utility:help');
            expect($(element, 'lightning-icon').variant).toBeUndefined();
            expect($(element, '.health-badge').className).toContain('health-badge_not-scored');
        }
    });
});
