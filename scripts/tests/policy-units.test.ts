/** Unit tests of the small policy functions the gates are built on (fast: they carry the mutation score). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Findings } from '../lib/diagnostics.ts';
import type { FieldInfo } from '../lib/metadata-index.ts';
import {
    ADMIN_SET,
    ENGINE_SENTENCE,
    MANAGER_SENTENCE,
    MANAGER_SET,
    USER_SET,
    carriesFls,
    expectedEditable,
    isAdminOnly,
    isEngineField,
    isManagerField,
    isReadOnlyEverywhere
} from '../lib/metadata/field-policy.ts';
import { checkSuppressions } from '../lib/suppressions.ts';

function field(object: string, name: string, extra: Partial<FieldInfo> = {}): FieldInfo {
    return {
        name,
        object,
        type: 'Text',
        custom: name.endsWith('__c'),
        required: false,
        formula: false,
        description: '',
        inlineHelpText: '',
        referenceTo: [],
        relationshipName: '',
        ...extra
    };
}

describe('field policy', () => {
    it('engine-written: listed, or described with the contract sentence', () => {
        assert.equal(isEngineField(field('Account_Plan__c', 'Risks__c')), false);
        assert.equal(
            isEngineField(field('Account_Plan__c', 'Risks__c', { description: `Sum. ${ENGINE_SENTENCE}  ` })),
            true
        );
        assert.equal(isEngineField(field('account_plan__c', 'won_amount__c')), true, 'case-insensitive list');
        assert.equal(
            isEngineField(field('Account_Plan__c', 'Risks__c', { description: `${ENGINE_SENTENCE} More.` })),
            false
        );
    });

    it('manager-only: listed, or described with the contract sentence', () => {
        assert.equal(isManagerField(field('Account_Plan__c', 'Risks__c')), false);
        assert.equal(
            isManagerField(field('Account_Plan__c', 'Risks__c', { description: `Notes. ${MANAGER_SENTENCE}` })),
            true
        );
        assert.equal(isManagerField(field('ACCOUNT_PLAN__C', 'MANAGER_REVIEW_COMMENTS__C')), true);
    });

    it('field-level security: custom, optional, not master-detail, not custom metadata', () => {
        assert.equal(carriesFls(field('Account_Plan__c', 'Risks__c')), true);
        assert.equal(carriesFls(field('Account_Plan__c', 'Name', { custom: false })), false);
        assert.equal(carriesFls(field('Account_Plan__c', 'Account__c', { required: true })), false);
        assert.equal(
            carriesFls(field('Account_Plan_Objective__c', 'Account_Plan__c', { type: 'MasterDetail' })),
            false
        );
        assert.equal(carriesFls(field('Plan_Setting__mdt', 'Threshold__c')), false);
    });

    it('read-only everywhere: admin-only objects, formulas, auto numbers, roll-up summaries and engine fields', () => {
        assert.equal(isReadOnlyEverywhere(field('Account_Plan__c', 'Risks__c')), false);
        assert.equal(isReadOnlyEverywhere(field('Account_Planning_Log__c', 'Message__c')), true);
        assert.equal(isAdminOnly(field('account_planning_log__c', 'Message__c')), true);
        assert.equal(isAdminOnly(field('Account_Plan__c', 'Message__c')), false);
        assert.equal(isReadOnlyEverywhere(field('Account_Plan__c', 'Forecast__c', { formula: true })), true);
        assert.equal(isReadOnlyEverywhere(field('Account_Plan__c', 'Number__c', { type: 'AutoNumber' })), true);
        assert.equal(isReadOnlyEverywhere(field('Account_Plan__c', 'Count__c', { type: 'Summary' })), true);
        assert.equal(isReadOnlyEverywhere(field('Account_Plan__c', 'Won_Amount__c')), true);
    });

    it('the key account flag is editable by managers and admins only', () => {
        const flag = field('Account', 'Key_Account__c', { type: 'Checkbox' });
        assert.deepEqual(
            [USER_SET, MANAGER_SET, ADMIN_SET].map((set) => expectedEditable(flag, set)),
            [false, true, true]
        );
    });
});

describe('suppression policy, line by line', () => {
    function problems(source: string): string[] {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'suppress-'));
        try {
            const file = path.join(dir, 'C.cls');
            writeFileSync(file, source);
            const findings = new Findings(dir);
            checkSuppressions([file], findings);
            return findings.lines();
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }

    it('accepts a NOPMD reason after a dash, colon or en dash, or on the comment line above', () => {
        assert.deepEqual(problems('x(); // NOPMD - the aggregate exemption applies'), []);
        assert.deepEqual(problems('x(); // NOPMD: the aggregate exemption applies'), []);
        assert.deepEqual(problems('x(); // NOPMD – the aggregate exemption applies'), []);
        assert.deepEqual(problems('// the aggregate exemption applies\nx(); // NOPMD'), []);
        assert.deepEqual(problems('x(); // nopmd because it is safe'), [], 'NOPMD is case-insensitive');
    });

    it('refuses NOPMD with fewer than three words of reason, punctuation not counting', () => {
        assert.deepEqual(problems('x(); // NOPMD - two words'), [
            'C.cls:1: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
        ]);
        assert.deepEqual(problems('x(); // NOPMD - - - -'), [
            'C.cls:1: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
        ]);
        assert.deepEqual(problems('// two words\nx(); // NOPMD'), [
            'C.cls:2: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
        ]);
        assert.deepEqual(
            problems('x();\ny(); // NOPMD'),
            ['C.cls:2: NOPMD without a reason: write `// NOPMD - <why this is safe>`'],
            'code on the line above is no reason'
        );
        assert.deepEqual(problems('x(); // NOPMD\n// the reason is below, too late'), [
            'C.cls:1: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
        ]);
    });

    it('accepts @SuppressWarnings naming rules, with a reason after it or above it', () => {
        assert.deepEqual(problems("@SuppressWarnings('PMD.ApexCRUDViolation') // the aggregate exemption applies"), []);
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings('PMD.A, PMD.B')"), []);
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings( 'PMD.A' )"), []);
    });

    it('refuses @SuppressWarnings that is bare, malformed or without a reason', () => {
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings('pmd')"), [
            "C.cls:2: @SuppressWarnings('pmd') must name one rule: 'PMD.RuleName'"
        ]);
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings('PMD.A, PMDX')"), [
            "C.cls:2: @SuppressWarnings('PMDX') must name one rule: 'PMD.RuleName'"
        ]);
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings('PMD.A.B')"), [
            "C.cls:2: @SuppressWarnings('PMD.A.B') must name one rule: 'PMD.RuleName'"
        ]);
        assert.deepEqual(problems("@SuppressWarnings('PMD.A') // too short"), [
            'C.cls:1: @SuppressWarnings without a reason: add a `// <why>` comment on the line above'
        ]);
        assert.deepEqual(problems("// no\n@SuppressWarnings('PMD.A')"), [
            'C.cls:2: @SuppressWarnings without a reason: add a `// <why>` comment on the line above'
        ]);
        assert.deepEqual(
            problems("// the reason is here\n\n@SuppressWarnings('PMD.A')"),
            ['C.cls:3: @SuppressWarnings without a reason: add a `// <why>` comment on the line above'],
            'only the line just above'
        );
        assert.deepEqual(problems("@SuppressWarnings('PMD')"), [
            "C.cls:1: @SuppressWarnings('PMD') must name one rule: 'PMD.RuleName'",
            'C.cls:1: @SuppressWarnings without a reason: add a `// <why>` comment on the line above'
        ]);
    });

    it('checks every file it is given, each under its own name', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'suppress-'));
        try {
            const files = ['A.cls', 'B.trigger'].map((name) => path.join(dir, name));
            writeFileSync(files[0], 'x(); // NOPMD');
            writeFileSync(files[1], 'ok();\ny(); // NOPMD');
            const findings = new Findings(dir);
            checkSuppressions(files, findings);
            assert.deepEqual(findings.lines(), [
                'A.cls:1: NOPMD without a reason: write `// NOPMD - <why this is safe>`',
                'B.trigger:2: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
            ]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('needs exactly three words of reason, wherever the reason is written', () => {
        const nopmd = 'NOPMD without a reason: write `// NOPMD - <why this is safe>`';
        const sw = '@SuppressWarnings without a reason: add a `// <why>` comment on the line above';
        assert.deepEqual(problems('x(); // NOPMD - aggregate exemption applies'), []);
        assert.deepEqual(problems('// aggregate exemption applies\nx(); // NOPMD'), []);
        assert.deepEqual(problems("@SuppressWarnings('PMD.A') // aggregate exemption applies"), []);
        assert.deepEqual(problems("// aggregate exemption applies\n@SuppressWarnings('PMD.A')"), []);
        assert.deepEqual(problems('x(); // NOPMD - safe — ok'), [`C.cls:1: ${nopmd}`], 'a lone dash is no word');
        assert.deepEqual(problems('x(); // NOPMD(safe: aggregate exemption)'), []);
        assert.deepEqual(problems('x(); //NOPMD'), [`C.cls:1: ${nopmd}`], 'no blank needed after //');
        assert.deepEqual(
            problems('Integer total = 0;\nx(); // NOPMD'),
            [`C.cls:2: ${nopmd}`],
            'three words of code above are no reason'
        );
        assert.deepEqual(problems("Integer total = 0;\n@SuppressWarnings('PMD.A')"), [`C.cls:2: ${sw}`]);
    });

    it('reads the reason after the annotation only, not inside it', () => {
        assert.deepEqual(problems("@SuppressWarnings('PMD.A // the aggregate exemption')"), [
            "C.cls:1: @SuppressWarnings('PMD.A // the aggregate exemption') must name one rule: 'PMD.RuleName'",
            'C.cls:1: @SuppressWarnings without a reason: add a `// <why>` comment on the line above'
        ]);
    });

    it('finds a bare or run-together rule list however the annotation is spaced', () => {
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings ( 'PMD' )"), [
            "C.cls:2: @SuppressWarnings('PMD') must name one rule: 'PMD.RuleName'"
        ]);
        assert.deepEqual(
            problems("// the aggregate exemption applies\n@SuppressWarnings('PMD.ApexDoc PMD.ApexCRUDViolation')"),
            ["C.cls:2: @SuppressWarnings('PMD.ApexDoc PMD.ApexCRUDViolation') must name one rule: 'PMD.RuleName'"],
            'a missing comma'
        );
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings('sf:NoPMD')"), []);
    });

    it('checks files with Windows line ends like any other', () => {
        assert.deepEqual(problems('x(); // NOPMD\r\ny();'), [
            'C.cls:1: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
        ]);
        assert.deepEqual(problems("@SuppressWarnings('PMD.A') // the aggregate exemption applies\r\n"), []);
        assert.deepEqual(problems("// the aggregate exemption applies\r\n@SuppressWarnings('PMD.A')"), []);
    });

    it('accepts other annotations and refuses both Code Analyzer markers', () => {
        assert.deepEqual(problems("// the aggregate exemption applies\n@SuppressWarnings('sf:Something')"), []);
        const marker = 'code-analyzer-suppress markers are not allowed: use NOPMD or @SuppressWarnings with a reason';
        assert.deepEqual(problems('// code-analyzer-suppress(pmd)'), [`C.cls:1: ${marker}`]);
        assert.deepEqual(problems('x();\n// CODE-ANALYZER-UNSUPPRESS'), [`C.cls:2: ${marker}`]);
        assert.deepEqual(problems('// code analyzer suppress is fine as prose'), []);
    });
});
