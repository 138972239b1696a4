/**
 * npm test — every offline gate in order, continuing after failures, then a one-screen summary.
 * Ends with the line `gates: N passed, M failed`; exit 1 if any gate failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SF_ENV = { SF_DISABLE_TELEMETRY: 'true', SF_SKIP_NEW_VERSION_CHECK: 'true', SF_DISABLE_AUTOUPDATE: 'true' };

const GATES = [
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

interface Outcome {
    gate: string;
    ok: boolean;
    seconds: number;
}

const outcomes: Outcome[] = [];
for (const gate of GATES) {
    console.log(`\n=== ${gate} ${'='.repeat(Math.max(0, 60 - gate.length))}`);
    const started = Date.now();
    const result = spawnSync('npm', ['run', '--silent', gate], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, ...SF_ENV, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }
    });
    outcomes.push({ gate, ok: result.status === 0, seconds: (Date.now() - started) / 1000 });
}

const passed = outcomes.filter((o) => o.ok).length;
const failed = outcomes.length - passed;
console.log('\n+----------------+--------+---------+');
console.log('| gate           | status | seconds |');
console.log('+----------------+--------+---------+');
for (const o of outcomes) {
    console.log(
        `| ${o.gate.padEnd(14)} | ${(o.ok ? 'PASS' : 'FAIL').padEnd(6)} | ${o.seconds.toFixed(1).padStart(7)} |`
    );
}
console.log('+----------------+--------+---------+');
const total = outcomes.reduce((s, o) => s + o.seconds, 0);
console.log(`total ${total.toFixed(0)} s`);
console.log(`gates: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
