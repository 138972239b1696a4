import '../../../../../../jest/useRealLabels';
import { coverageText, healthText } from 'c/planReviewFormat';

describe('c/planReviewFormat', () => {
    it('writes health in words with its score', () => {
        expect(healthText('At Risk', 38)).toBe('At Risk (38)');
        expect(healthText('Healthy', 0)).toBe('Healthy (0)');
    });

    it('shows a dash for a missing score, never an empty pair of brackets', () => {
        expect(healthText('At Risk', null)).toBe('At Risk (—)');
        expect(healthText('Watch', undefined)).toBe('Watch (—)');
    });

    it('shows an unknown status as it is, and a dash before the first calculation', () => {
        expect(healthText('Paused', 12)).toBe('Paused');
        expect(healthText(null, 12)).toBe('—');
        expect(healthText(undefined, undefined)).toBe('—');
    });

    it('writes pipeline coverage as a ratio, and a lone dash without one', () => {
        expect(coverageText(2.856)).toBe('2.86×');
        expect(coverageText(0)).toBe('0×');
        expect(coverageText(null)).toBe('—');
        expect(coverageText(undefined)).toBe('—');
    });
});
