/**
 * Fixture trees for the gate tests: scripts/fixtures/base (a small valid project) copied to a temporary
 * folder inside the repo (so node_modules resolves), plus the overlay scripts/fixtures/<case>/ (files
 * added or replaced; a DELETE file lists paths to remove) and optional in-test edits.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Findings } from '../lib/diagnostics.ts';
import { MetadataIndex } from '../lib/metadata-index.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, 'scripts', 'fixtures');
const TMP = path.join(REPO, 'tmp', 'gate-fixtures');
export const BASE = 'force-app/main/default';

/**
 * Options of the tests that run an external tool (java apex-ls, tsc, the LWC compiler, the source converter). They
 * take seconds each, so under `npm run test:mutation` (stryker.scripts.config.mjs sets SCRIPTS_MUTATION_RUN) they
 * are skipped: they would rerun for every mutant they cover, and they check the tool's part, while our logic around
 * it is judged by the in-process tests beside them. `npm test` runs them.
 */
export const runsExternalTool = {
    skip: process.env.SCRIPTS_MUTATION_RUN === '1' ? 'runs an external tool: npm test runs it' : false
};

/** An edit returns the new text, or null to delete the file; a missing file is edited from '' (added). */
export type Edits = Record<string, (text: string) => string | null>;

/** `caseName` may list several overlays, applied in order (e.g. one tree with every scan-policy case). */
export function fixtureTree(caseName: string | string[], edits: Edits = {}): string {
    const cases = Array.isArray(caseName) ? caseName : [caseName];
    mkdirSync(TMP, { recursive: true });
    const root = mkdtempSync(path.join(TMP, `${cases.length > 1 ? 'combined' : cases[0]}-`));
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    for (const name of cases) applyOverlay(root, name);
    for (const [rel, edit] of Object.entries(edits)) {
        const file = path.join(root, rel);
        const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
        mkdirSync(path.dirname(file), { recursive: true });
        const after = edit(before);
        if (after === null) {
            rmSync(file);
            continue;
        }
        if (after === before) throw new Error(`fixture edit of ${rel} changed nothing`);
        writeFileSync(file, after);
    }
    return root;
}

function applyOverlay(root: string, caseName: string): void {
    const overlay = path.join(FIXTURES, caseName);
    if (caseName !== 'base' && !existsSync(overlay)) throw new Error(`no fixture scripts/fixtures/${caseName}`);
    if (caseName !== 'base') {
        cpSync(overlay, root, { recursive: true, filter: (src) => path.basename(src) !== 'DELETE' });
        const deletions = path.join(overlay, 'DELETE');
        if (existsSync(deletions)) {
            for (const rel of readFileSync(deletions, 'utf8')
                .split('\n')
                .filter((l) => l.trim())) {
                rmSync(path.join(root, rel.trim()), { force: true, recursive: true });
            }
        }
    }
}

export function removeTree(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

/** Runs `fn` on a fixture tree and always removes the tree afterwards. */
export async function withFixture<T>(
    caseName: string | string[],
    fn: (root: string) => T | Promise<T>,
    edits: Edits = {}
): Promise<T> {
    const root = fixtureTree(caseName, edits);
    try {
        return await fn(root);
    } finally {
        removeTree(root);
    }
}

/** Replaces exactly one occurrence (fails loudly if the fixture text moved). */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
    return (text) => {
        if (!text.includes(search)) throw new Error(`fixture text not found: ${search}`);
        return text.replace(search, replacement);
    };
}

export interface Outcome {
    code: number | null;
    output: string;
}

/** Runs `tsx scripts/<script> <root>` the way package.json does (async, so test files can run side by side). */
export function runGate(script: string, root: string, extra: string[] = []): Promise<Outcome> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', script), root, ...extra], {
            cwd: REPO,
            env: { ...process.env, FORCE_COLOR: '0' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, output }));
    });
}

/** Records console.log and console.error for the rest of the test `t`. */
export function printed(t: { mock: { method: (o: object, m: string, impl: (...a: unknown[]) => void) => unknown } }): {
    log: string[];
    error: string[];
} {
    const out = { log: [] as string[], error: [] as string[] };
    t.mock.method(console, 'log', (...a: unknown[]) => out.log.push(a.join(' ')));
    t.mock.method(console, 'error', (...a: unknown[]) => out.error.push(a.join(' ')));
    return out;
}

/** A clock that reads `times` in turn (milliseconds). */
export const clock = (...times: number[]): (() => number) => {
    return () => times.shift() ?? assert.fail('the clock was read more often than expected');
};

/** The findings of one check:metadata rule on the base fixture with `edits`, as the lines a developer reads. */
export function ruleFindings(
    check: (index: MetadataIndex, findings: Findings) => void,
    edits: Edits = {}
): Promise<string[]> {
    return withFixture(
        'base',
        (root) => {
            const findings = new Findings(root);
            check(new MetadataIndex(root), findings);
            return findings.lines();
        },
        edits
    );
}
