/**
 * build — TypeScript LWC sources -> .js beside them, proven with the platform's LWC compiler.
 *  1. tsc emits every force-app/**\/lwc/**\/*.ts (not tests, not .d.ts) with the repo tsconfig's options
 *     (a generated config in a temp dir; noEmitOnError).
 *  2. every emitted .js goes through @lwc/compiler transformSync (the compiler the platform runs).
 *  3. Chart.js is copied to staticresources/chartjs.js (git-ignored; its resource-meta.xml is committed), taken
 *     from the tarball whose sha512 package-lock.json pins (lib/chartjs.ts), never from an unverified file.
 * `ensureBuilt` runs the build only when an emitted .js is missing or older than its .ts, or the static
 * resource is missing or stale, so gates that need the built package (convert, scan) work on a fresh clone.
 * Usage: tsx scripts/build.ts [rootDir] [--no-chartjs]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { CHARTJS_FILE, verifiedChartJs } from './lib/chartjs.ts';
import { Findings } from './lib/diagnostics.ts';
import { readText, rootFromArgs, walk } from './lib/fsutil.ts';
import { DEFAULT_PACKAGE_DIR } from './lib/metadata-index.ts';
import { exitWith, isScript, secondsSince } from './lib/entry-point.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

const CHARTJS_META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Public</cacheControl>
    <contentType>application/javascript</contentType>
    <description>Chart.js (UMD build) for the plan performance chart; copied from node_modules by npm run build.</description>
</StaticResource>
`;

export function lwcSources(root: string): string[] {
    return walk(path.join(root, 'force-app'), (f) => {
        const rel = f.split(path.sep).join('/');
        return rel.includes('/lwc/') && rel.endsWith('.ts') && !rel.endsWith('.d.ts') && !rel.includes('/__tests__/');
    });
}

/** How the build runs tsc: node's spawnSync, or a fake in tests (only what the build passes and reads). */
export type Spawn = (
    command: string,
    args: string[],
    options: { encoding: 'utf8'; cwd: string }
) => { status: number | null; stdout: string; stderr: string };

/** The .js tsc emits beside a component's .ts source. */
const emittedJs = (ts: string): string => `${ts.slice(0, -3)}.js`;

/** Step 1: tsc emit. Returns tsc's output lines (empty on success). */
export function emitTypeScript(root: string, sources: string[], spawn: Spawn = spawnSync): string[] {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lwc-build-'));
    try {
        const config = path.join(dir, 'tsconfig.build.json');
        const baseConfig = path.join(root, 'tsconfig.json');
        writeFileSync(
            config,
            JSON.stringify(
                {
                    ...(existsSync(baseConfig) ? { extends: baseConfig } : {}),
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
                    files: [...sources, ...walk(path.join(root, 'types'), (f) => f.endsWith('.d.ts'))],
                    include: []
                },
                null,
                2
            )
        );
        const result = spawn(process.execPath, [TSC, '-p', config], { encoding: 'utf8', cwd: root });
        if (result.status === 0) return [];
        return `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.trim());
    } finally {
        rmSync(dir, { recursive: true });
    }
}

/** Step 2: the LWC compiler accepts every emitted module (`transform`: the compiler; tests may pass a fake). */
export function compileWithLwc(
    sources: string[],
    findings: Findings,
    transform: typeof transformSync = transformSync
): void {
    for (const ts of sources) {
        const js = emittedJs(ts);
        if (!existsSync(js)) {
            findings.add(ts, 1, 'tsc emitted no .js for this source');
            continue;
        }
        const bundle = path.basename(path.dirname(js));
        try {
            const result = transform(readText(js), path.basename(js), { name: bundle, namespace: 'c' });
            // level 0 is Fatal, 1 Error (2 Warning, 3 Log); a diagnostic without a level compares false
            result.warnings?.forEach((d) => {
                if (d.level <= 1) findings.add(js, d.location?.line ?? 1, `LWC compiler: ${d.message}`);
            });
        } catch (e) {
            const err = e as { message?: string; location?: { line?: number } };
            findings.add(
                js,
                err.location?.line ?? 1,
                `LWC compiler rejects the emitted module: ${err.message ?? String(e)}`
            );
        }
    }
}

export const chartJsResource = (root: string): string =>
    path.join(root, DEFAULT_PACKAGE_DIR, 'staticresources', 'chartjs.js');

/** Step 3: the Chart.js static resource, verified against the lockfile's integrity hash. */
export function copyChartJs(
    root: string,
    findings: Findings,
    verified: () => Buffer = () => verifiedChartJs(REPO).bytes
): void {
    const target = chartJsResource(root);
    let bytes: Buffer;
    try {
        bytes = verified();
    } catch (e) {
        findings.add('package-lock.json', 1, `Chart.js static resource: ${(e as Error).message}`);
        return;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    if (!existsSync(target) || !readFileSync(target).equals(bytes)) writeFileSync(target, bytes);
    const meta = path.join(path.dirname(target), 'chartjs.resource-meta.xml');
    if (!existsSync(meta)) writeFileSync(meta, CHARTJS_META);
}

/**
 * Why the built package is stale ('' when it is current): a missing/older emitted .js or no Chart.js copy. `repo`
 * is where node_modules is (default: this repository).
 */
export function staleReason(root: string, options: { chartJs?: boolean; repo?: string } = {}): string {
    for (const ts of lwcSources(root)) {
        const js = emittedJs(ts);
        if (!existsSync(js)) return `${path.relative(root, js)} is missing`;
        if (statSync(js).mtimeMs < statSync(ts).mtimeMs) return `${path.relative(root, js)} is older than its .ts`;
    }
    if (options.chartJs === false) return '';
    const resource = chartJsResource(root);
    if (!existsSync(resource)) return 'the Chart.js static resource is missing';
    const installed = path.join(options.repo ?? REPO, 'node_modules', 'chart.js', CHARTJS_FILE);
    if (!existsSync(installed) || !readFileSync(resource).equals(readFileSync(installed)))
        return 'the Chart.js static resource is not the installed Chart.js';
    return '';
}

/** Builds when the package is stale (see staleReason); returns the build's findings (none when current). */
export function ensureBuilt(root: string, options: { chartJs?: boolean } = {}): Findings {
    const reason = staleReason(root, options);
    if (!reason) return new Findings(root);
    console.log(`build first: ${reason}`);
    return build(root, options);
}

/** tsc's output as findings: `file(line,col): message` at its line, anything else as it is. */
export function addTscErrors(root: string, lines: string[], findings: Findings): void {
    for (const line of lines) {
        const m = /^(.+?)\((\d+),\d+\): (.*)$/.exec(line);
        if (m) findings.add(path.resolve(root, m[1]), Number(m[2]), `tsc: ${m[3]}`);
        else findings.add('tsc', 0, line);
    }
}

/** The whole build; `spawn` runs tsc (tests pass a fake, see emitTypeScript). */
export function build(root: string, options: { chartJs?: boolean } = {}, spawn: Spawn = spawnSync): Findings {
    const findings = new Findings(root);
    const sources = lwcSources(root);
    const tscErrors = sources.length ? emitTypeScript(root, sources, spawn) : [];
    if (tscErrors.length) {
        addTscErrors(root, tscErrors, findings);
        return findings;
    }
    compileWithLwc(sources, findings);
    if (options.chartJs !== false) copyChartJs(root, findings);
    return findings;
}

/**
 * The command line (`[rootDir] [--no-chartjs]`): builds, prints the module count and the time taken, then the
 * findings and the verdict; returns the exit code. Tests pass the clock and the build.
 */
export function main(argv: string[], now: () => number = Date.now, run: typeof build = build): number {
    const root = rootFromArgs(argv);
    const started = now();
    const findings = run(root, { chartJs: !argv.includes('--no-chartjs') });
    console.log(`build: ${lwcSources(root).length} LWC module(s) in ${secondsSince(started, now())} s`);
    return findings.report('build');
}

// Stryker disable next-line all: judged by gate-exit.test.ts (spawns every gate; npm test), left out of the mutation run
if (isScript(import.meta.filename)) void exitWith(main(process.argv.slice(2)));
