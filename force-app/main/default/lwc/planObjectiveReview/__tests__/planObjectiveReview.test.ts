import PlanObjectiveReview from 'c/planObjectiveReview';
import PlanReviewModal from 'c/planReviewModal';
import workspaceReviews from '../../planWorkspace/__tests__/data/workspaceReviews.json';
import permissionsNoReview from '../../planWorkspace/__tests__/data/permissionsNoReview.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import { $, captureToasts, flush, mount, openMock, resetDom } from '../../../../../../jest/testUtils';

jest.mock('c/planReviewModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
const realLabel = (name: string) => require('../../../../../../jest/realLabels').labelModule(name);
jest.mock('@salesforce/label/c.Review_Last_Reviewed', () => realLabel('Review_Last_Reviewed'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Last_Reviewed_By', () => realLabel('Review_Last_Reviewed_By'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Review_Objective_Action_Named', () => realLabel('Review_Objective_Action_Named'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Review_Objective_Title', () => realLabel('Review_Objective_Title'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Review_Objective_Success', () => realLabel('Review_Objective_Success'), {
    virtual: true
});

const open = openMock(PlanReviewModal);
const reviews = workspaceReviews.reviews as ReviewTimelineRow[];
const baseObjective = (workspaceBehind as unknown as PlanWorkspace).objectives[0];
/** The objective the fixture's objective review is about, reviewed on that day. */
const OBJECTIVE: ObjectiveRow = {
    ...baseObjective,
    id: 'a02000000000002AAA',
    name: 'Land analytics pilot in Retail',
    lastReviewedDate: '2026-10-02'
};

const create = (props: Record<string, unknown> = {}) =>
    mount('c-plan-objective-review', PlanObjectiveReview, {
        objective: OBJECTIVE,
        reviews,
        permissions: workspaceReviews.permissions,
        ...props
    });
const text = (element: HTMLElement | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('c-plan-objective-review', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows the last review with its date and reviewer', () => {
        const element = create();
        expect(text($(element, '.last-reviewed'))).toBe('Last reviewed Oct 2, 2026 by Sofia Becker');
    });

    it('shows the date alone when the review is not in the history', () => {
        const element = create({ objective: { ...OBJECTIVE, lastReviewedDate: '2026-09-15' } });
        expect(text($(element, '.last-reviewed'))).toBe('Last reviewed Sep 15, 2026');
    });

    it('names the reviewer the objective records, also for a review older than the history shows', () => {
        const element = create({
            objective: { ...OBJECTIVE, lastReviewedDate: '2026-09-15', lastReviewedByName: 'Marcus Lee' }
        });
        expect(text($(element, '.last-reviewed'))).toBe('Last reviewed Sep 15, 2026 by Marcus Lee');
    });

    it('shows the date alone when the plan passes no review history', () => {
        const element = create({ reviews: undefined });
        expect(text($(element, '.last-reviewed'))).toBe('Last reviewed Oct 2, 2026');
    });

    it('before its objective is set: never reviewed, Review disabled and named without an objective', () => {
        const element = create({ objective: undefined });
        expect(text($(element, '.last-reviewed'))).toBe('c.Review_Never_Reviewed');
        const button = $(element, 'lightning-button.review-objective');
        expect(button.disabled).toBe(true);
        expect(button.title).toBe('Review: ');
    });

    it('says when the objective was never reviewed', () => {
        const element = create({ objective: { ...OBJECTIVE, lastReviewedDate: null } });
        expect(text($(element, '.last-reviewed'))).toBe('c.Review_Never_Reviewed');
    });

    it('ignores plan reviews and other objectives of the same day', () => {
        const element = create({
            reviews: [reviews[1], { ...reviews[0], objectiveId: 'a02000000000009AAA' }]
        });
        expect(text($(element, '.last-reviewed'))).toBe('Last reviewed Oct 2, 2026');
    });

    it('offers Review to a manager, named after the objective', () => {
        const element = create();
        const button = $(element, 'lightning-button.review-objective');
        expect(button.label).toBe('c.Review_Objective_Action');
        expect(button.title).toBe('Review: Land analytics pilot in Retail');
        expect(button.disabled).toBe(false);
        expect($(element, '.disabled-reason')).toBeNull();
    });

    it('is disabled with the reason in words for a user who may not review', () => {
        const element = create({ permissions: permissionsNoReview });
        expect($(element, 'lightning-button.review-objective').disabled).toBe(true);
        expect(text($(element, '.disabled-reason'))).toBe('Only managers can mark plans reviewed.');
        const fallback = create({ permissions: { ...permissionsNoReview, markReviewedDisabledReason: null } });
        expect(text($(fallback, '.disabled-reason'))).toBe('c.Review_Disabled_No_Permission');
    });

    it('is disabled without permissions', () => {
        const element = create({ permissions: undefined });
        expect($(element, 'lightning-button.review-objective').disabled).toBe(true);
    });

    it('records a review: dialog for the objective, toast with the date, planchange', async () => {
        open.mockResolvedValue({ objectiveId: OBJECTIVE.id, reviewId: 'a0C000000000010AAA', reviewDate: '2026-11-27' });
        const element = create();
        const toasts = captureToasts(element);
        const planChange = jest.fn();
        document.body.addEventListener('planchange', planChange);
        $(element, 'lightning-button.review-objective').click();
        await flush();
        expect(open).toHaveBeenCalledWith({
            label: 'Review Land analytics pilot in Retail',
            size: 'small',
            objectiveId: OBJECTIVE.id
        });
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'c.Review_Success',
            message: 'Objective review recorded for Nov 27, 2026.',
            variant: 'success'
        });
        expect(planChange).toHaveBeenCalledTimes(1);
        expect(planChange.mock.calls[0][0].detail).toEqual({ objectiveId: OBJECTIVE.id });
        document.body.removeEventListener('planchange', planChange);
    });

    it('gives focus back to Review after the dialog, saved or cancelled', async () => {
        const element = create();
        const button = $(element, 'lightning-button.review-objective');
        button.focus = jest.fn();
        open.mockResolvedValue({ objectiveId: OBJECTIVE.id, reviewId: 'a0C000000000010AAA', reviewDate: '2026-11-27' });
        button.click();
        await flush();
        expect(button.focus).toHaveBeenCalledTimes(1);
        open.mockResolvedValue(undefined);
        button.click();
        await flush();
        expect(button.focus).toHaveBeenCalledTimes(2);
    });

    it('changes nothing when the dialog is cancelled', async () => {
        open.mockResolvedValue(undefined);
        const element = create();
        const toasts = captureToasts(element);
        const planChange = jest.fn();
        element.addEventListener('planchange', planChange);
        $(element, 'lightning-button.review-objective').click();
        await flush();
        expect(toasts).not.toHaveBeenCalled();
        expect(planChange).not.toHaveBeenCalled();
    });
});
