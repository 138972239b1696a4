/**
 * scan — Salesforce Code Analyzer (core API, the engines' own npm packages: the `sf code-analyzer` plugin does
 * not install offline) in two runs, both failing on the severity policy below:
 *
 *   1. THE SECURITY REVIEW'S RUN: the `AppExchange` and `Recommended:Security` selections with the PMD, ESLint and
 *      RetireJS engines over the BUILT package, i.e. what a deploy sends (emitted component .js, static
 *      resources such as Chart.js, Apex, metadata; not the .ts sources, tests or typings that .forceignore
 *      drops). ESLint runs with Code Analyzer's own base configurations (LWC, JavaScript), as the review does,
 *      not with the repository's eslint.config.js. Report: reports/code-analyzer-review.html (+ .sarif), the
 *      format the review asks for.
 *   2. THE HOUSE RUN: PMD and CPD `Recommended` over the sources (Apex, metadata, TypeScript components), for
 *      the performance and quality rules the review selection leaves out. Report: reports/code-analyzer.html.
 *
 * SEVERITY POLICY (what fails the build)
 *   - Severity 1 (Critical) and 2 (High): always fail.
 *   - Severity 3 (Moderate): fails for security rules (tag Security: CRUD/FLS, sharing, SOQL injection,
 *     AppExchange security review rules, libraries with known vulnerabilities) and for the rules in
 *     FAIL_AT_MODERATE (SOQL/DML in loops, hard-coded Ids); other moderate findings (naming, complexity,
 *     style) are reported, not failing.
 *   - Severity 4 (Low) and 5 (Info): reported only.
 *   - Suppressions: only `// NOPMD <reason>` or `@SuppressWarnings('PMD.RuleName')` with a reason
 *     comment on the same or preceding line (scripts/lib/suppressions.ts); a suppression without a
 *     reason fails the scan. Code Analyzer's own `code-analyzer-suppress` markers are disabled and fail.
 *   - Reviewed false positives in metadata XML (which cannot carry NOPMD) are listed below with their reason.
 * The package is built first when it is stale (build.ts ensureBuilt), so the scan sees what would ship.
 * Usage: tsx scripts/scan.ts [rootDir] [--report-dir=dir] [--verbose]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    OutputFormat,
    SeverityLevel,
    type RunResults,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as eslint from '@salesforce/code-analyzer-eslint-engine';
import * as pmd from '@salesforce/code-analyzer-pmd-engine';
import * as retire from '@salesforce/code-analyzer-retirejs-engine';
import { ensureBuilt } from './build.ts';
import { Findings } from './lib/diagnostics.ts';
import { rootFromArgs, walk } from './lib/fsutil.ts';
import { DEFAULT_PACKAGE_DIR } from './lib/metadata-index.ts';
import { checkSuppressions } from './lib/suppressions.ts';

/** The selections `sf code-analyzer run` uses for the AppExchange security review. */
export const REVIEW_SELECTORS = ['AppExchange', 'Recommended:Security'];
/** The house selection over the sources (PMD and CPD are the only engines of that run). */
export const RULE_SELECTORS = ['Recommended'];
export const FAIL_AT_MODERATE = new Set(['OperationWithLimitsInLoop', 'AvoidHardcodingId']);

/**
 * Metadata XML cannot carry NOPMD: reviewed false positives there are listed here, each with its reason.
 * Apex is never listed here (suppress in code, with a reason).
 */
export const REVIEWED_XML_FALSE_POSITIVES: Array<{ rule: string; file: RegExp; reason: string }> = [
    {
        rule: 'ProtectSensitiveData',
        file: /objects\/\w+\/fields\/(Unique_Key__c|Key_Account_Type__c|Key_Account__c)\.field-meta\.xml$/,
        reason: 'name-based heuristic: a de-duplication key and a "key account" classification are not credentials'
    }
];

export interface PolicyRule {
    name: string;
    severity: number;
    tags: string[];
}

/** The severity policy above, on a rule. */
export function failsPolicy(rule: PolicyRule): boolean {
    if (rule.severity <= SeverityLevel.High) return true;
    if (rule.severity === SeverityLevel.Moderate) {
        return rule.tags.includes('Security') || FAIL_AT_MODERATE.has(rule.name);
    }
    return false;
}

export function isReviewedFalsePositive(rule: string, file: string): boolean {
    const normalised = file.split(path.sep).join('/');
    return REVIEWED_XML_FALSE_POSITIVES.some((r) => r.rule === rule && r.file.test(normalised));
}

export function failsBuild(v: Violation): boolean {
    const rule = v.getRule();
    return failsPolicy({ name: rule.getName(), severity: rule.getSeverityLevel(), tags: rule.getTags() });
}

/** What a deploy of the package sends: everything but the sources .forceignore drops (see .forceignore). */
export function builtPackageFiles(root: string): string[] {
    return walk(path.join(root, DEFAULT_PACKAGE_DIR), (f) => {
        const rel = f.split(path.sep).join('/');
        if (rel.includes('/__tests__/')) return false;
        const base = path.basename(f);
        return !(
            base.endsWith('.ts') ||
            /^tsconfig.*\.json$/.test(base) ||
            base === 'jsconfig.json' ||
            base.startsWith('.eslintrc')
        );
    });
}

/** The sources the house run reads: no emitted .js (its .ts is scanned) and no third-party static resources. */
export function sourceFiles(root: string): string[] {
    return walk(path.join(root, DEFAULT_PACKAGE_DIR), (f) => {
        const rel = f.split(path.sep).join('/');
        if (rel.includes('/staticresources/')) return false;
        return !(rel.includes('/lwc/') && rel.endsWith('.js') && !rel.includes('/__tests__/'));
    });
}

/**
 * Sorts violations under the policy: a failing one (not a reviewed false positive) is a finding; any other is
 * reported once, as `file:line: engine:Rule (severity N): message`. A violation without a file is the package's.
 */
export function classifyViolations(
    violations: Violation[],
    root: string,
    failures: Findings,
    reportedOnly: string[]
): void {
    const source = path.join(root, DEFAULT_PACKAGE_DIR);
    for (const v of violations) {
        const loc = v.getPrimaryLocation();
        const file = loc.getFile() ?? source;
        const line = loc.getStartLine() ?? 1;
        const rule = v.getRule();
        const message = `${rule.getEngineName()}:${rule.getName()} (severity ${rule.getSeverityLevel()}): ${v.getMessage().trim()}`;
        if (failsBuild(v) && !isReviewedFalsePositive(rule.getName(), file)) failures.add(file, line, message);
        else {
            const entry = `${path.relative(root, file)}:${line}: ${message}`;
            if (!reportedOnly.includes(entry)) reportedOnly.push(entry);
        }
    }
}

export interface ScanResult {
    failures: Findings;
    reportedOnly: string[];
    violationCount: number;
    /** violations of the security review's run (the review-format report) */
    reviewViolationCount: number;
}

export interface ScanOptions {
    /** build the package first when stale (default true) */
    build?: boolean;
}

async function analyzer(plugins: Array<{ createEnginePlugin: () => unknown }>): Promise<CodeAnalyzer> {
    const config = CodeAnalyzerConfig.fromObject({
        suppressions: { disable_suppressions: true },
        engines: { eslint: { auto_discover_eslint_config: false } }
    });
    const instance = new CodeAnalyzer(config);
    for (const plugin of plugins) await instance.addEnginePlugin(plugin.createEnginePlugin() as never);
    return instance;
}

async function run(instance: CodeAnalyzer, files: string[], selectors: string[]): Promise<RunResults> {
    const workspace = await instance.createWorkspace(files);
    const rules = await instance.selectRules(selectors, { workspace });
    return instance.run(rules, { workspace });
}

function writeReports(results: RunResults, reportDir: string, name: string): void {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(path.join(reportDir, `${name}.sarif`), results.toFormattedOutput(OutputFormat.SARIF));
    writeFileSync(path.join(reportDir, `${name}.html`), results.toFormattedOutput(OutputFormat.HTML));
}

export async function scan(root: string, reportDir?: string, options: ScanOptions = {}): Promise<ScanResult> {
    const failures = new Findings(root);
    const reportedOnly: string[] = [];
    if (options.build !== false) {
        const built = ensureBuilt(root);
        for (const f of built.items) failures.add(f.file, f.line, `build: ${f.message}`);
        if (built.count) return { failures, reportedOnly, violationCount: 0, reviewViolationCount: 0 };
    }
    const source = path.join(root, DEFAULT_PACKAGE_DIR);
    checkSuppressions(
        walk(source, (f) => f.endsWith('.cls') || f.endsWith('.trigger')),
        failures
    );
    const [review, house] = await Promise.all([
        analyzer([pmd, eslint, retire]).then((a) => run(a, builtPackageFiles(root), REVIEW_SELECTORS)),
        analyzer([pmd]).then((a) => run(a, sourceFiles(root), RULE_SELECTORS))
    ]);
    classifyViolations([...review.getViolations(), ...house.getViolations()], root, failures, reportedOnly);
    if (reportDir) {
        writeReports(review, reportDir, 'code-analyzer-review');
        writeReports(house, reportDir, 'code-analyzer');
    }
    return {
        failures,
        reportedOnly,
        violationCount: review.getViolationCount() + house.getViolationCount(),
        reviewViolationCount: review.getViolationCount()
    };
}

async function main(): Promise<void> {
    const root = rootFromArgs();
    const reportArg = process.argv.find((a) => a.startsWith('--report-dir='));
    const reportDir = reportArg ? path.resolve(reportArg.split('=')[1]) : path.join(root, 'reports');
    const started = Date.now();
    const result = await scan(root, reportDir);
    const byRule = new Map<string, number>();
    for (const line of result.reportedOnly) {
        const rule = /: (\S+) \(severity/.exec(line)?.[1] ?? '?';
        byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    if (process.argv.includes('--verbose')) for (const line of result.reportedOnly) console.log(line);
    else if (byRule.size) {
        console.log('reported, not failing (details in the HTML report, or run with --verbose):');
        for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1]))
            console.log(`  ${n.toString().padStart(4)}  ${rule}`);
    }
    console.log(
        `scan: ${result.violationCount} violation(s) (${result.reviewViolationCount} in the security review's selection), ` +
            `${result.failures.count} failing; reports in ${path.relative(process.cwd(), reportDir) || '.'}/ ` +
            `(code-analyzer-review.html is the review's format) (${((Date.now() - started) / 1000).toFixed(1)} s)`
    );
    process.exitCode = result.failures.report('scan');
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
    main().catch((e: unknown) => {
        console.error(e);
        process.exit(1);
    });
}
