/**
 * The Jest transform: @lwc/jest-transformer, plus the namespace of a subscriber org when the run simulates one
 * (jest.namespaced.config.js sets the Jest global SIMULATED_NAMESPACE). Before the LWC transform, every
 * `@salesforce/schema/...` import gets the namespace on its custom segments
 * (`Account_Plan__c.Account__r.Name` -> `sap__Account_Plan__c.sap__Account__r.Name`), so the reference a
 * component receives is the one the platform resolves in a subscriber org; plain strings stay as written.
 * Same rule as jest/platform/apiNames.ts `qualify` (that file is TypeScript; this one Jest loads as is).
 * Components listed in jest/labels.js get their custom labels' real text instead of "c.Name".
 */
'use strict';

const lwcTransformer = require('@lwc/jest-transformer');
const { usesRealLabels, withRealLabels, labelsVersion } = require('./labels');

const SCHEMA_IMPORT = /(['"])@salesforce\/schema\/([^'"]+)\1/g;
const CUSTOM_SUFFIX = /__(c|r|mdt|e|x|b)$/;

function namespaceOf(options) {
    const globals = (options && options.config && options.config.globals) || {};
    return String(globals.SIMULATED_NAMESPACE || '').trim();
}

function qualify(apiName, namespace) {
    return apiName
        .split('.')
        .map((segment) =>
            CUSTOM_SUFFIX.test(segment) && segment.split('__').length === 2 ? `${namespace}__${segment}` : segment
        )
        .join('.');
}

function withNamespace(source, namespace) {
    if (!namespace) {
        return source;
    }
    return source.replace(
        SCHEMA_IMPORT,
        (_match, quote, apiName) => `${quote}@salesforce/schema/${qualify(apiName, namespace)}${quote}`
    );
}

module.exports = {
    process(source, filePath, options) {
        const namespaced = withNamespace(source, namespaceOf(options));
        const labelled = usesRealLabels(filePath) ? withRealLabels(namespaced, filePath) : namespaced;
        return lwcTransformer.process(labelled, filePath, options);
    },
    getCacheKey(source, filePath, options) {
        const labels = usesRealLabels(filePath) ? `:${labelsVersion()}` : '';
        return `${lwcTransformer.getCacheKey(source, filePath, options)}:${namespaceOf(options)}${labels}`;
    },
    withNamespace
};
