import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Findings } from '../lib/diagnostics.ts';
import { checkSuppressions } from '../lib/suppressions.ts';
import {
    FAIL_AT_MODERATE,
    REVIEW_SELECTORS,
    builtPackageFiles,
    failsPolicy,
    isReviewedFalsePositive,
    sourceFiles
} from '../scan.ts';
import { BASE, withFixture } from './helpers.ts';

function suppressionProblems(caseName: string, cls: string): Promise<string[]> {
    return withFixture(caseName, (root) => {
        const findings = new Findings(root);
        checkSuppressions([path.join(root, BASE, 'classes', `${cls}.cls`)], findings);
        return findings.lines();
    });
}

describe('scan severity policy', () => {
    it('fails Critical and High findings whatever their tags', () => {
        assert.equal(failsPolicy({ name: 'AnyRule', severity: 1, tags: [] }), true);
        assert.equal(failsPolicy({ name: 'EmptyCatchBlock', severity: 2, tags: ['ErrorProne'] }), true);
    });

    it('fails Moderate findings only for security rules and the listed rules', () => {
        assert.equal(failsPolicy({ name: 'ApexSharingViolations', severity: 3, tags: ['Security'] }), true);
        assert.equal(failsPolicy({ name: 'AvoidHardcodingId', severity: 3, tags: ['ErrorProne'] }), true);
        assert.equal(failsPolicy({ name: 'OperationWithLimitsInLoop', severity: 3, tags: ['Performance'] }), true);
        assert.equal(failsPolicy({ name: 'IfStmtsMustUseBraces', severity: 3, tags: ['CodeStyle'] }), false);
        assert.deepEqual([...FAIL_AT_MODERATE].sort(), ['AvoidHardcodingId', 'OperationWithLimitsInLoop']);
    });

    it('reports Low and Info findings without failing, even security ones', () => {
        assert.equal(failsPolicy({ name: 'AvoidHardcodingId', severity: 4, tags: ['Security'] }), false);
        assert.equal(failsPolicy({ name: 'Anything', severity: 5, tags: ['Security'] }), false);
    });

    it('accepts only the listed XML false positives, for their rule and files', () => {
        const keyField =
            'force-app/main/default/objects/Account_Plan_Stakeholder__c/fields/Unique_Key__c.field-meta.xml';
        assert.equal(isReviewedFalsePositive('ProtectSensitiveData', keyField), true);
        assert.equal(isReviewedFalsePositive('ApexCRUDViolation', keyField), false);
        assert.equal(
            isReviewedFalsePositive(
                'ProtectSensitiveData',
                'force-app/main/default/objects/X__c/fields/Api_Key__c.field-meta.xml'
            ),
            false
        );
    });

    it('uses the security review selections', () => {
        assert.deepEqual(REVIEW_SELECTORS, ['AppExchange', 'Recommended:Security']);
    });
});

describe('scan file sets', () => {
    it('scans the built package (emitted .js, static resources) for the review and the sources for the house run', async () => {
        await withFixture('scan-vulnerable-chartjs', (root) => {
            const rel = (files: string[]): string[] =>
                files.map((f) => path.relative(root, f).split(path.sep).join('/'));
            const built = rel(builtPackageFiles(root));
            assert.ok(
                built.includes(`${BASE}/staticresources/chartjs_legacy.js`),
                'static resources are in the package'
            );
            assert.ok(!built.some((f) => f.endsWith('.ts')), 'TypeScript sources are not deployed');
            const sources = rel(sourceFiles(root));
            assert.ok(sources.includes(`${BASE}/lwc/planCard/planCard.ts`), 'component sources are scanned');
            assert.ok(!sources.some((f) => f.includes('/staticresources/')), 'third-party resources are not ours');
            return undefined;
        });
    });
});

describe('suppression policy', () => {
    it('fails NOPMD and @SuppressWarnings without a reason', async () => {
        const lines = await suppressionProblems('suppression-without-reason', 'Suppressed');
        assert.ok(
            lines.some((l) => /Suppressed\.cls:9: @SuppressWarnings without a reason/.test(l)),
            lines.join('\n')
        );
        assert.ok(
            lines.some((l) => /Suppressed\.cls:11: NOPMD without a reason/.test(l)),
            lines.join('\n')
        );
    });

    it("fails a bare @SuppressWarnings('PMD') even with a reason", async () => {
        assert.deepEqual(await suppressionProblems('suppression-bare-pmd', 'BareSuppression'), [
            "force-app/main/default/classes/BareSuppression.cls:10: @SuppressWarnings('PMD') must name one rule: 'PMD.RuleName'"
        ]);
    });

    it('fails one-word reasons after NOPMD and after @SuppressWarnings', async () => {
        assert.deepEqual(await suppressionProblems('suppression-one-word', 'OneWordReason'), [
            'force-app/main/default/classes/OneWordReason.cls:9: @SuppressWarnings without a reason: add a `// <why>` comment on the line above',
            'force-app/main/default/classes/OneWordReason.cls:11: NOPMD without a reason: write `// NOPMD - <why this is safe>`'
        ]);
    });

    it('fails code-analyzer-suppress markers', async () => {
        assert.deepEqual(await suppressionProblems('suppression-marker', 'AnalyzerMarker'), [
            'force-app/main/default/classes/AnalyzerMarker.cls:10: code-analyzer-suppress markers are not allowed: use NOPMD or @SuppressWarnings with a reason'
        ]);
    });

    it('accepts suppressions that give their reason', async () => {
        await withFixture(
            'suppression-without-reason',
            (root) => {
                const findings = new Findings(root);
                checkSuppressions([path.join(root, BASE, 'classes', 'Suppressed.cls')], findings);
                assert.deepEqual(findings.lines(), []);
                return undefined;
            },
            {
                [`${BASE}/classes/Suppressed.cls`]: (t) =>
                    t
                        .replace(
                            "    @SuppressWarnings('PMD.ApexCRUDViolation')",
                            "    // roll-up code: system mode is the documented aggregate exemption\n    @SuppressWarnings('PMD.ApexCRUDViolation')"
                        )
                        .replace('// NOPMD', '// NOPMD - aggregate exemption, see class comment')
            }
        );
    });
});
