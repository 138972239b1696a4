import { createElement } from 'lwc';
import axe from 'axe-core';
import PlanDeltasView, { deltaGroups } from 'c/planDeltas';
import workspaceHistory from '../../planWorkspace/__tests__/data/workspaceHistory.json';

// The labels whose placeholders carry the numbers: their real text, so the tests read what the user reads.
jest.mock('@salesforce/label/c.History_Since_Snapshot', () => ({ default: 'Since the snapshot of {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.History_Since_Review', () => ({ default: 'Since the review on {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.History_Attainment_Points', () => ({ default: '{0} pts' }), { virtual: true });

type DeltasElement = HTMLElement & { deltas?: PlanDeltas | null };

interface ItemView {
    label: string;
    value: string;
    icon: string | null;
    direction: string | null;
    tone: 'success' | 'error' | 'neutral';
}

function deltas(): PlanDeltas {
    return JSON.parse(JSON.stringify(workspaceHistory.deltas)) as PlanDeltas;
}

function delta(overrides: Partial<PlanDelta>): PlanDelta {
    return { ...deltas().sinceLastSnapshot!, ...overrides };
}

async function render(value: PlanDeltas | null | undefined): Promise<DeltasElement> {
    const element = createElement('c-plan-deltas', { is: PlanDeltasView }) as DeltasElement;
    element.deltas = value;
    document.body.appendChild(element);
    await Promise.resolve();
    return element;
}

function groups(element: HTMLElement): HTMLElement[] {
    return Array.from(element.shadowRoot!.querySelectorAll('.delta-group'));
}

function items(group: HTMLElement): ItemView[] {
    return Array.from(group.querySelectorAll('.delta-item')).map((item) => {
        const icon = item.querySelector('lightning-icon') as
            (HTMLElement & { iconName: string; alternativeText: string }) | null;
        const value = item.querySelector('.delta-value') as HTMLElement;
        const tone = value.classList.contains('slds-text-color_success')
            ? 'success'
            : value.classList.contains('slds-text-color_error')
              ? 'error'
              : 'neutral';
        return {
            label: item.querySelector('dt')!.textContent!,
            value: value.textContent!,
            icon: icon ? icon.iconName : null,
            direction: icon ? icon.alternativeText : null,
            tone
        };
    });
}

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe('c-plan-deltas', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('renders nothing without deltas', async () => {
        const element = await render(undefined);
        expect(element.shadowRoot!.querySelector('section')).toBeNull();
    });

    it('says there is no earlier snapshot when the plan has no history', async () => {
        const element = await render({ currencyIsoCode: 'USD', sinceLastSnapshot: null, sinceLastReview: null });
        expect(element.shadowRoot!.querySelector('h3')!.textContent).toBe('c.History_Deltas_Title');
        expect(element.shadowRoot!.querySelector('.no-history')!.textContent).toBe('c.History_No_Snapshot');
        expect(groups(element)).toHaveLength(0);
        await expectAccessible(element);
    });

    it('shows the changes since the last snapshot and since the review with their direction in text', async () => {
        const element = await render(deltas());
        const [sinceSnapshot, sinceReview] = groups(element);
        expect(sinceSnapshot.querySelector('h4')!.textContent).toBe('Since the snapshot of Nov 23, 2026');
        expect(items(sinceSnapshot)).toEqual([
            {
                label: 'c.History_Won',
                value: '+$120,000',
                icon: 'utility:arrowup',
                direction: 'c.History_Up',
                tone: 'success'
            },
            {
                label: 'c.History_Forecast',
                value: '\u2212$40,000',
                icon: 'utility:arrowdown',
                direction: 'c.History_Down',
                tone: 'error'
            },
            {
                label: 'c.History_Attainment',
                value: '+5.6 pts',
                icon: 'utility:arrowup',
                direction: 'c.History_Up',
                tone: 'success'
            },
            {
                label: 'c.History_Newly_Overdue',
                value: 'c.History_No_Change',
                icon: null,
                direction: null,
                tone: 'neutral'
            }
        ]);
        expect(
            Array.from(sinceSnapshot.querySelectorAll('.delta-item')).map((item) => item.getAttribute('data-key'))
        ).toEqual(['won', 'forecast', 'attainment', 'overdue']);
        expect(sinceReview.querySelector('h4')!.textContent).toBe('Since the review on Oct 2, 2026');
        expect(items(sinceReview).map((item) => item.value)).toEqual(['+$473,000', '+$272,600', '+21.9 pts', '+1']);
        // One more overdue objective is bad news: the arrow goes up, the colour says "worse".
        expect(items(sinceReview)[3]).toMatchObject({
            icon: 'utility:arrowup',
            direction: 'c.History_Up',
            tone: 'error'
        });
        await expectAccessible(element);
    });

    it('shows falls with a minus sign and a down arrow', async () => {
        const element = await render({
            currencyIsoCode: 'USD',
            sinceLastSnapshot: delta({
                wonAmountChange: -120000,
                forecastChange: -1500000,
                attainmentPointsChange: -6.04,
                newlyOverdueObjectives: 2
            }),
            sinceLastReview: null
        });
        const [sinceSnapshot, sinceReview] = groups(element);
        expect(items(sinceSnapshot)).toEqual([
            {
                label: 'c.History_Won',
                value: '\u2212$120,000',
                icon: 'utility:arrowdown',
                direction: 'c.History_Down',
                tone: 'error'
            },
            {
                label: 'c.History_Forecast',
                value: '\u2212$1,500,000',
                icon: 'utility:arrowdown',
                direction: 'c.History_Down',
                tone: 'error'
            },
            {
                label: 'c.History_Attainment',
                value: '\u22126 pts',
                icon: 'utility:arrowdown',
                direction: 'c.History_Down',
                tone: 'error'
            },
            {
                label: 'c.History_Newly_Overdue',
                value: '+2',
                icon: 'utility:arrowup',
                direction: 'c.History_Up',
                tone: 'error'
            }
        ]);
        expect(sinceReview.querySelector('h4')).toBeNull();
        expect(sinceReview.querySelector('.group-empty')!.textContent).toBe('c.History_No_Review');
    });

    it('leaves out the attainment without a target and says "no change" for zero', async () => {
        const element = await render({
            currencyIsoCode: 'USD',
            sinceLastSnapshot: null,
            sinceLastReview: delta({
                baselineType: 'Review',
                wonAmountChange: 0,
                forecastChange: 0.4,
                attainmentPointsChange: null,
                newlyOverdueObjectives: 0
            })
        });
        const [sinceSnapshot, sinceReview] = groups(element);
        expect(sinceSnapshot.querySelector('.group-empty')!.textContent).toBe('c.History_No_Snapshot');
        expect(items(sinceReview).map((item) => [item.label, item.value])).toEqual([
            ['c.History_Won', 'c.History_No_Change'],
            ['c.History_Forecast', '+$0.40'],
            ['c.History_Newly_Overdue', 'c.History_No_Change']
        ]);
    });

    it('shows an attainment change that rounds to zero as no change', async () => {
        const element = await render({
            currencyIsoCode: 'USD',
            sinceLastSnapshot: delta({ attainmentPointsChange: 0.04 }),
            sinceLastReview: null
        });
        expect(items(groups(element)[0])[2]).toMatchObject({ value: 'c.History_No_Change', icon: null });
    });

    it('formats the amounts in the plan currency: euro and yen', async () => {
        const euro = await render({
            currencyIsoCode: 'EUR',
            sinceLastSnapshot: delta({ wonAmountChange: 120000, forecastChange: -40000 }),
            sinceLastReview: null
        });
        expect(
            items(groups(euro)[0])
                .map((item) => item.value)
                .slice(0, 2)
        ).toEqual(['+€120,000', '\u2212€40,000']);
        const yen = await render({
            currencyIsoCode: 'JPY',
            sinceLastSnapshot: delta({ wonAmountChange: 12500000, forecastChange: -950 }),
            sinceLastReview: null
        });
        expect(
            items(groups(yen)[0])
                .map((item) => item.value)
                .slice(0, 2)
        ).toEqual(['+¥12,500,000', '\u2212¥950']);
    });

    it('builds no group without deltas and an empty group without a baseline', () => {
        expect(deltaGroups(undefined)).toEqual([]);
        expect(deltaGroups(null)).toEqual([]);
        expect(deltaGroups({ currencyIsoCode: 'USD', sinceLastSnapshot: null, sinceLastReview: null })).toEqual([
            { key: 'snapshot', title: null, items: [], emptyText: 'c.History_No_Snapshot' },
            { key: 'review', title: null, items: [], emptyText: 'c.History_No_Review' }
        ]);
    });

    it('follows the deltas when the plan is refreshed', async () => {
        const element = await render({ currencyIsoCode: 'USD', sinceLastSnapshot: null, sinceLastReview: null });
        element.deltas = deltas();
        await Promise.resolve();
        expect(element.shadowRoot!.querySelector('.no-history')).toBeNull();
        expect(groups(element)).toHaveLength(2);
    });
});
