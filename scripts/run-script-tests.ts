/**
 * test:scripts — runs every scripts/**\/*.test.ts with the Node test runner (tsx loader), except the
 * browser end-to-end tests under scripts/preview/e2e (run by test:e2e).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { walk } from './lib/fsutil.ts';

const scriptsDir = import.meta.dirname;
const files = walk(scriptsDir, (f) => f.endsWith('.test.ts')).filter((f) => {
    const rel = path.relative(scriptsDir, f).split(path.sep).join('/');
    return !rel.startsWith('preview/e2e/') && !rel.startsWith('fixtures/');
});
if (files.length === 0) {
    console.error('test:scripts: no scripts/**/*.test.ts found');
    process.exit(1);
}
console.log(`test:scripts: ${files.length} file(s)`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=4', ...files], {
    stdio: 'inherit'
});
process.exit(result.status ?? 1);
