/**
 * Real custom label text in Jest (house rule: tests assert what the user reads, e.g. "Behind target", not
 * "c.Scorecard_Behind"). For the component bundles listed below, jest/transformer.js replaces every
 * `import X from '@salesforce/label/c.Name'` with the label's value from CustomLabels.labels-meta.xml; a label that
 * does not exist fails the test. Other bundles keep @lwc/jest-transformer's default ("c.Name") until their tests
 * move to the real text; then they join the list, and once every bundle is in it the list goes.
 */
'use strict';

const { readFileSync } = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const LABELS_FILE = path.join(
    __dirname,
    '..',
    'force-app',
    'main',
    'default',
    'labels',
    'CustomLabels.labels-meta.xml'
);

/** Component bundles (folder names under lwc/) whose tests read the real label text. */
const REAL_LABEL_BUNDLES = [
    'planDetails',
    'planFieldEditor',
    'planNarrative',
    'planOpportunities',
    'planOpportunityCards',
    'planPerformanceChart',
    'planScorecard',
    'planScorecardTile',
    'planUnsavedEdits',
    'planWorkspace',
    'planningSetupPlanPage'
];

const LABEL_IMPORT = /import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])@salesforce\/label\/c\.(\w+)\2;?/g;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

let cache;

/** fullName -> value of every custom label, XML entities decoded. */
function labelValues() {
    const xml = readFileSync(LABELS_FILE, 'utf8');
    if (cache && cache.xml === xml) {
        return cache.values;
    }
    const values = new Map();
    for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const name = /<fullName>([^<]*)<\/fullName>/.exec(match[1]);
        const value = /<value>([\s\S]*?)<\/value>/.exec(match[1]);
        if (name && value) {
            values.set(
                name[1].trim(),
                value[1].replace(/&(amp|lt|gt|quot|apos);/g, (_whole, entity) => ENTITIES[entity])
            );
        }
    }
    cache = { xml, values };
    return values;
}

function bundleOf(filePath) {
    const parts = path.normalize(filePath).split(path.sep);
    const index = parts.lastIndexOf('lwc');
    return index >= 0 && index + 2 < parts.length ? parts[index + 1] : undefined;
}

/** True when the file is the source of a listed bundle (its tests excluded: they import labels rarely, as text). */
function usesRealLabels(filePath) {
    return REAL_LABEL_BUNDLES.includes(bundleOf(filePath)) && !filePath.includes(`${path.sep}__tests__${path.sep}`);
}

/** The source with every label import replaced by a constant holding the label's text. */
function withRealLabels(source, filePath) {
    const values = labelValues();
    return source.replace(LABEL_IMPORT, (_whole, identifier, _quote, name) => {
        if (!values.has(name)) {
            throw new Error(`${filePath}: custom label c.${name} does not exist in CustomLabels.labels-meta.xml`);
        }
        return `const ${identifier} = ${JSON.stringify(values.get(name))};`;
    });
}

/** Part of the transform's cache key: the labels' content, so a changed label text re-transforms. */
function labelsVersion() {
    return crypto.createHash('sha1').update(readFileSync(LABELS_FILE)).digest('hex');
}

module.exports = { REAL_LABEL_BUNDLES, usesRealLabels, withRealLabels, labelsVersion, labelValues };
