/**
 * What every gate's command line shares (scripts/lib/entry-point.ts): which module is the script node started, how
 * the time taken prints, and how the gate's exit code (or its crash) ends the process.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { exitWith, isScript, secondsSince, setExitCode } from '../lib/entry-point.ts';

describe('gate entry points: the command line', () => {
    it('runs a gate only when its module is the script node started, named absolute or relative', () => {
        const gate = path.resolve('scripts', 'check-apex.ts');
        assert.equal(isScript(gate, ['/usr/bin/node', gate]), true);
        assert.equal(isScript(gate, ['/usr/bin/node', path.join('scripts', 'check-apex.ts')]), true);
        assert.equal(isScript(gate, ['/usr/bin/node', path.resolve('scripts', 'scan.ts')]), false);
        assert.equal(isScript(gate, ['/usr/bin/node']), false, 'node without a script (a REPL) runs no gate');
        assert.equal(isScript(gate), false, 'by default: the test runner started node, not the gate');
    });

    it('prints the time taken in seconds with one decimal', () => {
        assert.equal(secondsSince(1_000, 2_460), '1.5');
        assert.equal(secondsSince(5_000, 5_000), '0.0');
        assert.equal(secondsSince(0, 61_234), '61.2');
    });

    it("ends the process with the gate's exit code, awaited when the gate is asynchronous", async () => {
        const exits: string[] = [];
        await exitWith(
            1,
            (code) => exits.push(`exit ${code}`),
            (code) => exits.push(`crash ${code}`)
        );
        await exitWith(
            Promise.resolve(0),
            (code) => exits.push(`exit ${code}`),
            (code) => exits.push(`crash ${code}`)
        );
        assert.deepEqual(exits, ['exit 1', 'exit 0']);
    });

    it('prints the error of a gate that crashed and exits 1', async (t) => {
        const errors: unknown[] = [];
        t.mock.method(console, 'error', (e: unknown) => errors.push(e));
        const exits: string[] = [];
        const failure = new Error('cannot run java (apex-ls): spawn java ENOENT');
        await exitWith(
            Promise.reject(failure),
            (code) => exits.push(`exit ${code}`),
            (code) => exits.push(`crash ${code}`)
        );
        assert.deepEqual(exits, ['crash 1']);
        assert.deepEqual(errors, [failure]);
    });

    it('can set the exit code and let the process end by itself (the scan: its output is written first)', () => {
        const before = process.exitCode;
        try {
            setExitCode(1);
            assert.equal(process.exitCode, 1);
        } finally {
            process.exitCode = before;
        }
    });
});
