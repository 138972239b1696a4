/**
 * check:metadata's Metadata API length rule (lib/metadata/lengths.ts): where an over-long text is reported, and which
 * values a rule's element path reads. metadata-units.test.ts asserts every limit at and one over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Findings } from '../lib/diagnostics.ts';
import { MetadataIndex } from '../lib/metadata-index.ts';
import { checkLengths, valuesAt } from '../lib/metadata/lengths.ts';
import { BASE, replaceOnce, withFixture } from './helpers.ts';

const USER_SET = `${BASE}/permissionsets/Account_Planning_User.permissionset-meta.xml`;
const SOURCE = 'Metadata API: PermissionSet (description); Object Reference: PermissionSet.Description';

describe('an over-long text is reported at its own line', () => {
    it('found by its first characters, even when an XML entity follows them', async () => {
        const description = `${'Account planning '.repeat(14)}&amp; more`; // 244 characters after the entity is read
        const lines = await withFixture(
            'base',
            (root) => {
                const findings = new Findings(root);
                checkLengths(new MetadataIndex(root), findings);
                return findings.lines();
            },
            {
                [USER_SET]: replaceOnce(
                    '<description>Account_Planning_User fixture.</description>',
                    `<label>Account Planning User</label>\n    <description>${description}${'!'.repeat(12)}</description>`
                )
            }
        );
        assert.deepEqual(lines, [
            `${USER_SET}:4: <description> of Account_Planning_User.permissionset-meta.xml is 256 characters; the limit is 255 (${SOURCE})`
        ]);
    });
});

describe('the values at an element path', () => {
    it('a path through text reads nothing, not even a property every text has', () => {
        assert.deepEqual(valuesAt({ a: 'text' }, 'a.length'), []);
        assert.deepEqual(valuesAt({ a: ['text', { length: 'x' }] }, 'a[].length'), ['x']);
    });
});
