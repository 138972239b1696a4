import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Findings } from '../lib/diagnostics.ts';
import { checkSuppressions } from '../lib/suppressions.ts';
import { scan } from '../scan.ts';
import { BASE, withFixture } from './helpers.ts';

describe('scan', () => {
    it('passes on the valid base fixture', async () => {
        const result = await withFixture('base', (root) => scan(root));
        assert.deepEqual(result.failures.lines(), []);
    });

    it('fails on SOQL in a loop (OperationWithLimitsInLoop, moderate but in the failing list)', async () => {
        const result = await withFixture('soql-in-loop', (root) => scan(root));
        assert.ok(
            result.failures.lines().some((l) => /LoopQuery\.cls:\d+: pmd:OperationWithLimitsInLoop/.test(l)),
            result.failures.lines().join('\n')
        );
    });

    it('fails on suppressions without a reason', async () => {
        const result = await withFixture('suppression-without-reason', (root) => scan(root));
        const lines = result.failures.lines();
        assert.ok(
            lines.some((l) => /Suppressed\.cls:9: @SuppressWarnings without a reason/.test(l)),
            lines.join('\n')
        );
        assert.ok(
            lines.some((l) => /Suppressed\.cls:11: NOPMD without a reason/.test(l)),
            lines.join('\n')
        );
    });

    it('accepts suppressions that give their reason', async () => {
        await withFixture('base', (root) => {
            const findings = new Findings(root);
            const file = path.join(root, BASE, 'classes', 'PlanService.cls');
            checkSuppressions([file], findings);
            assert.equal(findings.count, 0);
            return undefined;
        });
        await withFixture(
            'suppression-without-reason',
            (root) => {
                const findings = new Findings(root);
                checkSuppressions([path.join(root, BASE, 'classes', 'Suppressed.cls')], findings);
                assert.deepEqual(findings.lines(), []);
                return undefined;
            },
            {
                [`${BASE}/classes/Suppressed.cls`]: (t) =>
                    t
                        .replace(
                            "    @SuppressWarnings('PMD.ApexCRUDViolation')",
                            "    // roll-up code: system mode is the documented aggregate exemption\n    @SuppressWarnings('PMD.ApexCRUDViolation')"
                        )
                        .replace('// NOPMD', '// NOPMD - aggregate exemption, see class comment')
            }
        );
    });
});
