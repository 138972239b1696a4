/**
 * `npm run package:version`: builds, then creates a 2GP managed package version with code coverage.
 *
 * Namespace decision: the repository stays namespace-free (`"namespace": ""` in sfdx-project.json) so anyone
 * can create scratch orgs without access to our Dev Hub's namespace. A managed package needs the namespace
 * linked to the Dev Hub, so this script requires `--namespace <ns>` (unless sfdx-project.json already has
 * one), stages the package in a temporary copy of the project whose sfdx-project.json carries the namespace,
 * runs `sf package version create` there, and copies back only the new `packageAliases` entries the CLI adds.
 * The working tree never holds the namespace; an empty namespace is refused rather than guessed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFlags, positiveInteger, stringFlag } from './cli';
import { runBuild, type OrgScriptDeps } from './scratch-org';
import { UsageError, SfCommandFailedError, isRecord } from './sf';

const SCRIPT = 'npm run package:version';
export const DEFAULT_PACKAGE = 'Strategic Account Planning';
export const DEFAULT_WAIT_MINUTES = 60;
export const INSTALL_URL = 'https://login.salesforce.com/packaging/installPackage.apexp?p0=';
export const SANDBOX_INSTALL_URL = 'https://test.salesforce.com/packaging/installPackage.apexp?p0=';
/** What the staging copy needs: the project file, the ignore rules, the package source and the definition file. */
export const STAGED_PATHS = ['sfdx-project.json', '.forceignore', 'force-app', 'config'];

export const PACKAGE_VERSION_HELP = `Build and create a new version of the 2GP managed package (with code coverage, so it can be promoted).

Usage: ${SCRIPT} -- --namespace <ns> [flags]

Flags:
  --namespace <ns>            The namespace linked to your Dev Hub. Required unless sfdx-project.json has one;
                              it is applied to a temporary copy only (the repository stays namespace-free).
  --package <name|0Ho id>     Package alias or id (default: "${DEFAULT_PACKAGE}").
  --installation-key <key>    Protect the version with a key (default: --installation-key-bypass).
  --skip-validation           Skip validation and code coverage: faster, but the version can never be promoted.
  --version-number <x.y.z.b>  Override versionNumber from sfdx-project.json (e.g. 1.2.0.NEXT).
  --tag <text>                Tag stored on the version (e.g. the git commit).
  --branch <name>             Branch stored on the version.
  --target-dev-hub <name>     Dev Hub alias or username (default: the CLI's target-dev-hub).
  --wait <minutes>            How long to wait (default: ${DEFAULT_WAIT_MINUTES}).
  -h, --help                  Show this help.

The package must already exist in the Dev Hub and be listed in sfdx-project.json packageAliases (see docs/release.md).`;

export interface PackageVersionOptions {
    help: boolean;
    namespace?: string;
    package: string;
    installationKey?: string;
    skipValidation: boolean;
    versionNumber?: string;
    tag?: string;
    branch?: string;
    targetDevHub?: string;
    wait: number;
}

export function parsePackageVersionArgs(argv: readonly string[]): PackageVersionOptions {
    const v = parseFlags(
        argv,
        {
            namespace: { type: 'string', short: 'n' },
            package: { type: 'string', short: 'p' },
            'installation-key': { type: 'string', short: 'k' },
            'skip-validation': { type: 'boolean' },
            'version-number': { type: 'string' },
            tag: { type: 'string' },
            branch: { type: 'string' },
            'target-dev-hub': { type: 'string', short: 'v' },
            wait: { type: 'string', short: 'w' },
            help: { type: 'boolean', short: 'h' }
        },
        SCRIPT
    );
    const versionNumber = stringFlag(v['version-number']);
    if (versionNumber && !/^\d+\.\d+\.\d+\.(\d+|NEXT)$/.test(versionNumber)) {
        throw new UsageError(
            `--version-number must look like MAJOR.MINOR.PATCH.BUILD or MAJOR.MINOR.PATCH.NEXT; got "${versionNumber}".`,
            {
                command: SCRIPT
            }
        );
    }
    const namespace = stringFlag(v.namespace);
    if (namespace && !/^[A-Za-z][A-Za-z0-9]{0,14}$/.test(namespace)) {
        throw new UsageError(`--namespace must be 1-15 letters or digits starting with a letter; got "${namespace}".`, {
            command: SCRIPT
        });
    }
    return {
        help: v.help === true,
        namespace,
        package: stringFlag(v.package) ?? DEFAULT_PACKAGE,
        installationKey: stringFlag(v['installation-key']),
        skipValidation: v['skip-validation'] === true,
        versionNumber,
        tag: stringFlag(v.tag),
        branch: stringFlag(v.branch),
        targetDevHub: stringFlag(v['target-dev-hub']),
        wait: positiveInteger(v.wait, '--wait', DEFAULT_WAIT_MINUTES, SCRIPT)
    };
}

export function buildPackageVersionArgs(options: PackageVersionOptions): string[] {
    const args = ['package', 'version', 'create', '--package', options.package];
    if (options.skipValidation) args.push('--skip-validation');
    else args.push('--code-coverage');
    if (options.installationKey) args.push('--installation-key', options.installationKey);
    else args.push('--installation-key-bypass');
    if (options.versionNumber) args.push('--version-number', options.versionNumber);
    if (options.tag) args.push('--tag', options.tag);
    if (options.branch) args.push('--branch', options.branch);
    if (options.targetDevHub) args.push('--target-dev-hub', options.targetDevHub);
    args.push('--wait', String(options.wait));
    return args;
}

interface SfdxProject {
    namespace?: string;
    packageAliases?: Record<string, string>;
    [key: string]: unknown;
}

export function readProject(projectRoot: string): SfdxProject {
    const file = path.join(projectRoot, 'sfdx-project.json');
    // Stryker disable next-line StringLiteral: with no encoding readFileSync gives a Buffer, which JSON.parse reads as UTF-8 too
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isRecord(parsed))
        throw new SfCommandFailedError('sfdx-project.json is not a JSON object.', { command: SCRIPT });
    return parsed as SfdxProject;
}

/** The namespace to package with: the flag, else the project's own; refuses when neither or when they disagree. */
export function resolveNamespace(options: Pick<PackageVersionOptions, 'namespace'>, project: SfdxProject): string {
    const fromProject = typeof project.namespace === 'string' ? project.namespace.trim() : '';
    if (options.namespace && fromProject && options.namespace !== fromProject) {
        throw new UsageError(
            `--namespace ${options.namespace} differs from sfdx-project.json's namespace "${fromProject}".`,
            {
                command: SCRIPT,
                actions: ['A package can only ever have the namespace it was created with: use that one.']
            }
        );
    }
    const namespace = options.namespace ?? fromProject;
    if (!namespace) {
        throw new UsageError('A managed package needs a namespace, and sfdx-project.json deliberately has none.', {
            command: SCRIPT,
            actions: [
                `Pass the namespace linked to your Dev Hub: ${SCRIPT} -- --namespace <ns>`,
                'See docs/release.md ("Namespace") for how to register and link one.'
            ]
        });
    }
    return namespace;
}

export function assertPackageKnown(packageName: string, project: SfdxProject): void {
    if (/^0Ho[A-Za-z0-9]{12,15}$/.test(packageName)) return;
    if (project.packageAliases && packageName in project.packageAliases) return;
    throw new UsageError(
        `The package "${packageName}" is not in sfdx-project.json packageAliases, so the CLI cannot find it.`,
        {
            command: SCRIPT,
            actions: [
                'Create the package once (see docs/release.md): sf package create --name "Strategic Account Planning" --package-type Managed --path force-app --target-dev-hub DevHub (with the namespace set), then commit the packageAliases entry.',
                'Or pass its id: --package 0Ho...'
            ]
        }
    );
}

/** Copies what the CLI needs into a temp dir and writes the namespace into the copy's sfdx-project.json. */
export function stageProject(projectRoot: string, namespace: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sap-package-'));
    for (const rel of STAGED_PATHS) {
        const from = path.join(projectRoot, rel);
        if (existsSync(from)) cpSync(from, path.join(dir, rel), { recursive: true });
    }
    const project = readProject(dir);
    project.namespace = namespace;
    writeFileSync(path.join(dir, 'sfdx-project.json'), `${JSON.stringify(project, null, 2)}\n`);
    return dir;
}

/** Copies aliases the CLI added in the staging copy back into the real sfdx-project.json; returns the new names. */
export function mergePackageAliases(projectRoot: string, stagingDir: string): string[] {
    const staged = readProject(stagingDir).packageAliases ?? {};
    const real = readProject(projectRoot);
    const aliases = { ...(real.packageAliases ?? {}) };
    const added = Object.keys(staged).filter((k) => aliases[k] !== staged[k]);
    if (added.length === 0) return [];
    for (const k of added) aliases[k] = staged[k];
    real.packageAliases = aliases;
    writeFileSync(path.join(projectRoot, 'sfdx-project.json'), `${JSON.stringify(real, null, 2)}\n`);
    return added;
}

/** `sf package version create --json` result (PackageVersionCreateRequestResult), the parts we read. */
export interface PackageVersionCreateResult {
    Id: string;
    Status: string;
    Package2Id?: string;
    Package2VersionId?: string | null;
    SubscriberPackageVersionId?: string | null;
    VersionNumber?: string | null;
    CodeCoverage?: number | { apexCodeCoveragePercentage?: number } | null;
    HasPassedCodeCoverageCheck?: boolean | null;
    Error?: unknown[];
}

export interface PackageVersionOutcome {
    succeeded: boolean;
    requestId: string;
    status: string;
    subscriberPackageVersionId?: string;
    installUrl?: string;
    codeCoverage?: number;
    addedAliases: string[];
}

export function coveragePercent(value: PackageVersionCreateResult['CodeCoverage']): number | undefined {
    if (typeof value === 'number') return value;
    if (isRecord(value) && typeof value.apexCodeCoveragePercentage === 'number')
        return value.apexCodeCoveragePercentage;
    return undefined;
}

export async function createPackageVersion(
    options: PackageVersionOptions,
    deps: OrgScriptDeps
): Promise<PackageVersionOutcome> {
    const { sf, log, projectRoot } = deps;
    const project = readProject(projectRoot);
    const namespace = resolveNamespace(options, project);
    assertPackageKnown(options.package, project);
    if (options.skipValidation) {
        log.warn(
            '--skip-validation: no validation and no code coverage. This version can be installed in test orgs but never promoted.'
        );
    }

    log.step('1/3 Building (npm run build)');
    await runBuild(deps, SCRIPT);
    log.success('Build finished');

    log.step(
        `2/3 Creating a version of "${options.package}" with namespace "${namespace}" (up to ${options.wait} minutes)`
    );
    const staging = stageProject(projectRoot, namespace);
    let addedAliases: string[];
    let result: PackageVersionCreateResult;
    try {
        const response = await sf.run<PackageVersionCreateResult>(buildPackageVersionArgs(options), { cwd: staging });
        result = response.result;
    } finally {
        try {
            addedAliases = mergePackageAliases(projectRoot, staging);
        } finally {
            // Stryker disable next-line BooleanLiteral: mkdtempSync made the staging copy and nothing removes it; force only matters for a missing path
            rmSync(staging, { recursive: true, force: true });
        }
    }

    log.step('3/3 Result');
    const outcome: PackageVersionOutcome = {
        succeeded: result.Status === 'Success',
        requestId: result.Id,
        status: result.Status,
        subscriberPackageVersionId: result.SubscriberPackageVersionId ?? undefined,
        codeCoverage: coveragePercent(result.CodeCoverage),
        addedAliases
    };
    if (!outcome.succeeded) {
        log.warn(`The version request ${result.Id} is not finished (status: ${result.Status}).`);
        log.info(`Check on it: sf package version create report --package-create-request-id ${result.Id}`);
        return outcome;
    }
    const id = outcome.subscriberPackageVersionId ?? '';
    outcome.installUrl = `${INSTALL_URL}${id}`;
    log.success(`Package version created${result.VersionNumber ? `: ${result.VersionNumber}` : ''}`);
    log.info(`Subscriber package version id (04t): ${id}`);
    if (result.Package2VersionId) log.info(`Package version id (05i):            ${result.Package2VersionId}`);
    if (outcome.codeCoverage !== undefined) {
        log.info(
            `Code coverage: ${outcome.codeCoverage}%${result.HasPassedCodeCoverageCheck === false ? ' (below 75%: cannot be promoted)' : ''}`
        );
    }
    log.info(`Install URL (production/Developer Edition): ${outcome.installUrl}`);
    log.info(`Install URL (sandbox):                      ${SANDBOX_INSTALL_URL}${id}`);
    log.info(
        `Install with the CLI: sf package install --package ${id} --target-org <alias> --wait 20 --security-type AdminsOnly`
    );
    log.info(`Release it (irreversible, see docs/release.md): sf package version promote --package ${id}`);
    if (addedAliases.length)
        log.info(`sfdx-project.json packageAliases gained: ${addedAliases.join(', ')} (commit it).`);
    return outcome;
}
