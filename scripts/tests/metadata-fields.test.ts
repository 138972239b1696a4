/**
 * check:metadata's field documentation and formula rule (scripts/lib/metadata/fields.ts), in-process on the base
 * fixture with one edit: global value sets, validation rules without an error field, and which files are validation
 * rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFieldDocs } from '../lib/metadata/fields.ts';
import { BASE, replaceOnce, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkFieldDocs, edits);

const add = (text: string) => (): string => text;
const PLAN = `${BASE}/objects/Account_Plan__c`;
const rule = (formula: string, errorField = ''): string =>
    `<ValidationRule>\n    <fullName>R</fullName>\n    <active>true</active>\n    <errorConditionFormula>${formula}</errorConditionFormula>\n${errorField ? `    <errorDisplayField>${errorField}</errorDisplayField>\n` : ''}    <errorMessage>Choose a status.</errorMessage>\n</ValidationRule>\n`;

describe('global value sets', () => {
    it('the set a picklist names must have its own file, not just any file in globalValueSets/', async () => {
        const lines = await run({
            [`${PLAN}/fields/Status__c.field-meta.xml`]: replaceOnce(
                '<restricted>true</restricted>',
                '<restricted>true</restricted>\n        <valueSetName>Plan_Statuses</valueSetName>'
            ),
            [`${BASE}/globalValueSets/Plan_Stages.globalValueSet-meta.xml`]: add('<GlobalValueSet/>\n')
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Status__c.field-meta.xml:1: Account_Plan__c.Status__c uses global value set 'Plan_Statuses', which does not exist`
        ]);
    });
});

describe('validation rules', () => {
    it('a rule without an error display field shows its message at the top of the page: nothing to check', async () => {
        assert.deepEqual(
            await run({
                [`${PLAN}/validationRules/Top.validationRule-meta.xml`]: add(rule('ISBLANK(TEXT(Status__c))'))
            }),
            []
        );
    });

    it('are read from .validationRule-meta.xml files only (not a backup left beside one)', async () => {
        const lines = await run({
            [`${PLAN}/validationRules/Old.validationRule-meta.xml.orig`]: add(
                rule('ISBLANK(TEXT(Statuz__c))', 'Stage__c')
            )
        });
        assert.deepEqual(lines, []);
    });
});
