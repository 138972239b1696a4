import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MemoryLogger } from './lib/cli';
import { FakeSfRunner, fakeExec, fixture, flag, makeProject, removeProject } from './lib/fake-sf';
import {
    DEFAULT_PACKAGE,
    INSTALL_URL,
    assertPackageKnown,
    buildPackageVersionArgs,
    coveragePercent,
    createPackageVersion,
    parsePackageVersionArgs,
    resolveNamespace
} from './lib/package-version';
import { SfCommandFailedError, UsageError, type SfEnvelope } from './lib/sf';

describe('parsePackageVersionArgs / buildPackageVersionArgs', () => {
    it('defaults to code coverage, no installation key and a 60 minute wait', () => {
        const options = parsePackageVersionArgs(['--namespace', 'sapln']);
        assert.equal(options.package, DEFAULT_PACKAGE, 'default package');
        assert.equal(options.skipValidation, false, 'validation is on by default');
        assert.deepEqual(
            buildPackageVersionArgs(options),
            [
                'package',
                'version',
                'create',
                '--package',
                'Strategic Account Planning',
                '--code-coverage',
                '--installation-key-bypass',
                '--wait',
                '60'
            ],
            'default command'
        );
    });

    it('uses the installation key instead of the bypass when given', () => {
        const args = buildPackageVersionArgs(parsePackageVersionArgs(['--installation-key', 's3cret!']));
        assert.equal(flag(args, '--installation-key'), 's3cret!', 'key passed');
        assert.equal(args.includes('--installation-key-bypass'), false, 'no bypass with a key');
    });

    it('--skip-validation drops --code-coverage (the CLI forbids both)', () => {
        const args = buildPackageVersionArgs(parsePackageVersionArgs(['--skip-validation']));
        assert.ok(args.includes('--skip-validation'), 'skip-validation passed');
        assert.equal(args.includes('--code-coverage'), false, 'no code coverage when skipping validation');
    });

    it('passes version number, tag, branch, Dev Hub and wait through', () => {
        const args = buildPackageVersionArgs(
            parsePackageVersionArgs([
                '--version-number',
                '1.2.0.NEXT',
                '--tag',
                'abc1234',
                '--branch',
                'main',
                '--target-dev-hub',
                'DevHub',
                '--wait',
                '90'
            ])
        );
        assert.equal(flag(args, '--version-number'), '1.2.0.NEXT', 'version number');
        assert.equal(flag(args, '--tag'), 'abc1234', 'tag');
        assert.equal(flag(args, '--branch'), 'main', 'branch');
        assert.equal(flag(args, '--target-dev-hub'), 'DevHub', 'Dev Hub');
        assert.equal(flag(args, '--wait'), '90', 'wait');
    });

    it('rejects malformed version numbers and namespaces', () => {
        assert.throws(() => parsePackageVersionArgs(['--version-number', '1.2']), UsageError, 'short version');
        assert.throws(
            () => parsePackageVersionArgs(['--version-number', '1.2.0.LATEST']),
            UsageError,
            'bad build token'
        );
        assert.throws(
            () => parsePackageVersionArgs(['--namespace', '9lives']),
            UsageError,
            'namespace starting with a digit'
        );
        assert.throws(
            () => parsePackageVersionArgs(['--namespace', 'has_underscore']),
            UsageError,
            'namespace with underscore'
        );
    });
});

describe('resolveNamespace / assertPackageKnown', () => {
    it('refuses to package without a namespace', () => {
        assert.throws(
            () => resolveNamespace({}, { namespace: '' }),
            (error: unknown) => error instanceof UsageError && /--namespace <ns>/.test(error.actions.join('\n')),
            'an empty namespace is refused with instructions'
        );
    });

    it('takes the flag, or the project namespace, and refuses a conflict', () => {
        assert.equal(resolveNamespace({ namespace: 'sapln' }, { namespace: '' }), 'sapln', 'flag');
        assert.equal(resolveNamespace({}, { namespace: 'sapln' }), 'sapln', 'project');
        assert.throws(() => resolveNamespace({ namespace: 'other' }, { namespace: 'sapln' }), UsageError, 'conflict');
    });

    it('needs the package alias in packageAliases, or a 0Ho id', () => {
        assert.throws(() => assertPackageKnown(DEFAULT_PACKAGE, { packageAliases: {} }), UsageError, 'unknown alias');
        assert.doesNotThrow(
            () => assertPackageKnown(DEFAULT_PACKAGE, { packageAliases: { [DEFAULT_PACKAGE]: '0HoDy000000DdDdKAK' } }),
            'known alias'
        );
        assert.doesNotThrow(() => assertPackageKnown('0HoDy000000DdDdKAK', {}), '0Ho id');
    });

    it('reads code coverage as a number or as the API object', () => {
        assert.equal(coveragePercent(89), 89, 'number');
        assert.equal(coveragePercent({ apexCodeCoveragePercentage: 91 }), 91, 'object');
        assert.equal(coveragePercent(null), undefined, 'null');
    });
});

const PROJECT = {
    packageDirectories: [{ path: 'force-app', default: true, package: DEFAULT_PACKAGE, versionNumber: '0.1.0.NEXT' }],
    name: 'strategic-account-planning',
    namespace: '',
    sourceApiVersion: '65.0',
    packageAliases: { [DEFAULT_PACKAGE]: '0HoDy000000DdDdKAK' }
};

const project = (): string =>
    makeProject({
        'sfdx-project.json': `${JSON.stringify(PROJECT, null, 2)}\n`,
        '.forceignore': '**/*.ts\n',
        'force-app/main/default/classes/AccountPlanPostInstall.cls': 'public class AccountPlanPostInstall {}\n',
        'config/project-scratch-def.json': '{"edition":"Enterprise"}\n',
        'node_modules/big/index.js': '// must not be staged\n'
    });

describe('createPackageVersion', () => {
    let root = '';
    afterEach(() => removeProject(root));

    it('builds, creates the version in a namespaced staging copy and keeps the repository namespace-free', async () => {
        root = project();
        const before = readFileSync(path.join(root, 'sfdx-project.json'), 'utf8');
        let staging = '';
        const sf = new FakeSfRunner().on('package version create', () => {
            staging = sf.calls[0].options?.cwd ?? '';
            const staged = JSON.parse(readFileSync(path.join(staging, 'sfdx-project.json'), 'utf8')) as typeof PROJECT;
            assert.equal(staged.namespace, 'sapln', 'the staging copy carries the namespace');
            assert.ok(
                existsSync(path.join(staging, 'force-app/main/default/classes/AccountPlanPostInstall.cls')),
                'source staged'
            );
            assert.ok(existsSync(path.join(staging, 'config/project-scratch-def.json')), 'definition file staged');
            assert.ok(existsSync(path.join(staging, '.forceignore')), '.forceignore staged');
            assert.equal(existsSync(path.join(staging, 'node_modules')), false, 'node_modules not staged');
            // The real CLI records the new version's alias in sfdx-project.json.
            const aliases: Record<string, string> = staged.packageAliases;
            aliases['Strategic Account Planning@0.1.0-1'] = '04tDy000000FfFfIAK';
            writeFileSync(path.join(staging, 'sfdx-project.json'), JSON.stringify(staged, null, 2));
            return fixture('package-version-create-success.json');
        });
        const timeline: string[] = [];
        const exec = fakeExec((command, args) => {
            timeline.push(`${command} ${args.join(' ')}`);
            assert.equal(sf.calls.length, 0, 'the build runs before the CLI');
            return { exitCode: 0, stdout: '', stderr: '' };
        });
        const log = new MemoryLogger();

        const outcome = await createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
            sf,
            exec,
            log,
            projectRoot: root
        });

        assert.equal(timeline.length, 1, 'one build');
        assert.match(timeline[0], /^npm(\.cmd)? run build$/, 'npm run build');
        assert.equal(outcome.succeeded, true, 'success');
        assert.equal(outcome.subscriberPackageVersionId, '04tDy000000FfFfIAK', '04t id');
        assert.equal(outcome.installUrl, `${INSTALL_URL}04tDy000000FfFfIAK`, 'install URL');
        assert.equal(outcome.codeCoverage, 89, 'coverage');
        assert.deepEqual(outcome.addedAliases, ['Strategic Account Planning@0.1.0-1'], 'new alias reported');
        assert.equal(existsSync(staging), false, 'the staging copy is removed');

        const after = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as typeof PROJECT;
        assert.equal(after.namespace, '', 'the repository stays namespace-free');
        assert.equal(
            (after.packageAliases as Record<string, string>)['Strategic Account Planning@0.1.0-1'],
            '04tDy000000FfFfIAK',
            'the new alias is copied back'
        );
        const beforeJson = JSON.parse(before) as typeof PROJECT;
        assert.deepEqual(
            { ...after, packageAliases: {} },
            { ...beforeJson, packageAliases: {} },
            'only packageAliases changed'
        );
        assert.match(log.text(), /installPackage\.apexp\?p0=04tDy000000FfFfIAK/, 'install URL printed');
        assert.match(log.text(), /sf package version promote --package 04tDy000000FfFfIAK/, 'promote command printed');
    });

    it('leaves sfdx-project.json untouched and cleans up when the CLI fails', async () => {
        root = project();
        const before = readFileSync(path.join(root, 'sfdx-project.json'), 'utf8');
        const sf = new FakeSfRunner().on('package version create', fixture('package-version-create-error.json'));
        await assert.rejects(
            createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
                sf,
                exec: fakeExec(),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            (error: unknown) => error instanceof SfCommandFailedError && /coverage is 72%/.test(error.message),
            'the CLI error is surfaced'
        );
        assert.equal(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'), before, 'sfdx-project.json unchanged');
        assert.equal(existsSync(sf.calls[0].options?.cwd ?? ''), false, 'staging removed after a failure');
    });

    it('reports an unfinished request with the command to check on it', async () => {
        root = project();
        const inProgress: SfEnvelope = fixture('package-version-create-success.json');
        Object.assign(inProgress.result as object, { Status: 'Queued', SubscriberPackageVersionId: null });
        const sf = new FakeSfRunner().on('package version create', inProgress);
        const log = new MemoryLogger();
        const outcome = await createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.equal(outcome.succeeded, false, 'not finished');
        assert.match(
            log.text(),
            /sf package version create report --package-create-request-id 08cDy000000CcCcIAK/,
            'report command printed'
        );
    });

    it('refuses to start without a namespace: no build, no CLI call', async () => {
        root = project();
        const sf = new FakeSfRunner();
        const exec = fakeExec();
        await assert.rejects(
            createPackageVersion(parsePackageVersionArgs([]), { sf, exec, log: new MemoryLogger(), projectRoot: root }),
            UsageError,
            'no namespace'
        );
        assert.equal(exec.calls.length + sf.calls.length, 0, 'nothing ran');
    });

    it('stops when the build fails', async () => {
        root = project();
        const sf = new FakeSfRunner();
        await assert.rejects(
            createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
                sf,
                exec: fakeExec({ exitCode: 1 }),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            SfCommandFailedError,
            'a failed build stops packaging'
        );
        assert.equal(sf.calls.length, 0, 'no version requested');
    });
});
