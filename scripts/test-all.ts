/**
 * npm test — every offline gate in order, continuing after failures, then a one-screen summary.
 * Each gate's output streams as it runs; the last lines of every failed gate are repeated after the summary, so
 * a log that keeps only its end (a CI page) still says why a gate failed.
 * Ends with the line `gates: N passed, M failed`; exit 1 if any gate failed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SF_ENV = { SF_DISABLE_TELEMETRY: 'true', SF_SKIP_NEW_VERSION_CHECK: 'true', SF_DISABLE_AUTOUPDATE: 'true' };
/** How many of a failed gate's last output lines the summary repeats. */
export const TAIL_LINES = 40;

export const GATES = [
    'build',
    'typecheck',
    'lint',
    'format:check',
    'test:scripts',
    'check:metadata',
    'check:apex',
    'scan',
    'test:unit',
    // the same Jest tests in a simulated subscriber org (namespace sap): jest.namespaced.config.js
    'test:unit:ns',
    'convert',
    ...(existsSync(path.join(ROOT, 'scripts', 'preview', 'run-e2e.ts')) ? ['test:e2e', 'test:e2e:ns'] : [])
];

export interface Outcome {
    gate: string;
    ok: boolean;
    seconds: number;
    /** the gate's last output lines (stdout and stderr as they came) */
    tail: string[];
}

/** Keeps the last `size` lines of a stream that arrives in chunks split anywhere. */
export class Tail {
    private lines: string[] = [];
    private partial = '';

    constructor(private readonly size: number) {}

    push(chunk: string): void {
        const parts = (this.partial + chunk).split(/\r?\n/);
        this.partial = parts.pop() ?? '';
        this.lines.push(...parts);
        if (this.lines.length > this.size) this.lines.splice(0, this.lines.length - this.size);
    }

    result(): string[] {
        const all = this.partial ? [...this.lines, this.partial] : this.lines;
        return all.slice(-this.size);
    }
}

/** The summary table, then each failed gate's last lines, then the `gates:` line. */
export function summary(outcomes: Outcome[]): string[] {
    const out = ['', '+----------------+--------+---------+', '| gate           | status | seconds |'];
    out.push('+----------------+--------+---------+');
    for (const o of outcomes) {
        out.push(
            `| ${o.gate.padEnd(14)} | ${(o.ok ? 'PASS' : 'FAIL').padEnd(6)} | ${o.seconds.toFixed(1).padStart(7)} |`
        );
    }
    out.push('+----------------+--------+---------+');
    for (const o of outcomes.filter((x) => !x.ok)) {
        out.push('', `--- ${o.gate} failed; its last ${o.tail.length} line(s):`, ...o.tail.map((l) => `  ${l}`));
    }
    const passed = outcomes.filter((o) => o.ok).length;
    out.push(`total ${outcomes.reduce((s, o) => s + o.seconds, 0).toFixed(0)} s`);
    out.push(`gates: ${passed} passed, ${outcomes.length - passed} failed`);
    return out;
}

function runGate(gate: string): Promise<Outcome> {
    const started = Date.now();
    const tail = new Tail(TAIL_LINES);
    return new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', gate], {
            cwd: ROOT,
            stdio: ['inherit', 'pipe', 'pipe'],
            env: { ...process.env, ...SF_ENV, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }
        });
        child.stdout.on('data', (d: Buffer) => {
            process.stdout.write(d);
            tail.push(d.toString());
        });
        child.stderr.on('data', (d: Buffer) => {
            process.stderr.write(d);
            tail.push(d.toString());
        });
        const done = (ok: boolean, extra?: string): void => {
            if (extra) tail.push(`\n${extra}\n`);
            resolve({ gate, ok, seconds: (Date.now() - started) / 1000, tail: tail.result() });
        };
        child.on('error', (e) => done(false, `could not start npm: ${e.message}`));
        child.on('close', (code, signal) => done(code === 0, signal ? `ended by ${signal}` : undefined));
    });
}

async function main(): Promise<void> {
    const outcomes: Outcome[] = [];
    for (const gate of GATES) {
        console.log(`\n=== ${gate} ${'='.repeat(Math.max(0, 60 - gate.length))}`);
        outcomes.push(await runGate(gate));
    }
    for (const line of summary(outcomes)) console.log(line);
    process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
    main().catch((e: unknown) => {
        console.error(e);
        process.exit(1);
    });
}
