import PlanReviewAction from 'c/planReviewAction';
import PlanReviewModal from 'c/planReviewModal';
import workspaceReviews from '../../planWorkspace/__tests__/data/workspaceReviews.json';
import permissionsNoReview from '../../planWorkspace/__tests__/data/permissionsNoReview.json';
import { $, captureToasts, flush, mount, openMock, resetDom } from '../../../../../../jest/testUtils';

jest.mock('c/planReviewModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('@salesforce/customPermission/Review_Account_Plans', () => ({ __esModule: true, default: true }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Review_Success_Next',
    () => require('../../../../../../jest/realLabels').labelModule('Review_Success_Next'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Review_Success_Many',
    () => require('../../../../../../jest/realLabels').labelModule('Review_Success_Many'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Review_Modal_Title',
    () => require('../../../../../../jest/realLabels').labelModule('Review_Modal_Title'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Review_Action_Named',
    () => require('../../../../../../jest/realLabels').labelModule('Review_Action_Named'),
    { virtual: true }
);

const open = openMock(PlanReviewModal);
const PLAN_ID = 'a01000000000001AAA';
const RESULT = {
    planId: PLAN_ID,
    reviewId: 'a0C000000000009AAA',
    reviewDate: '2026-11-30',
    nextReviewDate: '2026-12-30'
};

const create = (props: Record<string, unknown> = {}) =>
    mount('c-plan-review-action', PlanReviewAction, {
        planId: PLAN_ID,
        planName: 'Northwind Traders 2026',
        permissions: workspaceReviews.permissions,
        ...props
    });

describe('c-plan-review-action', () => {
    afterEach(() => {
        resetDom();
    });

    it('offers Mark reviewed to a manager, named after the plan', () => {
        const element = create({ variant: 'brand' });
        const button = $(element, 'lightning-button.mark-reviewed');
        expect(button.label).toBe('c.Review_Mark_Reviewed');
        expect(button.title).toBe('Mark reviewed: Northwind Traders 2026');
        expect(button.variant).toBe('brand');
        expect(button.disabled).toBe(false);
        expect($(element, '.disabled-reason')).toBeNull();
    });

    it('is a neutral button unless the page asks for another variant', () => {
        const element = create();
        expect($(element, 'lightning-button.mark-reviewed').variant).toBe('neutral');
    });

    it('is disabled with the reason in words for a user who may not review', () => {
        const element = create({ permissions: permissionsNoReview });
        expect($(element, 'lightning-button.mark-reviewed').disabled).toBe(true);
        expect($(element, '.disabled-reason').textContent.trim()).toBe('Only managers can mark plans reviewed.');
    });

    it('falls back to the permission label when the server gives no reason', () => {
        const element = create({ permissions: { ...permissionsNoReview, markReviewedDisabledReason: null } });
        expect($(element, '.disabled-reason').textContent.trim()).toBe('c.Review_Disabled_No_Permission');
    });

    it('is disabled without a plan', () => {
        const element = create({ planId: undefined });
        expect($(element, 'lightning-button.mark-reviewed').disabled).toBe(true);
        expect($(element, '.disabled-reason')).toBeNull();
    });

    it('marks the plan reviewed: dialog, toast with the next review date, planchange', async () => {
        open.mockResolvedValue([RESULT]);
        const element = create();
        const toasts = captureToasts(element);
        const planChange = jest.fn();
        document.body.addEventListener('planchange', planChange);
        $(element, 'lightning-button.mark-reviewed').click();
        await flush();
        expect(open).toHaveBeenCalledWith({
            label: 'Mark Northwind Traders 2026 reviewed',
            size: 'small',
            planIds: [PLAN_ID]
        });
        expect(toasts).toHaveBeenCalledTimes(1);
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'c.Review_Success',
            message: 'Next review: Dec 30, 2026.',
            variant: 'success'
        });
        expect(planChange).toHaveBeenCalledTimes(1);
        expect(planChange.mock.calls[0][0].detail).toEqual({ planIds: [PLAN_ID], reviewed: [RESULT] });
        document.body.removeEventListener('planchange', planChange);
    });

    it('reviews several plans of a list at once and counts them in the toast', async () => {
        open.mockResolvedValue([RESULT, { ...RESULT, planId: 'a01000000000002AAA' }]);
        const element = create({ planId: undefined, planName: undefined, planIds: [PLAN_ID, 'a01000000000002AAA'] });
        const toasts = captureToasts(element);
        $(element, 'lightning-button.mark-reviewed').click();
        await flush();
        expect(open.mock.calls[0][0]).toEqual({
            label: 'c.Review_Mark_Reviewed',
            size: 'small',
            planIds: [PLAN_ID, 'a01000000000002AAA']
        });
        expect(toasts.mock.calls[0][0].detail.message).toBe('2 plans marked reviewed.');
    });

    it('marks the page plan when the list of plans is empty', async () => {
        open.mockResolvedValue(undefined);
        const element = create({ planIds: [] });
        expect($(element, 'lightning-button.mark-reviewed').disabled).toBe(false);
        $(element, 'lightning-button.mark-reviewed').click();
        await flush();
        expect(open.mock.calls[0][0].planIds).toEqual([PLAN_ID]);
    });

    it('gives focus back to the button after a review is saved', async () => {
        open.mockResolvedValue([RESULT]);
        const element = create();
        const button = $(element, 'lightning-button.mark-reviewed');
        button.focus = jest.fn();
        button.click();
        await flush();
        expect(button.focus).toHaveBeenCalledTimes(1);
    });

    it('changes nothing when the dialog is cancelled, and gives focus back to the button', async () => {
        open.mockResolvedValue(undefined);
        const element = create();
        const toasts = captureToasts(element);
        const planChange = jest.fn();
        element.addEventListener('planchange', planChange);
        const button = $(element, 'lightning-button.mark-reviewed');
        button.focus = jest.fn();
        button.click();
        await flush();
        expect(toasts).not.toHaveBeenCalled();
        expect(planChange).not.toHaveBeenCalled();
        expect(button.focus).toHaveBeenCalled();
    });
});
