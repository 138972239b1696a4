import PlanReviewAction from 'c/planReviewAction';
import { $, mount, resetDom } from '../../../../../../jest/testUtils';

// Planning Home passes no workspace permissions: the Review Account Plans custom permission decides.
jest.mock('c/planReviewModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('@salesforce/customPermission/Review_Account_Plans', () => ({ __esModule: true, default: undefined }), {
    virtual: true
});

describe('c-plan-review-action on Planning Home without Review Account Plans', () => {
    afterEach(() => {
        resetDom();
    });

    it('is disabled and says only managers can mark plans reviewed', () => {
        const element = mount('c-plan-review-action', PlanReviewAction, { planIds: ['a01000000000002AAA'] });
        expect($(element, 'lightning-button.mark-reviewed').disabled).toBe(true);
        expect($(element, '.disabled-reason').textContent.trim()).toBe('c.Review_Disabled_No_Permission');
    });
});
