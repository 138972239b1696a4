/**
 * Every gate's contract, end to end: the gate's own entry point, spawned as `npm run <gate>` spawns it, exits
 * non-zero on a fixture with one problem and 0 on the clean fixture. A gate that prints a finding and exits 0
 * would pass CI silently; these tests are what stops that.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, replaceOnce, runGate, withFixture, type Edits, type Outcome } from './helpers.ts';

async function gateOn(
    script: string,
    fixture: string | string[],
    edits: Edits = {},
    extra: string[] = []
): Promise<Outcome> {
    return withFixture(fixture, (root) => runGate(script, root, extra), edits);
}

function assertExit(outcome: Outcome, expected: 0 | 1, pattern?: RegExp): void {
    assert.equal(outcome.code, expected, `exit ${outcome.code}, expected ${expected}; output:\n${outcome.output}`);
    if (pattern) assert.match(outcome.output, pattern);
}

const CARD = `${BASE}/lwc/planCard/planCard.ts`;

describe('gate exit status: build', () => {
    it('exits 0 on the clean fixture', async () => assertExit(await gateOn('build.ts', 'base'), 0, /build: OK/));
    it('exits 1 on one TypeScript error', async () =>
        assertExit(
            await gateOn('build.ts', 'base', {
                [CARD]: replaceOnce('return this.plans?.data?.length ?? 0;', "return 'many';")
            }),
            1,
            /build: 1 problem\(s\)/
        ));
});

describe('gate exit status: check:metadata', () => {
    it('exits 0 on the clean fixture', async () =>
        assertExit(await gateOn('check-metadata.ts', 'base'), 0, /check:metadata: OK/));
    it('exits 1 on one over-long description', async () =>
        assertExit(await gateOn('check-metadata.ts', 'length-over-limit'), 1, /check:metadata: 1 problem\(s\)/));
});

describe('gate exit status: check:apex', () => {
    it('exits 0 on the clean fixture', async () =>
        assertExit(await gateOn('check-apex.ts', 'base'), 0, /check:apex: OK/));
    it('exits 1 on unknown fields in a trigger', async () =>
        assertExit(await gateOn('check-apex.ts', 'soql-in-trigger'), 1, /check:apex: 2 problem\(s\)/));
});

describe('gate exit status: convert (from a fresh clone: builds first)', () => {
    it('exits 0 on the clean fixture without a prior build', async () =>
        assertExit(await gateOn('convert-source.ts', 'base'), 0, /build first: .*missing[\s\S]*convert: OK/));
    it('exits 1 when the converter drops a class without its -meta.xml', async () =>
        assertExit(await gateOn('convert-source.ts', 'missing-meta'), 1, /ApexClass PlanService is missing/));
});

describe('gate exit status: scan', () => {
    // the failing run is the one over every policy case in scan.test.ts (one Code Analyzer run less in CI)
    it('exits 0 on the clean fixture (and builds it first)', async () =>
        assertExit(await gateOn('scan.ts', 'base'), 0, /scan: OK/));
});
