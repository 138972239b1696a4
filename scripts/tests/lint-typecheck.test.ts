import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { REPO, withFixture } from './helpers.ts';

describe('lint', () => {
    it('reports LWC and TypeScript rule violations in a component (repo eslint.config.js)', async () => {
        const eslint = new ESLint({ cwd: REPO });
        const code = readFileSync(path.join(REPO, 'scripts/fixtures/lint/badComponent.ts'), 'utf8');
        const filePath = path.join(REPO, 'force-app/main/default/lwc/badComponent/badComponent.ts');
        const [result] = await eslint.lintText(code, { filePath });
        const rules = result.messages.map((m) => m.ruleId);
        assert.ok(result.errorCount > 0, 'lint errors expected');
        assert.ok(rules.includes('@lwc/lwc/no-api-reassignments'), `rules: ${rules.join(', ')}`);
        assert.ok(rules.includes('@typescript-eslint/no-unused-vars'), `rules: ${rules.join(', ')}`);
        assert.ok(rules.includes('eqeqeq'), `rules: ${rules.join(', ')}`);
    });

    it('refuses `catch {` in shipped component code (PMD cannot read it), not in tests; `catch (_error)` passes', async () => {
        const eslint = new ESLint({ cwd: REPO });
        const lint = async (code: string, rel: string): Promise<string[]> => {
            const [result] = await eslint.lintText(code, { filePath: path.join(REPO, rel) });
            return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
        };
        const bare =
            'export function f(s: string): number {\n    try {\n        return JSON.parse(s) as number;\n    } catch {\n        return 2;\n    }\n}\n';
        const shipped = 'force-app/main/default/lwc/planX/planX.ts';
        assert.deepEqual(await lint(bare, shipped), [
            "no-restricted-syntax: Write `catch (_error)`: PMD's JavaScript parser skips a file with `catch {`."
        ]);
        assert.deepEqual(await lint(bare.replace('catch {', 'catch (_error) {'), shipped), []);
        assert.deepEqual(await lint(bare, 'force-app/main/default/lwc/planX/__tests__/planX.test.ts'), []);
    });
});

describe('typecheck', () => {
    it('fails on a type error with the repo tsconfig.json options', async () => {
        await withFixture('base', (root) => {
            const bad = path.join(root, 'bad.ts');
            writeFileSync(bad, "const count: number = 'three';\nexport default count;\n");
            const config = path.join(root, 'tsconfig.check.json');
            writeFileSync(
                config,
                JSON.stringify({ extends: path.join(REPO, 'tsconfig.json'), include: [], files: [bad] })
            );
            const tsc = spawnSync(
                process.execPath,
                [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', config, '--noEmit'],
                {
                    encoding: 'utf8'
                }
            );
            assert.notEqual(tsc.status, 0, 'tsc must fail');
            assert.match(tsc.stdout, /bad\.ts\(1,7\): error TS2322/);
            return undefined;
        });
    });
});
