import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from '../build.ts';
import { BASE, replaceOnce, withFixture } from './helpers.ts';

const CARD = `${BASE}/lwc/planCard/planCard.ts`;

describe('build', () => {
    it('emits .js beside the TypeScript source, accepted by the LWC compiler', async () => {
        await withFixture('base', (root) => {
            assert.deepEqual(build(root, { chartJs: false }).lines(), []);
            assert.ok(existsSync(path.join(root, BASE, 'lwc/planCard/planCard.js')), 'planCard.js emitted');
            return undefined;
        });
    });

    it('copies Chart.js and writes its resource-meta.xml when missing', async () => {
        await withFixture('base', (root) => {
            assert.deepEqual(build(root).lines(), []);
            assert.ok(existsSync(path.join(root, BASE, 'staticresources/chartjs.js')));
            assert.ok(existsSync(path.join(root, BASE, 'staticresources/chartjs.resource-meta.xml')));
            return undefined;
        });
    });

    it('fails on a TypeScript error (tsc)', async () => {
        const lines = await withFixture('base', (root) => build(root, { chartJs: false }).lines(), {
            [CARD]: replaceOnce('return this.plans?.data?.length ?? 0;', "return 'many';")
        });
        assert.ok(
            lines.some((l) => /planCard\.ts:\d+: tsc: error TS2322/.test(l)),
            lines.join('\n')
        );
    });

    it('fails when the LWC compiler rejects the emitted module', async () => {
        const lines = await withFixture('base', (root) => build(root, { chartJs: false }).lines(), {
            [CARD]: replaceOnce(
                '    @api title: string = PLAN_TITLE;',
                '    @api title: string = PLAN_TITLE;\n    @api slot?: string;'
            )
        });
        assert.ok(
            lines.some((l) => /planCard\.js:\d+: LWC compiler rejects the emitted module: .*LWC1110/.test(l)),
            lines.join('\n')
        );
    });
});
