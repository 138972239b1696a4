/**
 * `npm run test:apex`: runs the org's local Apex tests with coverage, prints a summary and fails when a
 * test fails or org-wide coverage is under the threshold (85% by default; AppExchange needs 75%).
 */
import { parseFlags, positiveInteger, stringFlag, type Logger } from './cli';
import { SfOutputParseError, UsageError, isRecord, type SfRunner } from './sf';

const SCRIPT = 'npm run test:apex';
export const DEFAULT_COVERAGE_THRESHOLD = 85;
export const DEFAULT_WAIT_MINUTES = 30;
/** `sf apex run test` exits with 100 when tests ran and some failed; the JSON result is still complete. */
export const TESTS_FAILED_STATUS = 100;

export const RUN_APEX_TESTS_HELP = `Run the Apex tests in an org (RunLocalTests, with code coverage) and check the results.

Usage: ${SCRIPT} -- [flags]

Flags:
  --target-org <alias>   Org to test (default: the CLI's default org, e.g. the one npm run org:create made).
  --threshold <percent>  Minimum org-wide coverage, 1-100 (default: ${DEFAULT_COVERAGE_THRESHOLD}).
  --wait <minutes>       How long to wait for the run (default: ${DEFAULT_WAIT_MINUTES}).
  --output-dir <dir>     Also write the CLI's result files there (JSON, JUnit XML, coverage), e.g. for CI.
  -h, --help             Show this help.

Exit code 0 when every test passed and coverage >= threshold, 1 otherwise.`;

export interface RunApexTestsOptions {
    help: boolean;
    targetOrg?: string;
    threshold: number;
    wait: number;
    outputDir?: string;
}

export function parseRunApexTestsArgs(argv: readonly string[]): RunApexTestsOptions {
    const v = parseFlags(
        argv,
        {
            'target-org': { type: 'string', short: 'o' },
            threshold: { type: 'string' },
            wait: { type: 'string', short: 'w' },
            'output-dir': { type: 'string', short: 'd' },
            help: { type: 'boolean', short: 'h' }
        },
        SCRIPT
    );
    return {
        help: v.help === true,
        targetOrg: stringFlag(v['target-org']),
        threshold: positiveInteger(v.threshold, '--threshold', DEFAULT_COVERAGE_THRESHOLD, SCRIPT, 100),
        wait: positiveInteger(v.wait, '--wait', DEFAULT_WAIT_MINUTES, SCRIPT),
        outputDir: stringFlag(v['output-dir'])
    };
}

export function buildApexTestArgs(options: Pick<RunApexTestsOptions, 'targetOrg' | 'wait' | 'outputDir'>): string[] {
    const args = [
        'apex',
        'run',
        'test',
        '--test-level',
        'RunLocalTests',
        '--code-coverage',
        '--result-format',
        'json',
        '--wait',
        String(options.wait)
    ];
    if (options.targetOrg) args.push('--target-org', options.targetOrg);
    if (options.outputDir) args.push('--output-dir', options.outputDir);
    return args;
}

// --- The CLI's JSON result (`sf apex run test --code-coverage --json`), only the parts we read ---

export interface ApexTestRunSummary {
    outcome: string;
    testsRan: number;
    passing: number;
    failing: number;
    skipped: number;
    passRate?: string;
    orgWideCoverage?: string;
    testRunCoverage?: string;
    testTotalTime?: string;
    username?: string;
    testRunId?: string;
}

export interface ApexTestResultRow {
    Outcome: string;
    MethodName: string;
    FullName: string;
    Message: string | null;
    StackTrace: string | null;
    ApexClass: { Name: string };
}

export interface ApexClassCoverage {
    name: string;
    totalLines: number;
    totalCovered: number;
    coveredPercent: number;
}

export interface ApexTestRunResult {
    summary: ApexTestRunSummary;
    tests: ApexTestResultRow[];
    coverage?: {
        coverage: ApexClassCoverage[];
        summary?: { totalLines?: number; coveredLines?: number; orgWideCoverage?: string; testRunCoverage?: string };
    };
}

export interface ApexTestReport {
    passed: boolean;
    testsRan: number;
    passing: number;
    failing: number;
    skipped: number;
    orgWideCoverage: number | null;
    threshold: number;
    failures: { name: string; message: string; stackTrace: string }[];
    classes: ApexClassCoverage[];
    problems: string[];
}

/** "86%" -> 86 (parseFloat skips leading spaces and stops at the "%"); undefined/garbage -> null. */
export function parsePercent(value: unknown): number | null {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value !== 'string') return null;
    const n = Number.parseFloat(value);
    return Number.isFinite(n) ? n : null;
}

/** Turns the CLI result into a verdict. Pure: no I/O. */
export function evaluateApexTestRun(result: ApexTestRunResult, threshold: number): ApexTestReport {
    if (!isRecord(result) || !isRecord(result.summary) || !Array.isArray(result.tests)) {
        throw new SfOutputParseError(
            'The Apex test result has no summary/tests: was --code-coverage --result-format json used?',
            {
                command: 'sf apex run test'
            }
        );
    }
    const { summary } = result;
    const failures = result.tests
        .filter((t) => t.Outcome === 'Fail' || t.Outcome === 'CompileFail')
        .map((t) => ({
            name: t.FullName || (t.ApexClass?.Name ? `${t.ApexClass.Name}.${t.MethodName}` : t.MethodName),
            message: t.Message ?? '',
            stackTrace: t.StackTrace ?? ''
        }));
    const classes = [...(result.coverage?.coverage ?? [])].sort(
        (a, b) => a.coveredPercent - b.coveredPercent || a.name.localeCompare(b.name)
    );

    let orgWideCoverage = parsePercent(summary.orgWideCoverage ?? result.coverage?.summary?.orgWideCoverage);
    if (orgWideCoverage === null) {
        const total = classes.reduce((s, c) => s + c.totalLines, 0);
        const covered = classes.reduce((s, c) => s + c.totalCovered, 0);
        orgWideCoverage = total > 0 ? Math.round((covered / total) * 100) : null;
    }

    const problems: string[] = [];
    const failing = Math.max(summary.failing ?? 0, failures.length);
    if (failing > 0) problems.push(`${failing} test method(s) failed.`);
    else if (summary.outcome && summary.outcome !== 'Passed')
        problems.push(`The test run finished with outcome "${summary.outcome}".`);
    if ((summary.testsRan ?? 0) === 0) problems.push('No tests ran: was the package deployed to this org?');
    if (orgWideCoverage === null) problems.push('The CLI returned no coverage figures.');
    else if (orgWideCoverage < threshold)
        problems.push(`Org-wide coverage ${orgWideCoverage}% is below the required ${threshold}%.`);

    return {
        passed: problems.length === 0,
        testsRan: summary.testsRan ?? 0,
        passing: summary.passing ?? 0,
        failing,
        skipped: summary.skipped ?? 0,
        orgWideCoverage,
        threshold,
        failures,
        classes,
        problems
    };
}

export function printApexTestReport(report: ApexTestReport, log: Logger): void {
    log.step('Apex test results');
    log.info(
        `Tests run: ${report.testsRan}   passed: ${report.passing}   failed: ${report.failing}   skipped: ${report.skipped}`
    );
    if (report.classes.length) {
        log.step('Coverage per class or trigger (lowest first)');
        const width = Math.max(...report.classes.map((c) => c.name.length), 10);
        for (const c of report.classes) {
            const flag = c.coveredPercent < 75 ? '  <- under 75%' : '';
            log.info(
                `${c.name.padEnd(width)}  ${String(c.coveredPercent).padStart(3)}%  (${c.totalCovered}/${c.totalLines} lines)${flag}`
            );
        }
    }
    log.info('');
    log.info(
        `Org-wide coverage: ${report.orgWideCoverage === null ? 'unknown' : `${report.orgWideCoverage}%`} (required: ${report.threshold}%)`
    );
    for (const f of report.failures) {
        log.error(`${f.name}: ${f.message}`);
        if (f.stackTrace) log.info(`    ${f.stackTrace.replace(/\n/g, '\n    ')}`);
    }
    if (report.passed) log.success('All Apex tests passed and coverage meets the threshold.');
    else for (const p of report.problems) log.error(p);
}

export async function runApexTests(
    options: RunApexTestsOptions,
    deps: { sf: SfRunner; log: Logger }
): Promise<ApexTestReport> {
    if (options.threshold < 1 || options.threshold > 100) {
        throw new UsageError('--threshold must be between 1 and 100.', { command: SCRIPT });
    }
    deps.log.step(
        `Running local Apex tests in ${options.targetOrg ?? 'the default org'} (RunLocalTests, with coverage)`
    );
    deps.log.info(`This can take several minutes; waiting up to ${options.wait} minutes.`);
    const response = await deps.sf.run<ApexTestRunResult>(buildApexTestArgs(options), {
        okStatuses: [TESTS_FAILED_STATUS]
    });
    const report = evaluateApexTestRun(response.result, options.threshold);
    printApexTestReport(report, deps.log);
    return report;
}
