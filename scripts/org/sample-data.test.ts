import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MetadataIndex } from '../lib/metadata-index.ts';
import { STANDARD_DATE_FIELDS } from '../lib/metadata/sample-data.ts';
import { makeProject, removeProject } from './lib/fake-sf';
import {
    addMonths,
    allRecords,
    anchorQuarter,
    describeShift,
    localToday,
    prepareSampleData,
    quarterBounds,
    readSamplePlan,
    relabelQuarters,
    schemaFrom,
    shiftDateValue,
    shiftSampleData,
    type SampleSchema,
    type TreeFile,
    type TreeRecord
} from './lib/sample-data';
import { sampleDataProblems, sampleRecords } from './lib/sample-data-rules';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const PLAN = path.join(REPO, 'data', 'sample-data-plan.json');
const index = new MetadataIndex(REPO);
const schema = schemaFrom(index);
const data = readSamplePlan(PLAN);

const shiftTo = (today: string): ReturnType<typeof shiftSampleData> => shiftSampleData(data.files, schema, today);

/** The date moved by whole months, computed another way: month ends stay month ends, other days keep their number. */
function expectedMove(date: string, months: number): string {
    const [y, m, d] = date.split('-').map(Number);
    const monthEnd = new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
    const first = new Date(Date.UTC(y, m - 1 + months, 1));
    const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return `${first.toISOString().slice(0, 8)}${String(monthEnd ? length : Math.min(d, length)).padStart(2, '0')}`;
}

/** Pairs of (original, shifted) records, in the same order. */
function pairs(shifted: ReadonlyMap<string, TreeFile>): [TreeRecord, TreeRecord][] {
    const before = allRecords(data.files.values());
    const after = allRecords(shifted.values());
    assert.equal(after.length, before.length, 'every record is kept');
    return before.map((record, i) => [record, after[i]]);
}

describe('addMonths keeps quarter boundaries', () => {
    it('moves quarter starts and ends to quarter starts and ends', () => {
        assert.equal(addMonths('2026-10-01', 3), '2027-01-01', 'a quarter start');
        assert.equal(addMonths('2026-12-31', 3), '2027-03-31', 'a quarter end');
        assert.equal(addMonths('2026-09-30', 3), '2026-12-31', 'a 30th that ends its quarter ends the next one');
        assert.equal(addMonths('2026-06-30', -3), '2026-03-31', 'backwards too');
        assert.equal(addMonths('2026-10-01', -9), '2026-01-01', 'back across a year');
    });

    it('clamps a day the target month lacks, and keeps month ends at month end', () => {
        assert.equal(addMonths('2026-11-30', 3), '2027-02-28', 'a month end stays a month end');
        assert.equal(addMonths('2027-02-28', 3), '2027-05-31', 'also when the month is short');
        assert.equal(addMonths('2027-01-31', 1), '2027-02-28', 'a 31st clamped to the month end');
        assert.equal(addMonths('2028-01-31', 1), '2028-02-29', 'a leap year February');
        assert.equal(addMonths('2028-02-28', 3), '2028-05-28', 'the 28th of a leap February is not its end');
        assert.equal(addMonths('2026-11-29', 3), '2027-02-28', 'a 29th in a 28-day month');
        assert.equal(addMonths('2026-11-15', 6), '2027-05-15', 'other days keep their number');
        assert.equal(addMonths('2026-11-15', 0), '2026-11-15', 'no move');
    });

    it('moves date/times by their date and keeps the time and zone', () => {
        assert.equal(shiftDateValue('2026-10-28T14:30:00.000Z', 6, 'datetime'), '2027-04-28T14:30:00.000Z');
        assert.equal(shiftDateValue('2026-12-31T23:59:59+01:00', 3, 'datetime'), '2027-03-31T23:59:59+01:00');
        assert.equal(shiftDateValue('2026-12-31', 3, 'date'), '2027-03-31');
        assert.throws(() => shiftDateValue('31/12/2026', 3, 'date'), /not a YYYY-MM-DD date/, 'a foreign format');
        assert.throws(() => shiftDateValue('2026-12-31', 3, 'datetime'), /not an ISO 8601 date\/time/, 'no time');
    });

    it('moves quarter labels in text by whole quarters', () => {
        assert.equal(relabelQuarters('Northwind Traders - Q4 2026', 2), 'Northwind Traders - Q2 2027');
        assert.equal(relabelQuarters('Contoso - Q3 2026', -3), 'Contoso - Q4 2025');
        assert.equal(relabelQuarters('Q1 2027 and Q4 2026', 4), 'Q1 2028 and Q4 2027');
        assert.equal(relabelQuarters('Q3 capacity upgrade', 2), 'Q3 capacity upgrade', 'no year: left alone');
    });

    it('gives quarter bounds and the local day', () => {
        assert.deepEqual(quarterBounds({ year: 2028, quarter: 1 }), { start: '2028-01-01', end: '2028-03-31' });
        assert.deepEqual(quarterBounds({ year: 2027, quarter: 4 }), { start: '2027-10-01', end: '2027-12-31' });
        assert.equal(localToday(new Date(2027, 0, 2, 0, 30)), '2027-01-02', "the machine's local date");
    });
});

describe('the schema of the sample data comes from the metadata', () => {
    it('knows custom Date/DateTime fields from force-app and the listed standard ones', () => {
        assert.equal(schema.dateKind('Account_Plan__c', 'Start_Date__c'), 'date', 'a custom Date field');
        assert.equal(schema.dateKind('account_plan__c', 'rollups_calculated_at__c'), 'datetime', 'any case');
        assert.equal(schema.dateKind('Opportunity', 'CloseDate'), 'date', 'a standard Date field');
        assert.equal(schema.dateKind('Account_Plan__c', 'Name'), undefined, 'a text field');
        assert.equal(schema.dateKind('Opportunity', 'CloseDat'), undefined, 'an unknown field');
    });

    it('lists only standard fields the metadata index knows (no typo)', () => {
        for (const [object, fields] of Object.entries(STANDARD_DATE_FIELDS))
            for (const field of Object.keys(fields))
                assert.ok(index.field(object, field), `${object}.${field} is a standard field`);
    });

    it('refuses a date in a field that is not a date, and a bad value in a date field', () => {
        const file = (field: string, value: string): Map<string, TreeFile> =>
            new Map([
                ['x.json', { records: [{ attributes: { type: 'Opportunity', referenceId: 'O1' }, [field]: value }] }]
            ]);
        assert.throws(
            () => shiftSampleData(file('Description', '2026-12-01'), schema, '2026-11-30'),
            /O1: Opportunity\.Description holds the date '2026-12-01' but is not a Date or DateTime field/
        );
        assert.throws(
            () => shiftSampleData(file('CloseDate', '12/01/2026'), schema, '2026-11-30'),
            /O1: Opportunity\.CloseDate is a Date field: '12\/01\/2026' is not YYYY-MM-DD/
        );
    });
});

describe('shifting the sample data to the quarter of today', () => {
    it('takes the anchor from the Active plans, not from a constant', () => {
        assert.deepEqual(anchorQuarter(allRecords(data.files.values())), { year: 2026, quarter: 4 }, 'data/ today');
        const plan = (status: string, start: string): TreeRecord => ({
            attributes: { type: 'Account_Plan__c' },
            Status__c: status,
            Start_Date__c: start
        });
        assert.deepEqual(
            anchorQuarter([plan('Closed', '2029-10-01'), plan('Active', '2030-04-01'), plan('Active', '2030-05-15')]),
            { year: 2030, quarter: 2 },
            'another anchor'
        );
        assert.equal(anchorQuarter([plan('Draft', '2030-04-01')]), undefined, 'no Active plan: no anchor');
        assert.throws(
            () => anchorQuarter([plan('Active', '2030-04-01'), plan('Active', '2030-07-01')]),
            /start in different quarters \(2030 Q2, 2030 Q3\)/
        );
        const none = shiftSampleData(
            new Map([['p.json', { records: [plan('Draft', '2026-01-01')] }]]),
            schema,
            '2031-01-01'
        );
        assert.equal(none.quarters, 0, 'without an anchor nothing moves');
        assert.equal(describeShift(none), 'No Active sample plan: sample dates were loaded as they are.');
    });

    it('does not move anything in the anchor quarter (2026-11-30)', () => {
        const result = shiftTo('2026-11-30');
        assert.equal(result.quarters, 0, 'no shift');
        assert.deepEqual([...result.files], [...data.files], 'the copies equal the files');
        assert.equal(result.clampedToToday, 0, 'no review date in the future');
        assert.equal(
            describeShift(result),
            'Sample dates need no shift: the current plans cover 2026-10-01–2026-12-31'
        );
    });

    it('moves every date by 6 months for 2027-05-10 and the Active plans cover 2027-04-01..2027-06-30', () => {
        const result = shiftTo('2027-05-10');
        assert.equal(result.quarters, 2, 'two quarters');
        assert.deepEqual(result.current, { start: '2027-04-01', end: '2027-06-30' }, 'the current period');
        let dates = 0;
        for (const [before, after] of pairs(result.files)) {
            for (const [field, value] of Object.entries(before)) {
                const kind = schema.dateKind(before.attributes.type, field);
                if (kind && typeof value === 'string') {
                    dates++;
                    assert.equal(after[field], expectedMove(value, 6), `${before.attributes.referenceId}.${field}`);
                } else if (field !== 'Name') {
                    assert.deepEqual(after[field], value, `${before.attributes.referenceId}.${field} is not a date`);
                }
            }
        }
        assert.ok(dates >= 40, `every date is checked (${dates})`);
        const names = allRecords(result.files.values())
            .filter((r) => r.attributes.type === 'Account_Plan__c')
            .map((r) => r.Name);
        assert.ok(names.includes('Northwind Traders - Q2 2027'), `plan names follow: ${names.join(', ')}`);
        assert.ok(names.includes('Contoso Manufacturing - Q1 2027'), 'the closed plan is the previous quarter');
        assert.ok(names.includes('Tailspin Energy - Q3 2027'), 'the draft is the next quarter');
        assert.equal(
            describeShift(result),
            'Shifted sample dates forward by 2 quarters so the current plans cover 2027-04-01–2027-06-30'
        );
    });

    it('moves back for a day before the anchor (2026-02-01)', () => {
        const result = shiftTo('2026-02-01');
        assert.equal(result.quarters, -3, 'three quarters back');
        assert.deepEqual(result.current, { start: '2026-01-01', end: '2026-03-31' }, 'the current period');
        const closed = allRecords(result.files.values()).find((r) => r.attributes.referenceId === 'PlanCoQ3');
        assert.deepEqual(
            [closed?.Start_Date__c, closed?.End_Date__c],
            ['2025-10-01', '2025-12-31'],
            'the closed plan is the quarter before'
        );
        assert.match(describeShift(result), /^Shifted sample dates back by 3 quarters so .* 2026-01-01–2026-03-31$/);
    });

    it('sets a last review that would land after today to today, keeping it in the quarter', () => {
        const result = shiftTo('2027-01-02');
        const reviews = allRecords(result.files.values())
            .filter((r) => r.Last_Review_Date__c)
            .map((r) => String(r.Last_Review_Date__c));
        assert.ok(result.clampedToToday > 0, 'some reviews were after 2027-01-02');
        assert.ok(
            reviews.every((d) => d <= '2027-01-02'),
            `no review in the future: ${reviews.join(', ')}`
        );
        const contoso = allRecords(result.files.values()).find((r) => r.attributes.referenceId === 'PlanCoQ4');
        assert.equal(contoso?.Next_Review_Date__c, '2027-02-20', 'a next review stays in the future');
    });

    it('leaves the data obeying every rule, with "current" meaning the period contains that day', () => {
        const days = ['2026-11-30', '2027-01-01', '2027-05-10', '2026-02-01', '2028-02-29', '2029-12-31', '2031-07-15'];
        for (const today of days) {
            const shifted = shiftTo(today);
            assert.deepEqual(
                sampleDataProblems(sampleRecords(shifted.files.values()), today),
                [],
                `loaded on ${today}`
            );
        }
        assert.match(
            sampleDataProblems(sampleRecords(data.files.values()), '2027-05-10').join('\n'),
            /which misses 2027-05-10/,
            'the unshifted data fails the same rules on that day'
        );
    });
});

describe('prepareSampleData', () => {
    let root = '';
    afterEach(() => removeProject(root));
    const fixedSchema: SampleSchema = { dateKind: (_, field) => (field.endsWith('Date__c') ? 'date' : undefined) };
    const plans = JSON.stringify({
        records: [
            {
                attributes: { type: 'Account_Plan__c', referenceId: 'P' },
                Status__c: 'Active',
                Start_Date__c: '2026-10-01',
                End_Date__c: '2026-12-31'
            }
        ]
    });

    it('writes the shifted files and a copy of the plan to a temporary folder, then removes it', () => {
        const planSteps = [{ sobject: 'Account_Plan__c', saveRefs: true, files: ['plans/p.json'] }];
        root = makeProject({ 'data/plan.json': JSON.stringify(planSteps), 'data/plans/p.json': plans });
        const prepared = prepareSampleData({
            planPath: path.join(root, 'data/plan.json'),
            today: '2027-08-01',
            schema: fixedSchema
        });
        assert.equal(path.basename(prepared.planPath), 'plan.json', 'the plan keeps its name');
        assert.deepEqual(JSON.parse(readFileSync(prepared.planPath, 'utf8')), planSteps, 'the plan is copied as it is');
        const copy = JSON.parse(readFileSync(path.join(prepared.dir, 'plans/p.json'), 'utf8')) as TreeFile;
        assert.equal(copy.records[0].Start_Date__c, '2027-07-01', 'the copy beside it is shifted');
        assert.equal(readFileSync(path.join(root, 'data/plans/p.json'), 'utf8'), plans, 'the original is unchanged');
        prepared.cleanup();
        assert.equal(existsSync(prepared.dir), false, 'cleanup removes the folder');
    });

    it('refuses a plan naming a file outside its folder', () => {
        root = makeProject({
            'data/plan.json': '[{"sobject":"Account_Plan__c","files":["../p.json"]}]',
            'p.json': plans
        });
        assert.throws(
            () =>
                prepareSampleData({
                    planPath: path.join(root, 'data/plan.json'),
                    today: '2027-08-01',
                    schema: fixedSchema
                }),
            /names '\.\.\/p\.json', outside its folder/
        );
    });
});
