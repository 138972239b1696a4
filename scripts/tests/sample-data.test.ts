/**
 * The scratch-org sample data (data/*.json) as it is in the repository obeys the product's rules (issue 14 item 18):
 * no two live plans of one account overlap; the Active plans share the period users see as current, which contains
 * the day the sample describes; the plans shown as ahead, on and behind target really are. The rules live in
 * scripts/org/lib/sample-data-rules.ts; scripts/org/sample-data.test.ts runs them on the copies shifted to other days.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { allRecords, readSamplePlan } from '../org/lib/sample-data.ts';
import {
    SHOWCASE_PLANS,
    currentPeriodProblems,
    malformedRecords,
    overlappingLivePlans,
    sampleRecords,
    stalePeriodWords,
    targetProblems
} from '../org/lib/sample-data-rules.ts';

const PLAN = path.resolve(import.meta.dirname, '..', '..', 'data', 'sample-data-plan.json');
const files = readSamplePlan(PLAN).files;
const records = sampleRecords(files.values());
/** The day the sample describes: data/ is anchored in 2026 Q4, two months in. */
const SAMPLE_TODAY = '2026-11-30';

describe('sample data (data/*.json)', () => {
    it('has no overlapping live plans on one account', () => {
        assert.deepEqual(overlappingLivePlans(records.plans), []);
    });

    it('gives every plan an end on or after its start and a stage probability to every opportunity', () => {
        assert.deepEqual(malformedRecords(records), []);
    });

    it('makes the Active plans share one period containing its day, with closed plans before and drafts after it', () => {
        assert.deepEqual(currentPeriodProblems(records.plans, SAMPLE_TODAY), []);
    });

    it('has a plan ahead of target (Northwind), one on target within 2% (Contoso) and one behind (Fabrikam)', () => {
        assert.deepEqual(targetProblems(records, SHOWCASE_PLANS), []);
    });

    it('names periods in text only as "Q4 2026" labels, which move with the dates on load', () => {
        assert.deepEqual(stalePeriodWords(allRecords(files.values())), []);
        const record = { attributes: { type: 'Opportunity', referenceId: 'O' }, Name: 'Deal' };
        assert.deepEqual(
            stalePeriodWords([
                { ...record, Description: 'Tender in December; budget for 2027; Q1 pilot; plan Q4 2026' }
            ]),
            ["Deal.Description names 'December', which will not move with the dates"],
            'a month is reported (first stale word per field); a quarter label with its year is not'
        );
    });

    it('the rules see a broken sample: overlap, a stale current period, a plan off its target', () => {
        const [northwind, contoso] = records.plans.filter((p) => p.Status__c === 'Active');
        const overlapping = { ...contoso, Account__c: northwind.Account__c };
        assert.equal(overlappingLivePlans([northwind, overlapping]).length, 1, 'two plans of one account overlap');
        assert.match(
            currentPeriodProblems(records.plans, '2027-01-01').join('\n'),
            /cover 2026-10-01\.\.2026-12-31, which misses 2027-01-01/,
            'unshifted data is not current next year'
        );
        const inflated = records.plans.map((p) =>
            p.attributes.referenceId === SHOWCASE_PLANS.on ? { ...p, Revenue_Target__c: 1 } : p
        );
        assert.match(
            targetProblems({ ...records, plans: inflated }, SHOWCASE_PLANS).join('\n'),
            /Contoso .* is not on target/,
            'a plan far from its target is not on target'
        );
    });
});
