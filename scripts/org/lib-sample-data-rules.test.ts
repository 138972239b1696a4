/**
 * The sample data rules (lib/sample-data-rules.ts) on small hand-made records: each rule's boundary (a day shared,
 * a total exactly at its threshold) and the exact lines it reports, which is what a broken sample prints.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TreeRecord } from './lib/sample-data';
import {
    currentPeriodProblems,
    malformedRecords,
    overlappingLivePlans,
    planTotals,
    sampleDataProblems,
    sampleRecords,
    stalePeriodWords,
    targetProblems
} from './lib/sample-data-rules';

const plan = (ref: string, fields: Record<string, unknown>): TreeRecord => ({
    attributes: { type: 'Account_Plan__c', referenceId: ref },
    Name: ref,
    ...fields
});
const opp = (account: string, close: string, stage: string, amount?: number): TreeRecord => ({
    attributes: { type: 'Opportunity' },
    Name: `${account} ${stage} ${close}`,
    AccountId: account,
    CloseDate: close,
    StageName: stage,
    ...(amount === undefined ? {} : { Amount: amount })
});

describe('sampleRecords', () => {
    it('picks the plans and opportunities, children included, whatever the case of their type', () => {
        const p1 = plan('P1', {});
        const p2: TreeRecord = { attributes: { type: 'ACCOUNT_PLAN__C' } };
        const o1: TreeRecord = { attributes: { type: 'opportunity' } };
        const account: TreeRecord = { attributes: { type: 'Account' }, Opportunities: { records: [o1] } };
        assert.deepEqual(sampleRecords([{ records: [account, p1] }, { records: [p2] }]), {
            plans: [p1, p2],
            opportunities: [o1]
        });
    });
});

describe('planTotals', () => {
    const p = plan('P', {
        Account__c: 'A',
        Start_Date__c: '2026-10-01',
        End_Date__c: '2026-12-31',
        Revenue_Target__c: '1000'
    });

    it('counts won amounts and weighted open amounts of its account closing in its period, ends included', () => {
        const totals = planTotals(p, [
            opp('A', '2026-10-01', 'Closed Won', 100),
            opp('A', '2026-12-31', 'Closed Won', 200),
            opp('A', '2026-11-15', 'Closed Won'),
            opp('A', '2026-09-30', 'Closed Won', 10000),
            opp('A', '2027-01-01', 'Closed Won', 20000),
            opp('B', '2026-11-15', 'Closed Won', 40000),
            opp('A', '2026-11-15', 'Closed Lost', 500),
            opp('A', '2026-11-15', 'Proposal/Price Quote', 1000),
            opp('A', '2026-11-15', 'Mystery', 1000)
        ]);
        assert.deepEqual(totals, { won: 300, forecast: 1050, target: 1000 });
    });

    it('weights open stages by their default probability', () => {
        assert.deepEqual(planTotals(p, [opp('A', '2026-11-15', 'Qualification', 1000)]), {
            won: 0,
            forecast: 100,
            target: 1000
        });
        assert.deepEqual(planTotals(p, [opp('A', '2026-11-15', 'Negotiation/Review', 1000)]), {
            won: 0,
            forecast: 900,
            target: 1000
        });
    });
});

describe('overlappingLivePlans', () => {
    it('reports two live plans of one account that share a day, each pair once', () => {
        const plans = [
            plan('Spring', { Account__c: 'A', Start_Date__c: '2026-04-01', End_Date__c: '2026-06-30' }),
            plan('Winter', { Account__c: 'A', Start_Date__c: '2026-01-01', End_Date__c: '2026-04-01' }),
            plan('Summer', {
                Account__c: 'A',
                Status__c: 'Draft',
                Start_Date__c: '2026-06-30',
                End_Date__c: '2026-09-30'
            }),
            plan('Autumn', { Account__c: 'A', Start_Date__c: '2026-10-01', End_Date__c: '2026-12-31' }),
            plan('Cancelled', {
                Account__c: 'A',
                Status__c: 'Cancelled',
                Start_Date__c: '2026-01-01',
                End_Date__c: '2026-12-31'
            }),
            plan('Past', { Account__c: 'A', Start_Date__c: '2025-01-01', End_Date__c: '2025-12-31' }),
            plan('Other', { Account__c: 'B', Start_Date__c: '2026-01-01', End_Date__c: '2026-12-31' })
        ];
        assert.deepEqual(overlappingLivePlans(plans), ['Spring overlaps Winter', 'Spring overlaps Summer']);
    });

    it('names a plan without a Name by its referenceId', () => {
        const a: TreeRecord = { attributes: { type: 'Account_Plan__c', referenceId: 'PA' }, Account__c: 'A' };
        assert.deepEqual(overlappingLivePlans([a, { ...a, Name: 'Second' }]), ['PA overlaps Second']);
    });
});

describe('malformedRecords', () => {
    it('reports a plan ending before its start and an opportunity without a known stage', () => {
        const plans = [
            plan('Backwards', { Start_Date__c: '2026-10-02', End_Date__c: '2026-10-01' }),
            plan('OneDay', { Start_Date__c: '2026-10-01', End_Date__c: '2026-10-01' })
        ];
        const opportunities: TreeRecord[] = [
            opp('A', '2026-10-01', 'Closed Lost'),
            { attributes: { type: 'Opportunity', referenceId: 'O2' }, StageName: 'Mystery' },
            { attributes: { type: 'Opportunity', referenceId: 'O3' } }
        ];
        assert.deepEqual(malformedRecords({ plans, opportunities }), [
            'Backwards ends before it starts',
            'O2: unknown stage Mystery',
            'O3: unknown stage '
        ]);
    });
});

describe('currentPeriodProblems', () => {
    const active = (ref: string, start = '2026-10-01', end = '2026-12-31'): TreeRecord =>
        plan(ref, { Status__c: 'Active', Start_Date__c: start, End_Date__c: end });

    it('needs at least two Active plans', () => {
        const only = ['only 1 Active plan(s): several accounts should have a current plan'];
        assert.deepEqual(currentPeriodProblems([active('A'), plan('D', { Status__c: 'Draft' })], '2026-11-30'), only);
        assert.deepEqual(currentPeriodProblems([], '2026-11-30'), [
            'only 0 Active plan(s): several accounts should have a current plan'
        ]);
        assert.deepEqual(currentPeriodProblems([active('A'), active('B')], '2026-11-30'), [], 'two are enough');
    });

    it('needs the Active plans to share one period', () => {
        assert.deepEqual(
            currentPeriodProblems([active('A'), active('B', '2027-01-01', '2027-03-31'), active('C')], '2026-11-30'),
            ['the Active plans cover different periods: 2026-10-01..2026-12-31, 2027-01-01..2027-03-31']
        );
    });

    it('needs the period to contain today, its first and last days included', () => {
        const plans = [active('A'), active('B')];
        assert.deepEqual(currentPeriodProblems(plans, '2026-10-01'), [], 'the first day');
        assert.deepEqual(currentPeriodProblems(plans, '2026-12-31'), [], 'the last day');
        assert.deepEqual(currentPeriodProblems(plans, '2026-09-30'), [
            'the Active plans cover 2026-10-01..2026-12-31, which misses 2026-09-30'
        ]);
        assert.deepEqual(currentPeriodProblems(plans, '2027-01-01'), [
            'the Active plans cover 2026-10-01..2026-12-31, which misses 2027-01-01'
        ]);
    });

    it('needs Closed plans before the period, Drafts after it and no last review after today', () => {
        const plans = [
            active('A'),
            { ...active('B'), Last_Review_Date__c: '2026-11-30' },
            plan('ClosedBefore', { Status__c: 'Closed', Start_Date__c: '2026-07-01', End_Date__c: '2026-09-30' }),
            plan('ClosedOnStart', { Status__c: 'Closed', Start_Date__c: '2026-07-01', End_Date__c: '2026-10-01' }),
            plan('DraftAfter', { Status__c: 'Draft', Start_Date__c: '2027-01-01', End_Date__c: '2027-03-31' }),
            plan('DraftOnEnd', { Status__c: 'Draft', Start_Date__c: '2026-12-31', End_Date__c: '2027-03-31' }),
            plan('ReviewedEarlier', {
                Status__c: 'Closed',
                End_Date__c: '2026-09-30',
                Last_Review_Date__c: '2026-09-01'
            }),
            plan('ReviewedLater', { Status__c: 'Cancelled', Last_Review_Date__c: '2026-12-01' })
        ];
        assert.deepEqual(currentPeriodProblems(plans, '2026-11-30'), [
            'ClosedOnStart is Closed but not before the current period',
            'DraftOnEnd is a Draft but not after the current period',
            'ReviewedLater was last reviewed on 2026-12-01, after 2026-11-30'
        ]);
    });
});

describe('targetProblems', () => {
    const refs = { ahead: 'Ahead', on: 'On', behind: 'Behind' };
    const plans = ['Ahead', 'On', 'Behind'].map((ref) =>
        plan(ref, {
            Account__c: ref,
            Start_Date__c: '2026-10-01',
            End_Date__c: '2026-12-31',
            Revenue_Target__c: 1000
        })
    );

    it('accepts plans just past each threshold', () => {
        const opportunities = [
            opp('Ahead', '2026-11-01', 'Closed Won', 1001),
            opp('On', '2026-11-01', 'Closed Won', 1020),
            opp('Behind', '2026-11-01', 'Closed Won', 899)
        ];
        assert.deepEqual(targetProblems({ plans, opportunities }, refs), []);
    });

    it('refuses plans exactly at each threshold, with their totals', () => {
        const opportunities = [
            opp('Ahead', '2026-11-01', 'Closed Won', 1000),
            opp('On', '2026-11-01', 'Closed Won', 1021),
            opp('Behind', '2026-11-01', 'Closed Won', 900)
        ];
        assert.deepEqual(targetProblems({ plans, opportunities }, refs), [
            'Ahead is not ahead of target: won 1000, forecast 1000, target 1000',
            'On is not on target: won 1021, forecast 1021, target 1000',
            'Behind is not behind target: won 900, forecast 900, target 1000'
        ]);
        const below = [opp('On', '2026-11-01', 'Closed Won', 979)];
        assert.deepEqual(
            targetProblems({ plans, opportunities: below }, refs),
            [
                'Ahead is not ahead of target: won 0, forecast 0, target 1000',
                'On is not on target: won 979, forecast 979, target 1000'
            ],
            'below the target too'
        );
        assert.deepEqual(
            targetProblems({ plans, opportunities: below }, refs, 0.05),
            ['Ahead is not ahead of target: won 0, forecast 0, target 1000'],
            'within a wider tolerance'
        );
    });

    it('names a missing showcase plan', () => {
        assert.deepEqual(targetProblems({ plans: [], opportunities: [] }, refs), [
            'sample plan Ahead is missing',
            'sample plan On is missing',
            'sample plan Behind is missing'
        ]);
    });
});

describe('stalePeriodWords', () => {
    it('reports the first year, month or yearless quarter of each text field, not dates or "Q4 2026" labels', () => {
        const record: TreeRecord = {
            attributes: { type: 'Opportunity', referenceId: 'O' },
            Name: 'Deal',
            CloseDate: '2026-12-01',
            Created__c: '2026-12-01T10:00:00.000Z',
            Amount: 2026,
            Label__c: 'plan (Q4 2026), then Q1 2027',
            Month__c: 'Tender in December; budget 2027',
            Year__c: 'Due 2026-12-01',
            Short__c: '2026-1-15',
            Day__c: '2026-12-1',
            Quarter__c: 'Q1 pilot',
            Old__c: 'since 1999'
        };
        assert.deepEqual(stalePeriodWords([record]), [
            "Deal.Month__c names 'December', which will not move with the dates",
            "Deal.Year__c names '2026', which will not move with the dates",
            "Deal.Short__c names '2026', which will not move with the dates",
            "Deal.Day__c names '2026', which will not move with the dates",
            "Deal.Quarter__c names 'Q1', which will not move with the dates",
            "Deal.Old__c names '1999', which will not move with the dates"
        ]);
    });
});

describe('sampleDataProblems', () => {
    it('runs every rule', () => {
        const plans = [
            plan('A', { Account__c: 'X', Status__c: 'Active', Start_Date__c: '2026-10-01', End_Date__c: '2026-12-31' }),
            plan('B', { Account__c: 'X', Status__c: 'Active', Start_Date__c: '2026-10-01', End_Date__c: '2026-12-31' })
        ];
        assert.deepEqual(
            sampleDataProblems({ plans, opportunities: [opp('X', '2026-11-01', 'Mystery')] }, '2027-01-01'),
            [
                'A overlaps B',
                'X Mystery 2026-11-01: unknown stage Mystery',
                'the Active plans cover 2026-10-01..2026-12-31, which misses 2027-01-01',
                'sample plan PlanNwQ4 is missing',
                'sample plan PlanCoQ4 is missing',
                'sample plan PlanFaQ4 is missing'
            ]
        );
    });
});
