import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MemoryLogger, reportError } from './lib/cli';
import { FIXTURES_DIR, fakeExec, fixture } from './lib/fake-sf';
import {
    ApexExecutionError,
    CliSfRunner,
    DeployFailedError,
    NoDevHubError,
    NotAuthorisedError,
    SF_ENV,
    SfCliNotFoundError,
    SfCommandFailedError,
    SfOutputParseError,
    UsageError,
    formatCommand,
    npmInvocation,
    nodeExec,
    parseSfJson,
    resolveSfBinary,
    sfInvocation,
    toSfError
} from './lib/sf';

const raw = (name: string): string => readFileSync(path.join(FIXTURES_DIR, name), 'utf8');

describe('CliSfRunner', () => {
    it('runs the sf binary with --json appended, in the project root, with telemetry and updates disabled', async () => {
        const exec = fakeExec({ stdout: raw('org-list-empty.json') });
        const runner = new CliSfRunner('/project', exec, '/project/node_modules/.bin/sf');
        const response = await runner.run<{ devHubs: unknown[] }>(['org', 'list']);
        assert.equal(exec.calls.length, 1, 'one process should be started');
        assert.equal(exec.calls[0].command, '/project/node_modules/.bin/sf', 'the given sf binary should be used');
        assert.deepEqual(exec.calls[0].args, ['org', 'list', '--json'], '--json should be appended once');
        assert.equal(exec.calls[0].options?.cwd, '/project', 'the command should run in the project root');
        for (const [key, value] of Object.entries(SF_ENV)) {
            assert.equal(exec.calls[0].options?.env?.[key], value, `${key} should be set for the CLI`);
        }
        assert.deepEqual(response.result.devHubs, [], 'the parsed result should be returned');
        assert.equal(response.warnings.length, 1, 'CLI warnings should be passed through');
    });

    it('does not add a second --json and honours a per-call working directory', async () => {
        const exec = fakeExec({ stdout: raw('org-list-empty.json') });
        await new CliSfRunner('/project', exec, 'sf').run(['org', 'list', '--json'], { cwd: '/tmp/stage' });
        assert.deepEqual(exec.calls[0].args, ['org', 'list', '--json'], '--json should not be duplicated');
        assert.equal(exec.calls[0].options?.cwd, '/tmp/stage', 'the per-call cwd should win');
    });

    it('reports a missing CLI as SfCliNotFoundError with install instructions', async () => {
        const exec = fakeExec(() => {
            throw Object.assign(new Error('spawn sf ENOENT'), { code: 'ENOENT' });
        });
        await assert.rejects(
            new CliSfRunner('/project', exec, 'sf').run(['org', 'list']),
            (error: unknown) => {
                assert.ok(error instanceof SfCliNotFoundError, 'a missing binary should be SfCliNotFoundError');
                assert.match(error.actions.join('\n'), /npm ci/, 'the fix should mention npm ci');
                return true;
            },
            'the run should fail'
        );
    });

    it('maps a non-zero status to a typed error', async () => {
        const exec = fakeExec({ exitCode: 1, stdout: raw('error-no-default-dev-hub.json') });
        await assert.rejects(
            new CliSfRunner('/project', exec, 'sf').run(['org', 'create', 'scratch']),
            NoDevHubError,
            'NoDefaultDevHubError should become NoDevHubError'
        );
    });

    it('accepts allowed non-zero statuses (100 = Apex tests failed) and returns their result', async () => {
        const exec = fakeExec({ exitCode: 100, stdout: raw('apex-run-test-failed.json') });
        const response = await new CliSfRunner('/project', exec, 'sf').run<{ summary: { outcome: string } }>(
            ['apex', 'run', 'test'],
            {
                okStatuses: [100]
            }
        );
        assert.equal(response.status, 100, 'the status should be reported');
        assert.equal(response.result.summary.outcome, 'Failed', 'the test result should be returned');
    });

    it('reads the JSON from stderr when stdout is empty', async () => {
        const exec = fakeExec({ exitCode: 1, stdout: '', stderr: raw('error-no-default-env.json') });
        await assert.rejects(
            new CliSfRunner('/project', exec, 'sf').run(['apex', 'run', 'test']),
            NotAuthorisedError,
            'stderr JSON should be parsed'
        );
    });
});

describe('parseSfJson', () => {
    it('parses real CLI output', () => {
        const envelope = parseSfJson(raw('org-create-scratch-success.json'), 'sf org create scratch');
        assert.equal(envelope.status, 0, 'status should be read');
    });

    it('tolerates lines printed before the JSON object', () => {
        const noisy = `Warning: @salesforce/cli update available from 2.150.6 to 2.151.0.\n${raw('org-open-success.json')}`;
        assert.equal(parseSfJson(noisy, 'sf org open').status, 0, 'the JSON after the warning should be parsed');
    });

    it('throws SfOutputParseError on output that is not the CLI envelope', () => {
        assert.throws(
            () => parseSfJson('Error: something odd', 'sf org list'),
            SfOutputParseError,
            'plain text should be rejected'
        );
        assert.throws(
            () => parseSfJson('{"foo": 1}', 'sf org list'),
            SfOutputParseError,
            'JSON without status should be rejected'
        );
        assert.throws(() => parseSfJson('', 'sf org list'), SfOutputParseError, 'empty output should be rejected');
    });
});

describe('toSfError', () => {
    it('NoDefaultDevHubError -> NoDevHubError that says how to log in to a Dev Hub', () => {
        const error = toSfError(fixture('error-no-default-dev-hub.json'), ['org', 'create', 'scratch', '--json']);
        assert.ok(error instanceof NoDevHubError, 'should be NoDevHubError');
        assert.equal(error.cliErrorName, 'NoDefaultDevHubError', 'the CLI error name should be kept');
        assert.match(
            error.actions.join('\n'),
            /sf org login web --set-default-dev-hub/,
            'should tell how to authorise a Dev Hub'
        );
    });

    it('NamedOrgNotFoundError -> NotAuthorisedError naming the org alias', () => {
        const error = toSfError(fixture('error-named-org-not-found.json'), [
            'org',
            'open',
            '--target-org',
            'sap-ci',
            '--json'
        ]);
        assert.ok(error instanceof NotAuthorisedError, 'should be NotAuthorisedError');
        assert.match(error.message, /sap-ci/, 'the message should name the org');
        assert.match(
            error.actions.join('\n'),
            /sf org login web --alias sap-ci/,
            'the fix should log in to that alias'
        );
    });

    it('NoDefaultEnvError -> NotAuthorisedError suggesting --target-org or org:create', () => {
        const error = toSfError(fixture('error-no-default-env.json'), ['apex', 'run', 'test', '--json']);
        assert.ok(error instanceof NotAuthorisedError, 'should be NotAuthorisedError');
        assert.match(error.actions.join('\n'), /--target-org/, 'should suggest --target-org');
        assert.match(error.actions.join('\n'), /npm run org:create/, 'should suggest creating an org');
    });

    it('an expired refresh token -> NotAuthorisedError asking to log in again', () => {
        const error = toSfError(fixture('error-expired-refresh-token.json'), [
            'org',
            'create',
            'scratch',
            '--target-dev-hub',
            'DevHub'
        ]);
        assert.ok(error instanceof NotAuthorisedError, 'should be NotAuthorisedError');
        assert.match(error.message, /expired/, 'should say the session expired');
        assert.match(error.actions[0], /sf org login web --alias DevHub/, 'should log in to the same alias');
    });

    it('a failed deployment -> DeployFailedError listing every component failure with file and line', () => {
        const error = toSfError(fixture('project-deploy-start-failed.json'), [
            'project',
            'deploy',
            'start',
            '--target-org',
            'sap-dev'
        ]);
        assert.ok(error instanceof DeployFailedError, 'should be DeployFailedError');
        assert.equal(error.failures.length, 2, 'both failures should be parsed');
        assert.match(error.message, /2 component error/, 'the headline should count the failures');
        assert.match(
            error.message,
            /ApexClass PlanRollupCalculator \(classes\/PlanRollupCalculator\.cls:118:32\): Variable does not exist/,
            'the Apex failure should show file:line:column'
        );
        assert.match(error.message, /FlexiPage Account_Plan_Record_Page/, 'the FlexiPage failure should be listed');
    });

    it('a single component failure given as an object (not an array) is still parsed', () => {
        const envelope = fixture('project-deploy-start-failed.json');
        const result = envelope.result as { details: { componentFailures: unknown[] } };
        result.details.componentFailures = result.details.componentFailures[0] as unknown as unknown[];
        const error = toSfError(envelope, ['project', 'deploy', 'start']);
        assert.ok(error instanceof DeployFailedError, 'should be DeployFailedError');
        assert.equal(error.failures.length, 1, 'the single failure should be parsed');
    });

    it('anonymous Apex compile failure -> ApexExecutionError with the compiler message', () => {
        const error = toSfError(fixture('apex-run-compile-failure.json'), ['apex', 'run', '--file', 'x.apex']);
        assert.ok(error instanceof ApexExecutionError, 'should be ApexExecutionError');
        assert.match(
            error.message,
            /Variable does not exist: AccountPlanRecalculationBatch/,
            'should carry the compile problem'
        );
    });

    it('anything else -> SfCommandFailedError with the CLI message and a way to re-run it', () => {
        const error = toSfError(fixture('package-version-create-error.json'), [
            'package',
            'version',
            'create',
            '--package',
            'Strategic Account Planning'
        ]);
        assert.ok(error instanceof SfCommandFailedError, 'should be SfCommandFailedError');
        assert.match(error.message, /coverage is 72%/, 'the CLI message should be kept');
        assert.match(
            error.actions.join('\n'),
            /sf package version create --package "Strategic Account Planning"/,
            'the command should be quoted for copy-paste'
        );
    });
});

describe('formatCommand', () => {
    it('quotes arguments with spaces only', () => {
        assert.equal(
            formatCommand(['org', 'open', '--path', 'lightning/n/Planning_Home']),
            'sf org open --path lightning/n/Planning_Home',
            'plain args stay bare'
        );
        assert.equal(
            formatCommand(['package', 'version', 'create', '--package', 'My Pkg']),
            'sf package version create --package "My Pkg"',
            'spaces are quoted'
        );
    });
});

describe('reportError', () => {
    it('prints the message, the CLI error name and every action', () => {
        const log = new MemoryLogger();
        reportError(toSfError(fixture('error-no-default-dev-hub.json'), ['org', 'create', 'scratch']), log);
        assert.match(log.lines[0], /^ERROR No Dev Hub is set/, 'the message comes first, as an error');
        assert.ok(log.lines.includes('INFO CLI error: NoDefaultDevHubError'), 'the CLI error name is shown');
        assert.ok(
            log.lines.some((l) => l.includes('sf org login web --set-default-dev-hub --alias DevHub')),
            'the fix is shown'
        );
    });

    it('prints unexpected errors with their stack', () => {
        const log = new MemoryLogger();
        reportError(new TypeError('boom'), log);
        assert.match(log.lines[0], /^ERROR TypeError: boom/, 'the stack starts with the error');
    });
});

describe('starting the CLI and npm without a shell (Windows too)', () => {
    function tempDir(): string {
        return mkdtempSync(path.join(os.tmpdir(), 'sf-resolve-'));
    }
    function touch(file: string): void {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, '');
    }

    it("resolves the project's CLI to its JavaScript entry point, on every platform", () => {
        const root = tempDir();
        try {
            const entry = path.join(root, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
            assert.equal(resolveSfBinary(root, 'linux', {}), 'sf', 'no local CLI: sf on the PATH');
            touch(entry);
            assert.equal(resolveSfBinary(root, 'win32', {}), entry, 'Windows: the entry point, not sf.cmd');
            assert.equal(resolveSfBinary(root, 'linux', {}), entry);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });

    it('on Windows without a local CLI, finds the entry point of a global npm install beside sf.cmd', () => {
        const root = tempDir();
        const globalDir = tempDir();
        try {
            const entry = path.join(globalDir, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
            assert.equal(resolveSfBinary(root, 'win32', { PATH: globalDir }), 'sf', 'no sf.cmd there');
            touch(path.join(globalDir, 'sf.cmd'));
            touch(entry);
            assert.equal(resolveSfBinary(root, 'win32', { PATH: `C:\\nothing;${globalDir}` }), entry);
            assert.equal(resolveSfBinary(root, 'win32', { Path: globalDir }), entry, 'Windows spells it Path');
        } finally {
            rmSync(root, { recursive: true, force: true });
            rmSync(globalDir, { recursive: true, force: true });
        }
    });

    it('starts a JavaScript entry point with this node and anything else directly', () => {
        assert.deepEqual(sfInvocation('/p/run.js', ['org', 'list']), {
            command: process.execPath,
            args: ['--no-deprecation', '/p/run.js', 'org', 'list']
        });
        assert.deepEqual(sfInvocation('sf', ['org', 'list']), { command: 'sf', args: ['org', 'list'] });
    });

    it('the runner passes arguments through the entry point unchanged', async () => {
        const exec = fakeExec({ stdout: raw('org-list-empty.json') });
        await new CliSfRunner('/project', exec, '/project/node_modules/@salesforce/cli/bin/run.js').run([
            'org',
            'list',
            '--target-org',
            'a&b "c"'
        ]);
        assert.equal(exec.calls[0].command, process.execPath, 'node starts the CLI');
        assert.deepEqual(exec.calls[0].args, [
            '--no-deprecation',
            '/project/node_modules/@salesforce/cli/bin/run.js',
            'org',
            'list',
            '--target-org',
            'a&b "c"',
            '--json'
        ]);
    });

    it('runs npm as npm-cli.js under node on Windows, and refuses a shell when npm did not start us', () => {
        assert.deepEqual(npmInvocation(['run', 'build'], 'linux', {}), { command: 'npm', args: ['run', 'build'] });
        assert.deepEqual(npmInvocation(['run', 'build'], 'win32', { npm_execpath: 'C:\\npm\\bin\\npm-cli.js' }), {
            command: process.execPath,
            args: ['C:\\npm\\bin\\npm-cli.js', 'run', 'build']
        });
        assert.throws(() => npmInvocation(['run', 'build'], 'win32', {}), UsageError);
    });

    it('nodeExec hands shell metacharacters to the program as plain text', async () => {
        const result = await nodeExec(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', 'a&b|c;$(d)']);
        assert.equal(result.exitCode, 0);
        assert.equal(result.stdout, 'a&b|c;$(d)');
    });
});
