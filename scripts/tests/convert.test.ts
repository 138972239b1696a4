import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convert } from '../convert-source.ts';
import { withFixture } from './helpers.ts';

describe('convert', () => {
    it('passes when package.xml lists every type present', async () => {
        assert.deepEqual(await withFixture('base', (root) => convert(root).lines()), []);
    });

    it('fails when the converter drops a class without -meta.xml', async () => {
        const lines = await withFixture('missing-meta', (root) => convert(root).lines());
        assert.ok(
            lines.some((l) => /ApexClass PlanService is missing from the converted package/.test(l)),
            lines.join('\n')
        );
    });
});
