import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    RUN_APEX_TESTS_HELP,
    buildApexTestArgs,
    evaluateApexTestRun,
    parsePercent,
    parseRunApexTestsArgs,
    printApexTestReport,
    runApexTests,
    type ApexClassCoverage,
    type ApexTestReport,
    type ApexTestResultRow,
    type ApexTestRunResult
} from './lib/apex-tests';
import { MemoryLogger } from './lib/cli';
import { FakeSfRunner, fixture } from './lib/fake-sf';
import { SfOutputParseError, UsageError } from './lib/sf';

const SCRIPT = 'npm run test:apex';

const row = (overrides: Partial<ApexTestResultRow> = {}): ApexTestResultRow => ({
    Outcome: 'Pass',
    MethodName: 'it_should_work',
    FullName: 'PlanTest.it_should_work',
    Message: null,
    StackTrace: null,
    ApexClass: { Name: 'PlanTest' },
    ...overrides
});

const cls = (name: string, totalCovered: number, totalLines: number): ApexClassCoverage => ({
    name,
    totalLines,
    totalCovered,
    coveredPercent: Math.round((totalCovered / totalLines) * 100)
});

/** A green run of two tests with 90% org-wide coverage; tests override single parts. */
function run(overrides: Partial<ApexTestRunResult> = {}): ApexTestRunResult {
    return {
        summary: { outcome: 'Passed', testsRan: 2, passing: 2, failing: 0, skipped: 0, orgWideCoverage: '90%' },
        tests: [row(), row({ MethodName: 'it_should_also_work', FullName: 'PlanTest.it_should_also_work' })],
        coverage: { coverage: [cls('PlanService', 9, 10)] },
        ...overrides
    };
}

const report = (overrides: Partial<ApexTestReport> = {}): ApexTestReport => ({
    passed: true,
    testsRan: 3,
    passing: 2,
    failing: 0,
    skipped: 1,
    orgWideCoverage: 88,
    threshold: 85,
    failures: [],
    classes: [],
    problems: [],
    ...overrides
});

const usageError = (message: string) => (error: unknown) => {
    assert.ok(error instanceof UsageError, 'a usage error');
    assert.equal(error.message, message, 'its message');
    assert.equal(error.command, SCRIPT, 'names the script');
    return true;
};

describe('the test:apex command line', () => {
    it('reads -h and --help, and no help by default', () => {
        assert.equal(parseRunApexTestsArgs([]).help, false, 'no help by default');
        assert.equal(parseRunApexTestsArgs(['-h']).help, true, '-h');
        assert.equal(parseRunApexTestsArgs(['--help']).help, true, '--help');
    });

    it('names the flag and the script in its usage errors', () => {
        assert.throws(
            () => parseRunApexTestsArgs(['--threshold', '101']),
            usageError('--threshold must be a whole number from 1 to 100; got "101".'),
            'threshold over 100'
        );
        assert.throws(
            () => parseRunApexTestsArgs(['--wait', '0']),
            usageError('--wait must be a whole number from 1; got "0".'),
            'zero minutes'
        );
        assert.throws(
            () => parseRunApexTestsArgs(['--coverage']),
            (error: unknown) =>
                error instanceof UsageError &&
                error.command === SCRIPT &&
                error.actions.join('\n') === `See the flags: ${SCRIPT} -- --help`,
            'an unknown flag points to the help'
        );
    });

    it('passes --target-org and --output-dir after the fixed arguments', () => {
        assert.deepEqual(
            buildApexTestArgs(parseRunApexTestsArgs(['-o', 'sap-ci', '-w', '5', '-d', 'reports/apex'])),
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
                '5',
                '--target-org',
                'sap-ci',
                '--output-dir',
                'reports/apex'
            ],
            'every flag reaches the CLI'
        );
    });

    it('documents the script, every flag and the defaults in its help', () => {
        assert.match(RUN_APEX_TESTS_HELP, /^Usage: npm run test:apex -- \[flags\]$/m, 'usage line');
        for (const line of [
            '  --target-org <alias>',
            '  --threshold <percent>  Minimum org-wide coverage, 1-100 (default: 85).',
            '  --wait <minutes>       How long to wait for the run (default: 30).',
            '  --output-dir <dir>',
            '  -h, --help             Show this help.'
        ]) {
            assert.ok(
                RUN_APEX_TESTS_HELP.split('\n').some((l) => l.startsWith(line)),
                `the help has the line "${line}"`
            );
        }
    });
});

describe('parsePercent', () => {
    it('reads a number with spaces around it and refuses what is not one', () => {
        assert.equal(parsePercent(' 86% '), 86, 'spaces');
        assert.equal(parsePercent('0%'), 0, 'zero');
        assert.equal(parsePercent(''), null, 'empty');
        assert.equal(parsePercent(Number.NaN), null, 'NaN');
        assert.equal(parsePercent(Number.POSITIVE_INFINITY), null, 'infinity');
        assert.equal(parsePercent(['86%']), null, 'only strings and numbers are read');
    });
});

describe('evaluateApexTestRun, in detail', () => {
    it('reports every figure of a green run', () => {
        const result = run({
            summary: { outcome: 'Passed', testsRan: 4, passing: 3, failing: 0, skipped: 1, orgWideCoverage: '90%' },
            coverage: { coverage: [cls('PlanService', 9, 10), cls('AccountPlanTrigger', 1, 4)] }
        });
        assert.deepEqual(
            evaluateApexTestRun(result, 85),
            {
                passed: true,
                testsRan: 4,
                passing: 3,
                failing: 0,
                skipped: 1,
                orgWideCoverage: 90,
                threshold: 85,
                failures: [],
                classes: [cls('AccountPlanTrigger', 1, 4), cls('PlanService', 9, 10)],
                problems: []
            },
            'the whole report'
        );
    });

    it('sorts classes of equal coverage by name', () => {
        const result = run({ coverage: { coverage: [cls('Zeta', 1, 2), cls('Alpha', 1, 2), cls('Mid', 3, 4)] } });
        assert.deepEqual(
            evaluateApexTestRun(result, 85).classes.map((c) => c.name),
            ['Alpha', 'Zeta', 'Mid'],
            'lowest first, then by name'
        );
    });

    it('passes at exactly the threshold', () => {
        const result = run({ summary: { ...run().summary, orgWideCoverage: '85%' } });
        assert.deepEqual(evaluateApexTestRun(result, 85).problems, [], 'coverage equal to the threshold is enough');
    });

    it('counts compile failures, and names a test by class and method when the CLI gives no full name', () => {
        const result = run({
            tests: [
                row({ Outcome: 'CompileFail', FullName: '', MethodName: 'broken', Message: 'Variable does not exist' }),
                row({ Outcome: 'Fail', FullName: '', MethodName: 'orphan', ApexClass: undefined as never }),
                row({ Outcome: 'Skip' })
            ],
            summary: { ...run().summary, outcome: 'Failed', failing: 0 }
        });
        const evaluated = evaluateApexTestRun(result, 85);
        assert.deepEqual(
            evaluated.failures,
            [
                { name: 'PlanTest.broken', message: 'Variable does not exist', stackTrace: '' },
                { name: 'orphan', message: '', stackTrace: '' }
            ],
            'both failures, without made-up text'
        );
        assert.equal(evaluated.failing, 2, 'failures counted from the rows when the summary says 0');
        assert.deepEqual(evaluated.problems, ['2 test method(s) failed.'], 'one problem for the failures');
    });

    it('trusts the summary when it counts more failures than the rows show', () => {
        const result = run({ summary: { ...run().summary, outcome: 'Failed', failing: 3 } });
        const evaluated = evaluateApexTestRun(result, 85);
        assert.equal(evaluated.failing, 3, 'the summary count');
        assert.deepEqual(evaluated.problems, ['3 test method(s) failed.'], 'the problem names it');
    });

    it('fails a run whose outcome is not Passed even with no failed method', () => {
        const result = run({ summary: { ...run().summary, outcome: 'Aborted' } });
        assert.deepEqual(
            evaluateApexTestRun(result, 85).problems,
            ['The test run finished with outcome "Aborted".'],
            'the outcome is quoted'
        );
    });

    it('takes the summary coverage over the classes, then the coverage summary, then the classes', () => {
        const classes = [cls('PlanService', 1, 2)];
        assert.equal(
            evaluateApexTestRun(run({ coverage: { coverage: classes } }), 85).orgWideCoverage,
            90,
            'the test summary first'
        );
        const noSummaryFigure = run().summary;
        delete noSummaryFigure.orgWideCoverage;
        assert.equal(
            evaluateApexTestRun(
                run({ summary: noSummaryFigure, coverage: { coverage: classes, summary: { orgWideCoverage: '77%' } } }),
                85
            ).orgWideCoverage,
            77,
            'then the coverage summary'
        );
        assert.equal(
            evaluateApexTestRun(run({ summary: noSummaryFigure, coverage: { coverage: classes } }), 85).orgWideCoverage,
            50,
            'then the classes'
        );
    });

    it('reports no coverage, and no classes, when the CLI sent none', () => {
        const summary = run().summary;
        delete summary.orgWideCoverage;
        const evaluated = evaluateApexTestRun(run({ summary, coverage: undefined }), 85);
        assert.equal(evaluated.orgWideCoverage, null, 'unknown coverage');
        assert.deepEqual(evaluated.classes, [], 'no classes');
        assert.deepEqual(evaluated.problems, ['The CLI returned no coverage figures.'], 'the problem');
    });

    it('refuses a result without a summary or without its tests, naming the command', () => {
        const refused = (error: unknown): boolean => {
            assert.ok(error instanceof SfOutputParseError, 'a parse error');
            assert.equal(
                error.message,
                'The Apex test result has no summary/tests: was --code-coverage --result-format json used?',
                'its message'
            );
            assert.equal(error.command, 'sf apex run test', 'the command');
            return true;
        };
        const { summary, tests } = run();
        assert.throws(() => evaluateApexTestRun({ tests } as ApexTestRunResult, 85), refused, 'no summary');
        assert.throws(() => evaluateApexTestRun({ summary } as ApexTestRunResult, 85), refused, 'no tests');
        assert.throws(() => evaluateApexTestRun(null as never, 85), refused, 'no result');
    });
});

describe('printApexTestReport', () => {
    it('prints the counts, one padded line per class and the verdict', () => {
        const log = new MemoryLogger();
        printApexTestReport(
            report({ classes: [cls('Svc', 3, 4), cls('AccountPlanTriggerHandler', 9, 10), cls('Rollup', 1, 1)] }),
            log
        );
        assert.deepEqual(
            log.lines,
            [
                'STEP Apex test results',
                'INFO Tests run: 3   passed: 2   failed: 0   skipped: 1',
                'STEP Coverage per class or trigger (lowest first)',
                'INFO Svc                         75%  (3/4 lines)',
                'INFO AccountPlanTriggerHandler   90%  (9/10 lines)',
                'INFO Rollup                     100%  (1/1 lines)',
                'INFO ',
                'INFO Org-wide coverage: 88% (required: 85%)',
                'OK All Apex tests passed and coverage meets the threshold.'
            ],
            'the whole output'
        );
    });

    it('pads short class names to ten characters and flags those under 75%', () => {
        const log = new MemoryLogger();
        printApexTestReport(report({ classes: [cls('Svc', 74, 100)] }), log);
        assert.equal(log.lines[3], 'INFO Svc          74%  (74/100 lines)  <- under 75%', 'padded and flagged');
    });

    it('prints no class section without classes, and unknown coverage, failures and problems', () => {
        const log = new MemoryLogger();
        printApexTestReport(
            report({
                passed: false,
                orgWideCoverage: null,
                failing: 2,
                failures: [
                    {
                        name: 'PlanTest.a',
                        message: 'boom',
                        stackTrace: 'Class.PlanTest.a: line 3\nClass.Util.b: line 9'
                    },
                    { name: 'PlanTest.b', message: 'bang', stackTrace: '' }
                ],
                problems: ['2 test method(s) failed.', 'The CLI returned no coverage figures.']
            }),
            log
        );
        assert.deepEqual(
            log.lines,
            [
                'STEP Apex test results',
                'INFO Tests run: 3   passed: 2   failed: 2   skipped: 1',
                'INFO ',
                'INFO Org-wide coverage: unknown (required: 85%)',
                'ERROR PlanTest.a: boom',
                'INFO     Class.PlanTest.a: line 3\n    Class.Util.b: line 9',
                'ERROR PlanTest.b: bang',
                'ERROR 2 test method(s) failed.',
                'ERROR The CLI returned no coverage figures.'
            ],
            'the whole output'
        );
    });
});

describe('runApexTests, in detail', () => {
    it('says which org it tests and how long it waits', async () => {
        const sf = new FakeSfRunner().on('apex run test', fixture('apex-run-test-passed.json'));
        const log = new MemoryLogger();
        await runApexTests(parseRunApexTestsArgs(['--wait', '12']), { sf, log });
        assert.deepEqual(
            log.lines.slice(0, 2),
            [
                'STEP Running local Apex tests in the default org (RunLocalTests, with coverage)',
                'INFO This can take several minutes; waiting up to 12 minutes.'
            ],
            'the default org'
        );
        const named = new MemoryLogger();
        await runApexTests(parseRunApexTestsArgs(['-o', 'sap-ci']), { sf, log: named });
        assert.equal(
            named.lines[0],
            'STEP Running local Apex tests in sap-ci (RunLocalTests, with coverage)',
            'the named org'
        );
    });

    it('refuses a threshold outside 1-100 before calling the CLI', async () => {
        for (const threshold of [0, 101]) {
            const sf = new FakeSfRunner();
            await assert.rejects(
                runApexTests({ ...parseRunApexTestsArgs([]), threshold }, { sf, log: new MemoryLogger() }),
                usageError('--threshold must be between 1 and 100.'),
                `threshold ${threshold}`
            );
            assert.equal(sf.calls.length, 0, 'the CLI was not called');
        }
        for (const threshold of [1, 100]) {
            const sf = new FakeSfRunner().on('apex run test', fixture('apex-run-test-passed.json'));
            await runApexTests({ ...parseRunApexTestsArgs([]), threshold }, { sf, log: new MemoryLogger() });
            assert.equal(sf.calls.length, 1, `threshold ${threshold} is accepted`);
        }
    });
});
