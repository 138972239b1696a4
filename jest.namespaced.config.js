/**
 * `npm run test:unit:ns`: the same Jest tests in a simulated subscriber org of the managed package, whose
 * namespace is `sap`: @salesforce/schema imports resolve to `sap__` names (jest/transformer.js) and the strict
 * platform stubs accept only `sap__` names for custom objects and fields (jest/platform/org.ts).
 */
// Coverage is measured by the plain run.
const { coverageThreshold, ...base } = require('./jest.config.js');

module.exports = {
    ...base,
    globals: { ...base.globals, SIMULATED_NAMESPACE: 'sap' },
    cacheDirectory: '<rootDir>/.jest-cache/namespaced'
};
