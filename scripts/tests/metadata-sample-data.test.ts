/**
 * check:metadata's sample data rule (lib/metadata/sample-data.ts): which files are sample data, how records are
 * read (null values, child records without attributes, unknown fields), and which texts are dates. Findings are
 * asserted as the whole lines a developer reads. metadata-units.test.ts covers the date forms and the plan file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSampleData, sampleDateProblem } from '../lib/metadata/sample-data.ts';
import { BASE, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkSampleData, edits);

const add = (text: string) => (): string => text;
const tree = (records: object[]): string => `${JSON.stringify({ records }, null, 2)}\n`;
const plan = (fields: object): object => ({ attributes: { type: 'Account_Plan__c', referenceId: 'P1' }, ...fields });

describe('sample data files: the .json files of data/', () => {
    it('reads neither other files in data/ nor JSON elsewhere, such as a Jest mock of a query result', async () => {
        const mock = tree([plan({ Statuz__c: 'Active' })]);
        assert.deepEqual(
            await run({
                'data/README.md': add('# Sample data\n\nLoaded by `npm run org:data`.\n'),
                [`${BASE}/lwc/planCard/__tests__/data/getPlans.json`]: add(mock)
            }),
            []
        );
        assert.deepEqual(await run({ 'data/Plans.json': add(mock) }), [
            "data/Plans.json:8: unknown field 'Statuz__c' on Account_Plan__c"
        ]);
    });
});

describe('records', () => {
    it('a field set to null is still a field that must exist', async () => {
        assert.deepEqual(await run({ 'data/Plans.json': add(tree([plan({ Status__c: null, Statuz__c: null })])) }), [
            "data/Plans.json:9: unknown field 'Statuz__c' on Account_Plan__c"
        ]);
    });

    it('a child record without attributes is a record of the relationship object', async () => {
        const lines = await run({
            'data/Plans.json': add(
                tree([plan({ Objectives__r: { records: [{ Name: 'Grow', Due_Datez__c: '2027-03-31' }] } })])
            )
        });
        assert.deepEqual(lines, ["data/Plans.json:12: unknown field 'Due_Datez__c' on Account_Plan_Objective__c"]);
    });

    it('an unknown field is named once, whatever its value looks like', async () => {
        assert.deepEqual(await run({ 'data/Plans.json': add(tree([plan({ Start_Date__c: '2026-10-01' })])) }), [
            "data/Plans.json:8: unknown field 'Start_Date__c' on Account_Plan__c"
        ]);
    });
});

describe('what a date is', () => {
    it('a whole value in the date form, not text that contains one', () => {
        assert.equal(sampleDateProblem(undefined, 'Kick-off 2026-10-01'), undefined);
        assert.equal(sampleDateProblem(undefined, 'Kick-off 2026-10-01T09:00Z'), undefined);
        assert.equal(sampleDateProblem('date', 'x2026-10-01'), "is a Date field: 'x2026-10-01' is not YYYY-MM-DD");
    });
});
