// StrykerJS over the gates and org scripts (scripts/), with their node:test suites (tsx). See README "Mutation testing".
// The tests that run an external tool (java apex-ls, tsc, the LWC compiler, the converter) skip themselves under this
// variable (scripts/tests/helpers.ts `runsExternalTool`); the test runners inherit it.
process.env.SCRIPTS_MUTATION_RUN = '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    testRunner: 'tap',
    tap: {
        // the spawned end-to-end gate runs (minutes each: Java, ESLint) and the ESLint/tsc runs of lint-typecheck stay in
        // npm test; mutants are judged by the unit tests
        testFiles: ['scripts/tests/!(gate-exit|scan-gate|lint-typecheck).test.ts', 'scripts/org/*.test.ts'],
        nodeArgs: ['--import', 'tsx']
    },
    mutate: [
        'scripts/lib/**/*.ts',
        'scripts/org/lib/**/*.ts',
        'scripts/build.ts',
        'scripts/check-apex.ts',
        'scripts/check-metadata.ts',
        'scripts/convert-source.ts',
        'scripts/scan.ts',
        'scripts/preview/server.ts',
        // data, not logic: the standard objects' field lists (a mutant there is a missing field, caught by check:apex on the real tree)
        '!scripts/lib/standard-objects.ts',
        // test doubles
        '!scripts/org/lib/fake-sf.ts'
    ],
    coverageAnalysis: 'perTest',
    // the default inserts // @ts-nocheck into lib/** files, which shifts the line numbers the gates report
    disableTypeChecks: false,
    concurrency: 2,
    timeoutMS: 60000,
    dryRunTimeoutMinutes: 30,
    incremental: true,
    incrementalFile: 'reports/mutation/scripts.incremental.json',
    // leading slash: the repository's own folders only (the fixtures have reports/ folders of their own)
    ignorePatterns: ['/docs', '/reports', '/tmp', '/coverage', '/.preview', '/.jest-cache', '/.sf', '/.sfdx'],
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/scripts.html' },
    jsonReporter: { fileName: 'reports/mutation/scripts.json' },
    thresholds: { high: 90, low: 80, break: null },
    tempDirName: 'tmp/.stryker-tmp-scripts',
    cleanTempDir: 'always'
};
