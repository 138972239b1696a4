/**
 * check:metadata's meta-file rule (scripts/lib/metadata/meta-files.ts), in-process on the base fixture with one edit:
 * how the API version of a -meta.xml file is read, and which files are judged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMetaFiles } from '../lib/metadata/meta-files.ts';
import { BASE, replaceOnce, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkMetaFiles, edits);

const CLASS_META = `${BASE}/classes/PlanService.cls-meta.xml`;

describe('API versions', () => {
    it('spaces around the version are not a difference', async () => {
        assert.deepEqual(await run({ [CLASS_META]: replaceOnce('>65.0<', '> 65.0 <') }), []);
    });

    it('judges -meta.xml files only (not a backup left beside one)', async () => {
        const lines = await run({
            [`${CLASS_META}.orig`]: () =>
                '<ApexClass>\n    <apiVersion>64.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
        });
        assert.deepEqual(lines, []);
    });
});
