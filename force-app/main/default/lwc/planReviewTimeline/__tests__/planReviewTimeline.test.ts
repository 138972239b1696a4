import PlanReviewTimeline from 'c/planReviewTimeline';
import workspaceReviews from '../../planWorkspace/__tests__/data/workspaceReviews.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

const realLabel = (name: string) => require('../../../../../../jest/realLabels').labelModule(name);
jest.mock('@salesforce/label/c.Review_Timeline_Objective', () => realLabel('Review_Timeline_Objective'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Review_Timeline_By', () => realLabel('Review_Timeline_By'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Timeline_Progress', () => realLabel('Review_Timeline_Progress'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Review_Timeline_Objectives', () => realLabel('Review_Timeline_Objectives'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Review_Health_Healthy', () => realLabel('Review_Health_Healthy'), { virtual: true });
jest.mock('@salesforce/label/c.Review_Health_Watch', () => realLabel('Review_Health_Watch'), { virtual: true });

const reviews = workspaceReviews.reviews as ReviewTimelineRow[];
const create = (rows: ReviewTimelineRow[] | undefined = reviews) =>
    mount('c-plan-review-timeline', PlanReviewTimeline, { reviews: rows });

const text = (element: HTMLElement | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('c-plan-review-timeline', () => {
    afterEach(() => {
        resetDom();
    });

    it('lists the reviews newest first in an ordered list under a heading', () => {
        const element = create();
        expect(text($(element, 'h2'))).toBe('c.Review_Timeline_Title');
        expect($(element, 'ol').getAttribute('aria-label')).toBe('c.Review_Timeline_Title');
        const items = $$(element, 'ol > li');
        expect(items.map((item) => item.dataset.id)).toEqual(reviews.map((row) => row.id));
        expect(items.map((item) => text(item.querySelector('h3')))).toEqual([
            'Objective review: Land analytics pilot in Retail',
            'c.Review_Timeline_Plan',
            'c.Review_Timeline_Plan'
        ]);
        expect(items.map((item) => item.querySelector('lightning-icon').iconName)).toEqual([
            'standard:goals',
            'standard:approval',
            'standard:approval'
        ]);
        expect($(element, 'p.empty')).toBeNull();
    });

    it('shows the date in the user locale, the reviewer and the comments', () => {
        const element = create();
        const plan = $$(element, 'li.review-plan')[0];
        expect(text(plan.querySelector('.meta'))).toBe('Oct 2, 2026 · Reviewed by Sofia Becker');
        expect(text(plan.querySelector('.comments'))).toBe(reviews[1].comments);
        const older = $$(element, 'li.review-plan')[1];
        expect(text(older.querySelector('.meta'))).toBe('Jul 1, 2026 · Reviewed by Sofia Becker');
        expect(text(older.querySelector('.comments'))).toBe('c.Review_Timeline_No_Comments');
    });

    it('shows the plan numbers at review time in the plan currency, health in words', () => {
        const element = create();
        const plan = $$(element, 'li.review-plan')[0];
        const figure = (key: string) => text(plan.querySelector(`dd.figure-${key}`));
        expect(figure('status')).toBe('Active');
        expect(figure('health')).toBe('Healthy (74)');
        expect(figure('target')).toBe('$2,160,000');
        expect(figure('won')).toBe('$1,710,000');
        expect(figure('forecast')).toBe('$2,094,500');
        expect(figure('variance')).toBe('-$65,500');
        expect(figure('attainment')).toBe('79.2%');
        expect(figure('coverage')).toBe('2.86×');
        expect(figure('objectives')).toBe('2 open, 0 overdue');
        expect(plan.querySelectorAll('dt')).toHaveLength(9);
        const older = $$(element, 'li.review-plan')[1];
        expect(text(older.querySelector('dd.figure-health'))).toBe('Watch (52)');
        expect(text(older.querySelector('dd.figure-objectives'))).toBe('3 open, 1 overdue');
    });

    it('shows an objective review with the status and progress it had, without plan numbers', () => {
        const element = create();
        const objective = $(element, 'li.review-objective');
        expect(text(objective.querySelector('.objective-progress'))).toBe('At Risk, 36% complete');
        expect(objective.querySelector('dl')).toBeNull();
        expect(objective.querySelector('c-plan-record-link')).toBeNull();
    });

    it('links the snapshot of the review day when there is one', async () => {
        const element = create();
        await flush();
        const links = $$(element, 'c-plan-record-link.snapshot-link');
        expect(links).toHaveLength(1);
        expect(links[0].recordId).toBe('a0B000000000002AAA');
        expect(links[0].label).toBe('c.Review_Timeline_Snapshot');
    });

    it('shows amounts in the currency the review was recorded in', () => {
        const element = create([{ ...reviews[1], currencyIsoCode: 'EUR' }]);
        expect(text($(element, 'dd.figure-won'))).toBe('€1,710,000');
    });

    it('shows dashes for numbers the plan did not have', () => {
        const element = create([
            {
                ...reviews[2],
                healthStatus: null,
                healthScore: null,
                revenueTarget: null,
                attainmentPercent: null,
                pipelineCoverage: null,
                openObjectives: null,
                reviewerName: null,
                planStatus: null
            }
        ]);
        expect(text($(element, 'dd.figure-health'))).toBe('—');
        expect(text($(element, 'dd.figure-target'))).toBe('—');
        expect(text($(element, 'dd.figure-attainment'))).toBe('—');
        expect(text($(element, 'dd.figure-coverage'))).toBe('—');
        expect(text($(element, 'dd.figure-objectives'))).toBe('—');
        expect(text($(element, 'dd.figure-status'))).toBe('—');
        expect(text($(element, '.meta'))).toBe('Jul 1, 2026');
    });

    it('names a deleted objective with a dash and leaves out progress it never had', () => {
        const element = create([
            { ...reviews[0], objectiveName: null, objectiveStatus: null, objectiveProgressPercent: null }
        ]);
        expect(text($(element, 'h3'))).toBe('Objective review: —');
        expect($(element, '.objective-progress')).toBeNull();
    });

    it('shows the status alone for an objective without a target, and a dash for a status not recorded', () => {
        const element = create([
            { ...reviews[0], objectiveProgressPercent: null },
            { ...reviews[0], id: 'a0C000000000004AAA', objectiveStatus: null }
        ]);
        const progress = $$(element, '.objective-progress').map((p) => text(p));
        expect(progress).toEqual(['At Risk', '—, 36% complete']);
    });

    it('rounds objective progress to whole percent and counts no overdue objectives when none were recorded', () => {
        const element = create([
            { ...reviews[0], objectiveProgressPercent: 36.6 },
            { ...reviews[1], overdueObjectives: null }
        ]);
        expect(text($(element, '.objective-progress'))).toBe('At Risk, 37% complete');
        expect(text($(element, 'dd.figure-objectives'))).toBe('2 open, 0 overdue');
    });

    it('shows objective progress and a snapshot link only for the review kind they belong to', async () => {
        const element = create([
            { ...reviews[1], objectiveStatus: 'On Track', objectiveProgressPercent: 50 },
            { ...reviews[0], snapshotId: 'a0B000000000009AAA' }
        ]);
        await flush();
        expect($$(element, '.objective-progress').map((p) => text(p))).toEqual(['At Risk, 36% complete']);
        expect($(element, 'li.review-plan .objective-progress')).toBeNull();
        expect($$(element, 'c-plan-record-link.snapshot-link').map((link) => link.recordId)).toEqual([
            'a0B000000000002AAA'
        ]);
    });

    it('renders each review and figure once, under a distinct key (no LWC duplicate-key error)', async () => {
        const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const element = create();
            await flush();
            expect($$(element, 'dl.figures > dt')).toHaveLength(18);
            expect($$(element, 'dl.figures > dd')).toHaveLength(18);
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });

    it('says there are no reviews yet', () => {
        const element = create([]);
        expect($(element, 'ol')).toBeNull();
        expect(text($(element, 'p.empty'))).toBe('c.Review_Timeline_Empty');
        expect(text($(element, 'h2'))).toBe('c.Review_Timeline_Title');
    });

    it('treats missing reviews as none', () => {
        const element = mount('c-plan-review-timeline', PlanReviewTimeline);
        expect($(element, 'p.empty')).not.toBeNull();
    });
});
