import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MemoryLogger } from './lib/cli';
import { CURRENCY_TYPES_FILE, DATED_RATES_FILE, enablesMultiCurrency } from './lib/currencies';
import { FakeSfRunner, fakeExec, fixture, flag, makeProject, removeProject } from './lib/fake-sf';
import {
    ADMIN_PERMISSION_SET,
    DEFAULT_DEFINITION_FILE,
    MULTICURRENCY_DEFINITION_FILE,
    PLANNING_HOME_PATH,
    RECALCULATION_APEX,
    SAMPLE_DATA_PLAN,
    SAMPLE_PRODUCTS_APEX,
    createScratchOrg,
    parseCreateScratchOrgArgs,
    type CreateScratchOrgOptions
} from './lib/scratch-org';
import {
    ApexExecutionError,
    DeployFailedError,
    NoDevHubError,
    NotAuthorisedError,
    SfCommandFailedError,
    UsageError,
    type SfEnvelope
} from './lib/sf';

describe('parseCreateScratchOrgArgs', () => {
    it('uses the documented defaults', () => {
        const options = parseCreateScratchOrgArgs([]);
        assert.equal(options.alias, 'sap-dev', 'default alias');
        assert.equal(options.durationDays, 7, 'default duration');
        assert.equal(options.definitionFile, DEFAULT_DEFINITION_FILE, 'default definition file');
        assert.equal(options.open, true, 'opens by default');
        assert.equal(options.help, false, 'no help by default');
        assert.equal(options.targetDevHub, undefined, 'no explicit Dev Hub by default');
    });

    it('reads every flag', () => {
        const options = parseCreateScratchOrgArgs([
            '--alias',
            'qa-1',
            '--duration-days',
            '30',
            '--definition-file',
            'config/other.json',
            '--no-open',
            '--target-dev-hub',
            'hub@acme.example'
        ]);
        assert.equal(options.alias, 'qa-1', 'alias');
        assert.equal(options.durationDays, 30, 'duration');
        assert.equal(options.definitionFile, 'config/other.json', 'definition file');
        assert.equal(options.open, false, '--no-open');
        assert.equal(options.targetDevHub, 'hub@acme.example', 'Dev Hub');
    });

    it('--multicurrency picks the multi-currency definition', () => {
        assert.equal(
            parseCreateScratchOrgArgs(['--multicurrency']).definitionFile,
            MULTICURRENCY_DEFINITION_FILE,
            'multi-currency file'
        );
    });

    it('accepts --flag=value and -h', () => {
        assert.equal(parseCreateScratchOrgArgs(['--alias=demo']).alias, 'demo', '--alias=demo');
        assert.equal(parseCreateScratchOrgArgs(['-h']).help, true, '-h');
    });

    it('rejects bad input with UsageError', () => {
        assert.throws(
            () => parseCreateScratchOrgArgs(['--multicurrency', '--definition-file', 'x.json']),
            UsageError,
            'both definition flags'
        );
        assert.throws(() => parseCreateScratchOrgArgs(['--duration-days', '0']), UsageError, 'zero days');
        assert.throws(() => parseCreateScratchOrgArgs(['--duration-days', '31']), UsageError, 'more than 30 days');
        assert.throws(() => parseCreateScratchOrgArgs(['--duration-days', 'week']), UsageError, 'not a number');
        assert.throws(() => parseCreateScratchOrgArgs(['--alias', 'my org']), UsageError, 'space in alias');
        assert.throws(() => parseCreateScratchOrgArgs(['--colour']), UsageError, 'unknown flag');
        assert.throws(() => parseCreateScratchOrgArgs(['extra']), UsageError, 'positional argument');
    });
});

const ok = (result: unknown): SfEnvelope => ({ status: 0, result, warnings: [] });

/** A fake CLI that answers every step of a successful run; tests override single answers. */
function happyCli(): FakeSfRunner {
    return new FakeSfRunner()
        .on('config get target-dev-hub', fixture('config-get-target-dev-hub.json'))
        .on('org list', fixture('org-list-with-dev-hub.json'))
        .on('org create scratch', fixture('org-create-scratch-success.json'))
        .on('project deploy start', fixture('project-deploy-start-success.json'))
        .on('org assign permset', ok([{ name: 'test-k3lqzj2xhb9a@example.com', value: ADMIN_PERMISSION_SET }]))
        .on('data import tree', fixture('data-import-tree-success.json'))
        .on('apex run', fixture('apex-run-success.json'))
        .on('org open', fixture('org-open-success.json'));
}

const fullProject = (): string =>
    makeProject({
        'sfdx-project.json': '{"packageDirectories":[{"path":"force-app","default":true}],"namespace":""}\n',
        [DEFAULT_DEFINITION_FILE]: '{"edition":"Enterprise"}\n',
        [MULTICURRENCY_DEFINITION_FILE]: '{"edition":"Enterprise","features":["MultiCurrency"]}\n',
        [SAMPLE_DATA_PLAN]: '[]\n',
        [SAMPLE_PRODUCTS_APEX]: 'System.debug(1);\n'
    });

const defaults = (overrides: Partial<CreateScratchOrgOptions> = {}): CreateScratchOrgOptions => ({
    ...parseCreateScratchOrgArgs([]),
    ...overrides
});

describe('createScratchOrg', () => {
    let root = '';
    afterEach(() => removeProject(root));

    it('runs every step in order with the right arguments', async () => {
        root = fullProject();
        const timeline: string[] = [];
        const recalcFiles: { path: string; content: string }[] = [];
        const sf = happyCli().on('apex run', (args) => {
            const file = flag(args, '--file') ?? '';
            if (file !== SAMPLE_PRODUCTS_APEX) recalcFiles.push({ path: file, content: readFileSync(file, 'utf8') });
            return fixture('apex-run-success.json');
        });
        const originalRun = sf.run.bind(sf);
        sf.run = (args, options) => {
            timeline.push(`sf ${args.slice(0, 3).join(' ')}`);
            return originalRun(args, options);
        };
        const exec = fakeExec((command, args) => {
            timeline.push(`${command} ${args.join(' ')}`);
            return { exitCode: 0, stdout: '', stderr: '' };
        });
        const log = new MemoryLogger();

        const result = await createScratchOrg(defaults(), { sf, exec, log, projectRoot: root });

        assert.deepEqual(
            timeline.map((t) => t.replace(/^npm\.cmd/, 'npm')),
            [
                'sf config get target-dev-hub',
                'sf org list',
                'npm run build',
                'sf org create scratch',
                'sf project deploy start',
                'sf org assign permset',
                'sf data import tree',
                'sf apex run --file',
                'sf apex run --file',
                'sf org open --path'
            ],
            'steps should run in the documented order, build before anything is created'
        );
        const create = sf.call('org create scratch')?.args ?? [];
        assert.equal(flag(create, '--definition-file'), DEFAULT_DEFINITION_FILE, 'definition file passed');
        assert.equal(flag(create, '--alias'), 'sap-dev', 'alias passed');
        assert.equal(flag(create, '--duration-days'), '7', 'duration passed');
        assert.equal(flag(create, '--target-dev-hub'), 'DevHub', 'resolved Dev Hub passed');
        assert.ok(create.includes('--set-default'), 'the new org becomes the default org');

        for (const prefix of ['project deploy start', 'org assign permset', 'data import tree', 'org open']) {
            assert.equal(flag(sf.call(prefix)?.args ?? [], '--target-org'), 'sap-dev', `${prefix} targets the new org`);
        }
        assert.equal(
            flag(sf.call('org assign permset')?.args ?? [], '--name'),
            ADMIN_PERMISSION_SET,
            'admin permission set assigned'
        );
        const importedPlan = flag(sf.call('data import tree')?.args ?? [], '--plan') ?? '';
        assert.equal(
            path.basename(importedPlan),
            'sample-data-plan.json',
            'a copy of the sample data plan is imported'
        );
        assert.equal(existsSync(importedPlan), false, 'the shifted copy is removed after the import');
        assert.equal(flag(sf.call('org open')?.args ?? [], '--path'), PLANNING_HOME_PATH, 'opens Planning Home');

        assert.equal(recalcFiles.length, 1, 'one temporary recalculation script');
        assert.equal(recalcFiles[0].content, RECALCULATION_APEX, 'it calls AccountPlanRecalculationBatch.runNow()');
        assert.equal(existsSync(recalcFiles[0].path), false, 'the temporary file is removed afterwards');

        assert.equal(exec.calls[0].options?.cwd, root, 'the build runs in the project root');
        assert.equal(exec.calls[0].options?.inheritOutput, true, 'build output is shown to the user');
        assert.equal(result.username, 'test-k3lqzj2xhb9a@example.com', 'username from the CLI result');
        assert.equal(result.expirationDate, '2026-12-04', 'expiration date from the CLI result');
        assert.deepEqual(result.skipped, [], 'nothing skipped');
        assert.match(log.text(), /Imported 5 records/, 'the import count is reported');
        assert.match(
            log.text(),
            /sf org delete scratch --target-org sap-dev --no-prompt/,
            'tells how to delete the org'
        );
    });

    it('uses the multi-currency definition and an explicit Dev Hub without asking the config', async () => {
        root = fullProject();
        const sf = happyCli();
        await createScratchOrg(
            defaults({
                definitionFile: MULTICURRENCY_DEFINITION_FILE,
                targetDevHub: 'release@acme.example',
                alias: 'mc'
            }),
            {
                sf,
                exec: fakeExec(),
                log: new MemoryLogger(),
                projectRoot: root
            }
        );
        assert.equal(sf.call('config get'), undefined, 'no config lookup when --target-dev-hub is given');
        const create = sf.call('org create scratch')?.args ?? [];
        assert.equal(flag(create, '--definition-file'), MULTICURRENCY_DEFINITION_FILE, 'multi-currency definition');
        assert.equal(flag(create, '--target-dev-hub'), 'DevHub', 'the username is resolved to its alias');
        assert.equal(flag(create, '--alias'), 'mc', 'custom alias');
    });

    it('skips sample data, sample products and opening when absent or not wanted', async () => {
        root = makeProject({ [DEFAULT_DEFINITION_FILE]: '{}\n', 'sfdx-project.json': '{}\n' });
        const sf = happyCli();
        const log = new MemoryLogger();
        const result = await createScratchOrg(defaults({ open: false }), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.equal(sf.call('data import tree'), undefined, 'no import without a plan file');
        assert.equal(sf.call('org open'), undefined, 'no browser with --no-open');
        assert.equal(sf.calls.filter((c) => c.args[0] === 'apex').length, 1, 'only the recalculation Apex runs');
        assert.equal(result.skipped.length, 3, 'three skipped steps are reported');
        assert.match(log.text(), /WARN data\/sample-data-plan\.json not found/, 'missing data is a warning');
    });

    it('finishes with a warning when the browser cannot be opened (the org is ready)', async () => {
        root = fullProject();
        const sf = happyCli().on('org open', {
            status: 1,
            name: 'Error',
            message: 'spawn xdg-open ENOENT',
            warnings: []
        });
        const log = new MemoryLogger();
        const result = await createScratchOrg(defaults(), { sf, exec: fakeExec(), log, projectRoot: root });
        assert.deepEqual(
            result.skipped,
            ['open: the browser could not be started'],
            'the open step is reported as skipped'
        );
        assert.match(
            log.text(),
            /WARN Could not open a browser .*sf org open --path lightning\/n\/Planning_Home --target-org sap-dev/,
            'says how to open it by hand'
        );
        assert.doesNotMatch(log.text(), /setup stopped/, 'the org is not reported as half-built');
    });

    it('stops before building when no Dev Hub is configured (NoDevHubError)', async () => {
        root = fullProject();
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', fixture('config-get-target-dev-hub-unset.json'))
            .on('org list', fixture('org-list-empty.json'));
        const exec = fakeExec();
        await assert.rejects(
            createScratchOrg(defaults(), { sf, exec, log: new MemoryLogger(), projectRoot: root }),
            (error: unknown) => {
                assert.ok(error instanceof NoDevHubError, 'should be NoDevHubError');
                assert.match(error.message, /No default dev hub found/, 'should quote the CLI wording');
                assert.match(
                    error.actions.join('\n'),
                    /sf org login web --set-default-dev-hub --alias DevHub/,
                    'should say how to log in'
                );
                return true;
            },
            'the run should fail'
        );
        assert.equal(exec.calls.length, 0, 'nothing was built');
        assert.equal(sf.call('org create scratch'), undefined, 'no org was requested');
    });

    it('names the known Dev Hubs when one is authorised but none is the default', async () => {
        root = fullProject();
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', fixture('config-get-target-dev-hub-unset.json'))
            .on('org list', fixture('org-list-with-dev-hub.json'));
        await assert.rejects(
            createScratchOrg(defaults(), { sf, exec: fakeExec(), log: new MemoryLogger(), projectRoot: root }),
            (error: unknown) =>
                error instanceof NoDevHubError && /sf config set target-dev-hub DevHub/.test(error.actions.join('\n')),
            'should suggest making the known Dev Hub the default'
        );
    });

    it('reports an expired Dev Hub session as NotAuthorisedError', async () => {
        root = fullProject();
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', fixture('config-get-target-dev-hub.json'))
            .on('org list', fixture('org-list-dev-hub-expired.json'));
        await assert.rejects(
            createScratchOrg(defaults(), { sf, exec: fakeExec(), log: new MemoryLogger(), projectRoot: root }),
            (error: unknown) => error instanceof NotAuthorisedError && /RefreshTokenAuthError/.test(error.message),
            'an expired Dev Hub should be NotAuthorisedError'
        );
    });

    it('tells apart "not authorised" and "authorised but not a Dev Hub"', async () => {
        root = fullProject();
        const unknownHub = new FakeSfRunner().on('org list', fixture('org-list-empty.json'));
        await assert.rejects(
            createScratchOrg(defaults({ targetDevHub: 'OtherHub' }), {
                sf: unknownHub,
                exec: fakeExec(),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            NotAuthorisedError,
            'an unknown alias is not authorised'
        );
        const notAHub = new FakeSfRunner().on('org list', fixture('org-list-no-dev-hub.json'));
        await assert.rejects(
            createScratchOrg(defaults({ targetDevHub: 'Prod' }), {
                sf: notAHub,
                exec: fakeExec(),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            (error: unknown) => error instanceof NoDevHubError && /not a Dev Hub/.test(error.message),
            'a normal org is not a Dev Hub'
        );
    });

    it('maps the CLI NoDefaultDevHubError from org create scratch too', async () => {
        root = fullProject();
        const sf = happyCli().on('org create scratch', fixture('error-no-default-dev-hub.json'));
        await assert.rejects(
            createScratchOrg(defaults(), { sf, exec: fakeExec(), log: new MemoryLogger(), projectRoot: root }),
            NoDevHubError,
            'the CLI error should surface as NoDevHubError'
        );
    });

    it('stops when the build fails, before creating an org', async () => {
        root = fullProject();
        const sf = happyCli();
        await assert.rejects(
            createScratchOrg(defaults(), {
                sf,
                exec: fakeExec({ exitCode: 2 }),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            (error: unknown) => error instanceof SfCommandFailedError && /npm run build failed/.test(error.message),
            'a failed build should stop the run'
        );
        assert.equal(sf.call('org create scratch'), undefined, 'no org was requested');
    });

    it('stops at a failed deployment, lists the failures and says how to delete the org', async () => {
        root = fullProject();
        const sf = happyCli().on('project deploy start', fixture('project-deploy-start-failed.json'));
        const log = new MemoryLogger();
        await assert.rejects(
            createScratchOrg(defaults(), { sf, exec: fakeExec(), log, projectRoot: root }),
            (error: unknown) => error instanceof DeployFailedError && error.failures.length === 2,
            'a failed deploy should be DeployFailedError'
        );
        assert.equal(sf.call('org assign permset'), undefined, 'no permission set after a failed deploy');
        assert.match(
            log.text(),
            /exists but setup stopped.*sf org delete scratch --target-org sap-dev --no-prompt/,
            'the leftover org is mentioned'
        );
    });

    it('reports a recalculation that does not compile as ApexExecutionError', async () => {
        root = makeProject({ [DEFAULT_DEFINITION_FILE]: '{}\n' });
        const sf = happyCli().on('apex run', fixture('apex-run-compile-failure.json'));
        await assert.rejects(
            createScratchOrg(defaults(), { sf, exec: fakeExec(), log: new MemoryLogger(), projectRoot: root }),
            ApexExecutionError,
            'a compile failure should be ApexExecutionError'
        );
    });

    it('refuses a definition file that does not exist', async () => {
        root = makeProject({});
        const sf = happyCli();
        await assert.rejects(
            createScratchOrg(defaults({ definitionFile: 'config/nope.json' }), {
                sf,
                exec: fakeExec(),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            UsageError,
            'a missing definition file is a usage error'
        );
        assert.equal(sf.calls.length, 0, 'the CLI was not called');
    });
});

describe('createScratchOrg loads sample data shifted to the current quarter', () => {
    let root = '';
    afterEach(() => removeProject(root));

    const dateField = (name: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <type>Date</type>\n</CustomField>\n`;
    const FIELDS = 'force-app/main/default/objects/Account_Plan__c/fields';
    const plans = JSON.stringify({
        records: [
            {
                attributes: { type: 'Account_Plan__c', referenceId: 'PlanQ4' },
                Name: 'Acme - Q4 2026',
                Status__c: 'Active',
                Start_Date__c: '2026-10-01',
                End_Date__c: '2026-12-31'
            }
        ]
    });
    const opportunities = JSON.stringify({
        records: [{ attributes: { type: 'Opportunity', referenceId: 'Opp1' }, Name: 'Deal', CloseDate: '2026-11-20' }]
    });
    const sampleProject = (): string =>
        makeProject({
            [DEFAULT_DEFINITION_FILE]: '{"edition":"Enterprise"}\n',
            [`${FIELDS}/Start_Date__c.field-meta.xml`]: dateField('Start_Date__c'),
            [`${FIELDS}/End_Date__c.field-meta.xml`]: dateField('End_Date__c'),
            [SAMPLE_DATA_PLAN]: JSON.stringify([
                { sobject: 'Opportunity', files: ['opportunities.json'] },
                { sobject: 'Account_Plan__c', files: ['account-plans.json'] }
            ]),
            'data/account-plans.json': plans,
            'data/opportunities.json': opportunities
        });

    const runIn = (sf: FakeSfRunner, today: string): ReturnType<typeof createScratchOrg> =>
        createScratchOrg(defaults(), { sf, exec: fakeExec(), log: new MemoryLogger(), projectRoot: root, today });

    /** What the fake CLI saw at import time: the plan path and the records of each file the plan names. */
    function recordImport(sf: FakeSfRunner): { plan: string; records: Map<string, Record<string, unknown>[]> } {
        const seen = { plan: '', records: new Map<string, Record<string, unknown>[]>() };
        sf.on('data import tree', (args) => {
            seen.plan = flag(args, '--plan') ?? '';
            const steps = JSON.parse(readFileSync(seen.plan, 'utf8')) as { files: string[] }[];
            for (const file of steps.flatMap((step) => step.files)) {
                const json = readFileSync(path.join(path.dirname(seen.plan), file), 'utf8');
                seen.records.set(file, (JSON.parse(json) as { records: Record<string, unknown>[] }).records);
            }
            return fixture('data-import-tree-success.json');
        });
        return seen;
    }

    it('imports shifted copies through a copy of the plan and leaves data/ as it is', async () => {
        root = sampleProject();
        const sf = happyCli();
        const seen = recordImport(sf);
        const log = new MemoryLogger();
        await createScratchOrg(defaults(), { sf, exec: fakeExec(), log, projectRoot: root, today: '2027-05-10' });

        assert.notEqual(path.dirname(seen.plan), path.join(root, 'data'), 'the import reads the shifted copies');
        const plan = seen.records.get('account-plans.json')?.[0];
        assert.equal(plan?.Start_Date__c, '2027-04-01', 'the Active plan starts in the quarter of today');
        assert.equal(plan?.End_Date__c, '2027-06-30', 'and ends with it');
        assert.equal(plan?.Name, 'Acme - Q2 2027', 'its quarter label moves too');
        assert.equal(seen.records.get('opportunities.json')?.[0].CloseDate, '2027-05-20', 'close dates move with it');
        assert.equal(existsSync(path.dirname(seen.plan)), false, 'the copies are removed after the import');
        assert.equal(readFileSync(path.join(root, 'data/account-plans.json'), 'utf8'), plans, 'data/ is unchanged');
        assert.match(
            log.text(),
            /INFO Shifted sample dates forward by 2 quarters so the current plans cover 2027-04-01–2027-06-30/,
            'the shift is reported'
        );
    });

    it('removes the copies when the import fails', async () => {
        root = sampleProject();
        let plan = '';
        const sf = happyCli().on('data import tree', (args) => {
            plan = flag(args, '--plan') ?? '';
            return { status: 1, name: 'InvalidDataImport', message: 'REQUIRED_FIELD_MISSING', warnings: [] };
        });
        await assert.rejects(runIn(sf, '2026-11-30'), SfCommandFailedError, 'the failed import stops the run');
        assert.ok(plan, 'the import was attempted');
        assert.equal(existsSync(path.dirname(plan)), false, 'no temporary copy is left behind');
    });

    it('stops before importing when a date sits in a field the loader cannot shift', async () => {
        root = sampleProject();
        writeFileSync(
            path.join(root, 'data/opportunities.json'),
            opportunities.replace('"Name":"Deal"', '"Name":"Deal","Description":"2026-12-01"')
        );
        const sf = happyCli();
        await assert.rejects(
            runIn(sf, '2026-11-30'),
            /Opp1: Opportunity\.Description holds the date '2026-12-01' but is not a Date or DateTime field/,
            'the unknown date field is named'
        );
        assert.equal(sf.call('data import tree'), undefined, 'nothing was imported');
    });
});

describe('multi-currency orgs get a second currency and dated rates', () => {
    let root = '';
    afterEach(() => removeProject(root));

    const currencyProject = (definition: string): string =>
        makeProject({
            'sfdx-project.json': '{"packageDirectories":[{"path":"force-app","default":true}],"namespace":""}\n',
            [DEFAULT_DEFINITION_FILE]: '{"edition":"Enterprise"}\n',
            [MULTICURRENCY_DEFINITION_FILE]: definition,
            [CURRENCY_TYPES_FILE]: '{"records":[]}\n',
            [DATED_RATES_FILE]: '{"records":[]}\n',
            [SAMPLE_DATA_PLAN]: '[]\n',
            [SAMPLE_PRODUCTS_APEX]: 'System.debug(1);\n'
        });

    /** The data imports in call order, each named by its --files or --plan argument. */
    const imports = (sf: ReturnType<typeof happyCli>): string[] =>
        sf.calls
            .filter((c) => c.args.slice(0, 3).join(' ') === 'data import tree')
            .map((c) => flag(c.args, '--files') ?? `plan ${path.basename(flag(c.args, '--plan') ?? '')}`);

    it('recognises multi-currency definitions by feature or by setting', () => {
        assert.equal(enablesMultiCurrency({ features: ['MultiCurrency'] }), true, 'the feature');
        assert.equal(enablesMultiCurrency({ features: ['multicurrency'] }), true, 'feature names ignore case');
        assert.equal(
            enablesMultiCurrency({ settings: { currencySettings: { enableMultiCurrency: true } } }),
            true,
            'the currency setting'
        );
        assert.equal(enablesMultiCurrency({ features: ['EnableSetPasswordInApi'] }), false, 'other features');
        assert.equal(
            enablesMultiCurrency({ settings: { currencySettings: { enableMultiCurrency: false } } }),
            false,
            'the setting off'
        );
        assert.equal(enablesMultiCurrency(undefined), false, 'no definition');
    });

    it('the shipped multi-currency definition turns on multiple currencies and dated rates', () => {
        const repo = (file: string): string => path.resolve(import.meta.dirname, '..', '..', file);
        const definition = JSON.parse(readFileSync(repo(MULTICURRENCY_DEFINITION_FILE), 'utf8')) as {
            settings: { currencySettings: Record<string, boolean> };
        };
        assert.equal(enablesMultiCurrency(definition), true, 'multi-currency');
        assert.equal(
            definition.settings.currencySettings.enableCurrencyEffectiveDates,
            true,
            'Advanced Currency Management (dated rates) is on'
        );
        const types = JSON.parse(readFileSync(repo(CURRENCY_TYPES_FILE), 'utf8')) as {
            records: { IsoCode: string; IsActive: boolean }[];
        };
        assert.ok(
            types.records.some((r) => r.IsoCode !== 'USD' && r.IsActive),
            'a second active currency beside the corporate USD'
        );
        const dated = JSON.parse(readFileSync(repo(DATED_RATES_FILE), 'utf8')) as {
            records: { IsoCode: string; StartDate: string; ConversionRate: number }[];
        };
        const rates = new Set(dated.records.map((r) => r.ConversionRate));
        assert.ok(dated.records.length >= 2 && rates.size >= 2, 'at least two different dated rates');
    });

    it('adds the currency, then its dated rates, before the sample data', async () => {
        root = currencyProject('{"edition":"Enterprise","features":["MultiCurrency"]}\n');
        const sf = happyCli();
        const log = new MemoryLogger();
        const result = await createScratchOrg(defaults({ definitionFile: MULTICURRENCY_DEFINITION_FILE }), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.deepEqual(
            imports(sf),
            [CURRENCY_TYPES_FILE, DATED_RATES_FILE, 'plan sample-data-plan.json'],
            'currency first (sample data may use it), then its dated rates, then the sample data'
        );
        for (const call of sf.calls.filter((c) => flag(c.args, '--files') !== undefined)) {
            assert.equal(flag(call.args, '--target-org'), 'sap-dev', 'currencies go to the new org');
        }
        assert.deepEqual(result.skipped, [], 'nothing skipped');
        assert.match(log.text(), /Added dated exchange rates/, 'the dated rates are reported');
    });

    it('adds no currency to a single-currency org', async () => {
        root = currencyProject('{"edition":"Enterprise","features":["MultiCurrency"]}\n');
        const sf = happyCli();
        await createScratchOrg(defaults(), { sf, exec: fakeExec(), log: new MemoryLogger(), projectRoot: root });
        assert.deepEqual(imports(sf), ['plan sample-data-plan.json'], 'only the sample data is imported');
    });

    it('goes on with a warning when the org refuses the dated rates', async () => {
        root = currencyProject('{"settings":{"currencySettings":{"enableMultiCurrency":true}}}\n');
        const sf = happyCli().on('data import tree', (args) =>
            flag(args, '--files') === DATED_RATES_FILE
                ? { status: 1, name: 'InvalidDataImport', message: 'entity type cannot be inserted', warnings: [] }
                : fixture('data-import-tree-success.json')
        );
        const log = new MemoryLogger();
        const result = await createScratchOrg(defaults({ definitionFile: MULTICURRENCY_DEFINITION_FILE }), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.deepEqual(result.skipped, ['dated rates: the org refused them'], 'the refusal is reported');
        assert.match(log.text(), /WARN Dated exchange rates were not added/, 'the user is told what to do');
        assert.ok(sf.call('org open'), 'the run finishes');
    });

    it('stops when the second currency cannot be added', async () => {
        root = currencyProject('{"features":["MultiCurrency"]}\n');
        const sf = happyCli().on('data import tree', (args) =>
            flag(args, '--files') === CURRENCY_TYPES_FILE
                ? { status: 1, name: 'InvalidDataImport', message: 'duplicate value found: IsoCode', warnings: [] }
                : fixture('data-import-tree-success.json')
        );
        await assert.rejects(
            createScratchOrg(defaults({ definitionFile: MULTICURRENCY_DEFINITION_FILE }), {
                sf,
                exec: fakeExec(),
                log: new MemoryLogger(),
                projectRoot: root
            }),
            SfCommandFailedError,
            'a multi-currency org without its second currency cannot test conversion'
        );
        assert.equal(sf.call('apex run'), undefined, 'nothing runs after the failure');
    });

    it('warns when the currency files are missing', async () => {
        root = makeProject({ [MULTICURRENCY_DEFINITION_FILE]: '{"features":["MultiCurrency"]}\n' });
        const sf = happyCli();
        const log = new MemoryLogger();
        const result = await createScratchOrg(defaults({ definitionFile: MULTICURRENCY_DEFINITION_FILE }), {
            sf,
            exec: fakeExec(),
            log,
            projectRoot: root
        });
        assert.ok(result.skipped.includes(`currencies: ${CURRENCY_TYPES_FILE} not found`), 'reported as skipped');
        assert.match(log.text(), /WARN config\/currencies\/currency-types\.json not found/, 'and as a warning');
    });
});
