import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkApex } from '../check-apex.ts';
import { BASE, runsExternalTool, withFixture } from './helpers.ts';

function assertFinds(lines: string[], pattern: RegExp): void {
    assert.ok(
        lines.some((l) => pattern.test(l)),
        `expected a finding matching ${pattern}, got:\n${lines.join('\n') || '(none)'}`
    );
}

describe('check:apex', () => {
    it('passes on the valid base fixture (apex-ls both passes, SOQL, LWC imports)', runsExternalTool, async () => {
        assert.deepEqual(await withFixture('base', async (root) => (await checkApex(root)).lines()), []);
    });

    it('reports apex-ls errors: unknown method and unknown field', runsExternalTool, async () => {
        const lines = await withFixture('apex-ls-unknown-method', async (root) =>
            (await checkApex(root, { standardFieldPass: false })).lines()
        );
        assertFinds(lines, /BadCaller\.cls:9: apex-ls Missing: No matching method found for 'getPlanz'/);
        assertFinds(lines, /BadCaller\.cls:11: apex-ls Missing: Unknown field 'Statuz__c'/);
    });

    it('reports unknown fields in SOQL select lists, relationship paths, WHERE, ORDER BY and dynamic SOQL', async () => {
        const lines = await withFixture('soql-unknown-field', async (root) =>
            (await checkApex(root, { apexLs: false })).lines()
        );
        const at = (line: number, message: string): string => `${BASE}/classes/BadQuery.cls:${line}: ${message}`;
        assert.deepEqual(lines, [
            at(11, "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"),
            at(11, "SOQL on Account_Plan__c: unknown field 'Nmae' on Account (in 'Account__r.Nmae')"),
            at(13, "SOQL on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c"),
            at(15, "SOQL on Account_Plan__c: unknown field 'Due_Date__c' on Account_Plan__c"),
            at(24, "SOQL on Account_Plan__c: unknown field 'Forecastt__c' on Account_Plan__c")
        ]);
    });

    it(
        'reports standard-object field typos even though Opportunity carries project fields',
        runsExternalTool,
        async () => {
            const lines = await withFixture('standard-field-typo', async (root) => (await checkApex(root)).lines());
            assertFinds(
                lines,
                /BadStandard\.cls:10: apex-ls Missing: Unknown field 'Amout' on SObject 'Schema\.Opportunity' \(standard-object field check\)/
            );
            assertFinds(lines, /BadStandard\.cls:19: SOQL on Opportunity: unknown field 'StageNme' on Opportunity/);
            assert.ok(
                !lines.some((l) => l.includes("'Account_Plan__c'")),
                `project field reported:\n${lines.join('\n')}`
            );
        }
    );

    it('reports LWC imports of unknown Apex methods, non-@AuraEnabled methods, fields, labels and resources', async () => {
        const lines = await withFixture('lwc-bad-imports', async (root) =>
            (await checkApex(root, { apexLs: false })).lines()
        );
        const at = (line: number, message: string): string =>
            `${BASE}/lwc/badImports/badImports.ts:${line}: ${message}`;
        assert.deepEqual(lines, [
            at(2, '@salesforce/apex/PlanService.wonByPlan: method PlanService.wonByPlan is not @AuraEnabled'),
            at(3, "@salesforce/apex/NoSuchController.load: Apex class 'NoSuchController' does not exist"),
            at(4, "@salesforce/apex/PlanService.getPlanz: method 'getPlanz' does not exist in PlanService"),
            at(5, "@salesforce/schema/Account_Plan__c.Statuz__c: unknown field 'Statuz__c' on Account_Plan__c"),
            at(
                6,
                "@salesforce/schema/Account_Plan__c.Account__r.Nmae: unknown field 'Nmae' on Account (in 'Account__r.Nmae')"
            ),
            at(7, "@salesforce/label/c.No_Such_Label: custom label 'No_Such_Label' does not exist"),
            at(8, "@salesforce/resourceUrl/noSuchResource: static resource 'noSuchResource' does not exist"),
            at(9, "@salesforce/messageChannel/No_Such_Channel__c: message channel 'No_Such_Channel__c' does not exist")
        ]);
    });

    it('reports unknown fields in a trigger, in GROUP BY and in HAVING', async () => {
        const lines = await withFixture('soql-in-trigger', async (root) =>
            (await checkApex(root, { apexLs: false })).lines()
        );
        assert.deepEqual(lines, [
            `${BASE}/triggers/PlanAudit.trigger:7: SOQL on Account_Plan__c: unknown field 'Acount__c' on Account_Plan__c`,
            `${BASE}/triggers/PlanAudit.trigger:8: SOQL on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c`
        ]);
    });
});
