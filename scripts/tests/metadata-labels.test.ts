/**
 * check:metadata's custom label rule (scripts/lib/metadata/labels.ts), in-process on the base fixture with one edit:
 * which metadata files are searched for $Label references, and the format every label entry must have.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLabels } from '../lib/metadata/labels.ts';
import { BASE, replaceOnce, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkLabels, edits);

const LABELS = `${BASE}/labels/CustomLabels.labels-meta.xml`;
const APP = `${BASE}/applications/Plans.app-meta.xml`;

describe('$Label references in metadata', () => {
    it('are read from the metadata files themselves, not from a backup left beside one', async () => {
        const lines = await run({
            [`${APP}.orig`]: () =>
                '<CustomApplication>\n    <label>{!$Label.c.Old_Title}</label>\n</CustomApplication>\n'
        });
        assert.deepEqual(lines, []);
    });
});

describe('label format', () => {
    it('a label without its <fullName> is named as needing one, at line 1', async () => {
        const lines = await run({
            [LABELS]: replaceOnce(
                '</CustomLabels>',
                '    <labels>\n        <categories>Fixture</categories>\n        <language>en_US</language>\n        <protected>true</protected>\n        <shortDescription>Hint</shortDescription>\n        <value>Hint</value>\n    </labels>\n</CustomLabels>'
            )
        });
        assert.deepEqual(lines, [`${LABELS}:1: label (no name) needs <fullName>`]);
    });
});
