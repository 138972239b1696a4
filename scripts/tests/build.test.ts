import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { transformSync } from '@lwc/compiler';
import {
    addTscErrors,
    build,
    chartJsResource,
    compileWithLwc,
    copyChartJs,
    emitTypeScript,
    ensureBuilt,
    lwcSources,
    main,
    staleReason,
    type Spawn
} from '../build.ts';
import { Findings } from '../lib/diagnostics.ts';
import {
    CHARTJS_FILE,
    cachePath,
    fileFromTar,
    lockedPackage,
    npmCacheDir,
    sha512Integrity,
    verifiedChartJs
} from '../lib/chartjs.ts';
import { BASE, REPO, replaceOnce, runsExternalTool, withFixture, printed, clock } from './helpers.ts';

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
    it('emits .js beside the TypeScript source, accepted by the LWC compiler', runsExternalTool, async () => {
        await withFixture('base', (root) => {
            assert.deepEqual(build(root, { chartJs: false }).lines(), []);
            assert.ok(existsSync(path.join(root, BASE, 'lwc/planCard/planCard.js')), 'planCard.js emitted');
            return undefined;
        });
    });

    it(
        'copies the Chart.js file of the locked tarball and writes its resource-meta.xml when missing',
        runsExternalTool,
        async () => {
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
        }
    );

    it('builds from a fresh clone only what is stale, then nothing', runsExternalTool, async () => {
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

    it('fails on a TypeScript error (tsc)', runsExternalTool, async () => {
        const lines = await withFixture('base', (root) => build(root, { chartJs: false }).lines(), {
            [CARD]: replaceOnce('return this.plans?.data?.length ?? 0;', "return 'many';")
        });
        assert.ok(
            lines.some((l) => /planCard\.ts:\d+: tsc: error TS2322/.test(l)),
            lines.join('\n')
        );
    });

    it('fails when the LWC compiler rejects the emitted module', runsExternalTool, async () => {
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

    it('names the package when the lockfile has no packages section (lockfileVersion 1)', () => {
        const repo = mkdtempSync(path.join(os.tmpdir(), 'lock-v1-'));
        try {
            writeFileSync(
                path.join(repo, 'package-lock.json'),
                JSON.stringify({ lockfileVersion: 1, dependencies: {} })
            );
            assert.throws(() => lockedPackage(repo, 'chart.js'), {
                message: 'package-lock.json has no version and integrity for chart.js'
            });
        } finally {
            rmSync(repo, { recursive: true, force: true });
        }
    });

    it('finds npm cache content by its sha512 the way cacache lays it out', () => {
        const integrity = sha512Integrity(Buffer.from('x'));
        const hex = Buffer.from(integrity.slice(7), 'base64').toString('hex');
        assert.equal(
            cachePath('/c', integrity),
            path.join('/c', '_cacache', 'content-v2', 'sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4))
        );
        assert.throws(() => cachePath('/c', 'sha1-abc'), /unsupported integrity/);
        assert.equal(
            cachePath('/c', ` ${integrity}\n`),
            cachePath('/c', integrity),
            'surrounding whitespace is ignored'
        );
        for (const several of [`sha1-abc ${integrity}`, `${integrity} sha1-abc`]) {
            assert.throws(() => cachePath('/c', several), {
                message: `unsupported integrity '${several}' (expected sha512-...)`
            });
        }
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

    it('tar: a last header without end blocks counts, a header cut short does not, nothing after the end blocks', () => {
        const body = Buffer.from('hello chart');
        const empty = tarOf('package/empty.js', Buffer.alloc(0)).subarray(0, 512);
        assert.deepEqual(fileFromTar(empty, 'package/empty.js'), Buffer.alloc(0));
        const cut = Buffer.concat([
            tarOf('package/a.js', body).subarray(0, 1024),
            tarOf('package/b.js', body).subarray(0, 200)
        ]);
        assert.equal(fileFromTar(cut, 'package/b.js'), undefined);
        const afterEnd = Buffer.concat([tarOf('package/a.js', body), tarOf('package/b.js', body)]);
        assert.equal(fileFromTar(afterEnd, 'package/b.js'), undefined);
    });

    it('tar: a size field of blanks is an empty entry', () => {
        const body = Buffer.from('hello chart');
        const dir = Buffer.alloc(512);
        dir.write('package/', 0, 'utf8');
        dir.write(' '.repeat(11), 124, 'utf8');
        assert.deepEqual(fileFromTar(Buffer.concat([dir, tarOf('package/a.js', body)]), 'package/a.js'), body);
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

/** A repository with its own lockfile pinning `archive`, and optionally an installed chart.js file. */
function fakeRepo(archive: Buffer, installed?: Buffer): string {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'fake-repo-'));
    const lock = { packages: { 'node_modules/chart.js': { version: '9.9.9', integrity: sha512Integrity(archive) } } };
    writeFileSync(path.join(repo, 'package-lock.json'), JSON.stringify(lock));
    if (installed) {
        mkdirSync(path.join(repo, 'node_modules/chart.js/dist'), { recursive: true });
        writeFileSync(path.join(repo, 'node_modules/chart.js', CHARTJS_FILE), installed);
    }
    return repo;
}

/** Sets `obj[key]` for the rest of the test `t` (an environment variable, process.platform). */
function setFor(t: { after: (fn: () => void) => void }, obj: object, key: string, value: string): void {
    const before = Object.getOwnPropertyDescriptor(obj, key);
    Object.defineProperty(obj, key, { value, configurable: true, enumerable: true, writable: true });
    t.after(() => {
        if (before) Object.defineProperty(obj, key, before);
        else delete (obj as Record<string, unknown>)[key];
    });
}

/** Puts `archive` where cacache keeps it in `cacheDir`. */
function cacheArchive(cacheDir: string, archive: Buffer): void {
    const file = cachePath(cacheDir, sha512Integrity(archive));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, archive);
}

describe('Chart.js integrity, every outcome', () => {
    const chart = Buffer.from('/* Chart.js v9.9.9 */');
    const archive = gzipSync(tarOf(`package/${CHARTJS_FILE}`, chart));
    const temp: string[] = [];
    const tmp = (prefix: string): string => {
        const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
        temp.push(dir);
        return dir;
    };
    after(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

    it('returns the version and bytes when the cached tarball and the installed file match the lockfile', () => {
        const repo = fakeRepo(archive, chart);
        temp.push(repo);
        const cache = tmp('npm-cache-');
        cacheArchive(cache, archive);
        assert.deepEqual(verifiedChartJs(repo, { cacheDir: cache, fetchMissing: false }), {
            version: '9.9.9',
            bytes: chart
        });
    });

    it('names the missing tarball, its integrity and the cache, and says to run npm ci', () => {
        const repo = fakeRepo(archive, chart);
        temp.push(repo);
        const cache = tmp('npm-cache-');
        assert.throws(() => verifiedChartJs(repo, { cacheDir: cache, fetchMissing: false }), {
            message: `the chart.js 9.9.9 tarball (${sha512Integrity(archive).slice(0, 20)}...) is not in npm's cache ${cache}: run npm ci`
        });
    });

    it('fails when the tarball has no Chart.js file', () => {
        const other = gzipSync(tarOf('package/README.md', Buffer.from('readme')));
        const repo = fakeRepo(other, chart);
        temp.push(repo);
        const cache = tmp('npm-cache-');
        cacheArchive(cache, other);
        assert.throws(() => verifiedChartJs(repo, { cacheDir: cache, fetchMissing: false }), {
            message: `the chart.js 9.9.9 tarball has no ${CHARTJS_FILE}`
        });
    });

    it('fails when node_modules has no Chart.js file or another one', () => {
        const message = `node_modules/chart.js/${CHARTJS_FILE} is not the file of chart.js 9.9.9 pinned by package-lock.json: run npm ci`;
        const cache = tmp('npm-cache-');
        cacheArchive(cache, archive);
        for (const installed of [undefined, Buffer.from('/* Chart.js v9.9.9, edited */')]) {
            const repo = fakeRepo(archive, installed);
            temp.push(repo);
            assert.throws(() => verifiedChartJs(repo, { cacheDir: cache, fetchMissing: false }), { message });
        }
    });

    it('asks npm (the CLI npm run names, under node) to fetch a missing tarball into the cache', (t) => {
        const repo = fakeRepo(archive, chart);
        temp.push(repo);
        const cache = tmp('npm-cache-');
        const bin = tmp('fake-npm-');
        const source = tmp('npm-source-');
        cacheArchive(source, archive);
        const log = path.join(bin, 'args.json');
        const cli = path.join(bin, 'npm-cli.js');
        writeFileSync(
            cli,
            `const fs = require('fs'), path = require('path');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(args));
const rel = ${JSON.stringify(path.relative(source, cachePath(source, sha512Integrity(archive))))};
const target = path.join(args[args.indexOf('--cache') + 1], rel);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(${JSON.stringify(source)}, rel), target);
`
        );
        setFor(t, process.env, 'npm_execpath', cli);
        assert.deepEqual(verifiedChartJs(repo, { cacheDir: cache }).bytes, chart);
        assert.deepEqual(JSON.parse(readFileSync(log, 'utf8')), ['cache', 'add', 'chart.js@9.9.9', '--cache', cache]);
    });

    it('runs npm from the PATH when npm run named no JavaScript CLI', (t) => {
        const repo = fakeRepo(archive, chart);
        temp.push(repo);
        const cache = tmp('npm-cache-');
        const bin = tmp('fake-npm-');
        cacheArchive(bin, archive);
        const rel = path.relative(bin, cachePath(bin, sha512Integrity(archive)));
        writeFileSync(
            path.join(bin, 'npm'),
            `#!/bin/sh\necho "$@" > "${bin}/args.txt"\nmkdir -p "$5/$(dirname ${rel})"\ncp "${bin}/${rel}" "$5/${rel}"\n`,
            { mode: 0o755 }
        );
        setFor(t, process.env, 'npm_execpath', path.join(bin, 'node.js', 'npm'));
        setFor(t, process.env, 'PATH', `${bin}${path.delimiter}${process.env.PATH ?? ''}`);
        assert.deepEqual(verifiedChartJs(repo, { cacheDir: cache }).bytes, chart);
        assert.equal(readFileSync(path.join(bin, 'args.txt'), 'utf8'), `cache add chart.js@9.9.9 --cache ${cache}\n`);
    });

    it('on Windows without npm run, fetches nothing (no shell to run npm.cmd) and names the missing tarball', (t) => {
        const repo = fakeRepo(archive, chart);
        temp.push(repo);
        const cache = tmp('npm-cache-');
        const bin = tmp('fake-npm-');
        writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\ntouch "${bin}/called"\n`, { mode: 0o755 });
        setFor(t, process.env, 'PATH', `${bin}${path.delimiter}${process.env.PATH ?? ''}`);
        setFor(t, process.env, 'npm_execpath', '');
        setFor(t, process, 'platform', 'win32');
        assert.throws(() => verifiedChartJs(repo, { cacheDir: cache }), /is not in npm's cache/);
        assert.equal(existsSync(path.join(bin, 'called')), false);
    });

    it("reads npm's cache folder from npm run, else LOCALAPPDATA on Windows, else ~/.npm", (t) => {
        assert.equal(npmCacheDir({ npm_config_cache: '/custom', LOCALAPPDATA: '/local' }), '/custom');
        assert.equal(npmCacheDir({ LOCALAPPDATA: '/local' }), path.join(os.homedir(), '.npm'), 'not on Linux');
        setFor(t, process, 'platform', 'win32');
        assert.equal(npmCacheDir({ LOCALAPPDATA: '/local' }), path.join('/local', 'npm-cache'));
        assert.equal(npmCacheDir({}), path.join(os.homedir(), '.npm'));
    });

    it('a tar archive without its end blocks ends where its entries end', () => {
        const body = Buffer.from('x');
        const entry = tarOf('package/a.js', body).subarray(0, 1024);
        assert.equal(fileFromTar(entry, 'package/b.js'), undefined);
        assert.deepEqual(fileFromTar(entry, 'package/a.js'), body);
        const noSize = Buffer.from(entry);
        noSize.fill(0, 124, 136);
        assert.deepEqual(fileFromTar(noSize, 'package/a.js'), Buffer.alloc(0), 'an empty size field is 0');
    });
});

describe('build steps, in-process', () => {
    it("turns tsc's output into findings at the file and line it names; other lines as they are", () => {
        const findings = new Findings('/repo');
        addTscErrors(
            '/repo',
            [
                "force-app/main/default/lwc/a/a.ts(3,5): error TS2322: Type 'string' is not assignable to type 'number'.",
                "force-app/main/default/lwc/b/b.ts(128,17): error TS2304: Cannot find name 'x'.",
                'error TS5058: The specified path does not exist.'
            ],
            findings
        );
        assert.deepEqual(findings.lines(), [
            "force-app/main/default/lwc/a/a.ts:3: tsc: error TS2322: Type 'string' is not assignable to type 'number'.",
            "force-app/main/default/lwc/b/b.ts:128: tsc: error TS2304: Cannot find name 'x'.",
            'tsc:0: error TS5058: The specified path does not exist.'
        ]);
    });

    it('reports a source tsc emitted no .js for', async () => {
        const lines = await withFixture('base', (root) => {
            const findings = new Findings(root);
            compileWithLwc([path.join(root, CARD)], findings);
            return findings.lines();
        });
        assert.deepEqual(lines, [`${CARD}:1: tsc emitted no .js for this source`]);
    });

    it('lists the component sources: .ts under force-app lwc/, not tests or typings', async () => {
        const sources = await withFixture('base', (root) => lwcSources(root).map((f) => path.relative(root, f)), {
            [`${BASE}/lwc/planCard/__tests__/planCard.test.ts`]: () => '// test\n',
            [`${BASE}/lwc/planCard/planCard.d.ts`]: () => '// typings\n',
            [`${BASE}/classes/Tool.ts`]: () => '// not a component\n',
            [`${BASE}/lwc/planCard/util.ts`]: () => 'export const x = 1;\n',
            'drafts/lwc/scratch/scratch.ts': () => '// outside the package folder\n'
        });
        assert.deepEqual(sources, [CARD, `${BASE}/lwc/planCard/util.ts`]);
    });

    it('writes no resource and names the reason when Chart.js cannot be verified', async () => {
        await withFixture('base', (root) => {
            const findings = new Findings(root);
            copyChartJs(root, findings, () => {
                throw new Error('the cached chart.js tarball has integrity sha512-x, the lockfile pins sha512-y');
            });
            assert.deepEqual(findings.lines(), [
                'package-lock.json:1: Chart.js static resource: the cached chart.js tarball has integrity sha512-x, the lockfile pins sha512-y'
            ]);
            assert.equal(existsSync(chartJsResource(root)), false);
        });
    });

    it('copies the verified bytes over a stale resource and keeps a committed resource-meta.xml', async () => {
        await withFixture('base', (root) => {
            const meta = path.join(root, BASE, 'staticresources/chartjs.resource-meta.xml');
            mkdirSync(path.dirname(meta), { recursive: true });
            writeFileSync(meta, '<StaticResource>committed</StaticResource>');
            writeFileSync(chartJsResource(root), 'stale');
            const findings = new Findings(root);
            copyChartJs(root, findings, () => Buffer.from('verified'));
            assert.deepEqual(findings.lines(), []);
            assert.equal(readFileSync(chartJsResource(root), 'utf8'), 'verified');
            assert.equal(readFileSync(meta, 'utf8'), '<StaticResource>committed</StaticResource>');
        });
    });
});

/** The base fixture without its component (no tsc to run), for the steps around it. */
const NO_COMPONENTS = {
    [`${BASE}/lwc/planCard/planCard.ts`]: () => null,
    [`${BASE}/lwc/planCard/planCard.html`]: () => null,
    [`${BASE}/lwc/planCard/planCard.js-meta.xml`]: () => null,
    'types/salesforce.d.ts': () => null
};

describe('build, its command line', () => {
    it('prints the module count and the time taken, then the findings and their count; exits 1', async (t) => {
        await withFixture('base', (root) => {
            const out = printed(t);
            const runs: unknown[] = [];
            const code = main([root], clock(1_000, 3_000), (r, options) => {
                runs.push([r, options]);
                const findings = new Findings(r);
                findings.add(
                    path.join(r, CARD),
                    3,
                    "tsc: error TS2322: Type 'string' is not assignable to type 'number'."
                );
                return findings;
            });
            assert.equal(code, 1);
            assert.deepEqual(runs, [[root, { chartJs: true }]]);
            assert.deepEqual(out.log, ['build: 1 LWC module(s) in 2.0 s']);
            assert.deepEqual(out.error, [
                `${CARD}:3: tsc: error TS2322: Type 'string' is not assignable to type 'number'.`,
                'build: 1 problem(s)'
            ]);
        });
    });

    it('prints OK and exits 0 without findings; --no-chartjs leaves Chart.js out', async (t) => {
        await withFixture('base', (root) => {
            const out = printed(t);
            const runs: unknown[] = [];
            const code = main(['--no-chartjs', root], clock(0, 40), (r, options) => {
                runs.push([r, options]);
                return new Findings(r);
            });
            assert.equal(code, 0);
            assert.deepEqual(runs, [[root, { chartJs: false }]]);
            assert.deepEqual(out.log, ['build: 1 LWC module(s) in 0.0 s', 'build: OK']);
            assert.deepEqual(out.error, []);
        });
    });
});

describe('build steps around tsc, in-process', () => {
    it('emits with the options the platform needs, from a generated config that extends the project tsconfig', async () => {
        await withFixture(
            'base',
            (root) => {
                let config: unknown;
                let configFile = '';
                const spawn: Spawn = (command, args, options) => {
                    assert.equal(command, process.execPath);
                    assert.deepEqual(args.slice(0, 2), [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p']);
                    configFile = args[2];
                    assert.deepEqual(options, { encoding: 'utf8', cwd: root });
                    config = JSON.parse(readFileSync(configFile, 'utf8'));
                    // a node warning on a successful run is not a tsc error
                    return { status: 0, stdout: '', stderr: '(node:12) ExperimentalWarning: something\n' };
                };
                const sources = lwcSources(root);
                assert.deepEqual(emitTypeScript(root, sources, spawn), []);
                assert.deepEqual(config, {
                    extends: path.join(root, 'tsconfig.json'),
                    compilerOptions: {
                        target: 'ESNext',
                        module: 'ESNext',
                        moduleResolution: 'bundler',
                        experimentalDecorators: false,
                        useDefineForClassFields: true,
                        strict: true,
                        skipLibCheck: true,
                        noEmit: false,
                        noEmitOnError: true,
                        declaration: false,
                        sourceMap: false,
                        types: []
                    },
                    files: [...sources, path.join(root, 'types/salesforce.d.ts')],
                    include: []
                });
                assert.match(path.basename(path.dirname(configFile)), /^lwc-build-/);
                assert.equal(path.dirname(path.dirname(configFile)), os.tmpdir());
                assert.equal(existsSync(configFile), false, 'the generated config is removed afterwards');
            },
            {
                'tsconfig.json': () => '{ "compilerOptions": {} }\n',
                [`${BASE}/lwc/planCard/legacy.d.ts`]: () => '// a component typing: not a declaration of types/\n',
                'types/README.md': () => '# not a declaration: tsc is not given it\n'
            }
        );
    });

    it("returns tsc's output lines when it fails, without blank lines; a project without tsconfig.json extends none", async () => {
        await withFixture('base', (root) => {
            let extended: unknown = 'unread';
            const spawn: Spawn = (_command, args) => {
                extended = (JSON.parse(readFileSync(args[2], 'utf8')) as { extends?: string }).extends;
                return { status: 2, stdout: 'a.ts(1,1): error TS1\n\n  \n', stderr: 'error TS5\n' };
            };
            assert.deepEqual(emitTypeScript(root, lwcSources(root), spawn), ['a.ts(1,1): error TS1', 'error TS5']);
            assert.equal(extended, undefined);
        });
    });

    it("stops at tsc's errors: no LWC compiler step, no Chart.js copy", async () => {
        await withFixture('base', (root) => {
            const spawn: Spawn = () => ({
                status: 2,
                stdout: `${CARD}(3,5): error TS2322: Type 'string' is not assignable to type 'number'.\n`,
                stderr: ''
            });
            assert.deepEqual(build(root, {}, spawn).lines(), [
                `${CARD}:3: tsc: error TS2322: Type 'string' is not assignable to type 'number'.`
            ]);
            assert.equal(existsSync(chartJsResource(root)), false, 'no Chart.js copy after a tsc failure');
        });
    });

    it('without components runs no tsc and copies the verified Chart.js with its resource-meta.xml', async () => {
        await withFixture(
            'base',
            (root) => {
                assert.deepEqual(build(root, { chartJs: false }).lines(), []);
                assert.equal(existsSync(chartJsResource(root)), false, '--no-chartjs copies nothing');
                assert.deepEqual(build(root).lines(), []);
                const copied = readFileSync(chartJsResource(root));
                assert.ok(copied.equals(verifiedChartJs(REPO, { fetchMissing: false }).bytes), 'the verified bytes');
                const meta = readFileSync(path.join(root, BASE, 'staticresources/chartjs.resource-meta.xml'), 'utf8');
                assert.match(meta, /<cacheControl>Public<\/cacheControl>/);
                assert.match(meta, /<contentType>application\/javascript<\/contentType>/);
            },
            NO_COMPONENTS
        );
    });

    it('leaves a current Chart.js resource untouched', async () => {
        await withFixture('base', (root) => {
            const findings = new Findings(root);
            copyChartJs(root, findings, () => Buffer.from('verified'));
            const old = new Date(2000, 0, 1);
            utimesSync(chartJsResource(root), old, old);
            copyChartJs(root, findings, () => Buffer.from('verified'));
            assert.equal(statSync(chartJsResource(root)).mtimeMs, old.getTime());
            assert.deepEqual(findings.lines(), []);
        });
    });

    it('says why the built package is stale: a missing or older .js, a missing or other Chart.js', async () => {
        await withFixture('base', (root) => {
            const ts = path.join(root, CARD);
            const js = ts.replace(/\.ts$/, '.js');
            assert.equal(staleReason(root), `${BASE}/lwc/planCard/planCard.js is missing`);
            writeFileSync(js, '// emitted\n');
            const at = (file: string, when: Date): void => utimesSync(file, when, when);
            at(ts, new Date(2020, 0, 2));
            at(js, new Date(2020, 0, 1));
            assert.equal(staleReason(root), `${BASE}/lwc/planCard/planCard.js is older than its .ts`);
            at(js, new Date(2020, 0, 2));
            assert.equal(
                staleReason(root),
                'the Chart.js static resource is missing',
                'a .js as old as its .ts is current'
            );
            assert.equal(staleReason(root, { chartJs: false }), '');
            mkdirSync(path.dirname(chartJsResource(root)), { recursive: true });
            writeFileSync(chartJsResource(root), '/* Chart.js v2.7.2 */');
            assert.equal(staleReason(root), 'the Chart.js static resource is not the installed Chart.js');
            writeFileSync(chartJsResource(root), readFileSync(path.join(REPO, 'node_modules/chart.js', CHARTJS_FILE)));
            assert.equal(staleReason(root), '');
            assert.equal(
                staleReason(root, { repo: path.join(root, 'no-install') }),
                'the Chart.js static resource is not the installed Chart.js',
                'nothing installed: the build names what to do'
            );
        });
    });

    it('builds first only when stale, and says why', async (t) => {
        await withFixture(
            'base',
            (root) => {
                const out = printed(t);
                assert.deepEqual(ensureBuilt(root).lines(), []);
                assert.deepEqual(out.log, ['build first: the Chart.js static resource is missing']);
                assert.equal(existsSync(chartJsResource(root)), true, 'built');
                assert.deepEqual(ensureBuilt(root).lines(), []);
                assert.deepEqual(
                    out.log,
                    ['build first: the Chart.js static resource is missing'],
                    'current: no build'
                );
            },
            NO_COMPONENTS
        );
    });
});

describe('build: the LWC compiler step, in-process', () => {
    const JS = `${BASE}/lwc/planCard/planCard.js`;
    const emitted = (extra: string): string =>
        `import { LightningElement, api } from 'lwc';\nexport default class PlanCard extends LightningElement {\n    @api title;\n${extra}}\n`;

    it('accepts a valid emitted module and reports one the compiler rejects, at its line', async () => {
        await withFixture('base', (root) => {
            const findings = new Findings(root);
            writeFileSync(path.join(root, JS), emitted(''));
            compileWithLwc([path.join(root, CARD)], findings);
            assert.deepEqual(findings.lines(), []);
            writeFileSync(path.join(root, JS), emitted('    @api slot;\n'));
            compileWithLwc([path.join(root, CARD)], findings);
            assert.equal(findings.count, 1);
            assert.ok(
                findings
                    .lines()[0]
                    .startsWith(
                        `${JS}:4: LWC compiler rejects the emitted module: SyntaxError: ${path.resolve('planCard.js')}: LWC1110: Invalid property name "slot". "slot" is a reserved attribute.`
                    ),
                findings.lines()[0]
            );
        });
    });

    it("reports the compiler's fatal and error diagnostics, not its warnings; a throw without a location at line 1", async () => {
        await withFixture('base', (root) => {
            writeFileSync(path.join(root, JS), '// emitted\n');
            const calls: unknown[] = [];
            const findings = new Findings(root);
            compileWithLwc([path.join(root, CARD)], findings, ((code: string, file: string, options: unknown) => {
                calls.push([code, file, options]);
                return {
                    warnings: [
                        { level: 0, message: 'fatal', location: { line: 2 } },
                        { level: 1, message: 'error without a location' },
                        { level: 2, message: 'a warning', location: { line: 3 } },
                        { message: 'no level', location: { line: 4 } }
                    ]
                };
            }) as unknown as typeof transformSync);
            assert.deepEqual(calls, [['// emitted\n', 'planCard.js', { name: 'planCard', namespace: 'c' }]]);
            compileWithLwc([path.join(root, CARD)], findings, (() => {
                throw 'compiler crashed';
            }) as unknown as typeof transformSync);
            compileWithLwc([path.join(root, CARD)], findings, (() => ({})) as unknown as typeof transformSync);
            assert.deepEqual(findings.lines(), [
                `${JS}:2: LWC compiler: fatal`,
                `${JS}:1: LWC compiler: error without a location`,
                `${JS}:1: LWC compiler rejects the emitted module: compiler crashed`
            ]);
        });
    });
});
