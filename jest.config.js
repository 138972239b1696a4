const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

/**
 * The platform modules the project's components use resolve to strict stubs in jest/lwc/lightning: they check
 * every object and field name against the simulated org (jest/platform/org.ts). The other lightning/* modules
 * keep @salesforce/sfdx-lwc-jest's stubs. jest.namespaced.config.js runs the same tests as a subscriber org.
 */
const STRICT_STUBS = [
    'uiRecordApi',
    'uiObjectInfoApi',
    'navigation',
    'pageReferenceUtils',
    'recordEditForm',
    'recordViewForm',
    'inputField',
    'outputField'
];

module.exports = {
    ...jestConfig,
    transform: { ...jestConfig.transform, '^.+\\.(js|ts|html|css)$': '<rootDir>/jest/transformer.js' },
    moduleNameMapper: {
        [`^lightning/(${STRICT_STUBS.join('|')})$`]: '<rootDir>/jest/lwc/lightning/$1/$1',
        '^lightning/modal$': '<rootDir>/jest/stubs/modal/modal'
    },
    // --findRelatedTests (Stryker's mutant runs) follows templates to the child components they render
    dependencyExtractor: '<rootDir>/jest/dependencyExtractor.js',
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv ?? []), '<rootDir>/jest/setup.ts'],
    globals: { SIMULATED_NAMESPACE: '' },
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/.preview', '<rootDir>/scripts', '<rootDir>/tmp'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/', '<rootDir>/preview/', '<rootDir>/tmp/'],
    collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageReporters: ['text-summary', 'lcov'],
    coverageThreshold: {
        global: { lines: 90 }
    }
};
