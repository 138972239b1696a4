import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fakeExec, fixture } from './lib/fake-sf';
import {
    CliSfRunner,
    SF_ENV,
    SfCliError,
    SfCommandFailedError,
    cliNotFound,
    componentFailures,
    formatCommand,
    formatFailure,
    isRecord,
    nodeExec,
    npmInvocation,
    parseSfJson,
    resolveSfBinary,
    sfInvocation,
    toSfError,
    type SfEnvelope
} from './lib/sf';

/** What a user reads of an error: its class, message, command, CLI error name, status and actions. */
function shown(error: unknown): Record<string, unknown> {
    assert.ok(error instanceof SfCliError, `an SfCliError was expected, got ${String(error)}`);
    return {
        type: error.name,
        message: error.message,
        command: error.command,
        cliErrorName: error.cliErrorName,
        status: error.status,
        actions: error.actions
    };
}

const failed = (fields: Partial<SfEnvelope>): SfEnvelope => ({ status: 1, ...fields });

describe('nodeExec', () => {
    const node = process.execPath;

    it('captures stdout and stderr as text and the exit code', async () => {
        const result = await nodeExec(node, [
            '-e',
            'process.stdout.write("out é"); process.stderr.write("err"); process.exitCode = 3'
        ]);
        assert.deepEqual(result, { exitCode: 3, stdout: 'out é', stderr: 'err' });
    });

    it('reports a child killed by a signal as exit code 1', async () => {
        const result = await nodeExec(node, ['-e', 'process.kill(process.pid, "SIGKILL")']);
        assert.deepEqual(result, { exitCode: 1, stdout: '', stderr: '' });
    });

    it('runs in the given directory with the given environment, stdin closed', async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'sf-exec-'));
        try {
            const result = await nodeExec(
                node,
                [
                    '-e',
                    'const fs = require("fs"); process.stdout.write([process.cwd(), process.env.SAP_TEST, fs.fstatSync(0).isCharacterDevice()].join("|"))'
                ],
                { cwd: dir, env: { SAP_TEST: 'given' } }
            );
            assert.equal(result.stdout, `${realpathSync(dir)}|given|true`);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it("passes this process's environment when none is given", async () => {
        process.env.SAP_TEST_INHERITED = 'inherited';
        try {
            const result = await nodeExec(node, ['-e', 'process.stdout.write(String(process.env.SAP_TEST_INHERITED))']);
            assert.equal(result.stdout, 'inherited');
        } finally {
            delete process.env.SAP_TEST_INHERITED;
        }
    });

    it('with inheritOutput the output goes to this terminal and nothing is captured', async () => {
        const result = await nodeExec(node, ['-e', 'process.stderr.write("\\n")'], { inheritOutput: true });
        assert.deepEqual(result, { exitCode: 0, stdout: '', stderr: '' });
    });

    it('rejects when the program cannot be started', async () => {
        await assert.rejects(nodeExec('/nonexistent/sap-no-such-program', []), { code: 'ENOENT' });
    });
});

describe('SF_ENV', () => {
    it('turns off telemetry, the version check and auto-update', () => {
        assert.deepEqual(SF_ENV, {
            SF_DISABLE_TELEMETRY: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_DISABLE_AUTOUPDATE: 'true'
        });
    });
});

describe('SfCliError', () => {
    it('is named after its class and has no actions unless given', () => {
        const error = new SfCommandFailedError('It failed.', { command: 'sf org list' });
        assert.deepEqual(shown(error), {
            type: 'SfCommandFailedError',
            message: 'It failed.',
            command: 'sf org list',
            cliErrorName: undefined,
            status: undefined,
            actions: []
        });
        const full = new SfCliError('x', { command: 'c', actions: ['a'], cliErrorName: 'E', status: 2 });
        assert.deepEqual(shown(full), {
            type: 'SfCliError',
            message: 'x',
            command: 'c',
            cliErrorName: 'E',
            status: 2,
            actions: ['a']
        });
    });
});

describe('parseSfJson', () => {
    const parseError = (output: string): Record<string, unknown> => {
        try {
            parseSfJson(output, 'sf org list --json');
        } catch (error) {
            return shown(error);
        }
        return assert.fail('parseSfJson should have failed');
    };
    const actions = [
        'Run the command by hand with --json to see what it prints.',
        'Check that the local CLI works: npx sf --version'
    ];

    it('reads the envelope after warning lines, even one with a brace in it', () => {
        const output = `  Warning: {plugin} update available\nsecond line\n{"status": 0, "result": {"id": 1}}\n`;
        assert.deepEqual(parseSfJson(output, 'sf org list --json'), { status: 0, result: { id: 1 } });
    });

    it('reads an envelope with surrounding blank space', () => {
        assert.deepEqual(parseSfJson('\n  {"status": 1, "name": "E"}  \n', 'sf org list --json'), {
            status: 1,
            name: 'E'
        });
    });

    it('refuses JSON that is not an envelope: an array, no status, a status that is no number', () => {
        for (const output of ['[{"status": 0}]', '{"result": 1}', '{"status": "0"}', 'null']) {
            assert.deepEqual(
                parseError(output),
                {
                    type: 'SfOutputParseError',
                    message: `The Salesforce CLI did not return JSON for "sf org list --json".\nOutput: ${output}`,
                    command: 'sf org list --json',
                    cliErrorName: undefined,
                    status: undefined,
                    actions
                },
                output
            );
        }
    });

    it('says the output was empty', () => {
        assert.equal(
            parseError('  \n ').message,
            'The Salesforce CLI did not return JSON for "sf org list --json".\nOutput: (empty)'
        );
    });

    it('shows at most 300 characters of the output', () => {
        const exactly = 'x'.repeat(300);
        assert.equal(
            parseError(exactly).message,
            `The Salesforce CLI did not return JSON for "sf org list --json".\nOutput: ${exactly}`
        );
        assert.equal(
            parseError(`${exactly}yz`).message,
            `The Salesforce CLI did not return JSON for "sf org list --json".\nOutput: ${exactly}…`
        );
    });
});

describe('isRecord', () => {
    it('is true for plain objects only', () => {
        assert.equal(isRecord({}), true);
        assert.equal(isRecord(null), false);
        assert.equal(isRecord([]), false);
        assert.equal(isRecord('{}'), false);
        assert.equal(isRecord(undefined), false);
    });
});

describe('formatCommand', () => {
    it('leaves flags, usernames, paths and key=value bare and quotes anything else', () => {
        assert.equal(
            formatCommand(['org', 'open', '-o', 'me@acme.example', '--path', 'a/b.c:d=e,f_G-1']),
            'sf org open -o me@acme.example --path a/b.c:d=e,f_G-1'
        );
        assert.equal(formatCommand(['apex', 'run', '--file', 'my file.apex']), 'sf apex run --file "my file.apex"');
        assert.equal(formatCommand(['a b', 'c"d', '', 'x y']), 'sf "a b" "c\\"d" "" "x y"');
    });
});

describe('componentFailures and formatFailure', () => {
    it('finds no failures where the result has none', () => {
        for (const result of [undefined, 'text', { details: 'text' }, {}, { details: {} }]) {
            assert.deepEqual(componentFailures(result), [], JSON.stringify(result));
        }
    });

    it('reads every failure of an array, skipping entries that are no objects, and a single object', () => {
        const failure = {
            componentType: 'ApexClass',
            fullName: 'A',
            fileName: 'classes/A.cls',
            lineNumber: 3,
            columnNumber: '7',
            problem: 'Oops',
            problemType: 'Error'
        };
        assert.deepEqual(componentFailures({ details: { componentFailures: [failure, 'noise', {}] } }), [
            failure,
            {
                componentType: '',
                fullName: '',
                fileName: undefined,
                lineNumber: undefined,
                columnNumber: undefined,
                problem: '',
                problemType: undefined
            }
        ]);
        assert.deepEqual(componentFailures({ details: { componentFailures: failure } }), [failure]);
        assert.deepEqual(
            componentFailures({ details: { componentFailures: [{ ...failure, fileName: 12, problemType: 3 }] } }),
            [{ ...failure, fileName: '12', problemType: '3' }],
            'file names and problem types become text'
        );
    });

    it('formats a failure with as much of its place as is known', () => {
        const f = { componentType: 'ApexClass', fullName: 'A', problem: 'Oops' };
        assert.equal(
            formatFailure({ ...f, fileName: 'classes/A.cls', lineNumber: '3', columnNumber: 7 }),
            'ApexClass A (classes/A.cls:3:7): Oops'
        );
        assert.equal(
            formatFailure({ ...f, fileName: 'classes/A.cls', lineNumber: 3 }),
            'ApexClass A (classes/A.cls:3): Oops'
        );
        assert.equal(
            formatFailure({ ...f, fileName: 'classes/A.cls', columnNumber: 7 }),
            'ApexClass A (classes/A.cls:7): Oops'
        );
        assert.equal(formatFailure({ ...f, fileName: 'classes/A.cls' }), 'ApexClass A (classes/A.cls): Oops');
        assert.equal(formatFailure({ ...f, lineNumber: 3 }), 'ApexClass A: Oops');
    });
});

describe('toSfError', () => {
    const noDevHubActions = [
        'Log in to your Dev Hub and make it the default: sf org login web --set-default-dev-hub --alias DevHub',
        'Or pass the Dev Hub to this script: --target-dev-hub <alias or username>',
        'The org must have Dev Hub enabled (Setup > Dev Hub).'
    ];

    it('no default Dev Hub, by name or by message', () => {
        const expected = {
            type: 'NoDevHubError',
            message: 'No Dev Hub is set for the Salesforce CLI, so no scratch org or package version can be created.',
            command: 'sf org create scratch --json',
            cliErrorName: 'NoDefaultDevHubError',
            status: 1,
            actions: noDevHubActions
        };
        const args = ['org', 'create', 'scratch', '--json'];
        assert.deepEqual(shown(toSfError(failed({ name: 'NoDefaultDevHubError', message: 'x' }), args)), expected);
        assert.deepEqual(shown(toSfError(failed({ message: 'Error: No default Dev Hub found.' }), args)), {
            ...expected,
            cliErrorName: undefined
        });
    });

    it('a Dev Hub that is not one, by name or by any of its messages, naming the --target-dev-hub', () => {
        const args = ['package', 'version', 'create', '--target-dev-hub', 'Prod', '--json'];
        const expected = (message: string, cliErrorName?: string): Record<string, unknown> => ({
            type: 'NoDevHubError',
            message: `The org Prod is not a Dev Hub: ${message}`,
            command: 'sf package version create --target-dev-hub Prod --json',
            cliErrorName,
            status: 1,
            actions: ['Enable Dev Hub in that org (Setup > Dev Hub) or point --target-dev-hub at an org that has it.']
        });
        assert.deepEqual(
            shown(toSfError(failed({ name: 'NotADevHubError', message: 'Nope.' }), args)),
            expected('Nope.', 'NotADevHubError')
        );
        for (const message of [
            'The org is not a Dev Hub.',
            'The org is not a devhub.',
            'Dev Hub is not enabled.',
            'devhub not enabled',
            'The org is not enabled as a Dev Hub.',
            'The org is not enabled as a devhub.'
        ]) {
            assert.deepEqual(shown(toSfError(failed({ message }), args)), expected(message), message);
        }
        assert.equal(
            toSfError(failed({ message: 'is not a Dev Hub' }), ['org', 'create', 'scratch', '-v', 'Short']).message,
            'The org Short is not a Dev Hub: is not a Dev Hub',
            'the short flag -v'
        );
        assert.equal(
            toSfError(failed({ message: 'is not a Dev Hub' }), ['org', 'create', 'scratch']).message,
            'The org used as Dev Hub is not a Dev Hub: is not a Dev Hub',
            'no flag'
        );
    });

    it('no authorisation for an org, by name or message, naming the --target-org, else the Dev Hub', () => {
        const expected = (who: string, login: string, cliErrorName?: string): Record<string, unknown> => ({
            type: 'NotAuthorisedError',
            message: `The Salesforce CLI is not authorised for ${who}.`,
            command: formatCommandOf(who),
            cliErrorName,
            status: 1,
            actions: [`Log in: sf org login web --alias ${login}`, 'List the orgs the CLI knows: sf org list']
        });
        const formatCommandOf = (who: string): string =>
            who === 'this org' ? 'sf org open' : who === 'Hub' ? 'sf org list -v Hub' : `sf org open -o ${who} -v Hub`;
        assert.deepEqual(
            shown(toSfError(failed({ name: 'NamedOrgNotFoundError' }), ['org', 'open', '-o', 'sap-ci', '-v', 'Hub'])),
            expected('sap-ci', 'sap-ci', 'NamedOrgNotFoundError')
        );
        assert.deepEqual(
            shown(toSfError(failed({ code: 'NoAuthInfoFound' }), ['org', 'list', '-v', 'Hub'])),
            expected('Hub', 'Hub', 'NoAuthInfoFound')
        );
        for (const message of ['No authorization information found for x.', 'no auth info found']) {
            assert.deepEqual(shown(toSfError(failed({ message }), ['org', 'open'])), expected('this org', '<alias>'));
        }
    });

    it('no default org, by name or by any of its messages', () => {
        const expected = (cliErrorName?: string): Record<string, unknown> => ({
            type: 'NotAuthorisedError',
            message: 'No default org is set for the Salesforce CLI.',
            command: 'sf apex run test',
            cliErrorName,
            status: 1,
            actions: [
                'Pass the org explicitly: --target-org <alias>',
                'Or make one the default: sf config set target-org <alias>',
                'No scratch org yet? Create one: npm run org:create'
            ]
        });
        const args = ['apex', 'run', 'test'];
        assert.deepEqual(shown(toSfError(failed({ name: 'NoDefaultEnvError' }), args)), expected('NoDefaultEnvError'));
        for (const message of ['No default environment found.', 'no default org', 'No default username']) {
            assert.deepEqual(shown(toSfError(failed({ message }), args)), expected(), message);
        }
    });

    it('an expired or revoked session, by error name or message, naming the org', () => {
        const expected = (who: string, login: string): Record<string, unknown> => ({
            type: 'NotAuthorisedError',
            message: `The CLI's session for ${who} has expired or was revoked.`,
            cliErrorName: undefined,
            status: 1,
            actions: [
                `Log in again: sf org login web --alias ${login}`,
                'A deleted or expired scratch org cannot be revived: create a new one with npm run org:create'
            ]
        });
        const without = (r: Record<string, unknown>): Record<string, unknown> => {
            const { command: _command, ...rest } = r;
            return rest;
        };
        for (const message of [
            'expired access/refresh token',
            'error: invalid_grant',
            'INVALID_SESSION_ID: gone',
            'Your session expired.'
        ]) {
            assert.deepEqual(
                without(shown(toSfError(failed({ message }), ['org', 'open', '--target-org', 'sap-dev', '-v', 'Hub']))),
                expected('sap-dev', 'sap-dev'),
                message
            );
        }
        assert.deepEqual(
            without(
                shown(toSfError(failed({ name: 'RefreshTokenAuthError' }), ['org', 'list', '--target-dev-hub', 'Hub']))
            ),
            { ...expected('Hub', 'Hub'), cliErrorName: 'RefreshTokenAuthError' },
            'by name, the Dev Hub'
        );
        assert.deepEqual(
            without(shown(toSfError(failed({ message: 'session expired' }), ['org', 'list']))),
            expected('the org', '<alias>'),
            'no org named'
        );
    });

    it('a deployment: every failure with its place, at most 25 listed', () => {
        const failure = (i: number): Record<string, unknown> => ({
            componentType: 'ApexClass',
            fullName: `C${i}`,
            fileName: `classes/C${i}.cls`,
            lineNumber: i + 1,
            problem: 'Oops'
        });
        const deployActions = [
            'Fix the components listed above, then deploy again: sf project deploy start --target-org <alias>',
            'Run the offline gates first: npm test'
        ];
        const lines = (n: number): string[] =>
            Array.from({ length: n }, (_, i) => `  - ApexClass C${i} (classes/C${i}.cls:${i + 1}): Oops`);
        const envelope = (n: number): SfEnvelope =>
            failed({
                name: 'DeployFailed',
                message: 'Deploy failed.',
                result: { details: { componentFailures: Array.from({ length: n }, (_, i) => failure(i)) } }
            });
        const args = ['project', 'deploy', 'start', '--json'];
        const error = toSfError(envelope(25), args);
        assert.deepEqual(shown(error), {
            type: 'DeployFailedError',
            message: ['The deployment failed with 25 component error(s):', ...lines(25)].join('\n'),
            command: 'sf project deploy start --json',
            cliErrorName: 'DeployFailed',
            status: 1,
            actions: deployActions
        });
        assert.equal((error as unknown as { failures: unknown[] }).failures.length, 25);
        assert.equal(
            toSfError(envelope(27), args).message,
            ['The deployment failed with 27 component error(s):', ...lines(25), '  … and 2 more'].join('\n')
        );
    });

    it('a deployment without component failures: the CLI message, or a full stop', () => {
        assert.equal(
            toSfError(failed({ message: 'Deploy timed out.' }), ['project', 'deploy', 'start']).message,
            'The deployment failed: Deploy timed out.'
        );
        assert.equal(toSfError(failed({}), ['project', 'deploy', 'report']).message, 'The deployment failed.');
    });

    it('component failures in the error data of another command are a failed deployment too', () => {
        const error = toSfError(
            failed({
                name: 'X',
                data: {
                    details: { componentFailures: { componentType: 'CustomField', fullName: 'F', problem: 'Bad' } }
                }
            }),
            ['org', 'create', 'scratch']
        );
        assert.equal(error.message, 'The deployment failed with 1 component error(s):\n  - CustomField F: Bad');
    });

    it('only "project deploy" is a deployment: other commands with either word are not', () => {
        for (const args of [
            ['project', 'retrieve', 'start'],
            ['org', 'deploy']
        ]) {
            assert.equal(
                shown(toSfError(failed({ message: 'Nope.' }), args)).type,
                'SfCommandFailedError',
                args.join(' ')
            );
        }
    });

    it('anonymous Apex that does not compile or throws', () => {
        for (const name of ['executeCompileFailure', 'executeRuntimeFailure']) {
            assert.deepEqual(
                shown(toSfError(failed({ name, message: '  Line 1: boom \n' }), ['apex', 'run', '--file', 'x.apex'])),
                {
                    type: 'ApexExecutionError',
                    message: 'Anonymous Apex failed: Line 1: boom',
                    command: 'sf apex run --file x.apex',
                    cliErrorName: name,
                    status: 1,
                    actions: [
                        'Check that the package deployed completely and that the classes it calls exist in the org.'
                    ]
                },
                name
            );
        }
    });

    it("anything else: the CLI's message and actions, then how to re-run it", () => {
        assert.deepEqual(
            shown(
                toSfError(fixture('package-version-create-error.json'), [
                    'package',
                    'version',
                    'create',
                    '--package',
                    'Strategic Account Planning'
                ])
            ),
            {
                type: 'SfCommandFailedError',
                message: `The Salesforce CLI failed: ${String(fixture('package-version-create-error.json').message)}`,
                command: 'sf package version create --package "Strategic Account Planning"',
                cliErrorName: 'MultipleErrorsError',
                status: 1,
                actions: [
                    'Re-run by hand to see the full output: sf package version create --package "Strategic Account Planning"'
                ]
            }
        );
        assert.deepEqual(shown(toSfError({ status: 4, actions: ['Try again later.'] }, ['org', 'list'])), {
            type: 'SfCommandFailedError',
            message: 'The Salesforce CLI failed with status 4.',
            command: 'sf org list',
            cliErrorName: undefined,
            status: 4,
            actions: ['Try again later.', 'Re-run by hand to see the full output: sf org list']
        });
    });

    it('reads the error name from code when there is no name', () => {
        assert.equal(toSfError(failed({ code: 'SomeCode' }), ['org', 'list']).cliErrorName, 'SomeCode');
        assert.equal(toSfError(failed({ name: 'SomeName' }), ['org', 'list']).cliErrorName, 'SomeName');
    });
});

describe('resolveSfBinary', () => {
    function withDirs(run: (root: string, global: string) => void): void {
        const root = mkdtempSync(path.join(os.tmpdir(), 'sf-resolve-'));
        const global = mkdtempSync(path.join(os.tmpdir(), 'sf-global-'));
        try {
            run(root, global);
        } finally {
            rmSync(root, { recursive: true, force: true });
            rmSync(global, { recursive: true, force: true });
        }
    }
    const touch = (file: string): void => {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, '');
    };
    const entryIn = (dir: string): string => path.join(dir, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');

    it("the project's own CLI comes first, on every platform", () => {
        withDirs((root, global) => {
            touch(entryIn(global));
            touch(path.join(global, 'sf.cmd'));
            touch(entryIn(root));
            assert.equal(resolveSfBinary(root, 'win32', { PATH: global }), entryIn(root), 'Windows');
            assert.equal(resolveSfBinary(root, 'linux', { PATH: global }), entryIn(root), 'Linux');
        });
    });

    it('needs both sf.cmd and the entry point in a PATH directory, on Windows only', () => {
        withDirs((root, global) => {
            touch(entryIn(global));
            assert.equal(resolveSfBinary(root, 'win32', { PATH: global }), 'sf', 'the entry point without sf.cmd');
            touch(path.join(global, 'sf.cmd'));
            assert.equal(resolveSfBinary(root, 'win32', { PATH: global }), entryIn(global), 'both');
            assert.equal(resolveSfBinary(root, 'linux', { PATH: global }), 'sf', 'not on Linux');
        });
        withDirs((root, global) => {
            touch(path.join(global, 'sf.cmd'));
            assert.equal(resolveSfBinary(root, 'win32', { PATH: global }), 'sf', 'sf.cmd without the entry point');
            assert.equal(resolveSfBinary(root, 'win32', {}), 'sf', 'no PATH at all');
        });
    });

    it('an empty PATH entry is not the current directory', () => {
        withDirs((root, cwd) => {
            touch(path.join(cwd, 'sf.cmd'));
            touch(entryIn(cwd));
            const before = process.cwd();
            process.chdir(cwd);
            try {
                assert.equal(resolveSfBinary(root, 'win32', { PATH: ';;' }), 'sf');
            } finally {
                process.chdir(before);
            }
        });
    });
});

describe('sfInvocation and npmInvocation', () => {
    it('runs .js and .cjs entry points (any case) under node, anything else directly', () => {
        for (const entry of ['/p/run.js', '/p/run.cjs', 'C:\\p\\RUN.JS']) {
            assert.deepEqual(sfInvocation(entry, ['org']), {
                command: process.execPath,
                args: ['--no-deprecation', entry, 'org']
            });
        }
        for (const binary of ['sf', '/p/run.js.bak', '/p/runjs']) {
            assert.deepEqual(sfInvocation(binary, ['org']), { command: binary, args: ['org'] }, binary);
        }
    });

    it('on Windows needs npm_execpath to be a JavaScript file, and says how to start the scripts otherwise', () => {
        assert.deepEqual(npmInvocation(['ci'], 'win32', { npm_execpath: 'C:\\npm\\npm-cli.cjs' }), {
            command: process.execPath,
            args: ['C:\\npm\\npm-cli.cjs', 'ci']
        });
        for (const env of [{}, { npm_execpath: 'C:\\npm\\npm.exe' }, { npm_execpath: 'C:\\npm\\npm-cli.js.old' }]) {
            assert.throws(
                () => npmInvocation(['run', 'build'], 'win32', env),
                (error: unknown) => {
                    assert.deepEqual(shown(error), {
                        type: 'UsageError',
                        message: 'On Windows, start the org scripts through npm (e.g. npm run org:create).',
                        command: 'npm run build',
                        cliErrorName: undefined,
                        status: undefined,
                        actions: ['Run: npm run org:create (or npm run test:apex, npm run package:version)']
                    });
                    return true;
                },
                JSON.stringify(env)
            );
        }
    });
});

describe('CliSfRunner', () => {
    it("passes this process's environment with the CLI settings", async () => {
        const exec = fakeExec({ stdout: '{"status":0,"result":1}' });
        await new CliSfRunner('/project', exec, 'sf').run(['org', 'list']);
        const env = exec.calls[0].options?.env ?? {};
        assert.equal(env.PATH, process.env.PATH, 'the PATH is kept');
        assert.equal(env.SF_DISABLE_TELEMETRY, 'true');
        assert.deepEqual(Object.keys(exec.calls[0].options ?? {}).sort(), ['cwd', 'env'], 'output is captured');
    });

    it('returns no warnings when the envelope has none, and each warning as text', async () => {
        const none = await new CliSfRunner('/project', fakeExec({ stdout: '{"status":0,"result":1}' }), 'sf').run([
            'org',
            'list'
        ]);
        assert.deepEqual(none, { status: 0, result: 1, warnings: [] });
        const some = await new CliSfRunner(
            '/project',
            fakeExec({ stdout: '{"status":0,"result":1,"warnings":["w",2]}' }),
            'sf'
        ).run(['org', 'list']);
        assert.deepEqual(some.warnings, ['w', '2']);
    });

    it('a status that is not allowed fails, even when other statuses are', async () => {
        const exec = fakeExec({ exitCode: 1, stdout: '{"status":1,"message":"Nope."}' });
        await assert.rejects(
            new CliSfRunner('/project', exec, 'sf').run(['org', 'list'], { okStatuses: [100] }),
            (error: unknown) => {
                assert.deepEqual(shown(error), {
                    type: 'SfCommandFailedError',
                    message: 'The Salesforce CLI failed: Nope.',
                    command: 'sf org list --json',
                    cliErrorName: undefined,
                    status: 1,
                    actions: ['Re-run by hand to see the full output: sf org list --json']
                });
                return true;
            }
        );
    });

    it('names the command with --json when the output is not JSON', async () => {
        const exec = fakeExec({ stdout: 'Segmentation fault' });
        await assert.rejects(new CliSfRunner('/project', exec, 'sf').run(['org', 'list']), {
            name: 'SfOutputParseError',
            message: 'The Salesforce CLI did not return JSON for "sf org list --json".\nOutput: Segmentation fault'
        });
    });

    it('a CLI that cannot be started for another reason', async () => {
        const exec = fakeExec(() => {
            throw Object.assign(new Error('spawn EACCES'), { code: 'EACCES' });
        });
        await assert.rejects(new CliSfRunner('/project', exec, 'sf').run(['org', 'list']), (error: unknown) => {
            assert.deepEqual(shown(error), {
                type: 'SfCommandFailedError',
                message: 'Could not start the Salesforce CLI: spawn EACCES',
                command: 'sf org list --json',
                cliErrorName: undefined,
                status: undefined,
                actions: []
            });
            return true;
        });
    });
});

describe('cliNotFound', () => {
    it('a missing CLI: how to install it', () => {
        assert.deepEqual(shown(cliNotFound(Object.assign(new Error('spawn sf ENOENT'), { code: 'ENOENT' }), 'sf x')), {
            type: 'SfCliNotFoundError',
            message: 'The Salesforce CLI (sf) was not found.',
            command: 'sf x',
            cliErrorName: undefined,
            status: undefined,
            actions: [
                'Install the project dependencies (the CLI is a devDependency): npm ci',
                'Or install the CLI globally: npm install --global @salesforce/cli'
            ]
        });
    });

    it('anything else that is thrown is shown as text', () => {
        assert.equal(cliNotFound('spawn failed', 'sf x').message, 'Could not start the Salesforce CLI: spawn failed');
        assert.equal(
            cliNotFound({ code: 'EPERM' }, 'sf x').message,
            'Could not start the Salesforce CLI: [object Object]'
        );
    });
});
