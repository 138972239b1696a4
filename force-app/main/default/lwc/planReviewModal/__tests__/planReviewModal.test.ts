import PlanReviewModal from 'c/planReviewModal';
import LightningModal from 'lightning/modal';
import markPlansReviewed from '@salesforce/apex/PlanReviewController.markPlansReviewed';
import markObjectiveReviewed from '@salesforce/apex/PlanReviewController.markObjectiveReviewed';
import { todayIso } from 'c/planUtils';
import { $, flush, mockOf, mount, resetDom } from '../../../../../../jest/testUtils';
import { labelText as realLabel } from '../../../../../../jest/realLabels';

// sfdx-lwc-jest ships no lightning/modal stub: a minimal LightningModal with the public API the component uses.
// As on the platform, close() does nothing while disableClose is set; closeSpy records the closes that happen.
jest.mock(
    'lightning/modal',
    () => {
        const lwcModule = jest.requireActual('lwc');
        const mockCloseSpy = jest.fn();
        const MockLightningModal = class extends lwcModule.LightningElement {
            close(result: unknown) {
                if (!(this as { disableClose?: boolean }).disableClose) {
                    mockCloseSpy(result);
                }
                return Promise.resolve();
            }
        };
        Object.assign(MockLightningModal, { open: jest.fn(), closeSpy: mockCloseSpy });
        lwcModule.registerDecorators(MockLightningModal, {
            publicProps: { label: { config: 0 }, size: { config: 0 }, disableClose: { config: 0 } }
        });
        return { __esModule: true, default: MockLightningModal };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/PlanReviewController.markPlansReviewed', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PlanReviewController.markObjectiveReviewed', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Review_Modal_Intro',
    () => require('../../../../../../jest/realLabels').labelModule('Review_Modal_Intro'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Review_Modal_Intro_Many',
    () => require('../../../../../../jest/realLabels').labelModule('Review_Modal_Intro_Many'),
    { virtual: true }
);

const closeSpy = (LightningModal as unknown as { closeSpy: jest.Mock }).closeSpy;
const PLAN_RESULT = [
    {
        planId: 'a01000000000001AAA',
        reviewId: 'a0C000000000009AAA',
        reviewDate: '2026-11-30',
        nextReviewDate: '2026-12-30'
    }
];

const create = (props: Record<string, unknown>) =>
    mount('c-plan-review-modal', PlanReviewModal, { label: 'Mark Northwind Traders 2026 reviewed', ...props });

const typeComments = (element: HTMLElement, value: string) =>
    $(element, 'lightning-textarea.comments').dispatchEvent(new CustomEvent('change', { detail: { value } }));

describe('c-plan-review-modal', () => {
    afterEach(() => {
        resetDom();
        closeSpy.mockClear();
    });

    it('explains what a plan review records and offers optional comments within the server limit', () => {
        const element = create({ planIds: ['a01000000000001AAA'] });
        expect($(element, 'lightning-modal-header').label).toBe('Mark Northwind Traders 2026 reviewed');
        expect($(element, 'p.intro').textContent).toBe(realLabel('Review_Modal_Intro'));
        const comments = $(element, 'lightning-textarea.comments');
        expect(comments.value).toBe('');
        expect(comments.maxLength).toBe(32768);
        expect(comments.required).toBeFalsy();
        expect($(element, 'lightning-input.review-date')).toBeNull();
        expect($(element, 'lightning-button.confirm').label).toBe('c.Review_Mark_Reviewed');
    });

    it('says how many plans a list review covers', () => {
        const element = create({ planIds: ['a01000000000001AAA', 'a01000000000002AAA'] });
        expect($(element, 'p.intro').textContent).toBe(
            '2 plans will be marked reviewed today with the same comments. The next review date of each is recalculated.'
        );
    });

    it('marks the plans reviewed with the comments and closes with the results', async () => {
        mockOf(markPlansReviewed).mockResolvedValue(PLAN_RESULT);
        const element = create({ planIds: ['a01000000000001AAA'] });
        typeComments(element, 'Good coverage; push the renewal.');
        await flush();
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markPlansReviewed).toHaveBeenCalledWith({
            planIds: ['a01000000000001AAA'],
            comments: 'Good coverage; push the renewal.'
        });
        expect(closeSpy).toHaveBeenCalledWith(PLAN_RESULT);
    });

    it('sends no comments when the field is blank', async () => {
        mockOf(markPlansReviewed).mockResolvedValue(PLAN_RESULT);
        const element = create({ planIds: ['a01000000000001AAA'] });
        typeComments(element, '   ');
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markPlansReviewed).toHaveBeenCalledWith({ planIds: ['a01000000000001AAA'], comments: null });
    });

    it('sends no comments when the manager writes none', async () => {
        mockOf(markPlansReviewed).mockResolvedValue(PLAN_RESULT);
        const element = create({ planIds: ['a01000000000001AAA'] });
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markPlansReviewed).toHaveBeenCalledWith({ planIds: ['a01000000000001AAA'], comments: null });
        expect(closeSpy).toHaveBeenCalledWith(PLAN_RESULT);
    });

    it('sends no comments when the field reports no value after clearing', async () => {
        mockOf(markPlansReviewed).mockResolvedValue(PLAN_RESULT);
        const element = create({ planIds: ['a01000000000001AAA'] });
        typeComments(element, 'Draft');
        $(element, 'lightning-textarea.comments').dispatchEvent(new CustomEvent('change', { detail: { value: null } }));
        await flush();
        expect($(element, 'lightning-textarea.comments').value).toBe('');
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markPlansReviewed).toHaveBeenCalledWith({ planIds: ['a01000000000001AAA'], comments: null });
    });

    it('locks the dialog while saving: Save disabled, a saving status, no close, no second call', async () => {
        let resolveSave: (value: unknown) => void = () => undefined;
        mockOf(markPlansReviewed).mockReturnValue(new Promise((resolve) => (resolveSave = resolve)));
        const element = create({ planIds: ['a01000000000001AAA'] });
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect($(element, 'lightning-button.confirm').disabled).toBe(true);
        expect($(element, '[role="status"]').textContent).toBe('c.Modal_Saving');
        expect((element as HTMLElement & { disableClose: boolean }).disableClose).toBe(true);
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markPlansReviewed).toHaveBeenCalledTimes(1);
        resolveSave(PLAN_RESULT);
        await flush();
        expect((element as HTMLElement & { disableClose: boolean }).disableClose).toBe(false);
        expect(closeSpy).toHaveBeenCalledWith(PLAN_RESULT);
    });

    it('keeps the dialog open with the server refusal in the error panel', async () => {
        mockOf(markPlansReviewed).mockRejectedValue({ body: { message: 'Only managers can mark plans reviewed.' } });
        const element = create({ planIds: ['a01000000000001AAA'] });
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(closeSpy).not.toHaveBeenCalled();
        expect($(element, 'c-error-panel').errors).toEqual({
            body: { message: 'Only managers can mark plans reviewed.' }
        });
        expect($(element, 'lightning-button.confirm').disabled).toBe(false);
        expect((element as HTMLElement & { disableClose: boolean }).disableClose).toBe(false);
    });

    it('does not save while the inputs are invalid', async () => {
        const element = create({ planIds: ['a01000000000001AAA'] });
        $(element, 'lightning-textarea.comments').reportValidity = () => false;
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markPlansReviewed).not.toHaveBeenCalled();
    });

    it('closes without saving on Cancel', async () => {
        const element = create({ planIds: ['a01000000000001AAA'] });
        $(element, 'lightning-button.cancel').click();
        await flush();
        expect(closeSpy).toHaveBeenCalledWith(undefined);
        expect(markPlansReviewed).not.toHaveBeenCalled();
    });

    it('reviews an objective on a date no later than today', async () => {
        const result = { objectiveId: 'a02000000000002AAA', reviewId: 'a0C000000000010AAA', reviewDate: '2026-11-27' };
        mockOf(markObjectiveReviewed).mockResolvedValue(result);
        const element = create({ objectiveId: 'a02000000000002AAA' });
        expect($(element, 'p.intro').textContent).toBe('c.Review_Objective_Intro');
        const date = $(element, 'lightning-input.review-date');
        expect(date.value).toBe(todayIso());
        expect(date.max).toBe(todayIso());
        expect(date.messageWhenRangeOverflow).toBe('c.Review_Date_Future');
        expect($(element, 'lightning-button.confirm').label).toBe('c.Review_Objective_Action');
        date.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-11-27' } }));
        typeComments(element, 'Sponsor found.');
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markObjectiveReviewed).toHaveBeenCalledWith({
            objectiveId: 'a02000000000002AAA',
            comments: 'Sponsor found.',
            reviewDate: '2026-11-27'
        });
        expect(markPlansReviewed).not.toHaveBeenCalled();
        expect(closeSpy).toHaveBeenCalledWith(result);
    });

    it('sends no review date when the date field reports no value after clearing', async () => {
        mockOf(markObjectiveReviewed).mockResolvedValue({ objectiveId: 'a02000000000002AAA' });
        const element = create({ objectiveId: 'a02000000000002AAA' });
        $(element, 'lightning-input.review-date').dispatchEvent(new CustomEvent('change', { detail: { value: null } }));
        await flush();
        expect($(element, 'lightning-input.review-date').value).toBe('');
        $(element, 'lightning-button.confirm').click();
        await flush();
        expect(markObjectiveReviewed).toHaveBeenCalledWith({
            objectiveId: 'a02000000000002AAA',
            comments: null,
            reviewDate: null
        });
    });
});
