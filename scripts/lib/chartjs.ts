/**
 * The Chart.js static resource, proven to be the published file the lockfile pins.
 *
 * package-lock.json records the sha512 `integrity` of the chart.js tarball. npm keeps every tarball it installed
 * in its content-addressed cache under that very hash, so the build reads the tarball from there (asking
 * `npm cache add` to fetch it when the cache lacks it), checks its sha512 against the lockfile, takes
 * `package/dist/chart.umd.min.js` out of it and requires node_modules' copy to be byte-identical. A
 * node_modules edited by hand, a tampered mirror or a version drift fails the build instead of shipping.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CHARTJS_FILE = 'dist/chart.umd.min.js';

export interface LockedPackage {
    name: string;
    version: string;
    integrity: string;
}

/** The lockfile entry of a top-level package. */
export function lockedPackage(repo: string, name: string): LockedPackage {
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as {
        packages?: Record<string, { version?: string; integrity?: string }>;
    };
    const entry = lock.packages?.[`node_modules/${name}`];
    if (!entry?.version || !entry.integrity)
        throw new Error(`package-lock.json has no version and integrity for ${name}`);
    return { name, version: entry.version, integrity: entry.integrity };
}

/** npm's cache folder: the one npm run passes down, else npm's default for this platform. */
export function npmCacheDir(env: NodeJS.ProcessEnv = process.env): string {
    if (env.npm_config_cache) return env.npm_config_cache;
    if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'npm-cache');
    return path.join(os.homedir(), '.npm');
}

/** Where cacache stores content with this sha512 integrity. */
export function cachePath(cacheDir: string, integrity: string): string {
    const m = /^sha512-([A-Za-z0-9+/=]+)$/.exec(integrity.trim());
    if (!m) throw new Error(`unsupported integrity '${integrity}' (expected sha512-...)`);
    const hex = Buffer.from(m[1], 'base64').toString('hex');
    return path.join(cacheDir, '_cacache', 'content-v2', 'sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}

export function sha512Integrity(data: Buffer): string {
    return `sha512-${createHash('sha512').update(data).digest('base64')}`;
}

/** The bytes of one file of a (gunzipped) tar archive, or undefined. Handles ustar names with a prefix. */
export function fileFromTar(tar: Buffer, wanted: string): Buffer | undefined {
    let offset = 0;
    while (offset + 512 <= tar.length) {
        const header = tar.subarray(offset, offset + 512);
        if (header.every((b) => b === 0)) return undefined;
        const field = (start: number, length: number): string =>
            header
                .subarray(start, start + length)
                .toString('utf8')
                .split('\0')[0];
        const prefix = field(345, 155);
        const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
        const size = parseInt(field(124, 12).trim() || '0', 8);
        const body = offset + 512;
        if (name === wanted) return tar.subarray(body, body + size);
        offset = body + Math.ceil(size / 512) * 512;
    }
    return undefined;
}

export interface VerifiedResource {
    version: string;
    bytes: Buffer;
}

/**
 * The verified Chart.js file. `fetchMissing` asks npm to put the locked tarball in the cache when it is not
 * there (a fresh machine whose node_modules came from elsewhere); tests turn it off.
 */
export function verifiedChartJs(
    repo: string,
    options: { cacheDir?: string; fetchMissing?: boolean } = {}
): VerifiedResource {
    const locked = lockedPackage(repo, 'chart.js');
    const cacheDir = options.cacheDir ?? npmCacheDir();
    const tarball = cachePath(cacheDir, locked.integrity);
    if (!existsSync(tarball) && options.fetchMissing !== false) {
        // npm itself, run by node (never through a shell): npm run passes its own CLI path down
        const npmCli = process.env.npm_execpath;
        const args = ['cache', 'add', `chart.js@${locked.version}`, '--cache', cacheDir];
        // Stryker disable next-line ObjectLiteral,StringLiteral: npm's output is dropped; the default pipe only buffers it
        const quiet = { stdio: 'ignore' } as const;
        if (npmCli && /\.c?js$/.test(npmCli)) spawnSync(process.execPath, [npmCli, ...args], quiet);
        else if (process.platform !== 'win32') spawnSync('npm', args, quiet);
    }
    if (!existsSync(tarball)) {
        throw new Error(
            `the chart.js ${locked.version} tarball (${locked.integrity.slice(0, 20)}...) is not in npm's cache ${cacheDir}: run npm ci`
        );
    }
    const archive = readFileSync(tarball);
    const actual = sha512Integrity(archive);
    if (actual !== locked.integrity) {
        throw new Error(`the cached chart.js tarball has integrity ${actual}, the lockfile pins ${locked.integrity}`);
    }
    const bytes = fileFromTar(gunzipSync(archive), `package/${CHARTJS_FILE}`);
    if (!bytes) throw new Error(`the chart.js ${locked.version} tarball has no ${CHARTJS_FILE}`);
    const installed = path.join(repo, 'node_modules', 'chart.js', CHARTJS_FILE);
    if (!existsSync(installed) || !readFileSync(installed).equals(bytes)) {
        throw new Error(
            `node_modules/chart.js/${CHARTJS_FILE} is not the file of chart.js ${locked.version} pinned by package-lock.json: run npm ci`
        );
    }
    return { version: locked.version, bytes };
}
