import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkApex, main } from '../check-apex.ts';
import type { ApexLsIssue } from '../lib/apex-ls.ts';
import { BASE, runsExternalTool, withFixture, printed, clock } from './helpers.ts';

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

const CLASS = `${BASE}/classes/PlanService.cls`;

describe('check:apex, its command line', () => {
    it('prints each finding and their count on stderr, then the time taken; exits 1', async (t) => {
        const code = await withFixture('base', async (root) => {
            const out = printed(t);
            const issue: ApexLsIssue = {
                file: path.join(root, CLASS),
                line: 4,
                category: 'Error',
                message: "Unknown type 'Foo'"
            };
            const exit = await main(
                [root],
                { standardFieldPass: false, apexLsRunner: async () => [issue] },
                clock(1_000, 2_460)
            );
            assert.deepEqual(out.error, [`${CLASS}:4: apex-ls Error: Unknown type 'Foo'`, 'check:apex: 1 problem(s)']);
            assert.deepEqual(out.log, ['check:apex took 1.5 s']);
            return exit;
        });
        assert.equal(code, 1);
    });

    it('prints OK and the time taken on a clean tree, the tree named after any flag; exits 0', async (t) => {
        const code = await withFixture('base', async (root) => {
            const out = printed(t);
            const exit = await main(['--quiet', root], { apexLsRunner: async () => [] }, clock(0, 200));
            assert.deepEqual(out.log, ['check:apex: OK', 'check:apex took 0.2 s']);
            assert.deepEqual(out.error, []);
            return exit;
        });
        assert.equal(code, 0);
    });
});

describe('check:apex, the standard-object field pass', () => {
    it('keeps only messages that are unknown-field errors, in a temporary copy without sfdx-project.json when the project has none', async () => {
        let copy = '';
        const lines = await withFixture(
            'base',
            async (root) =>
                (
                    await checkApex(root, {
                        apexLsRunner: async (workspace) => {
                            if (workspace === root) return [];
                            copy = workspace;
                            assert.equal(existsSync(path.join(copy, CLASS)), true, 'the Apex is copied');
                            assert.equal(existsSync(path.join(copy, 'sfdx-project.json')), false);
                            const at = (line: number, message: string): ApexLsIssue => ({
                                file: path.join(copy, CLASS),
                                line,
                                category: 'Missing',
                                message
                            });
                            return [
                                at(10, "Unknown field 'Amout' on SObject 'Schema.Opportunity'"),
                                at(11, "Variable does not exist: Unknown field 'Nmae' on SObject 'Schema.Account'"),
                                at(12, "Unknown field 'Account_Plan__R' on SObject 'Schema.Opportunity'")
                            ];
                        }
                    })
                ).lines(),
            { 'sfdx-project.json': () => null }
        );
        assert.deepEqual(lines, [
            `${CLASS}:10: apex-ls Missing: Unknown field 'Amout' on SObject 'Schema.Opportunity' (standard-object field check)`
        ]);
        assert.equal(path.dirname(copy), os.tmpdir(), 'the copy is a temporary folder');
        assert.match(path.basename(copy), /^check-apex-/, 'named after the gate, should one be left behind');
        assert.equal(existsSync(copy), false, 'and removed afterwards');
    });
});
