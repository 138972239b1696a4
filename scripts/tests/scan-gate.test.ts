/**
 * The scan gate spawned on one tree holding every scan-policy and suppression case (one Code Analyzer run):
 * it must exit 1, print each failing case and report the style finding without failing. Slow (Java, ESLint):
 * kept out of the mutation runs (stryker.scripts.config.mjs), which use the unit tests beside it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureTree, removeTree, runGate, type Outcome } from './helpers.ts';

/** Every scan-policy and suppression case, one class (or resource) each, scanned in one tree to keep CI fast. */
const POLICY_CASES = [
    'scan-high',
    'scan-moderate-security',
    'scan-hardcoded-id',
    'soql-in-loop',
    'scan-moderate-reported',
    'scan-vulnerable-chartjs',
    'suppression-without-reason',
    'suppression-bare-pmd',
    'suppression-one-word',
    'suppression-marker'
];

describe('scan gate on every policy case (Code Analyzer: PMD, ESLint, RetireJS), spawned', () => {
    let outcome: Outcome;
    let root = '';
    before(async () => {
        root = fixtureTree(POLICY_CASES);
        outcome = await runGate('scan.ts', root, ['--verbose']);
    });
    after(() => removeTree(root));

    /** Failing findings are printed on stderr as `file:line: message`; --verbose prints the reported ones too. */
    const printed = (pattern: RegExp): void =>
        assert.ok(
            outcome.output.split('\n').some((l) => pattern.test(l)),
            `expected a line matching ${pattern}, got:\n${outcome.output}`
        );

    it('exits 1 and counts every failing case', () => {
        assert.equal(outcome.code, 1, outcome.output);
        printed(/^scan: 11 problem\(s\)$/);
    });
    it('fails a High finding without a Security tag (EmptyCatchBlock)', () =>
        printed(/SwallowedFailure\.cls:\d+: pmd:EmptyCatchBlock \(severity 2\)/));
    it('fails a Moderate security finding (ApexSharingViolations)', () =>
        printed(/NoSharingDeclared\.cls:\d+: pmd:ApexSharingViolations \(severity 3\)/));
    it('fails a hard-coded Id (AvoidHardcodingId, listed)', () =>
        printed(/HardcodedId\.cls:\d+: pmd:AvoidHardcodingId \(severity 3\)/));
    it('fails SOQL in a loop (OperationWithLimitsInLoop, listed)', () =>
        printed(/LoopQuery\.cls:\d+: pmd:OperationWithLimitsInLoop/));
    it('fails a static resource with a known-vulnerable Chart.js (RetireJS)', () =>
        printed(
            /chartjs_legacy\.js:\d+: retire-js:LibraryWithKnownHighSeverityVulnerability \(severity 2\): .*chart\.js/i
        ));
    it('fails every suppression case', () => {
        printed(/Suppressed\.cls:9: @SuppressWarnings without a reason/);
        printed(/BareSuppression\.cls:10: @SuppressWarnings\('PMD'\) must name one rule/);
        printed(/OneWordReason\.cls:11: NOPMD without a reason/);
        printed(/AnalyzerMarker\.cls:10: code-analyzer-suppress markers are not allowed/);
    });
    it('reports a Moderate style finding without failing', () => {
        const lines = outcome.output.split('\n').filter((l) => l.includes('MissingBraces'));
        assert.ok(
            lines.some((l) => /MissingBraces\.cls:\d+: pmd:IfStmtsMustUseBraces/.test(l)),
            outcome.output
        );
        assert.ok(!/scan: 1[2-9] problem/.test(outcome.output), 'the style finding is not counted');
    });
    it('writes the review-format HTML report with the RetireJS finding, and the house report', () => {
        const html = readFileSync(path.join(root, 'reports', 'code-analyzer-review.html'), 'utf8');
        assert.match(html, /LibraryWithKnownHighSeverityVulnerability/);
        assert.ok(existsSync(path.join(root, 'reports', 'code-analyzer-review.sarif')));
        assert.ok(existsSync(path.join(root, 'reports', 'code-analyzer.html')));
        printed(/in the security review's selection/);
    });
});
