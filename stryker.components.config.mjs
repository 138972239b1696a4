// StrykerJS over the Lightning Web Components' TypeScript, with the project's own Jest configuration. See README "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    testRunner: 'jest',
    jest: {
        projectType: 'custom',
        configFile: 'jest.config.js',
        enableFindRelatedTests: true,
        // loads only the related suites that hold a test covering the mutant (jest/strykerRunner.js says why)
        config: { runner: '<rootDir>/jest/strykerRunner.js' }
    },
    mutate: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageAnalysis: 'perTest',
    concurrency: 2,
    timeoutMS: 30000,
    dryRunTimeoutMinutes: 30,
    incremental: true,
    incrementalFile: 'reports/mutation/components.incremental.json',
    // leading slash: the repository's own folders only (the fixtures have reports/ folders of their own)
    ignorePatterns: ['/docs', '/reports', '/tmp', '/coverage', '/.preview', '/.jest-cache', '/.sf', '/.sfdx'],
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/components.html' },
    jsonReporter: { fileName: 'reports/mutation/components.json' },
    thresholds: { high: 90, low: 75, break: null },
    tempDirName: 'tmp/.stryker-tmp-components',
    cleanTempDir: 'always'
};
