/**
 * The sample data loader (lib/sample-data.ts) on small hand-made files: child records (sub-queries such as
 * Objectives__r), past-only dates that land on or after today, the line the scratch-org script prints, and the
 * temporary copies it hands to `sf data import tree`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { makeProject, removeProject } from './lib/fake-sf';
import {
    describeShift,
    prepareSampleData,
    readSamplePlan,
    shiftSampleData,
    type SampleSchema,
    type TreeFile
} from './lib/sample-data';

/** Fields ending in Date__c are Dates, in At__c DateTimes; nothing else is a date. */
const schema: SampleSchema = {
    dateKind: (_, field) => (field.endsWith('Date__c') ? 'date' : field.endsWith('At__c') ? 'datetime' : undefined)
};

const planFile = (): TreeFile => ({
    records: [
        {
            attributes: { type: 'Account_Plan__c', referenceId: 'Old' },
            Name: 'Acme - Q3 2026',
            Status__c: 'Closed',
            Start_Date__c: '2026-07-01',
            End_Date__c: '2026-09-30',
            Last_Review_Date__c: '2026-09-30',
            Notes__c: null
        },
        {
            attributes: { type: 'Account_Plan__c', referenceId: 'Now' },
            Name: 'Acme - Q4 2026',
            Status__c: 'Active',
            Start_Date__c: '2026-10-01',
            End_Date__c: '2026-12-31',
            Last_Review_Date__c: '2026-12-15',
            Calculated_At__c: '2026-12-20T10:00:00.000Z',
            Score__c: 3,
            Objectives__r: {
                records: [
                    {
                        attributes: { type: 'Account_Plan_Objective__c', referenceId: 'Obj' },
                        Name: 'Renew in Q4 2026',
                        Due_Date__c: '2026-12-31',
                        Last_Reviewed_Date__c: '2026-12-10'
                    }
                ]
            }
        },
        {
            attributes: { type: 'Account_Plan__c', referenceId: 'Next' },
            Status__c: 'Draft',
            Start_Date__c: '2027-01-01',
            End_Date__c: '2027-03-31',
            Last_Review_Date__c: '2026-10-20'
        }
    ]
});

describe('shiftSampleData on child records and past-only dates', () => {
    it('moves child records, sets past-only dates after today to today and keeps everything else', () => {
        const input = new Map([['plans.json', planFile()]]);
        const result = shiftSampleData(input, schema, '2027-01-20');
        assert.deepEqual(input, new Map([['plans.json', planFile()]]), 'the input is not changed');
        assert.equal(result.quarters, 1);
        assert.equal(result.clampedToToday, 2, 'the Active plan and its objective; a review landing on today is kept');
        assert.deepEqual(result.current, { start: '2027-01-01', end: '2027-03-31' }, 'the Active plan, not the first');
        assert.deepEqual(result.files.get('plans.json'), {
            records: [
                {
                    attributes: { type: 'Account_Plan__c', referenceId: 'Old' },
                    Name: 'Acme - Q4 2026',
                    Status__c: 'Closed',
                    Start_Date__c: '2026-10-01',
                    End_Date__c: '2026-12-31',
                    Last_Review_Date__c: '2026-12-31',
                    Notes__c: null
                },
                {
                    attributes: { type: 'Account_Plan__c', referenceId: 'Now' },
                    Name: 'Acme - Q1 2027',
                    Status__c: 'Active',
                    Start_Date__c: '2027-01-01',
                    End_Date__c: '2027-03-31',
                    Last_Review_Date__c: '2027-01-20',
                    Calculated_At__c: '2027-03-20T10:00:00.000Z',
                    Score__c: 3,
                    Objectives__r: {
                        records: [
                            {
                                attributes: { type: 'Account_Plan_Objective__c', referenceId: 'Obj' },
                                Name: 'Renew in Q1 2027',
                                Due_Date__c: '2027-03-31',
                                Last_Reviewed_Date__c: '2027-01-20'
                            }
                        ]
                    }
                },
                {
                    attributes: { type: 'Account_Plan__c', referenceId: 'Next' },
                    Status__c: 'Draft',
                    Start_Date__c: '2027-04-01',
                    End_Date__c: '2027-06-30',
                    Last_Review_Date__c: '2027-01-20'
                }
            ]
        });
    });

    it('finds the anchor among child records too, and only among plans', () => {
        const project = {
            attributes: { type: 'Project__c' },
            Status__c: 'Active',
            Start_Date__c: '2020-01-01',
            End_Date__c: '2020-03-31'
        };
        const nested: TreeFile = { records: [project, { attributes: { type: 'Account' }, Plans__r: planFile() }] };
        const result = shiftSampleData(new Map([['accounts.json', nested]]), schema, '2026-08-01');
        assert.equal(result.quarters, -1);
        assert.deepEqual(result.current, { start: '2026-07-01', end: '2026-09-30' });
    });
});

describe('describeShift', () => {
    it('says one quarter in the singular, forward and back', () => {
        assert.equal(
            describeShift(shiftSampleData(new Map([['plans.json', planFile()]]), schema, '2027-01-20')),
            'Shifted sample dates forward by 1 quarter so the current plans cover 2027-01-01–2027-03-31'
        );
        assert.equal(
            describeShift({ quarters: -1, current: { start: '2026-07-01', end: '2026-09-30' } }),
            'Shifted sample dates back by 1 quarter so the current plans cover 2026-07-01–2026-09-30'
        );
    });
});

describe('readSamplePlan and prepareSampleData', () => {
    let root = '';
    afterEach(() => removeProject(root));

    it('refuses a plan file that is not a JSON array', () => {
        root = makeProject({ 'data/plan.json': '{"sobject":"Account","files":["a.json"]}' });
        const planPath = path.join(root, 'data/plan.json');
        assert.throws(() => readSamplePlan(planPath), {
            message: `${planPath} is not an sf data tree plan (a JSON array)`
        });
    });

    it('reads the files each step names, relative to the plan; a step may name none', () => {
        const file = { records: [{ attributes: { type: 'Contact', referenceId: 'C' }, LastName: 'Lee' }] };
        root = makeProject({
            'data/plan.json': JSON.stringify([{ sobject: 'Account' }, { sobject: 'Contact', files: ['c/c.json'] }]),
            'data/c/c.json': JSON.stringify(file)
        });
        const read = readSamplePlan(path.join(root, 'data/plan.json'));
        assert.deepEqual(read.files, new Map([['c/c.json', file]]));
    });

    it('writes indented copies into a new sap-sample-data- folder of the temporary directory; cleanup may run twice', () => {
        const planSteps = [{ sobject: 'Account_Plan__c', files: ['plans.json'] }];
        root = makeProject({
            'data/plan.json': JSON.stringify(planSteps),
            'data/plans.json': JSON.stringify(planFile())
        });
        const prepared = prepareSampleData({
            planPath: path.join(root, 'data/plan.json'),
            today: '2026-12-31',
            schema
        });
        try {
            assert.equal(path.dirname(prepared.dir), os.tmpdir());
            assert.match(path.basename(prepared.dir), /^sap-sample-data-/);
            assert.equal(readFileSync(prepared.planPath, 'utf8'), `${JSON.stringify(planSteps, null, 2)}\n`);
            assert.equal(
                readFileSync(path.join(prepared.dir, 'plans.json'), 'utf8'),
                `${JSON.stringify(planFile(), null, 2)}\n`,
                'no shift on a day of the anchor quarter'
            );
        } finally {
            prepared.cleanup();
        }
        assert.doesNotThrow(() => prepared.cleanup(), 'a second cleanup');
    });

    it('removes its folder when it refuses a plan', () => {
        root = makeProject({
            'data/plan.json': '[{"sobject":"Account_Plan__c","files":["../p.json"]}]',
            'p.json': JSON.stringify(planFile())
        });
        const tmp = mkdtempSync(path.join(os.tmpdir(), 'sap-org-test-tmp-'));
        const saved = process.env.TMPDIR;
        process.env.TMPDIR = tmp;
        try {
            assert.throws(
                () => prepareSampleData({ planPath: path.join(root, 'data/plan.json'), today: '2026-11-30', schema }),
                { message: "the sample data plan names '../p.json', outside its folder: keep data files beside it" }
            );
            assert.deepEqual(readdirSync(tmp), [], 'no folder left behind');
        } finally {
            if (saved === undefined) delete process.env.TMPDIR;
            else process.env.TMPDIR = saved;
            removeProject(tmp);
        }
    });
});
