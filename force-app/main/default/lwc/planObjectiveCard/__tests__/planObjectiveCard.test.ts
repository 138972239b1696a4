import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanObjectiveCard from 'c/planObjectiveCard';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import { $, flush, mount, resetDom } from '../../../../../../jest/testUtils';
import { spyFocus } from '../../../../../../jest/sectionTestUtils';

const [RENEW] = workspaceAhead.objectives as unknown as ObjectiveRow[];

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function create(properties: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = mount('c-plan-objective-card', PlanObjectiveCard, { objective: RENEW, ...properties });
    await flush();
    return element;
}

const statusBadge = (element: HTMLElement): any => $(element, 'lightning-badge');
const menu = (element: HTMLElement): any => $(element, 'c-plan-row-actions');
const EDIT = { value: 'edit', label: label('Common_Edit') };
const REVIEW = { value: 'review', label: label('Objectives_Review') };
const DELETE = { value: 'delete', label: label('Common_Delete') };

describe('c-plan-objective-card', () => {
    afterEach(() => {
        resetDom();
    });

    it.each([
        ['On Track', 'slds-theme_success'],
        ['Achieved', 'slds-theme_success'],
        ['At Risk', 'slds-theme_warning'],
        ['Off Track', 'slds-theme_error'],
        ['Missed', 'slds-theme_error'],
        ['Not Started', '']
    ])('colours the %s status badge with "%s"', async (status, className) => {
        const element = await create({ objective: { ...RENEW, status } });
        expect(statusBadge(element).label).toBe(status);
        expect(statusBadge(element).className).toBe(className);
    });

    it('shows a collapsed toggle that controls the actions region, and expands it on click', async () => {
        const element = await create();
        const toggle = $(element, 'button.actions-toggle');
        expect(toggle.querySelector('lightning-icon').iconName).toBe('utility:chevronright');
        // LWC makes the id unique per render by appending a suffix; the region's own id follows.
        expect(toggle.getAttribute('aria-controls')).toMatch(new RegExp(`^actions-${RENEW.id}-\\d+$`));
        expect($(element, '.actions-region')).toBeNull();
        toggle.click();
        await flush();
        expect(toggle.querySelector('lightning-icon').iconName).toBe('utility:chevrondown');
        const region = $(element, '.actions-region');
        expect(toggle.getAttribute('aria-controls')).toBe(region.getAttribute('id'));
        toggle.click();
        await flush();
        expect(toggle.querySelector('lightning-icon').iconName).toBe('utility:chevronright');
        expect($(element, '.actions-region')).toBeNull();
    });

    it('counts no actions, and passes none on, for an objective without actions', async () => {
        const element = await create({ objective: { ...RENEW, actions: undefined } });
        const toggle = $(element, 'button.actions-toggle');
        expect(text(toggle)).toBe('Actions (0)');
        toggle.click();
        await flush();
        expect($(element, 'c-plan-objective-actions').actions).toEqual([]);
    });

    it('offers no row menu by default', async () => {
        const element = await create();
        expect(menu(element)).toBeNull();
    });

    it('offers Edit, Review and Delete, in that order, to a user who manages and reviews the plan', async () => {
        const element = await create({ canManage: true, canReview: true });
        expect(menu(element).items).toStrictEqual([EDIT, REVIEW, DELETE]);
        expect(menu(element).recordId).toBe(RENEW.id);
        expect(menu(element).recordName).toBe(RENEW.name);
    });

    it('offers Edit and Delete to a user who manages but does not review the plan', async () => {
        const element = await create({ canManage: true });
        expect(menu(element).items).toStrictEqual([EDIT, DELETE]);
    });

    it('offers only Review to a reviewer who does not manage the plan', async () => {
        const element = await create({ canReview: true });
        expect(menu(element).items).toStrictEqual([REVIEW]);
    });

    it('focuses its row menu when asked, and says false when it has none', async () => {
        const element = await create({ canManage: true });
        const focus = spyFocus(menu(element));
        expect((element as any).focusMenu()).toBe(true);
        expect(focus).toHaveBeenCalledTimes(1);
        const readOnlyCard = await create();
        expect((readOnlyCard as any).focusMenu()).toBe(false);
    });
});
