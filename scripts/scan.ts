/**
 * scan — Salesforce Code Analyzer (core + PMD engine, Node API) with the AppExchange and Recommended
 * rule selections over the package source; SARIF and HTML reports go to reports/ (git-ignored).
 *
 * SEVERITY POLICY (what fails the build)
 *   - Severity 1 (Critical) and 2 (High): always fail.
 *   - Severity 3 (Moderate): fails for security rules (tag Security: CRUD/FLS, sharing, SOQL injection,
 *     AppExchange security review rules) and for the rules in FAIL_AT_MODERATE (SOQL/DML in loops,
 *     hard-coded Ids); other moderate findings (naming, complexity, style) are reported, not failing.
 *   - Severity 4 (Low) and 5 (Info): reported only.
 *   - Suppressions: only `// NOPMD <reason>` or `@SuppressWarnings('PMD.RuleName')` with a reason
 *     comment on the same or preceding line (scripts/lib/suppressions.ts); a suppression without a
 *     reason fails the scan. Code Analyzer's own `code-analyzer-suppress` markers are disabled.
 * Usage: tsx scripts/scan.ts [rootDir] [--report-dir=dir]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    OutputFormat,
    SeverityLevel,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as pmd from '@salesforce/code-analyzer-pmd-engine';
import { Findings } from './lib/diagnostics.ts';
import { rootFromArgs, walk } from './lib/fsutil.ts';
import { DEFAULT_PACKAGE_DIR } from './lib/metadata-index.ts';
import { checkSuppressions } from './lib/suppressions.ts';

export const RULE_SELECTORS = ['AppExchange', 'Recommended'];
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

function reviewed(v: Violation): boolean {
    const file = v.getPrimaryLocation().getFile() ?? '';
    return REVIEWED_XML_FALSE_POSITIVES.some(
        (r) => r.rule === v.getRule().getName() && r.file.test(file.split(path.sep).join('/'))
    );
}

export function failsBuild(v: Violation): boolean {
    const rule = v.getRule();
    const severity = rule.getSeverityLevel();
    if (severity <= SeverityLevel.High) return true;
    if (severity === SeverityLevel.Moderate) {
        return rule.getTags().includes('Security') || FAIL_AT_MODERATE.has(rule.getName());
    }
    return false;
}

export interface ScanResult {
    failures: Findings;
    reportedOnly: string[];
    violationCount: number;
}

export async function scan(root: string, reportDir?: string): Promise<ScanResult> {
    const source = path.join(root, DEFAULT_PACKAGE_DIR);
    const failures = new Findings(root);
    const reportedOnly: string[] = [];
    checkSuppressions(
        walk(source, (f) => f.endsWith('.cls') || f.endsWith('.trigger')),
        failures
    );
    const config = CodeAnalyzerConfig.fromObject({ suppressions: { disable_suppressions: true } });
    const analyzer = new CodeAnalyzer(config);
    await analyzer.addEnginePlugin(pmd.createEnginePlugin());
    // generated .js beside the .ts sources and third-party static resources (Chart.js) are not ours to scan
    const files = walk(source, (f) => {
        const rel = f.split(path.sep).join('/');
        if (rel.includes('/staticresources/')) return false;
        if (rel.includes('/lwc/') && rel.endsWith('.js') && existsSync(f.replace(/\.js$/, '.ts'))) return false;
        return true;
    });
    const workspace = await analyzer.createWorkspace(files);
    const rules = await analyzer.selectRules(RULE_SELECTORS, { workspace });
    const results = await analyzer.run(rules, { workspace });
    for (const v of results.getViolations()) {
        const loc = v.getPrimaryLocation();
        const file = loc.getFile() ?? source;
        const line = loc.getStartLine() ?? 1;
        const rule = v.getRule();
        const message = `${rule.getEngineName()}:${rule.getName()} (severity ${rule.getSeverityLevel()}): ${v.getMessage().trim()}`;
        if (failsBuild(v) && !reviewed(v)) failures.add(file, line, message);
        else reportedOnly.push(`${path.relative(root, file)}:${line}: ${message}`);
    }
    if (reportDir) {
        mkdirSync(reportDir, { recursive: true });
        writeFileSync(path.join(reportDir, 'code-analyzer.sarif'), results.toFormattedOutput(OutputFormat.SARIF));
        writeFileSync(path.join(reportDir, 'code-analyzer.html'), results.toFormattedOutput(OutputFormat.HTML));
    }
    return { failures, reportedOnly, violationCount: results.getViolationCount() };
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
        `scan: ${result.violationCount} violation(s), ${result.failures.count} failing; reports in ${path.relative(process.cwd(), reportDir) || '.'}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`
    );
    process.exitCode = result.failures.report('scan');
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
    main().catch((e: unknown) => {
        console.error(e);
        process.exit(1);
    });
}
