import axe from 'axe-core';
import PlanOpportunityCards from 'c/planOpportunityCards';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const ROWS = [
    {
        id: '006000000000001AAA',
        name: 'Northwind Traders - Platform renewal',
        recordUrl: '/lightning/r/Opportunity/006000000000001AAA/view',
        stageName: 'Proposal/Price Quote',
        closeDateText: 'Dec 15, 2026',
        amountText: '$120,000',
        probabilityText: '60%',
        expectedRevenueText: '$72,000',
        ownerName: 'Maria Lopez'
    },
    {
        id: '006000000000002AAA',
        name: 'Northwind Traders - Analytics',
        recordUrl: '/lightning/r/Opportunity/006000000000002AAA/view',
        stageName: 'Closed Won',
        closeDateText: 'Mar 3, 2026',
        amountText: '€1,234.50',
        probabilityText: '100%',
        expectedRevenueText: '€1,234.50',
        ownerName: 'James Chen'
    }
];

describe('c-plan-opportunity-cards', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows each opportunity as a card with its name as a link and every column as a label and value', async () => {
        const element = mount('c-plan-opportunity-cards', PlanOpportunityCards, { rows: ROWS });
        await flush();
        expect($(element, 'ul.cards').getAttribute('aria-label')).toBe('Linked Opportunities');
        const cards = $$(element, 'li.card');
        expect(cards.map((card) => card.dataset.id)).toEqual(['006000000000001AAA', '006000000000002AAA']);
        const link = cards[0].querySelector('h3 a');
        expect(link.textContent).toBe('Northwind Traders - Platform renewal');
        expect(link.getAttribute('href')).toBe('/lightning/r/Opportunity/006000000000001AAA/view');
        const terms = Array.from(cards[0].querySelectorAll('dt')).map((node) => (node as HTMLElement).textContent);
        const values = Array.from(cards[0].querySelectorAll('dd')).map((node) => (node as HTMLElement).textContent);
        expect(terms).toEqual(['Stage', 'Close Date', 'Amount', 'Probability (%)', 'Expected Revenue', 'Owner']);
        expect(values).toEqual(['Proposal/Price Quote', 'Dec 15, 2026', '$120,000', '60%', '$72,000', 'Maria Lopez']);
        expect(cards[1].querySelector('.amount').textContent).toBe('€1,234.50');
        const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });

    it('shows nothing without rows', async () => {
        const element = mount('c-plan-opportunity-cards', PlanOpportunityCards);
        await flush();
        expect($$(element, 'li')).toHaveLength(0);
    });
});
