import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MemoryLogger } from './lib/cli';
import { FakeSfRunner, fakeExec, fixture, flag, makeProject, removeProject } from './lib/fake-sf';
import {
    CREATE_SCRATCH_ORG_HELP,
    createScratchOrg,
    parseCreateScratchOrgArgs,
    runAnonymousApex,
    runBuild
} from './lib/scratch-org';
import { SfCommandFailedError, UsageError, type SfEnvelope, type SfRunner } from './lib/sf';

const SCRIPT = 'npm run org:create';
const USER = 'test-k3lqzj2xhb9a@example.com';
const ok = (result: unknown): SfEnvelope => ({ status: 0, result, warnings: [] });

const usageError = (message: string, actions?: string[]) => (error: unknown) => {
    assert.ok(error instanceof UsageError, 'a usage error');
    assert.equal(error.message, message, 'its message');
    assert.equal(error.command, SCRIPT, 'names the script');
    if (actions) assert.deepEqual(error.actions, actions, 'what to do');
    return true;
};

describe('the org:create command line', () => {
    it('reads the short flags', () => {
        assert.deepEqual(
            parseCreateScratchOrgArgs(['-a', 'qa', '-d', '3', '-f', 'config/x.json', '-v', 'DevHub', '-h']),
            {
                help: true,
                alias: 'qa',
                durationDays: 3,
                definitionFile: 'config/x.json',
                open: true,
                targetDevHub: 'DevHub'
            },
            'every option'
        );
    });

    it('takes the documented file names as defaults', () => {
        assert.equal(parseCreateScratchOrgArgs([]).definitionFile, 'config/project-scratch-def.json', 'default');
        assert.equal(
            parseCreateScratchOrgArgs(['--multicurrency']).definitionFile,
            'config/project-scratch-def-multicurrency.json',
            'multi-currency'
        );
    });

    it('accepts letters, digits, "_", "." and "-" in an alias and nothing else, quoting it', () => {
        assert.equal(parseCreateScratchOrgArgs(['--alias', 'Qa_1.b-2']).alias, 'Qa_1.b-2', 'all allowed characters');
        for (const alias of ['!qa', 'qa!', 'q a', 'qa/1']) {
            assert.throws(
                () => parseCreateScratchOrgArgs(['--alias', alias]),
                usageError(`--alias may contain letters, digits, "_", "." and "-" only; got "${alias}".`),
                alias
            );
        }
    });

    it('names the flags in its other usage errors', () => {
        assert.throws(
            () => parseCreateScratchOrgArgs(['--multicurrency', '-f', 'x.json']),
            usageError('Use either --multicurrency or --definition-file, not both.'),
            'both definitions'
        );
        assert.throws(
            () => parseCreateScratchOrgArgs(['--duration-days', '31']),
            usageError('--duration-days must be a whole number from 1 to 30; got "31".'),
            'too long'
        );
    });

    it('documents the script, every flag and the defaults in its help', () => {
        assert.match(CREATE_SCRATCH_ORG_HELP, /^Usage: npm run org:create -- \[flags\]$/m, 'usage');
        const lines = CREATE_SCRATCH_ORG_HELP.split('\n');
        for (const line of [
            '  --alias <name>            Alias of the new org (default: sap-dev).',
            '  --duration-days <n>       Days before the org expires, 1-30 (default: 7).',
            '  --definition-file <path>  Scratch org definition (default: config/project-scratch-def.json).',
            '  --multicurrency           Shortcut for --definition-file config/project-scratch-def-multicurrency.json.',
            '  --target-dev-hub <name> ',
            '  --no-open ',
            '  -h, --help '
        ]) {
            assert.ok(
                lines.some((l) => l.startsWith(line)),
                `the help has the line "${line}"`
            );
        }
    });
});

function happyCli(): FakeSfRunner {
    return new FakeSfRunner()
        .on('config get target-dev-hub', fixture('config-get-target-dev-hub.json'))
        .on('org list', fixture('org-list-with-dev-hub.json'))
        .on('org create scratch', fixture('org-create-scratch-success.json'))
        .on('project deploy start', fixture('project-deploy-start-success.json'))
        .on('org assign permset', ok([]))
        .on('data import tree', fixture('data-import-tree-success.json'))
        .on('apex run', fixture('apex-run-success.json'))
        .on('org open', fixture('org-open-success.json'));
}

const project = (): string =>
    makeProject({
        'sfdx-project.json': '{}\n',
        'config/project-scratch-def.json': '{}\n',
        'data/sample-data-plan.json': '[]\n',
        'scripts/apex/sample-products.apex': 'System.debug(1);\n'
    });

describe('createScratchOrg, what it runs and prints', () => {
    let root = '';
    afterEach(() => removeProject(root));

    const run = (sf: SfRunner, args: string[] = [], log = new MemoryLogger()) =>
        createScratchOrg(parseCreateScratchOrgArgs(args), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root,
            today: '2026-11-30'
        });

    it('passes these arguments to the CLI and prints each step', async () => {
        root = project();
        const sf = happyCli();
        const exec = fakeExec();
        const log = new MemoryLogger();
        const result = await createScratchOrg(parseCreateScratchOrgArgs([]), { sf, exec, log, projectRoot: root });

        assert.deepEqual(
            exec.calls.map((c) => [c.args, c.options]),
            [[['run', 'build'], { cwd: root, inheritOutput: true }]],
            'one build in the project root, its output shown'
        );
        const recalculation = sf.calls[7].args[3];
        assert.deepEqual(
            sf.calls.map((c) => c.args),
            [
                ['config', 'get', 'target-dev-hub'],
                ['org', 'list'],
                [
                    'org',
                    'create',
                    'scratch',
                    '--definition-file',
                    'config/project-scratch-def.json',
                    '--alias',
                    'sap-dev',
                    '--duration-days',
                    '7',
                    '--target-dev-hub',
                    'DevHub',
                    '--set-default',
                    '--wait',
                    '20'
                ],
                ['project', 'deploy', 'start', '--target-org', 'sap-dev', '--wait', '30'],
                ['org', 'assign', 'permset', '--name', 'Account_Planning_Admin', '--target-org', 'sap-dev'],
                ['data', 'import', 'tree', '--plan', sf.calls[5].args[4], '--target-org', 'sap-dev'],
                ['apex', 'run', '--file', 'scripts/apex/sample-products.apex', '--target-org', 'sap-dev'],
                ['apex', 'run', '--file', recalculation, '--target-org', 'sap-dev'],
                ['org', 'open', '--path', 'lightning/n/Planning_Home', '--target-org', 'sap-dev']
            ],
            'every CLI call'
        );
        assert.equal(path.basename(recalculation), 'snippet.apex', 'the recalculation runs from a snippet file');
        assert.equal(path.basename(path.dirname(recalculation)).startsWith('sap-apex-'), true, 'in a temp dir');
        assert.deepEqual(
            log.lines,
            [
                'STEP 1/8 Checking the Salesforce CLI and your Dev Hub',
                'OK Dev Hub: DevHub (release@acme.example)',
                'STEP 2/8 Building (npm run build)',
                'OK Build finished',
                'STEP 3/8 Creating scratch org "sap-dev" from config/project-scratch-def.json (7 days)',
                'INFO This usually takes 2-5 minutes.',
                `OK Scratch org ready: ${USER} (expires 2026-12-04)`,
                'STEP 4/8 Deploying the package source (sf project deploy start)',
                'OK Deployed 214 components',
                'STEP 5/8 Assigning the Account_Planning_Admin permission set to you',
                'OK Account_Planning_Admin assigned',
                'INFO Other personas: Account_Planning_User, Account_Planning_Manager. Assign them to test users with',
                'INFO   sf org assign permset --name <permission set> --on-behalf-of <username> --target-org sap-dev',
                'STEP 6/8 Loading sample data',
                'INFO No Active sample plan: sample dates were loaded as they are.',
                'OK Imported 5 records from data/sample-data-plan.json',
                'OK Ran scripts/apex/sample-products.apex (products, price book entries, opportunity products)',
                'STEP 7/8 Recalculating every account plan (AccountPlanRecalculationBatch.runNow())',
                'OK Recalculation job queued; roll-ups appear within a minute',
                'STEP 8/8 Opening Planning Home',
                'OK Opened in your browser',
                'STEP Done',
                `INFO Org alias: sap-dev   user: ${USER}`,
                'INFO Run the Apex tests:  npm run test:apex',
                'INFO Delete the org:      sf org delete scratch --target-org sap-dev --no-prompt'
            ],
            'the whole output'
        );
        assert.deepEqual(
            result,
            {
                alias: 'sap-dev',
                username: USER,
                orgId: '00DDy000000Qw3EMAS',
                expirationDate: '2026-12-04',
                devHub: 'DevHub',
                skipped: []
            },
            'the result'
        );
    });

    it('writes the recalculation call into the snippet and removes it afterwards', async () => {
        root = project();
        let snippet = '';
        const sf = happyCli().on('apex run', (args) => {
            const file = flag(args, '--file') ?? '';
            if (path.basename(file) === 'snippet.apex') snippet = readFileSync(file, 'utf8');
            return fixture('apex-run-success.json');
        });
        await run(sf);
        assert.equal(snippet, 'AccountPlanRecalculationBatch.runNow();\n', 'the snippet');
    });

    it('prints what the CLI gave when it gives less', async () => {
        root = project();
        const sf = happyCli()
            .on('org create scratch', ok({}))
            .on('project deploy start', ok({ numberComponentsDeployed: 0 }))
            .on('data import tree', ok(null));
        const log = new MemoryLogger();
        const result = await run(sf, ['--no-open'], log);
        assert.ok(log.lines.includes('OK Scratch org ready: sap-dev'), 'the alias stands for the user');
        assert.ok(log.lines.includes('OK Deployed'), 'no count');
        assert.ok(log.lines.includes('OK Imported 0 records from data/sample-data-plan.json'), 'no records');
        assert.ok(log.lines.includes('INFO Org alias: sap-dev'), 'no user');
        assert.deepEqual(
            result,
            {
                alias: 'sap-dev',
                username: undefined,
                orgId: undefined,
                expirationDate: undefined,
                devHub: 'DevHub',
                skipped: ['open: --no-open']
            },
            'the result'
        );
        assert.ok(
            log.lines.includes(
                'INFO Skipped (--no-open). Later: sf org open --path lightning/n/Planning_Home --target-org sap-dev'
            ),
            'how to open it later'
        );
    });

    it('goes on when the CLI sends no result at all', async () => {
        root = project();
        const sf = happyCli().on('org create scratch', ok(null)).on('project deploy start', ok(null));
        const log = new MemoryLogger();
        const result = await run(sf, [], log);
        assert.ok(log.lines.includes('OK Scratch org ready: sap-dev'), 'the alias stands for the user');
        assert.ok(log.lines.includes('OK Deployed'), 'no count');
        assert.deepEqual(
            [result.username, result.orgId, result.expirationDate],
            [undefined, undefined, undefined],
            'nothing made up'
        );
    });

    it('names what it skipped when the sample files are missing', async () => {
        root = makeProject({ 'config/project-scratch-def.json': '{}\n' });
        const log = new MemoryLogger();
        const result = await run(happyCli(), [], log);
        assert.deepEqual(
            result.skipped,
            [
                'sample data: data/sample-data-plan.json not found',
                'sample products: scripts/apex/sample-products.apex not found'
            ],
            'both skipped'
        );
        assert.deepEqual(
            log.lines.filter((l) => l.startsWith('WARN')),
            [
                'WARN data/sample-data-plan.json not found: no sample records loaded.',
                'WARN scripts/apex/sample-products.apex not found: no sample products created.'
            ],
            'both warned'
        );
    });

    it('says how to open the org when the browser fails, whatever the failure', async () => {
        root = project();
        const sf = happyCli().on('org open', {
            status: 1,
            name: 'Error',
            message: 'spawn xdg-open ENOENT',
            warnings: []
        });
        const log = new MemoryLogger();
        await run(sf, [], log);
        const how = 'Open the org with: sf org open --path lightning/n/Planning_Home --target-org sap-dev';
        assert.ok(
            log.lines.includes(
                `WARN Could not open a browser (The Salesforce CLI failed: spawn xdg-open ENOENT). ${how}`
            ),
            'an Error'
        );

        const throwing = happyCli();
        const answer = throwing.run.bind(throwing);
        throwing.run = (args, options) => {
            if (args[1] === 'open') return Promise.reject('no display' as unknown as Error);
            return answer(args, options);
        };
        const second = new MemoryLogger();
        await run(throwing, [], second);
        assert.ok(second.lines.includes(`WARN Could not open a browser (no display). ${how}`), 'not an Error');
    });

    it('says the org exists and how to delete it when setup stops', async () => {
        root = project();
        const sf = happyCli().on('org assign permset', {
            status: 1,
            name: 'Error',
            message: 'no such permission set',
            warnings: []
        });
        const log = new MemoryLogger();
        await assert.rejects(run(sf, ['--alias', 'qa'], log), SfCommandFailedError, 'the run fails');
        assert.equal(
            log.lines.at(-1),
            'WARN The scratch org "qa" exists but setup stopped. Fix the problem and continue by hand, or delete it: sf org delete scratch --target-org qa --no-prompt',
            'the last line'
        );
    });

    it('names the missing definition file and the shipped ones', async () => {
        root = makeProject({});
        await assert.rejects(
            run(happyCli(), ['-f', 'config/nope.json']),
            usageError('The scratch org definition file config/nope.json does not exist.', [
                'Use one from config/: config/project-scratch-def.json or config/project-scratch-def-multicurrency.json'
            ]),
            'missing file'
        );
    });

    it('reports last-review dates it had to move back to today', async () => {
        const dateField = (name: string): string =>
            `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <type>Date</type>\n</CustomField>\n`;
        const fields = 'force-app/main/default/objects/Account_Plan__c/fields';
        root = makeProject({
            'config/project-scratch-def.json': '{}\n',
            [`${fields}/Start_Date__c.field-meta.xml`]: dateField('Start_Date__c'),
            [`${fields}/End_Date__c.field-meta.xml`]: dateField('End_Date__c'),
            [`${fields}/Last_Review_Date__c.field-meta.xml`]: dateField('Last_Review_Date__c'),
            'data/sample-data-plan.json': JSON.stringify([{ sobject: 'Account_Plan__c', files: ['plans.json'] }]),
            'data/plans.json': JSON.stringify({
                records: [
                    {
                        attributes: { type: 'Account_Plan__c', referenceId: 'P1' },
                        Status__c: 'Active',
                        Start_Date__c: '2026-10-01',
                        End_Date__c: '2026-12-31',
                        Last_Review_Date__c: '2026-12-20'
                    }
                ]
            })
        });
        const log = new MemoryLogger();
        await createScratchOrg(parseCreateScratchOrgArgs([]), {
            sf: happyCli(),
            exec: fakeExec(),
            log,
            projectRoot: root,
            today: '2027-01-05'
        });
        assert.ok(
            log.lines.includes('INFO 1 last-review date(s) would have been in the future: set to today'),
            'the clamped date is reported'
        );
        const quiet = new MemoryLogger();
        await createScratchOrg(parseCreateScratchOrgArgs([]), {
            sf: happyCli(),
            exec: fakeExec(),
            log: quiet,
            projectRoot: root,
            today: '2027-03-30'
        });
        assert.equal(quiet.text().includes('last-review'), false, 'nothing to report when no date moved');
    });
});

describe('runBuild and runAnonymousApex', () => {
    it('stops with the exit code and what to do when the build fails', async () => {
        await assert.rejects(
            runBuild({ exec: fakeExec({ exitCode: 2 }), projectRoot: '.' }, 'npm run x'),
            (error: unknown) => {
                assert.ok(error instanceof SfCommandFailedError, 'a failed command');
                assert.equal(
                    error.message,
                    'npm run build failed (exit code 2); nothing was sent to Salesforce.',
                    'the message'
                );
                assert.equal(error.command, 'npm run build', 'the command');
                assert.deepEqual(
                    error.actions,
                    [
                        'Fix the build errors printed above, then run npm run x again.',
                        'The offline gates find most problems: npm test'
                    ],
                    'what to do'
                );
                return true;
            },
            'the build fails'
        );
    });

    it('removes the snippet when the Apex fails', async () => {
        let file = '';
        const sf = new FakeSfRunner().on('apex run', (args) => {
            file = flag(args, '--file') ?? '';
            return fixture('apex-run-compile-failure.json');
        });
        await assert.rejects(runAnonymousApex(sf, 'x;', ['--target-org', 'o']), Error, 'the Apex fails');
        assert.ok(file, 'it ran');
        assert.equal(existsSync(path.dirname(file)), false, 'the temporary directory is gone');
        assert.deepEqual(sf.calls[0].args.slice(-2), ['--target-org', 'o'], 'the target is passed');
    });
});
