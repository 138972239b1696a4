const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/.preview', '<rootDir>/scripts', '<rootDir>/tmp'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/', '<rootDir>/preview/', '<rootDir>/tmp/'],
    collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageReporters: ['text-summary', 'lcov'],
    coverageThreshold: {
        global: { lines: 90 }
    }
};
