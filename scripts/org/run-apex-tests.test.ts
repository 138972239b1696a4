import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    DEFAULT_COVERAGE_THRESHOLD,
    buildApexTestArgs,
    evaluateApexTestRun,
    parsePercent,
    parseRunApexTestsArgs,
    runApexTests,
    type ApexTestRunResult
} from './lib/apex-tests';
import { MemoryLogger } from './lib/cli';
import { FakeSfRunner, fixture, flag } from './lib/fake-sf';
import { NotAuthorisedError, SfOutputParseError, UsageError } from './lib/sf';

const resultOf = (name: string): ApexTestRunResult => fixture(name).result as ApexTestRunResult;

describe('parseRunApexTestsArgs', () => {
    it('defaults to the default org, 85% and 30 minutes', () => {
        const options = parseRunApexTestsArgs([]);
        assert.equal(options.targetOrg, undefined, 'no target org by default');
        assert.equal(options.threshold, DEFAULT_COVERAGE_THRESHOLD, 'default threshold');
        assert.equal(DEFAULT_COVERAGE_THRESHOLD, 85, 'the default threshold is 85%');
        assert.equal(options.wait, 30, 'default wait');
    });

    it('reads --target-org, --threshold and --wait', () => {
        const options = parseRunApexTestsArgs([
            '--target-org',
            'sap-ci',
            '--threshold',
            '90',
            '--wait',
            '45',
            '--output-dir',
            'reports/apex'
        ]);
        assert.equal(options.targetOrg, 'sap-ci', 'target org');
        assert.equal(options.threshold, 90, 'threshold');
        assert.equal(options.wait, 45, 'wait');
        assert.equal(options.outputDir, 'reports/apex', 'output dir');
    });

    it('rejects thresholds outside 1-100 and unknown flags', () => {
        assert.throws(() => parseRunApexTestsArgs(['--threshold', '0']), UsageError, 'zero');
        assert.throws(() => parseRunApexTestsArgs(['--threshold', '101']), UsageError, 'over 100');
        assert.throws(() => parseRunApexTestsArgs(['--threshold', 'high']), UsageError, 'not a number');
        assert.throws(() => parseRunApexTestsArgs(['--coverage']), UsageError, 'unknown flag');
    });
});

describe('buildApexTestArgs', () => {
    it('asks for RunLocalTests with coverage and JSON results', () => {
        assert.deepEqual(
            buildApexTestArgs({ wait: 30 }),
            [
                'apex',
                'run',
                'test',
                '--test-level',
                'RunLocalTests',
                '--code-coverage',
                '--result-format',
                'json',
                '--wait',
                '30'
            ],
            'the default org is used when no target is given'
        );
        assert.equal(
            flag(buildApexTestArgs({ wait: 30, targetOrg: 'sap-ci' }), '--target-org'),
            'sap-ci',
            'target org is passed through'
        );
    });
});

describe('parsePercent', () => {
    it('reads the CLI percentage strings', () => {
        assert.equal(parsePercent('86%'), 86, '"86%"');
        assert.equal(parsePercent('85.5%'), 85.5, '"85.5%"');
        assert.equal(parsePercent(91), 91, 'number');
        assert.equal(parsePercent(undefined), null, 'missing');
        assert.equal(parsePercent('n/a'), null, 'garbage');
    });
});

describe('evaluateApexTestRun', () => {
    it('passes a green run above the threshold and sorts classes by coverage', () => {
        const report = evaluateApexTestRun(resultOf('apex-run-test-passed.json'), 85);
        assert.equal(report.passed, true, 'the run passes');
        assert.equal(report.orgWideCoverage, 92, 'org-wide coverage from the summary');
        assert.equal(report.testsRan, 8, 'tests run');
        assert.equal(report.failing, 0, 'no failures');
        assert.deepEqual(report.problems, [], 'no problems');
        const percents = report.classes.map((c) => c.coveredPercent);
        assert.deepEqual(
            percents,
            [...percents].sort((a, b) => a - b),
            'classes are sorted lowest coverage first'
        );
        assert.equal(report.classes[0].name, 'CurrencyConverter', 'the least covered class comes first');
    });

    it('fails a run with a failing test and reports its message and stack trace', () => {
        const report = evaluateApexTestRun(resultOf('apex-run-test-failed.json'), 85);
        assert.equal(report.passed, false, 'the run fails');
        assert.equal(report.failing, 1, 'one failure');
        assert.equal(
            report.failures[0].name,
            'PlanRollupCalculatorTest.it_should_sum_won_lost_and_open_amounts',
            'failing method'
        );
        assert.match(report.failures[0].message, /Expected: 1500\.00, Actual: 1000\.00/, 'assertion message');
        assert.match(report.failures[0].stackTrace, /line 57/, 'stack trace');
        assert.match(report.problems.join('\n'), /1 test method\(s\) failed/, 'problem summary');
    });

    it('fails a green run whose org-wide coverage is under the threshold, and passes it at a lower threshold', () => {
        const low = resultOf('apex-run-test-low-coverage.json');
        const strict = evaluateApexTestRun(low, 85);
        assert.equal(strict.passed, false, 'below 85% fails');
        assert.equal(strict.orgWideCoverage, 78, 'coverage read');
        assert.match(strict.problems.join('\n'), /78% is below the required 85%/, 'says why');
        assert.equal(evaluateApexTestRun(low, 75).passed, true, '78% passes a 75% threshold');
    });

    it('computes coverage from the classes when the summary has none', () => {
        const result = resultOf('apex-run-test-passed.json');
        delete result.summary.orgWideCoverage;
        if (result.coverage?.summary) delete result.coverage.summary.orgWideCoverage;
        const lines = (result.coverage?.coverage ?? []).reduce((s, c) => s + c.totalLines, 0);
        const covered = (result.coverage?.coverage ?? []).reduce((s, c) => s + c.totalCovered, 0);
        assert.equal(
            evaluateApexTestRun(result, 85).orgWideCoverage,
            Math.round((covered / lines) * 100),
            'covered / total lines'
        );
    });

    it('fails when no tests ran or no coverage came back', () => {
        const result = resultOf('apex-run-test-passed.json');
        result.tests = [];
        result.summary.testsRan = 0;
        result.summary.passing = 0;
        delete result.summary.orgWideCoverage;
        delete result.coverage;
        const report = evaluateApexTestRun(result, 85);
        assert.equal(report.passed, false, 'an empty run fails');
        assert.match(report.problems.join('\n'), /No tests ran/, 'says no tests ran');
        assert.match(report.problems.join('\n'), /no coverage/, 'says coverage is missing');
    });

    it('rejects output that is not a test result', () => {
        assert.throws(() => evaluateApexTestRun({} as ApexTestRunResult, 85), SfOutputParseError, 'missing summary');
    });
});

describe('runApexTests', () => {
    it('accepts the CLI status 100 of a failed run and prints the failures', async () => {
        const sf = new FakeSfRunner().on('apex run test', fixture('apex-run-test-failed.json'));
        const log = new MemoryLogger();
        const report = await runApexTests(parseRunApexTestsArgs(['--target-org', 'sap-ci']), { sf, log });
        assert.equal(report.passed, false, 'the run fails');
        assert.deepEqual(sf.calls[0].options?.okStatuses, [100], 'status 100 is accepted as a result');
        assert.equal(flag(sf.calls[0].args, '--target-org'), 'sap-ci', 'the org is passed');
        assert.match(
            log.text(),
            /ERROR PlanRollupCalculatorTest\.it_should_sum_won_lost_and_open_amounts: System\.AssertException/,
            'failure printed'
        );
        assert.match(log.text(), /Org-wide coverage: 92% \(required: 85%\)/, 'coverage printed');
    });

    it('prints one coverage line per class and flags classes under 75%', async () => {
        const sf = new FakeSfRunner().on('apex run test', fixture('apex-run-test-low-coverage.json'));
        const log = new MemoryLogger();
        const report = await runApexTests(parseRunApexTestsArgs([]), { sf, log });
        assert.equal(report.passed, false, '78% fails the default threshold');
        assert.match(log.text(), /INFO CurrencyConverter\s+65%\s+\(42\/64 lines\)\s+<- under 75%/, 'low class flagged');
        assert.match(
            log.text(),
            /INFO PlanRollupCalculator\s+80%\s+\(115\/142 lines\)$/m,
            'classes at or above 75% are not flagged'
        );
        assert.match(log.text(), /ERROR Org-wide coverage 78% is below the required 85%\./, 'verdict printed');
    });

    it('surfaces "no default org" as NotAuthorisedError', async () => {
        const sf = new FakeSfRunner().on('apex run test', fixture('error-no-default-env.json'));
        await assert.rejects(
            runApexTests(parseRunApexTestsArgs([]), { sf, log: new MemoryLogger() }),
            NotAuthorisedError,
            'no org is an auth error'
        );
    });
});
