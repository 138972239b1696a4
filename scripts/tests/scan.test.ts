import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
    Engine,
    EnginePluginV1,
    LogLevel as EngineLogLevel,
    type ConfigObject,
    type DescribeOptions,
    type EngineRunResults,
    type RuleDescription,
    type RunOptions
} from '@salesforce/code-analyzer-engine-api';
import { Findings } from '../lib/diagnostics.ts';
import { checkSuppressions } from '../lib/suppressions.ts';
import { LogLevel, type RunResults, type Violation } from '@salesforce/code-analyzer-core';
import {
    analyzer,
    ENGINE_FAILURE_RULES,
    FAIL_AT_MODERATE,
    REVIEWED_XML_FALSE_POSITIVES,
    REVIEW_SELECTORS,
    RULE_SELECTORS,
    analyzeWithRetry,
    builtPackageFiles,
    classifyViolations,
    failedEngines,
    failsPolicy,
    isReviewedFalsePositive,
    logLine,
    main,
    reportDirFrom,
    run,
    scan,
    sourceFiles,
    summaryLines,
    unreadableFiles,
    type Analyses
} from '../scan.ts';
import { BASE, withFixture, printed, clock } from './helpers.ts';

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

    it('uses the security review selections, and the Recommended selection for the house run', () => {
        assert.deepEqual(REVIEW_SELECTORS, ['AppExchange', 'Recommended:Security']);
        assert.deepEqual(RULE_SELECTORS, ['Recommended']);
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

/** A Code Analyzer violation as the core API hands it over (only what the scan reads). */
function violation(
    engine: string,
    rule: string,
    severity: number,
    tags: string[],
    file: string | undefined,
    line: number | undefined,
    message: string
): Violation {
    return {
        getRule: () => ({
            getEngineName: () => engine,
            getName: () => rule,
            getSeverityLevel: () => severity,
            getTags: () => tags
        }),
        getPrimaryLocation: () => ({ getFile: () => file, getStartLine: () => line }),
        getMessage: () => message
    } as unknown as Violation;
}

describe('scan: what fails and what is reported', () => {
    it('fails policy violations at their file and line; reports the others once each', () => {
        const root = '/repo';
        const cls = `/repo/${BASE}/classes/PlanService.cls`;
        const keyField = `/repo/${BASE}/objects/Account/fields/Key_Account__c.field-meta.xml`;
        const failures = new Findings(root);
        const reported: string[] = [];
        classifyViolations(
            [
                violation('pmd', 'ApexCRUDViolation', 3, ['Security'], cls, 12, ' Validate CRUD permission \n'),
                violation('pmd', 'ApexDoc', 4, ['Documentation'], cls, 3, 'Missing ApexDoc'),
                violation('pmd', 'ApexDoc', 4, ['Documentation'], cls, 3, 'Missing ApexDoc'),
                violation('pmd', 'ProtectSensitiveData', 2, ['Security'], keyField, 4, 'Sensitive field'),
                violation('retire-js', 'LibraryWithKnownVulnerability', 1, [], undefined, undefined, 'chart.js 2.7.2')
            ],
            root,
            failures,
            reported
        );
        assert.deepEqual(failures.lines(), [
            `${BASE}/classes/PlanService.cls:12: pmd:ApexCRUDViolation (severity 3): Validate CRUD permission`,
            `${BASE}:1: retire-js:LibraryWithKnownVulnerability (severity 1): chart.js 2.7.2`
        ]);
        assert.deepEqual(reported, [
            `${BASE}/classes/PlanService.cls:3: pmd:ApexDoc (severity 4): Missing ApexDoc`,
            `${BASE}/objects/Account/fields/Key_Account__c.field-meta.xml:4: pmd:ProtectSensitiveData (severity 2): Sensitive field`
        ]);
    });

    it('accepts the reviewed XML false positive for each listed field, nowhere else', () => {
        for (const name of ['Unique_Key__c', 'Key_Account_Type__c', 'Key_Account__c'])
            assert.equal(
                isReviewedFalsePositive(
                    'ProtectSensitiveData',
                    `/r/${BASE}/objects/Account/fields/${name}.field-meta.xml`
                ),
                true,
                name
            );
        assert.equal(
            isReviewedFalsePositive(
                'ProtectSensitiveData',
                `/r/${BASE}/objects/Account/fields/Key_Account__c.field-meta.xml.bak`
            ),
            false
        );
        assert.equal(
            isReviewedFalsePositive('ProtectSensitiveData', `/r/${BASE}/objects/Account/Key_Account__c.field-meta.xml`),
            false
        );
        assert.equal(REVIEWED_XML_FALSE_POSITIVES.length, 1);
        assert.ok(REVIEWED_XML_FALSE_POSITIVES[0].reason.split(/\s+/).length >= 3, 'a reviewed entry gives its reason');
    });

    it('scans for the review exactly what a deploy sends, and for the house run exactly our sources', async () => {
        await withFixture(
            'base',
            (root) => {
                const rel = (files: string[]): string[] =>
                    files.map((f) => path.relative(root, f).split(path.sep).join('/'));
                const built = rel(builtPackageFiles(root));
                const sources = rel(sourceFiles(root));
                const L = `${BASE}/lwc/planCard`;
                for (const f of [
                    `${L}/planCard.js`,
                    `${L}/planCard.html`,
                    `${BASE}/staticresources/chartjs.js`,
                    `${BASE}/staticresources/app-tsconfig.json`,
                    `${BASE}/staticresources/tsconfig.json.txt`
                ])
                    assert.ok(built.includes(f), `${f} is deployed (.forceignore drops only tsconfig*.json)`);
                for (const f of [
                    `${L}/planCard.ts`,
                    `${L}/__tests__/planCard.test.js`,
                    `${L}/tsconfig.json`,
                    `${L}/tsconfig.build.json`,
                    `${L}/jsconfig.json`,
                    `${L}/.eslintrc.json`
                ])
                    assert.ok(!built.includes(f), f);
                for (const f of [
                    `${L}/planCard.ts`,
                    `${L}/__tests__/planCard.test.js`,
                    `${L}/planCard.html`,
                    `${BASE}/aura/planApp/planAppController.js`
                ])
                    assert.ok(sources.includes(f), `${f} is a source`);
                for (const f of [`${L}/planCard.js`, `${BASE}/staticresources/chartjs.js`])
                    assert.ok(!sources.includes(f), f);
            },
            {
                [`${BASE}/lwc/planCard/planCard.js`]: () => '// emitted\n',
                [`${BASE}/lwc/planCard/__tests__/planCard.test.js`]: () => '// test\n',
                [`${BASE}/lwc/planCard/tsconfig.json`]: () => '{}\n',
                [`${BASE}/lwc/planCard/tsconfig.build.json`]: () => '{}\n',
                [`${BASE}/lwc/planCard/jsconfig.json`]: () => '{}\n',
                [`${BASE}/lwc/planCard/.eslintrc.json`]: () => '{}\n',
                [`${BASE}/staticresources/chartjs.js`]: () => '/* Chart.js */\n',
                [`${BASE}/staticresources/app-tsconfig.json`]: () => '{}\n',
                [`${BASE}/staticresources/tsconfig.json.txt`]: () => '{}\n',
                [`${BASE}/aura/planApp/planAppController.js`]: () => '({})\n'
            }
        );
    });
});

function results(violations: Violation[]): RunResults {
    return { getViolations: () => violations, getViolationCount: () => violations.length } as unknown as RunResults;
}

const crash = (engine: string): Violation =>
    violation(engine, 'UnexpectedEngineError', 1, [], undefined, undefined, `${engine} crashed\n    at run (x.js:1)\n`);

describe('scan: Code Analyzer itself', () => {
    it("prints Code Analyzer's warnings and errors, with their engine, and nothing below", () => {
        assert.equal(
            logLine({ logLevel: LogLevel.Error, message: ' PMD failed \n', engineName: 'pmd' }),
            'scan: code analyzer (pmd) error: PMD failed'
        );
        assert.equal(logLine({ logLevel: LogLevel.Warn, message: 'slow' }), 'scan: code analyzer warning: slow');
        assert.equal(logLine({ logLevel: LogLevel.Info, message: 'started' }), undefined);
        assert.equal(logLine({ logLevel: LogLevel.Debug, message: 'detail', engineName: 'eslint' }), undefined);
    });

    it('names each engine that failed once, from both failure rules, and no engine that found something', () => {
        const failed = failedEngines([
            crash('pmd'),
            crash('pmd'),
            violation('retire-js', 'UninstantiableEngineError', 1, [], undefined, undefined, 'no'),
            violation('eslint', 'no-eval', 1, ['Security'], '/r/a.js', 1, 'eval')
        ]);
        assert.deepEqual(failed, ['pmd', 'retire-js']);
        assert.deepEqual([...ENGINE_FAILURE_RULES].sort(), ['UnexpectedEngineError', 'UninstantiableEngineError']);
    });

    it('runs Code Analyzer once more after an engine crash, says why first, and keeps the second run', async () => {
        const runs = [
            [results([crash('pmd'), crash('eslint')]), results([])],
            [results([]), results([violation('pmd', 'ApexDoc', 4, [], '/r/A.cls', 2, 'doc')])]
        ] as Analyses[];
        const said: string[] = [];
        let calls = 0;
        const { analyses, logged } = await analyzeWithRetry(
            '/r',
            async (_root, log) => {
                log(`attempt ${calls + 1}`);
                return runs[calls++];
            },
            (line) => said.push(line)
        );
        assert.equal(calls, 2);
        assert.equal(analyses, runs[1]);
        assert.deepEqual(logged, ['attempt 2'], 'what the kept run logged');
        assert.deepEqual(said, [
            'attempt 1',
            'scan: pmd:UnexpectedEngineError: pmd crashed\n    at run (x.js:1)',
            'scan: eslint:UnexpectedEngineError: eslint crashed\n    at run (x.js:1)',
            'scan: engine(s) pmd, eslint failed; running Code Analyzer once more',
            'attempt 2'
        ]);
    });

    it('runs Code Analyzer once when no engine crashed', async () => {
        let calls = 0;
        const said: string[] = [];
        await analyzeWithRetry(
            '/r',
            async () => {
                calls++;
                return [results([violation('pmd', 'ApexDoc', 4, [], '/r/A.cls', 2, 'doc')]), results([])];
            },
            (line) => said.push(line)
        );
        assert.equal(calls, 1);
        assert.deepEqual(said, []);
    });

    it('reads the files PMD could not process from its log, and only those', () => {
        assert.deepEqual(
            unreadableFiles([
                "scan: code analyzer (pmd) error: PMD issued a processing error for file '/r/lwc/a/a.js':\n    NullPointerException: varName is null  \n    at x",
                "note: scan: code analyzer (pmd) error: PMD issued a processing error for file '/r/quoted.js':\n    z",
                "scan: code analyzer (pmd) warning: PMD issued a processing error for file '/r/b.js':\n    y",
                'scan: code analyzer (eslint) error: something else',
                "scan: code analyzer (cpd) error: CPD issued a processing error for file '/r/c.ts':\nLexical error"
            ]),
            [
                {
                    file: '/r/lwc/a/a.js',
                    message:
                        'pmd: could not process this file, so its rules skipped it: NullPointerException: varName is null'
                },
                { file: '/r/c.ts', message: 'cpd: could not process this file, so its rules skipped it: Lexical error' }
            ]
        );
    });

    it("fails at a file PMD could not process; a crash twice fails the scan with the engine's error", async () => {
        await withFixture('base', async (root) => {
            const file = path.join(root, BASE, 'lwc', 'planCard', 'planCard.js');
            const said: string[] = [];
            const unreadable = await scan(root, undefined, {
                build: false,
                log: (line) => said.push(line),
                analyze: async (_root, log) => {
                    log(`scan: code analyzer (pmd) error: PMD issued a processing error for file '${file}':\n    NPE`);
                    return [results([]), results([])];
                }
            });
            assert.deepEqual(unreadable.failures.lines(), [
                `${BASE}/lwc/planCard/planCard.js:1: pmd: could not process this file, so its rules skipped it: NPE`
            ]);
            assert.equal(said.length, 1, 'what Code Analyzer logged goes to the log passed in');
            let calls = 0;
            const crashed = await scan(root, undefined, {
                build: false,
                log: () => undefined,
                analyze: async () => {
                    calls++;
                    return [results([crash('pmd')]), results([])];
                }
            });
            assert.equal(calls, 2, 'one retry, no more');
            assert.equal(crashed.failures.count, 1);
            assert.match(crashed.failures.lines()[0], /pmd:UnexpectedEngineError \(severity 1\): pmd crashed/);
            assert.equal(crashed.violationCount, 1);
        });
    });
});

/** Run results that also render the report formats, as `<name> as <format>`. */
function rendered(name: string, violations: Violation[]): RunResults {
    return {
        getViolations: () => violations,
        getViolationCount: () => violations.length,
        toFormattedOutput: (format: string) => `${name} as ${format}`
    } as unknown as RunResults;
}

describe('scan: what it prints', () => {
    const reported = (rule: string, n: number): string =>
        `${BASE}/classes/A.cls:${n}: ${rule} (severity 4): message ${n}`;
    const result = (reportedOnly: string[]) => ({
        failures: new Findings('/repo'),
        reportedOnly,
        violationCount: 5,
        reviewViolationCount: 3
    });
    const SUMMARY =
        "scan: 5 violation(s) (3 in the security review's selection), 0 failing; reports in reports/ " +
        "(code-analyzer-review.html is the review's format) (1.5 s)";

    it('counts the findings that do not fail per rule, the most frequent first, then the summary', () => {
        const lines = [
            reported('pmd:ApexDoc', 1),
            reported('pmd:FieldNamingConventions', 2),
            reported('pmd:AvoidDebugStatements', 3),
            reported('pmd:FieldNamingConventions', 4),
            'a line in no known form'
        ];
        assert.deepEqual(summaryLines(result(lines), '/repo/reports', false, '1.5', '/repo'), [
            'reported, not failing (details in the HTML report, or run with --verbose):',
            '     2  pmd:FieldNamingConventions',
            '     1  pmd:ApexDoc',
            '     1  pmd:AvoidDebugStatements',
            '     1  ?',
            SUMMARY
        ]);
    });

    it('with --verbose prints each of them instead; without any, only the summary', () => {
        const lines = [reported('pmd:ApexDoc', 1), reported('pmd:ApexDoc', 2)];
        assert.deepEqual(summaryLines(result(lines), '/repo/reports', true, '1.5', '/repo'), [...lines, SUMMARY]);
        assert.deepEqual(summaryLines(result([]), '/repo', false, '0.4', '/repo'), [
            "scan: 5 violation(s) (3 in the security review's selection), 0 failing; reports in ./ " +
                "(code-analyzer-review.html is the review's format) (0.4 s)"
        ]);
    });

    it('writes the reports to --report-dir (from the current folder), else to reports/ in the scanned tree', () => {
        assert.equal(reportDirFrom(['--verbose', '--report-dir=out/scan', 'tree'], '/tree'), path.resolve('out/scan'));
        assert.equal(reportDirFrom(['tree', 'x--report-dir=out'], '/tree'), path.join('/tree', 'reports'));
        assert.equal(reportDirFrom([], '/tree'), path.join('/tree', 'reports'));
    });
});

describe('scan, its command line', () => {
    it("scans the tree named after any flag, writes both runs' reports, prints the summary and the findings; exits 1", async (t) => {
        await withFixture('base', async (root) => {
            const out = printed(t);
            const reports = path.join(root, 'out');
            const cls = path.join(root, BASE, 'classes', 'PlanService.cls');
            const code = await main(
                ['--verbose', root, `--report-dir=${reports}`],
                {
                    build: false,
                    log: () => undefined,
                    analyze: async (r) => {
                        assert.equal(r, root);
                        return [
                            rendered('review', [
                                violation('pmd', 'ApexCRUDViolation', 3, ['Security'], cls, 12, 'Validate CRUD'),
                                violation('pmd', 'ApexDoc', 4, [], cls, 3, 'Missing ApexDoc')
                            ]),
                            rendered('house', [violation('pmd', 'ApexDoc', 4, [], cls, 5, 'Missing ApexDoc')])
                        ];
                    }
                },
                clock(1_000, 3_500)
            );
            assert.equal(code, 1);
            assert.deepEqual(out.log, [
                `${BASE}/classes/PlanService.cls:3: pmd:ApexDoc (severity 4): Missing ApexDoc`,
                `${BASE}/classes/PlanService.cls:5: pmd:ApexDoc (severity 4): Missing ApexDoc`,
                `scan: 3 violation(s) (2 in the security review's selection), 1 failing; reports in ${path.relative(process.cwd(), reports)}/ ` +
                    "(code-analyzer-review.html is the review's format) (2.5 s)"
            ]);
            assert.deepEqual(out.error, [
                `${BASE}/classes/PlanService.cls:12: pmd:ApexCRUDViolation (severity 3): Validate CRUD`,
                'scan: 1 problem(s)'
            ]);
            const report = (file: string): string => readFileSync(path.join(reports, file), 'utf8');
            assert.equal(report('code-analyzer-review.sarif'), 'review as SARIF');
            assert.equal(report('code-analyzer-review.html'), 'review as HTML');
            assert.equal(report('code-analyzer.sarif'), 'house as SARIF');
            assert.equal(report('code-analyzer.html'), 'house as HTML');
        });
    });

    it('prints OK and exits 0 when nothing fails', async (t) => {
        await withFixture('base', async (root) => {
            const out = printed(t);
            const code = await main(
                [root, `--report-dir=${path.join(root, 'out')}`],
                {
                    build: false,
                    log: () => undefined,
                    analyze: async () => [rendered('review', []), rendered('house', [])]
                },
                clock(0, 100)
            );
            assert.equal(code, 0);
            assert.deepEqual(out.log.slice(1), ['scan: OK']);
            assert.deepEqual(out.error, []);
        });
    });
});

describe('scan: before Code Analyzer', () => {
    const noAnalysis = async (): Promise<Analyses> => [rendered('review', []), rendered('house', [])];

    it('fails with the build findings and runs no analysis when the package does not build', async () => {
        await withFixture('base', async (root) => {
            let analysed = false;
            const result = await scan(root, undefined, {
                log: () => undefined,
                ensureBuilt: (r) => {
                    const findings = new Findings(r);
                    findings.add(path.join(r, BASE, 'lwc/planCard/planCard.ts'), 3, 'tsc: error TS2322');
                    return findings;
                },
                analyze: async () => {
                    analysed = true;
                    return noAnalysis();
                }
            });
            assert.equal(analysed, false);
            assert.deepEqual(result.failures.lines(), [`${BASE}/lwc/planCard/planCard.ts:3: build: tsc: error TS2322`]);
            assert.deepEqual(
                {
                    reportedOnly: result.reportedOnly,
                    violationCount: result.violationCount,
                    reviewViolationCount: result.reviewViolationCount
                },
                { reportedOnly: [], violationCount: 0, reviewViolationCount: 0 }
            );
        });
    });

    it('builds first by default (here: only the Chart.js resource), then analyses', async (t) => {
        await withFixture(
            'base',
            async (root) => {
                const out = printed(t);
                let analysed = false;
                const result = await scan(root, undefined, {
                    log: () => undefined,
                    analyze: async () => {
                        analysed = true;
                        return noAnalysis();
                    }
                });
                assert.equal(analysed, true);
                assert.deepEqual(result.failures.lines(), []);
                assert.deepEqual(out.log, ['build first: the Chart.js static resource is missing']);
            },
            {
                [`${BASE}/lwc/planCard/planCard.ts`]: () => null,
                [`${BASE}/lwc/planCard/planCard.html`]: () => null,
                [`${BASE}/lwc/planCard/planCard.js-meta.xml`]: () => null
            }
        );
    });

    it('checks the suppressions of every class and trigger, nothing else', async () => {
        await withFixture(
            'suppression-one-word',
            async (root) => {
                const result = await scan(root, undefined, { build: false, log: () => undefined, analyze: noAnalysis });
                assert.deepEqual(result.failures.lines(), [
                    `${BASE}/classes/OneWordReason.cls:9: @SuppressWarnings without a reason: add a \`// <why>\` comment on the line above`,
                    `${BASE}/classes/OneWordReason.cls:11: NOPMD without a reason: write \`// NOPMD - <why this is safe>\``,
                    `${BASE}/triggers/PlanAudit.trigger:2: NOPMD without a reason: write \`// NOPMD - <why this is safe>\``
                ]);
            },
            {
                [`${BASE}/triggers/PlanAudit.trigger`]: () =>
                    'trigger PlanAudit on Account_Plan__c (after update) {\n    System.debug(Trigger.new); // NOPMD\n}\n',
                [`${BASE}/classes/notes.txt`]: () => 'System.debug(1); // NOPMD\n'
            }
        );
    });
});

/** An engine named eslint (so it gets the scan's ESLint configuration) that finds each selected rule on line 2. */
class RecordingEngine extends Engine {
    constructor(readonly config: ConfigObject) {
        super();
    }
    getName(): string {
        return 'eslint';
    }
    getEngineVersion(): Promise<string> {
        return Promise.resolve('1.0.0');
    }
    /** Like the real engines, describes only the rules that apply to the workspace's files when it has one. */
    async describeRules(options: DescribeOptions): Promise<RuleDescription[]> {
        const rule = (name: string, tags: string[]): RuleDescription => ({
            name,
            severityLevel: 3,
            tags,
            description: name,
            resourceUrls: []
        });
        const rules = [rule('no-debug', ['Recommended', 'Security']), rule('other', ['Custom'])];
        const apex = rule('apex-only', ['Recommended']);
        if (!options.workspace) return [...rules, apex];
        const files = await options.workspace.getTargetedFiles();
        return files.some((f) => f.endsWith('.cls')) ? [...rules, apex] : rules;
    }
    async runRules(ruleNames: string[], options: RunOptions): Promise<EngineRunResults> {
        this.emitLogEvent(EngineLogLevel.Error, 'could not read x.js ');
        this.emitLogEvent(EngineLogLevel.Info, 'started');
        const files = await options.workspace.getTargetedFiles();
        return {
            violations: files.flatMap((file) =>
                ruleNames.map((ruleName) => ({
                    ruleName,
                    message: `${ruleName} here`,
                    codeLocations: [{ file, startLine: 2, startColumn: 1 }],
                    primaryLocationIndex: 0
                }))
            )
        };
    }
}

describe('scan: its Code Analyzer, with a recorded engine', () => {
    it("runs the selected rules with Code Analyzer's own ESLint configuration and its suppression markers off, printing warnings and errors", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'scan-engine-'));
        try {
            const file = path.join(dir, 'a.js');
            writeFileSync(file, '// code-analyzer-suppress\nconsole.log(1);\n');
            const engines: RecordingEngine[] = [];
            const plugin = {
                createEnginePlugin: () =>
                    new (class extends EnginePluginV1 {
                        getAvailableEngineNames(): string[] {
                            return ['eslint'];
                        }
                        createEngine(_name: string, config: ConfigObject): Promise<Engine> {
                            const engine = new RecordingEngine(config);
                            engines.push(engine);
                            return Promise.resolve(engine);
                        }
                    })()
            };
            const logged: string[] = [];
            const results = await run(await analyzer([plugin], (l) => logged.push(l)), [file], ['Recommended']);
            assert.deepEqual(
                engines.map((e) => e.config),
                [{ auto_discover_eslint_config: false }],
                "not the repository's eslint.config.js"
            );
            assert.deepEqual(logged, ['scan: code analyzer (eslint) error: could not read x.js']);
            assert.deepEqual(
                results.getViolations().map((v) => {
                    const at = v.getPrimaryLocation();
                    return `${v.getRule().getEngineName()}:${v.getRule().getName()} ${path.basename(at.getFile() ?? '')}:${at.getStartLine()}`;
                }),
                ['eslint:no-debug a.js:2'],
                'the selected rule that applies to the files only; the code-analyzer-suppress marker suppresses nothing'
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
