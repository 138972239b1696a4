import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MemoryLogger } from './lib/cli';
import { FakeSfRunner, fakeExec, fixture, makeProject, removeProject } from './lib/fake-sf';
import {
    DEFAULT_PACKAGE,
    PACKAGE_VERSION_HELP,
    assertPackageKnown,
    buildPackageVersionArgs,
    coveragePercent,
    createPackageVersion,
    mergePackageAliases,
    parsePackageVersionArgs,
    readProject,
    resolveNamespace,
    stageProject
} from './lib/package-version';
import { SfCommandFailedError, UsageError, type SfEnvelope } from './lib/sf';

const SCRIPT = 'npm run package:version';
const ID_04T = '04tDy000000FfFfIAK';

const usageError = (message: string, actions?: string[]) => (error: unknown) => {
    assert.ok(error instanceof UsageError, 'a usage error');
    assert.equal(error.message, message, 'its message');
    assert.equal(error.command, SCRIPT, 'names the script');
    if (actions) assert.deepEqual(error.actions, actions, 'what to do');
    return true;
};

describe('the package:version command line', () => {
    it('reads the short flags and --help', () => {
        const options = parsePackageVersionArgs([
            '-n',
            'sapln',
            '-p',
            '0HoDy000000DdDdKAK',
            '-k',
            'key',
            '-v',
            'DevHub',
            '-w',
            '5',
            '-h'
        ]);
        assert.deepEqual(
            options,
            {
                help: true,
                namespace: 'sapln',
                package: '0HoDy000000DdDdKAK',
                installationKey: 'key',
                skipValidation: false,
                versionNumber: undefined,
                tag: undefined,
                branch: undefined,
                targetDevHub: 'DevHub',
                wait: 5
            },
            'every option'
        );
        assert.equal(parsePackageVersionArgs([]).help, false, 'no help by default');
    });

    it('accepts the version numbers and namespaces the platform accepts', () => {
        for (const version of ['1.2.0.NEXT', '10.20.30.400', '0.1.0.1']) {
            assert.equal(parsePackageVersionArgs(['--version-number', version]).versionNumber, version, version);
        }
        for (const namespace of ['a', 'Ab9', 'abcdefghijklmno']) {
            assert.equal(parsePackageVersionArgs(['--namespace', namespace]).namespace, namespace, namespace);
        }
    });

    it('refuses version numbers and namespaces with anything around or inside them, quoting the value', () => {
        for (const version of ['v1.2.0.1', '1.2.0.1b', '1.2.0.NEXTX', '1.2.x.1', 'a.b.c.d', '1.2.0.']) {
            assert.throws(
                () => parsePackageVersionArgs(['--version-number', version]),
                usageError(
                    `--version-number must look like MAJOR.MINOR.PATCH.BUILD or MAJOR.MINOR.PATCH.NEXT; got "${version}".`
                ),
                version
            );
        }
        for (const namespace of ['abcdefghijklmnop', 'sap-ln', '_sap', 'sap_', '1sap']) {
            assert.throws(
                () => parsePackageVersionArgs(['--namespace', namespace]),
                usageError(`--namespace must be 1-15 letters or digits starting with a letter; got "${namespace}".`),
                namespace
            );
        }
        assert.throws(
            () => parsePackageVersionArgs(['--wait', '0']),
            usageError('--wait must be a whole number from 1; got "0".'),
            'zero minutes'
        );
    });

    it('builds the whole command with a key, a version number, a tag, a branch and a Dev Hub', () => {
        assert.deepEqual(
            buildPackageVersionArgs(
                parsePackageVersionArgs([
                    '--skip-validation',
                    '--installation-key',
                    'k',
                    '--version-number',
                    '1.0.0.2',
                    '--tag',
                    't',
                    '--branch',
                    'b',
                    '--target-dev-hub',
                    'DevHub'
                ])
            ),
            [
                'package',
                'version',
                'create',
                '--package',
                DEFAULT_PACKAGE,
                '--skip-validation',
                '--installation-key',
                'k',
                '--version-number',
                '1.0.0.2',
                '--tag',
                't',
                '--branch',
                'b',
                '--target-dev-hub',
                'DevHub',
                '--wait',
                '60'
            ],
            'every flag, in order'
        );
    });

    it('documents the script, every flag and the defaults in its help', () => {
        assert.match(PACKAGE_VERSION_HELP, /^Usage: npm run package:version -- --namespace <ns> \[flags\]$/m, 'usage');
        const lines = PACKAGE_VERSION_HELP.split('\n');
        for (const line of [
            '  --namespace <ns> ',
            '  --package <name|0Ho id>     Package alias or id (default: "Strategic Account Planning").',
            '  --installation-key <key> ',
            '  --skip-validation ',
            '  --version-number <x.y.z.b> ',
            '  --tag <text> ',
            '  --branch <name> ',
            '  --target-dev-hub <name> ',
            '  --wait <minutes>            How long to wait (default: 60).',
            '  -h, --help '
        ]) {
            assert.ok(
                lines.some((l) => l.startsWith(line)),
                `the help has the line "${line}"`
            );
        }
    });
});

describe('the namespace and the package', () => {
    it('trims the project namespace and ignores one that is not a string', () => {
        assert.equal(resolveNamespace({}, { namespace: ' sapln ' }), 'sapln', 'trimmed');
        assert.equal(
            resolveNamespace({ namespace: 'sapln' }, { namespace: ' sapln ' }),
            'sapln',
            'same after trimming'
        );
        assert.equal(
            resolveNamespace({ namespace: 'sapln' }, { namespace: 5 as unknown as string }),
            'sapln',
            'a non-string project namespace is no conflict'
        );
        assert.throws(
            () => resolveNamespace({}, { namespace: 5 as unknown as string }),
            usageError('A managed package needs a namespace, and sfdx-project.json deliberately has none.', [
                'Pass the namespace linked to your Dev Hub: npm run package:version -- --namespace <ns>',
                'See docs/release.md ("Namespace") for how to register and link one.'
            ]),
            'nor a namespace'
        );
    });

    it('names both namespaces when they disagree', () => {
        assert.throws(
            () => resolveNamespace({ namespace: 'other' }, { namespace: 'sapln' }),
            usageError(`--namespace other differs from sfdx-project.json's namespace "sapln".`, [
                'A package can only ever have the namespace it was created with: use that one.'
            ]),
            'conflict'
        );
    });

    it('takes 0Ho ids of 15 to 18 characters without looking them up', () => {
        assert.doesNotThrow(() => assertPackageKnown('0HoDy000000DdDd', {}), '15 characters');
        assert.doesNotThrow(() => assertPackageKnown('0HoDy000000DdDdKAK', {}), '18 characters');
        for (const id of ['0HoDy000000DdD', '0HoDy000000DdDdKAKX', 'x0HoDy000000DdDdKAK', '0HoDy000000DdDd-KA']) {
            assert.throws(() => assertPackageKnown(id, {}), UsageError, `not an id: ${id}`);
        }
    });

    it('says how to create or name an unknown package', () => {
        assert.throws(
            () => assertPackageKnown('Other', { packageAliases: { [DEFAULT_PACKAGE]: '0HoDy000000DdDdKAK' } }),
            usageError('The package "Other" is not in sfdx-project.json packageAliases, so the CLI cannot find it.', [
                'Create the package once (see docs/release.md): sf package create --name "Strategic Account Planning" --package-type Managed --path force-app --target-dev-hub DevHub (with the namespace set), then commit the packageAliases entry.',
                'Or pass its id: --package 0Ho...'
            ]),
            'unknown alias'
        );
        assert.throws(() => assertPackageKnown('Other', {}), UsageError, 'no aliases at all');
    });

    it('reads no coverage from an object without the percentage', () => {
        assert.equal(coveragePercent({}), undefined, 'empty object');
        assert.equal(coveragePercent(undefined), undefined, 'missing');
        assert.equal(
            coveragePercent({ apexCodeCoveragePercentage: '89' as unknown as number }),
            undefined,
            'a percentage that is not a number'
        );
    });
});

describe('sfdx-project.json, staged and merged', () => {
    let root = '';
    let staging = '';
    afterEach(() => {
        removeProject(root);
        if (staging) removeProject(staging);
        staging = '';
    });

    it('refuses a project file that is not a JSON object', () => {
        root = makeProject({ 'sfdx-project.json': '[]\n' });
        assert.throws(
            () => readProject(root),
            (error: unknown) =>
                error instanceof SfCommandFailedError &&
                error.message === 'sfdx-project.json is not a JSON object.' &&
                error.command === SCRIPT,
            'an array is refused'
        );
    });

    it('stages what exists and writes the namespace as two-space JSON with a final newline', () => {
        root = makeProject({ 'sfdx-project.json': '{"namespace":"","packageDirectories":[]}' });
        staging = stageProject(root, 'sapln');
        assert.equal(
            readFileSync(path.join(staging, 'sfdx-project.json'), 'utf8'),
            '{\n  "namespace": "sapln",\n  "packageDirectories": []\n}\n',
            'the staged project file'
        );
        assert.equal(existsSync(path.join(staging, 'force-app')), false, 'nothing made up');
        assert.equal(path.basename(staging).startsWith('sap-package-'), true, 'a named temporary directory');
    });

    it('copies back new and changed aliases only, and writes nothing when none changed', () => {
        const original = '{"packageAliases":{"A":"0Ho1","B":"04t1"}}';
        root = makeProject({ 'sfdx-project.json': original });
        staging = makeProject({ 'sfdx-project.json': '{"packageAliases":{"A":"0Ho1","B":"04t1"}}' });
        assert.deepEqual(mergePackageAliases(root, staging), [], 'no change');
        assert.equal(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'), original, 'the file is untouched');

        writeFileSync(path.join(staging, 'sfdx-project.json'), '{"packageAliases":{"A":"0Ho1","B":"04t2","C":"04t3"}}');
        assert.deepEqual(mergePackageAliases(root, staging), ['B', 'C'], 'changed and new');
        assert.equal(
            readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'),
            '{\n  "packageAliases": {\n    "A": "0Ho1",\n    "B": "04t2",\n    "C": "04t3"\n  }\n}\n',
            'written as two-space JSON with a final newline'
        );
    });

    it('adds the aliases to a project file that had none', () => {
        root = makeProject({ 'sfdx-project.json': '{}' });
        staging = makeProject({ 'sfdx-project.json': '{"packageAliases":{"C":"04t3"}}' });
        assert.deepEqual(mergePackageAliases(root, staging), ['C'], 'new');
        assert.deepEqual(readProject(root), { packageAliases: { C: '04t3' } }, 'written');
        writeFileSync(path.join(staging, 'sfdx-project.json'), '{}');
        assert.deepEqual(mergePackageAliases(root, staging), [], 'a staged file without aliases adds none');
    });
});

const PROJECT = {
    packageDirectories: [{ path: 'force-app', default: true, package: DEFAULT_PACKAGE, versionNumber: '0.1.0.NEXT' }],
    namespace: '',
    packageAliases: { [DEFAULT_PACKAGE]: '0HoDy000000DdDdKAK' }
};

describe('createPackageVersion, what it prints', () => {
    let root = '';
    afterEach(() => removeProject(root));

    const create = async (
        args: string[],
        answer: (envelope: SfEnvelope) => SfEnvelope = (e) => e
    ): Promise<{ log: MemoryLogger; sf: FakeSfRunner }> => {
        root = makeProject({ 'sfdx-project.json': JSON.stringify(PROJECT) });
        const sf = new FakeSfRunner().on('package version create', () =>
            answer(fixture('package-version-create-success.json'))
        );
        const log = new MemoryLogger();
        await createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln', ...args]), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        return { log, sf };
    };

    it('prints each step, the ids, the coverage and the install commands', async () => {
        const { log, sf } = await create(['--wait', '15']);
        assert.deepEqual(
            log.lines,
            [
                'STEP 1/3 Building (npm run build)',
                'OK Build finished',
                'STEP 2/3 Creating a version of "Strategic Account Planning" with namespace "sapln" (up to 15 minutes)',
                'STEP 3/3 Result',
                'OK Package version created: 0.1.0.1',
                `INFO Subscriber package version id (04t): ${ID_04T}`,
                'INFO Package version id (05i):            05iDy000000EeEeIAK',
                'INFO Code coverage: 89%',
                `INFO Install URL (production/Developer Edition): https://login.salesforce.com/packaging/installPackage.apexp?p0=${ID_04T}`,
                `INFO Install URL (sandbox):                      https://test.salesforce.com/packaging/installPackage.apexp?p0=${ID_04T}`,
                `INFO Install with the CLI: sf package install --package ${ID_04T} --target-org <alias> --wait 20 --security-type AdminsOnly`,
                `INFO Release it (irreversible, see docs/release.md): sf package version promote --package ${ID_04T}`
            ],
            'the whole output'
        );
        assert.ok(path.basename(sf.calls[0].options?.cwd ?? '').startsWith('sap-package-'), 'run in the staging copy');
    });

    it('warns about --skip-validation, and prints the coverage verdict and the new aliases', async () => {
        const { log } = await create(['--skip-validation'], (envelope) => {
            Object.assign(envelope.result as object, {
                VersionNumber: null,
                Package2VersionId: null,
                CodeCoverage: { apexCodeCoveragePercentage: 70 },
                HasPassedCodeCoverageCheck: false
            });
            return envelope;
        });
        assert.equal(
            log.lines[0],
            'WARN --skip-validation: no validation and no code coverage. This version can be installed in test orgs but never promoted.',
            'the warning comes first'
        );
        assert.deepEqual(
            log.lines.slice(5, 7),
            ['OK Package version created', `INFO Subscriber package version id (04t): ${ID_04T}`],
            'no version number, no 05i line'
        );
        assert.equal(log.lines[7], 'INFO Code coverage: 70% (below 75%: cannot be promoted)', 'the verdict');
    });

    it('prints no coverage line without a figure, and the aliases the CLI added', async () => {
        root = makeProject({ 'sfdx-project.json': JSON.stringify(PROJECT) });
        const sf = new FakeSfRunner().on('package version create', () => {
            const file = path.join(sf.calls[0].options?.cwd ?? '', 'sfdx-project.json');
            const staged = JSON.parse(readFileSync(file, 'utf8')) as typeof PROJECT;
            Object.assign(staged.packageAliases, { 'SAP@0.1.0-1': ID_04T, 'SAP@0.1.0-2': '04tDy000000GgGgIAK' });
            writeFileSync(file, JSON.stringify(staged));
            const envelope = fixture('package-version-create-success.json');
            Object.assign(envelope.result as object, { CodeCoverage: null });
            return envelope;
        });
        const log = new MemoryLogger();
        const outcome = await createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.equal(outcome.codeCoverage, undefined, 'no coverage');
        assert.equal(log.text().includes('Code coverage'), false, 'no coverage line');
        assert.equal(
            log.lines.at(-1),
            'INFO sfdx-project.json packageAliases gained: SAP@0.1.0-1, SAP@0.1.0-2 (commit it).',
            'the new aliases, last'
        );
    });

    it('reports an unfinished request with its status and no install URL', async () => {
        root = makeProject({ 'sfdx-project.json': JSON.stringify(PROJECT) });
        const envelope = fixture('package-version-create-success.json');
        Object.assign(envelope.result as object, { Status: 'InProgress', SubscriberPackageVersionId: null });
        const sf = new FakeSfRunner().on('package version create', envelope);
        const log = new MemoryLogger();
        const outcome = await createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.deepEqual(
            outcome,
            {
                succeeded: false,
                requestId: '08cDy000000CcCcIAK',
                status: 'InProgress',
                subscriberPackageVersionId: undefined,
                codeCoverage: 89,
                addedAliases: []
            },
            'the outcome'
        );
        assert.deepEqual(
            log.lines.slice(3),
            [
                'STEP 3/3 Result',
                'WARN The version request 08cDy000000CcCcIAK is not finished (status: InProgress).',
                'INFO Check on it: sf package version create report --package-create-request-id 08cDy000000CcCcIAK'
            ],
            'what to do next'
        );
    });

    it('makes up no id when a finished request names none', async () => {
        const { log } = await create([], (envelope) => {
            Object.assign(envelope.result as object, { SubscriberPackageVersionId: null });
            return envelope;
        });
        assert.ok(log.lines.includes('INFO Subscriber package version id (04t): '), 'an empty id');
        assert.ok(
            log.lines.includes(
                'INFO Install URL (production/Developer Edition): https://login.salesforce.com/packaging/installPackage.apexp?p0='
            ),
            'an install URL without an id'
        );
    });

    it('refuses an unknown package before building', async () => {
        root = makeProject({ 'sfdx-project.json': JSON.stringify({ ...PROJECT, packageAliases: {} }) });
        const exec = fakeExec();
        await assert.rejects(
            createPackageVersion(parsePackageVersionArgs(['--namespace', 'sapln']), {
                sf: new FakeSfRunner(),
                exec,
                log: new MemoryLogger(),
                projectRoot: root
            }),
            UsageError,
            'unknown package'
        );
        assert.equal(exec.calls.length, 0, 'nothing built');
    });
});
