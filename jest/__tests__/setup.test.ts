/**
 * jest/setup.ts: an error thrown after a file's last test (a render a timer resolves throws that way) fails that
 * file. Without the setup's last macrotask, the same file passed and the error was lost (or, thrown during Jest's
 * teardown, ended the process without the file's results).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(60000);

describe('jest/setup.ts', () => {
    it('fails a file with the error thrown after its last test', () => {
        const root = path.resolve(__dirname, '../..');
        const output = path.join(mkdtempSync(path.join(tmpdir(), 'late-error-')), 'results.json');
        const run = spawnSync(
            process.execPath,
            [
                path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
                '--config=jest.config.js',
                '--testMatch=**/jest/fixtures/lateError.fixture.js',
                '--json',
                `--outputFile=${output}`
            ],
            { cwd: root, encoding: 'utf8' }
        );
        const results = JSON.parse(readFileSync(output, 'utf8')) as {
            numPassedTests: number;
            numFailedTestSuites: number;
            testResults: { message: string }[];
        };
        expect(run.status).toBe(1);
        expect([results.numPassedTests, results.numFailedTestSuites]).toEqual([1, 1]);
        expect(results.testResults[0].message).toContain('thrown after the last test');
    });
});
