import '../../../../../../jest/useRealLabels';
import PlanningHomeAtRisk from 'c/planningHomeAtRisk';
import plansAtRisk from '../../planWorkspace/__tests__/data/plansAtRisk.json';
import { $, $$, flush, mount, navigations, resetDom } from '../../../../../../jest/testUtils';

const rows = plansAtRisk as PlanAtRiskRow[];
const create = (plans: unknown): HTMLElement => mount('c-planning-home-at-risk', PlanningHomeAtRisk, { plans });
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const column = (element: HTMLElement, selector: string): string[] =>
    $$(element, 'tr.at-risk-row').map((tr) => text(tr.querySelector(selector)));

describe('c-planning-home-at-risk', () => {
    afterEach(() => {
        resetDom();
    });

    it('lists the plans at risk, lowest score first, with the top reason in words', async () => {
        const element = create([rows[2], rows[0], rows[1]]);
        await flush();
        expect($(element, 'lightning-card').title).toBe('Plans at Risk (3)');
        expect(column(element, '.open-plan')).toEqual(['Globex FY2030', 'Acme Q3 2030', 'Initech H2 2030']);
        expect(column(element, '.top-reason')).toEqual([
            'Open pipeline covers 41% of the target still to win; 300% scores full',
            'Open pipeline covers 83% of the target still to win; 300% scores full',
            'No economic buyer mapped'
        ]);
        expect(column(element, '.account-name')).toEqual(['Globex Corporation', 'Acme Industrial', 'Initech']);
        expect(column(element, '.owner-name')).toEqual(['Maria Lopez', 'Sam Carter', 'Maria Lopez']);
        expect(column(element, '.end-date')[1]).toBe(
            new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
                new Date('2030-09-30T00:00:00Z')
            )
        );
        const badges = $$(element, 'c-plan-health-badge');
        expect(badges.map((badge) => badge.health.score)).toEqual([22, 36, 39]);
        expect(badges[0].health.statusLabel).toBe('At Risk');
        expect($(element, '.empty')).toBeNull();
    });

    it('heads the table with the column names and names the scrolling region and the table after the card', async () => {
        const element = create(rows);
        await flush();
        expect($$(element, 'thead th').map((th) => text(th))).toEqual([
            'Plan',
            'Score',
            'Top reason',
            'Account',
            'Owner',
            'Ends'
        ]);
        expect($(element, '[role="region"]').getAttribute('aria-label')).toBe('Plans at Risk (3)');
        expect(text($(element, 'caption'))).toBe('Plans at Risk (3)');
    });

    it('lists a plan whose health did not arrive last, without a reason, and the others by score', async () => {
        const element = create([
            { ...rows[0], id: 'a0B000000000008AAA', name: 'No health yet', health: null },
            ...rows
        ]);
        await flush();
        expect(column(element, '.open-plan')).toEqual([
            'Globex FY2030',
            'Acme Q3 2030',
            'Initech H2 2030',
            'No health yet'
        ]);
        expect(column(element, '.top-reason')[3]).toBe('');
        expect($$(element, 'c-plan-health-badge')[3].health).toBeNull();
    });

    it('opens the plan from its name, a keyboard-reachable button', async () => {
        const element = create(rows);
        await flush();
        const links = $$(element, 'button.open-plan');
        expect(links[1].tagName).toBe('BUTTON');
        links[1].click();
        expect(navigations()).toEqual([
            { type: 'standard__recordPage', attributes: { recordId: 'a0B5g00000PlanRk2AAA', actionName: 'view' } }
        ]);
    });

    it('says when no plan is at risk', async () => {
        const element = create([]);
        await flush();
        expect($(element, 'lightning-card').title).toBe('Plans at Risk (0)');
        expect($$(element, 'tr.at-risk-row')).toEqual([]);
        expect(text($(element, '.empty'))).toBe(
            'No plans at risk. Plans scoring below the Watch threshold appear here.'
        );
    });

    it('shows the title without a count before the list arrives, and copes with missing names and scores', async () => {
        const loading = create(undefined);
        const partial = create([
            { ...rows[0], id: 'a0B000000000009AAA', accountName: null, ownerName: null, endDate: null },
            {
                ...rows[1],
                health: { score: null, status: null, statusLabel: null, topReason: null, calculatedAt: null }
            }
        ]);
        await flush();
        expect($(loading, 'lightning-card').title).toBe('Plans at Risk');
        expect(text($(loading, '.empty'))).toBe(
            'No plans at risk. Plans scoring below the Watch threshold appear here.'
        );
        expect(column(partial, '.open-plan')).toEqual(['Globex FY2030', 'Acme Q3 2030']);
        expect(column(partial, '.account-name')).toEqual(['', 'Acme Industrial']);
        expect(column(partial, '.owner-name')).toEqual(['', 'Sam Carter']);
        expect(column(partial, '.end-date')).toEqual(['—', expect.any(String)]);
        expect(column(partial, '.top-reason')).toEqual([
            'Open pipeline covers 41% of the target still to win; 300% scores full',
            ''
        ]);
    });
});
