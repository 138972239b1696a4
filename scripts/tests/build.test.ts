import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, ensureBuilt, staleReason } from '../build.ts';
import {
    CHARTJS_FILE,
    cachePath,
    fileFromTar,
    lockedPackage,
    npmCacheDir,
    sha512Integrity,
    verifiedChartJs
} from '../lib/chartjs.ts';
import { BASE, REPO, replaceOnce, withFixture } from './helpers.ts';

/** A one-file ustar archive (the layout npm tarballs use), optionally with a name prefix. */
function tarOf(name: string, body: Buffer, prefix = ''): Buffer {
    const header = Buffer.alloc(512);
    header.write(name, 0, 'utf8');
    header.write(size8(body.length), 124, 'utf8');
    if (prefix) header.write(prefix, 345, 'utf8');
    const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
    body.copy(padded);
    return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}
const size8 = (n: number): string => `${n.toString(8).padStart(11, '0')}\0`;

/** A fake npm cache holding `archive` under the lockfile's chart.js integrity (as a tampered cache would). */
function fakeCache(archive: Buffer): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'npm-cache-'));
    const file = cachePath(dir, lockedPackage(REPO, 'chart.js').integrity);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, archive);
    return dir;
}

const CARD = `${BASE}/lwc/planCard/planCard.ts`;

describe('build', () => {
    it('emits .js beside the TypeScript source, accepted by the LWC compiler', async () => {
        await withFixture('base', (root) => {
            assert.deepEqual(build(root, { chartJs: false }).lines(), []);
            assert.ok(existsSync(path.join(root, BASE, 'lwc/planCard/planCard.js')), 'planCard.js emitted');
            return undefined;
        });
    });

    it('copies the Chart.js file of the locked tarball and writes its resource-meta.xml when missing', async () => {
        await withFixture('base', (root) => {
            assert.deepEqual(build(root).lines(), []);
            const copied = readFileSync(path.join(root, BASE, 'staticresources/chartjs.js'));
            assert.ok(copied.equals(verifiedChartJs(REPO, { fetchMissing: false }).bytes), 'the verified bytes');
            assert.match(
                copied.subarray(0, 200).toString(),
                new RegExp(`Chart\\.js v${lockedPackage(REPO, 'chart.js').version}`)
            );
            assert.ok(existsSync(path.join(root, BASE, 'staticresources/chartjs.resource-meta.xml')));
            return undefined;
        });
    });

    it('builds from a fresh clone only what is stale, then nothing', async () => {
        await withFixture('base', (root) => {
            assert.match(staleReason(root), /planCard\.js is missing/);
            assert.deepEqual(ensureBuilt(root).lines(), []);
            assert.equal(staleReason(root), '', 'current after one build');
            const js = path.join(root, BASE, 'lwc/planCard/planCard.js');
            utimesSync(js, new Date(2000, 0, 1), new Date(2000, 0, 1));
            assert.match(staleReason(root), /planCard\.js is older than its \.ts/);
            assert.deepEqual(ensureBuilt(root).lines(), []);
            writeFileSync(path.join(root, BASE, 'staticresources/chartjs.js'), '/* Chart.js v2.7.2 */');
            assert.match(staleReason(root), /not the installed Chart\.js/);
            rmSync(path.join(root, BASE, 'staticresources/chartjs.js'));
            assert.match(staleReason(root), /Chart\.js static resource is missing/);
            assert.equal(staleReason(root, { chartJs: false }), '');
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

describe('Chart.js integrity', () => {
    it('reads the locked version and integrity from package-lock.json', () => {
        const locked = lockedPackage(REPO, 'chart.js');
        assert.match(locked.version, /^\d+\.\d+\.\d+$/);
        assert.match(locked.integrity, /^sha512-/);
        const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
            devDependencies: Record<string, string>;
        };
        assert.equal(pkg.devDependencies['chart.js'], locked.version, 'package.json pins Chart.js exactly');
        assert.throws(() => lockedPackage(REPO, 'no-such-package'), /no version and integrity for no-such-package/);
    });

    it('finds npm cache content by its sha512 the way cacache lays it out', () => {
        const integrity = sha512Integrity(Buffer.from('x'));
        const hex = Buffer.from(integrity.slice(7), 'base64').toString('hex');
        assert.equal(
            cachePath('/c', integrity),
            path.join('/c', '_cacache', 'content-v2', 'sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4))
        );
        assert.throws(() => cachePath('/c', 'sha1-abc'), /unsupported integrity/);
        assert.equal(npmCacheDir({ npm_config_cache: '/custom' }), '/custom');
        assert.equal(npmCacheDir({}), path.join(os.homedir(), '.npm'));
    });

    it('reads one file out of a tar archive, with and without a ustar prefix', () => {
        const body = Buffer.from('hello chart');
        assert.deepEqual(fileFromTar(tarOf('package/a.js', body), 'package/a.js'), body);
        assert.deepEqual(fileFromTar(tarOf('a.js', body, 'package/dist'), 'package/dist/a.js'), body);
        const two = Buffer.concat([
            tarOf('package/x.js', Buffer.alloc(700, 1)).subarray(0, 512 + 1024),
            tarOf('package/y.js', body)
        ]);
        assert.deepEqual(fileFromTar(two, 'package/y.js'), body, 'skips earlier entries by their padded size');
        assert.equal(fileFromTar(tarOf('package/a.js', body), 'package/b.js'), undefined);
    });

    it('fails when the cached tarball does not match the lockfile integrity', () => {
        const cache = fakeCache(gzipSync(tarOf(`package/${CHARTJS_FILE}`, Buffer.from('tampered'))));
        try {
            assert.throws(
                () => verifiedChartJs(REPO, { cacheDir: cache, fetchMissing: false }),
                /has integrity sha512-.*, the lockfile pins sha512-/
            );
        } finally {
            rmSync(cache, { recursive: true, force: true });
        }
    });

    it('fails when the locked tarball is not in the cache and may not be fetched', () => {
        const cache = mkdtempSync(path.join(os.tmpdir(), 'npm-cache-'));
        try {
            assert.throws(
                () => verifiedChartJs(REPO, { cacheDir: cache, fetchMissing: false }),
                /is not in npm's cache/
            );
        } finally {
            rmSync(cache, { recursive: true, force: true });
        }
    });

    it('verifies the installed file against the locked tarball', () => {
        const verified = verifiedChartJs(REPO, { fetchMissing: false });
        const installed = readFileSync(path.join(REPO, 'node_modules', 'chart.js', CHARTJS_FILE));
        assert.ok(verified.bytes.equals(installed));
        assert.equal(verified.version, lockedPackage(REPO, 'chart.js').version);
    });
});
