/**
 * build — TypeScript LWC sources -> .js beside them, proven with the platform's LWC compiler.
 *  1. tsc emits every force-app/**\/lwc/**\/*.ts (not tests, not .d.ts) with the repo tsconfig's options
 *     (a generated config in a temp dir; noEmitOnError).
 *  2. every emitted .js goes through @lwc/compiler transformSync (the compiler the platform runs).
 *  3. Chart.js is copied to staticresources/chartjs.js (git-ignored; its resource-meta.xml is committed).
 * Usage: tsx scripts/build.ts [rootDir] [--no-chartjs]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { Findings } from './lib/diagnostics.ts';
import { readText, rootFromArgs, walk } from './lib/fsutil.ts';
import { DEFAULT_PACKAGE_DIR } from './lib/metadata-index.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const CHARTJS = path.join(REPO, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');

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

/** Step 1: tsc emit. Returns tsc's output lines (empty on success). */
export function emitTypeScript(root: string, sources: string[]): string[] {
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
        const result = spawnSync(process.execPath, [TSC, '-p', config], { encoding: 'utf8', cwd: root });
        if (result.status === 0) return [];
        return `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.trim());
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Step 2: the LWC compiler accepts every emitted module. */
export function compileWithLwc(sources: string[], findings: Findings): void {
    for (const ts of sources) {
        const js = ts.replace(/\.ts$/, '.js');
        if (!existsSync(js)) {
            findings.add(ts, 1, 'tsc emitted no .js for this source');
            continue;
        }
        const bundle = path.basename(path.dirname(js));
        try {
            const result = transformSync(readText(js), path.basename(js), { name: bundle, namespace: 'c' });
            for (const d of result.warnings ?? []) {
                if (d.level !== undefined && d.level <= 1)
                    findings.add(js, d.location?.line ?? 1, `LWC compiler: ${d.message}`);
            }
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

/** Step 3: the Chart.js static resource. */
export function copyChartJs(root: string): void {
    const dir = path.join(root, DEFAULT_PACKAGE_DIR, 'staticresources');
    mkdirSync(dir, { recursive: true });
    copyFileSync(CHARTJS, path.join(dir, 'chartjs.js'));
    const meta = path.join(dir, 'chartjs.resource-meta.xml');
    if (!existsSync(meta)) writeFileSync(meta, CHARTJS_META);
}

export function build(root: string, options: { chartJs?: boolean } = {}): Findings {
    const findings = new Findings(root);
    const sources = lwcSources(root);
    const tscErrors = sources.length ? emitTypeScript(root, sources) : [];
    if (tscErrors.length) {
        for (const line of tscErrors) {
            const m = /^(.+?)\((\d+),\d+\): (.*)$/.exec(line);
            if (m) findings.add(path.resolve(root, m[1]), Number(m[2]), `tsc: ${m[3]}`);
            else findings.add('tsc', 0, line);
        }
        return findings;
    }
    compileWithLwc(sources, findings);
    if (options.chartJs !== false) copyChartJs(root);
    return findings;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
    const root = rootFromArgs();
    const started = Date.now();
    const findings = build(root, { chartJs: !process.argv.includes('--no-chartjs') });
    console.log(`build: ${lwcSources(root).length} LWC module(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(findings.report('build'));
}
