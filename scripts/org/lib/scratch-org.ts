/**
 * `npm run org:create`: a ready-to-use scratch org in one command.
 * Check CLI + Dev Hub -> build -> create -> deploy -> permission set -> sample data -> recalculation -> open.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFlags, positiveInteger, stringFlag, type Logger } from './cli';
import { addCurrencies, definitionEnablesMultiCurrency } from './currencies';
import { resolveDevHub } from './dev-hub';
import { MetadataIndex } from '../../lib/metadata-index.ts';
import { describeShift, localToday, prepareSampleData, schemaFrom } from './sample-data';
import { SfCommandFailedError, UsageError, npmInvocation, type Exec, type SfRunner } from './sf';

const SCRIPT = 'npm run org:create';

export const DEFAULT_ALIAS = 'sap-dev';
export const DEFAULT_DURATION_DAYS = 7;
export const DEFAULT_DEFINITION_FILE = 'config/project-scratch-def.json';
export const MULTICURRENCY_DEFINITION_FILE = 'config/project-scratch-def-multicurrency.json';
export const SAMPLE_DATA_PLAN = 'data/sample-data-plan.json';
export const SAMPLE_PRODUCTS_APEX = 'scripts/apex/sample-products.apex';
export const ADMIN_PERMISSION_SET = 'Account_Planning_Admin';
export const OTHER_PERMISSION_SETS = ['Account_Planning_User', 'Account_Planning_Manager'];
export const RECALCULATION_APEX = 'AccountPlanRecalculationBatch.runNow();\n';
export const PLANNING_HOME_PATH = 'lightning/n/Planning_Home';

export const CREATE_SCRATCH_ORG_HELP = `Create a scratch org with Strategic Account Planning deployed, configured and loaded with sample data.

Usage: ${SCRIPT} -- [flags]

Flags:
  --alias <name>            Alias of the new org (default: ${DEFAULT_ALIAS}). It also becomes the CLI's default org.
  --duration-days <n>       Days before the org expires, 1-30 (default: ${DEFAULT_DURATION_DAYS}).
  --definition-file <path>  Scratch org definition (default: ${DEFAULT_DEFINITION_FILE}).
  --multicurrency           Shortcut for --definition-file ${MULTICURRENCY_DEFINITION_FILE}.
  --target-dev-hub <name>   Dev Hub alias or username (default: the CLI's target-dev-hub).
  --no-open                 Do not open the org in a browser at the end.
  -h, --help                Show this help.

Sample data: the files in data/ are anchored in one quarter (that of their Active plans). The script loads copies
whose dates are shifted by whole quarters so the Active sample plans cover the current quarter.

Needs a Dev Hub the CLI is logged in to:  sf org login web --set-default-dev-hub --alias DevHub`;

export interface CreateScratchOrgOptions {
    help: boolean;
    alias: string;
    durationDays: number;
    definitionFile: string;
    open: boolean;
    targetDevHub?: string;
}

export function parseCreateScratchOrgArgs(argv: readonly string[]): CreateScratchOrgOptions {
    const v = parseFlags(
        argv,
        {
            alias: { type: 'string', short: 'a' },
            'duration-days': { type: 'string', short: 'd' },
            'definition-file': { type: 'string', short: 'f' },
            multicurrency: { type: 'boolean' },
            'target-dev-hub': { type: 'string', short: 'v' },
            'no-open': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' }
        },
        SCRIPT
    );
    const explicitDefinition = stringFlag(v['definition-file']);
    if (v.multicurrency && explicitDefinition) {
        throw new UsageError('Use either --multicurrency or --definition-file, not both.', { command: SCRIPT });
    }
    const alias = stringFlag(v.alias) ?? DEFAULT_ALIAS;
    if (!/^[\w.-]+$/.test(alias)) {
        throw new UsageError(`--alias may contain letters, digits, "_", "." and "-" only; got "${alias}".`, {
            command: SCRIPT
        });
    }
    return {
        help: v.help === true,
        alias,
        durationDays: positiveInteger(v['duration-days'], '--duration-days', DEFAULT_DURATION_DAYS, SCRIPT, 30),
        definitionFile:
            explicitDefinition ?? (v.multicurrency ? MULTICURRENCY_DEFINITION_FILE : DEFAULT_DEFINITION_FILE),
        open: v['no-open'] !== true,
        targetDevHub: stringFlag(v['target-dev-hub'])
    };
}

export interface OrgScriptDeps {
    sf: SfRunner;
    exec: Exec;
    log: Logger;
    /** Repository root (where sfdx-project.json is). */
    projectRoot: string;
    /** Today as YYYY-MM-DD (tests); default: the machine's local date. Sample dates are shifted to its quarter. */
    today?: string;
}

interface ScratchCreateResult {
    username?: string;
    orgId?: string;
    scratchOrgInfo?: { ExpirationDate?: string; LoginUrl?: string; Edition?: string };
    warnings?: string[];
}

interface DataImportRecord {
    refId: string;
    type: string;
    id: string;
}

export interface CreateScratchOrgResult {
    alias: string;
    username?: string;
    orgId?: string;
    expirationDate?: string;
    devHub: string;
    /** Steps that were skipped, with the reason. */
    skipped: string[];
}

/** Runs `npm run build`, streaming its output; a failed build stops everything. */
export async function runBuild(deps: Pick<OrgScriptDeps, 'exec' | 'projectRoot'>, script: string): Promise<void> {
    const npm = npmInvocation(['run', 'build']);
    const result = await deps.exec(npm.command, npm.args, { cwd: deps.projectRoot, inheritOutput: true });
    if (result.exitCode !== 0) {
        throw new SfCommandFailedError(
            `npm run build failed (exit code ${result.exitCode}); nothing was sent to Salesforce.`,
            {
                command: 'npm run build',
                actions: [
                    'Fix the build errors printed above, then run ' + script + ' again.',
                    'The offline gates find most problems: npm test'
                ]
            }
        );
    }
}

export async function createScratchOrg(
    options: CreateScratchOrgOptions,
    deps: OrgScriptDeps
): Promise<CreateScratchOrgResult> {
    const { sf, log, projectRoot } = deps;
    const skipped: string[] = [];
    const definitionPath = path.resolve(projectRoot, options.definitionFile);
    if (!existsSync(definitionPath)) {
        throw new UsageError(`The scratch org definition file ${options.definitionFile} does not exist.`, {
            command: SCRIPT,
            actions: [`Use one from config/: ${DEFAULT_DEFINITION_FILE} or ${MULTICURRENCY_DEFINITION_FILE}`]
        });
    }

    log.step('1/8 Checking the Salesforce CLI and your Dev Hub');
    const devHub = await resolveDevHub(sf, options.targetDevHub);
    log.success(`Dev Hub: ${devHub.name} (${devHub.username})`);

    log.step('2/8 Building (npm run build)');
    await runBuild(deps, SCRIPT);
    log.success('Build finished');

    log.step(
        `3/8 Creating scratch org "${options.alias}" from ${options.definitionFile} (${options.durationDays} days)`
    );
    log.info('This usually takes 2-5 minutes.');
    const created = await sf.run<ScratchCreateResult>([
        'org',
        'create',
        'scratch',
        '--definition-file',
        options.definitionFile,
        '--alias',
        options.alias,
        '--duration-days',
        String(options.durationDays),
        '--target-dev-hub',
        devHub.name,
        '--set-default',
        '--wait',
        '20'
    ]);
    const username = created.result?.username;
    const expirationDate = created.result?.scratchOrgInfo?.ExpirationDate;
    log.success(
        `Scratch org ready: ${username ?? options.alias}${expirationDate ? ` (expires ${expirationDate})` : ''}`
    );
    const target = ['--target-org', options.alias];

    try {
        log.step('4/8 Deploying the package source (sf project deploy start)');
        const deployed = await sf.run<{ numberComponentsDeployed?: number }>([
            'project',
            'deploy',
            'start',
            ...target,
            '--wait',
            '30'
        ]);
        const count = deployed.result?.numberComponentsDeployed;
        log.success(`Deployed${count ? ` ${count} components` : ''}`);

        log.step(`5/8 Assigning the ${ADMIN_PERMISSION_SET} permission set to you`);
        await sf.run(['org', 'assign', 'permset', '--name', ADMIN_PERMISSION_SET, ...target]);
        log.success(`${ADMIN_PERMISSION_SET} assigned`);
        log.info(`Other personas: ${OTHER_PERMISSION_SETS.join(', ')}. Assign them to test users with`);
        log.info(
            `  sf org assign permset --name <permission set> --on-behalf-of <username> --target-org ${options.alias}`
        );

        log.step('6/8 Loading sample data');
        if (definitionEnablesMultiCurrency(definitionPath)) {
            await addCurrencies(sf, projectRoot, target, log, skipped);
        }
        if (existsSync(path.join(projectRoot, SAMPLE_DATA_PLAN))) {
            const sample = prepareSampleData({
                planPath: path.join(projectRoot, SAMPLE_DATA_PLAN),
                today: deps.today ?? localToday(),
                schema: schemaFrom(new MetadataIndex(projectRoot))
            });
            try {
                log.info(describeShift(sample));
                if (sample.clampedToToday > 0)
                    log.info(
                        `${sample.clampedToToday} last-review date(s) would have been in the future: set to today`
                    );
                const imported = await sf.run<DataImportRecord[]>([
                    'data',
                    'import',
                    'tree',
                    '--plan',
                    sample.planPath,
                    ...target
                ]);
                log.success(`Imported ${(imported.result ?? []).length} records from ${SAMPLE_DATA_PLAN}`);
            } finally {
                sample.cleanup();
            }
        } else {
            skipped.push(`sample data: ${SAMPLE_DATA_PLAN} not found`);
            log.warn(`${SAMPLE_DATA_PLAN} not found: no sample records loaded.`);
        }
        if (existsSync(path.join(projectRoot, SAMPLE_PRODUCTS_APEX))) {
            await sf.run(['apex', 'run', '--file', SAMPLE_PRODUCTS_APEX, ...target]);
            log.success(`Ran ${SAMPLE_PRODUCTS_APEX} (products, price book entries, opportunity products)`);
        } else {
            skipped.push(`sample products: ${SAMPLE_PRODUCTS_APEX} not found`);
            log.warn(`${SAMPLE_PRODUCTS_APEX} not found: no sample products created.`);
        }

        log.step('7/8 Recalculating every account plan (AccountPlanRecalculationBatch.runNow())');
        await runAnonymousApex(sf, RECALCULATION_APEX, target);
        log.success('Recalculation job queued; roll-ups appear within a minute');
    } catch (error) {
        log.warn(
            `The scratch org "${options.alias}" exists but setup stopped. Fix the problem and continue by hand, or delete it: sf org delete scratch --target-org ${options.alias} --no-prompt`
        );
        throw error;
    }

    log.step('8/8 Opening Planning Home');
    const openCommand = `sf org open --path ${PLANNING_HOME_PATH} --target-org ${options.alias}`;
    if (options.open) {
        try {
            await sf.run(['org', 'open', '--path', PLANNING_HOME_PATH, ...target]);
            log.success('Opened in your browser');
        } catch (error) {
            // The org is ready; a missing browser (e.g. on a headless machine) must not fail the whole run.
            skipped.push('open: the browser could not be started');
            log.warn(
                `Could not open a browser (${error instanceof Error ? error.message : String(error)}). Open the org with: ${openCommand}`
            );
        }
    } else {
        skipped.push('open: --no-open');
        log.info(`Skipped (--no-open). Later: ${openCommand}`);
    }

    log.step('Done');
    log.info(`Org alias: ${options.alias}${username ? `   user: ${username}` : ''}`);
    log.info(`Run the Apex tests:  npm run test:apex`);
    log.info(`Delete the org:      sf org delete scratch --target-org ${options.alias} --no-prompt`);
    return {
        alias: options.alias,
        username,
        orgId: created.result?.orgId,
        expirationDate,
        devHub: devHub.name,
        skipped
    };
}

/** Runs a snippet of anonymous Apex through a temporary file (the CLI reads Apex from files or stdin). */
export async function runAnonymousApex(sf: SfRunner, apex: string, target: readonly string[]): Promise<void> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sap-apex-'));
    const file = path.join(dir, 'snippet.apex');
    try {
        writeFileSync(file, apex);
        await sf.run(['apex', 'run', '--file', file, ...target]);
    } finally {
        // Stryker disable next-line BooleanLiteral: mkdtempSync made the directory and nothing removes it; force only matters for a missing path
        rmSync(dir, { recursive: true, force: true });
    }
}
