/**
 * A thin, testable layer over the Salesforce CLI (`sf`).
 *
 * Every org script talks to the CLI through the `SfRunner` interface: the real implementation
 * (`CliSfRunner`) spawns `sf <args> --json`, parses the JSON envelope and turns a non-zero status
 * into a typed error whose message says what to do next. Unit tests pass a fake runner instead.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Process execution
// ---------------------------------------------------------------------------------------------

export interface ExecOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Stream the child's output to this terminal instead of capturing it (used for `npm run build`). */
    inheritOutput?: boolean;
}

export interface ExecResult {
    exitCode: number;
    stdout: string;
    stderr: string;
}

/** Runs a program with arguments (never through a shell string). */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

export const nodeExec: Exec = (command, args, options = {}) =>
    new Promise<ExecResult>((resolve, reject) => {
        const child = spawn(command, [...args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: options.inheritOutput ? 'inherit' : ['ignore', 'pipe', 'pipe'],
            // Never a shell, on Windows neither: arguments (aliases, paths, Apex file names) reach the program as
            // they are, never re-parsed by cmd.exe. The .cmd shims of npm and sf are bypassed by starting their
            // JavaScript entry points with node (resolveSfBinary, npmInvocation).
            shell: false
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
    });

/** Environment for every CLI call: no telemetry, no update checks, no auto-update child process. */
export const SF_ENV: Readonly<Record<string, string>> = {
    SF_DISABLE_TELEMETRY: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_AUTOUPDATE: 'true'
};

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export interface SfErrorDetails {
    /** The command as a user would type it, e.g. `sf org create scratch --alias sap-dev`. */
    command: string;
    /** What the user can do about it, one instruction per entry. */
    actions?: string[];
    /** The CLI's error name (e.g. `NoDefaultDevHubError`), when there was one. */
    cliErrorName?: string;
    /** The CLI's JSON status / exit code. */
    status?: number;
}

/** Base class of every error the org scripts raise on purpose. */
export class SfCliError extends Error {
    readonly command: string;
    readonly actions: string[];
    readonly cliErrorName?: string;
    readonly status?: number;

    constructor(message: string, details: SfErrorDetails) {
        super(message);
        this.name = new.target.name;
        this.command = details.command;
        this.actions = details.actions ?? [];
        this.cliErrorName = details.cliErrorName;
        this.status = details.status;
    }
}

/** The `sf` executable could not be started. */
export class SfCliNotFoundError extends SfCliError {}
/** No default Dev Hub, or the named org is not a Dev Hub. */
export class NoDevHubError extends SfCliError {}
/** The CLI has no (valid) authorisation for the org, or no default org is set. */
export class NotAuthorisedError extends SfCliError {}
/** A metadata deployment finished with component failures. */
export class DeployFailedError extends SfCliError {
    constructor(
        message: string,
        details: SfErrorDetails,
        readonly failures: ComponentFailure[]
    ) {
        super(message, details);
    }
}
/** Anonymous Apex did not compile or threw. */
export class ApexExecutionError extends SfCliError {}
/** The CLI printed something that is not its JSON envelope. */
export class SfOutputParseError extends SfCliError {}
/** Any other failed CLI command. */
export class SfCommandFailedError extends SfCliError {}
/** Wrong flags given to one of our scripts. */
export class UsageError extends SfCliError {}

export interface ComponentFailure {
    componentType: string;
    fullName: string;
    fileName?: string;
    lineNumber?: string | number;
    columnNumber?: string | number;
    problem: string;
    problemType?: string;
}

// ---------------------------------------------------------------------------------------------
// JSON envelope
// ---------------------------------------------------------------------------------------------

/** What `sf <command> --json` prints: `status` 0 plus `result` on success; `name`/`message` on error. */
export interface SfEnvelope {
    status: number;
    result?: unknown;
    warnings?: unknown[];
    name?: string;
    message?: string;
    code?: string;
    exitCode?: number;
    actions?: string[];
    data?: unknown;
    commandName?: string;
}

export interface SfResponse<T> {
    status: number;
    result: T;
    warnings: string[];
}

/** Parses the CLI's JSON envelope; tolerates stray lines (warnings, spinners) before the JSON object. */
export function parseSfJson(stdout: string, command: string): SfEnvelope {
    const text = stdout.trim();
    // The envelope starts at the first line that opens an object (all of the output when no line does).
    const json = text.slice(Math.max(0, text.search(/^\{/m)));
    try {
        const parsed: unknown = JSON.parse(json);
        if (isRecord(parsed) && typeof parsed.status === 'number') return parsed as unknown as SfEnvelope;
    } catch {
        // not JSON: reported below
    }
    const preview = text.length > 300 ? `${text.slice(0, 300)}…` : text;
    throw new SfOutputParseError(
        `The Salesforce CLI did not return JSON for "${command}".\nOutput: ${preview || '(empty)'}`,
        {
            command,
            actions: [
                'Run the command by hand with --json to see what it prints.',
                'Check that the local CLI works: npx sf --version'
            ]
        }
    );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Renders args as a copy-pasteable command line. */
export function formatCommand(args: readonly string[]): string {
    return ['sf', ...args.map((a) => (/^[\w@./:=,-]+$/.test(a) ? a : JSON.stringify(a)))].join(' ');
}

function optionValue(args: readonly string[], ...names: string[]): string | undefined {
    const i = args.findIndex((arg) => names.includes(arg));
    return i === -1 ? undefined : args[i + 1];
}

/** Extracts component failures from a `project deploy start` result (object or array form). */
export function componentFailures(result: unknown): ComponentFailure[] {
    if (!isRecord(result)) return [];
    const details = result.details;
    if (!isRecord(details)) return [];
    // one failure comes as an object, several as an array
    return [details.componentFailures]
        .flat()
        .filter(isRecord)
        .map((f) => ({
            componentType: String(f.componentType ?? ''),
            fullName: String(f.fullName ?? ''),
            fileName: f.fileName === undefined ? undefined : String(f.fileName),
            lineNumber: f.lineNumber as string | number | undefined,
            columnNumber: f.columnNumber as string | number | undefined,
            problem: String(f.problem ?? ''),
            problemType: f.problemType === undefined ? undefined : String(f.problemType)
        }));
}

export function formatFailure(f: ComponentFailure): string {
    const where = f.fileName
        ? ` (${f.fileName}${f.lineNumber ? `:${f.lineNumber}` : ''}${f.columnNumber ? `:${f.columnNumber}` : ''})`
        : '';
    return `${f.componentType} ${f.fullName}${where}: ${f.problem}`;
}

/** Maps a failed CLI envelope to a typed error with actionable advice. */
export function toSfError(envelope: SfEnvelope, args: readonly string[]): SfCliError {
    const command = formatCommand(args);
    const name = envelope.name ?? envelope.code ?? '';
    const message = (envelope.message ?? '').trim();
    const base = { command, cliErrorName: name || undefined, status: envelope.status };
    const targetOrg = optionValue(args, '--target-org', '-o');
    const devHub = optionValue(args, '--target-dev-hub', '-v');

    if (name === 'NoDefaultDevHubError' || /no default dev hub/i.test(message)) {
        return new NoDevHubError(
            'No Dev Hub is set for the Salesforce CLI, so no scratch org or package version can be created.',
            {
                ...base,
                actions: [
                    'Log in to your Dev Hub and make it the default: sf org login web --set-default-dev-hub --alias DevHub',
                    'Or pass the Dev Hub to this script: --target-dev-hub <alias or username>',
                    'The org must have Dev Hub enabled (Setup > Dev Hub).'
                ]
            }
        );
    }
    if (
        name === 'NotADevHubError' ||
        /is not a dev ?hub|dev ?hub (is )?not enabled|not enabled as a dev ?hub/i.test(message)
    ) {
        return new NoDevHubError(`The org ${devHub ?? 'used as Dev Hub'} is not a Dev Hub: ${message}`, {
            ...base,
            actions: ['Enable Dev Hub in that org (Setup > Dev Hub) or point --target-dev-hub at an org that has it.']
        });
    }
    if (
        name === 'NamedOrgNotFoundError' ||
        name === 'NoAuthInfoFound' ||
        /no auth(orization)? info(rmation)? found/i.test(message)
    ) {
        const who = targetOrg ?? devHub ?? 'this org';
        return new NotAuthorisedError(`The Salesforce CLI is not authorised for ${who}.`, {
            ...base,
            actions: [
                `Log in: sf org login web --alias ${who === 'this org' ? '<alias>' : who}`,
                'List the orgs the CLI knows: sf org list'
            ]
        });
    }
    if (name === 'NoDefaultEnvError' || /no default (environment|org|username)/i.test(message)) {
        return new NotAuthorisedError('No default org is set for the Salesforce CLI.', {
            ...base,
            actions: [
                'Pass the org explicitly: --target-org <alias>',
                'Or make one the default: sf config set target-org <alias>',
                'No scratch org yet? Create one: npm run org:create'
            ]
        });
    }
    if (
        /expired access\/refresh token|invalid_grant|RefreshTokenAuthError|INVALID_SESSION_ID|session expired/i.test(
            `${name} ${message}`
        )
    ) {
        const who = targetOrg ?? devHub ?? '<alias>';
        return new NotAuthorisedError(
            `The CLI's session for ${targetOrg ?? devHub ?? 'the org'} has expired or was revoked.`,
            {
                ...base,
                actions: [
                    `Log in again: sf org login web --alias ${who}`,
                    'A deleted or expired scratch org cannot be revived: create a new one with npm run org:create'
                ]
            }
        );
    }
    const failures = componentFailures(envelope.result ?? envelope.data);
    if (failures.length > 0 || (args[0] === 'project' && args[1] === 'deploy')) {
        const shown = failures.slice(0, 25).map((f) => `  - ${formatFailure(f)}`);
        if (failures.length > shown.length) shown.push(`  … and ${failures.length - shown.length} more`);
        const headline = failures.length
            ? `The deployment failed with ${failures.length} component error(s):`
            : `The deployment failed${message ? `: ${message}` : '.'}`;
        return new DeployFailedError(
            [headline, ...shown].join('\n'),
            {
                ...base,
                actions: [
                    'Fix the components listed above, then deploy again: sf project deploy start --target-org <alias>',
                    'Run the offline gates first: npm test'
                ]
            },
            failures
        );
    }
    if (name === 'executeCompileFailure' || name === 'executeRuntimeFailure') {
        return new ApexExecutionError(`Anonymous Apex failed: ${message}`, {
            ...base,
            actions: ['Check that the package deployed completely and that the classes it calls exist in the org.']
        });
    }
    return new SfCommandFailedError(
        message ? `The Salesforce CLI failed: ${message}` : `The Salesforce CLI failed with status ${envelope.status}.`,
        {
            ...base,
            actions: [...(envelope.actions ?? []), `Re-run by hand to see the full output: ${command}`]
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Runner
// ---------------------------------------------------------------------------------------------

export interface SfRunOptions {
    /** Non-zero statuses that still carry a usable `result` (e.g. 100 = Apex tests failed). */
    okStatuses?: readonly number[];
    /** Working directory (defaults to the runner's project root). */
    cwd?: string;
}

export interface SfRunner {
    run<T>(args: readonly string[], options?: SfRunOptions): Promise<SfResponse<T>>;
}

const CLI_ENTRY = path.join('@salesforce', 'cli', 'bin', 'run.js');

/**
 * The CLI to run: the project's own (devDependency) as its JavaScript entry point `bin/run.js`, which the runner
 * starts with node, so no shell and no `.cmd` shim is involved on any platform. Without a local CLI: on Windows
 * the entry point of a global npm install next to `sf.cmd` on the PATH; elsewhere `sf` on the PATH.
 */
export function resolveSfBinary(
    projectRoot: string,
    platform: NodeJS.Platform = process.platform,
    env: NodeJS.ProcessEnv = process.env
): string {
    const local = path.join(projectRoot, 'node_modules', CLI_ENTRY);
    if (existsSync(local)) return local;
    if (platform === 'win32') {
        // Stryker disable next-line StringLiteral: any text in place of an absent PATH is one relative entry with no sf.cmd
        const searchPath = env.PATH ?? env.Path ?? '';
        for (const dir of searchPath.split(';').filter(Boolean)) {
            const global = path.join(dir, 'node_modules', CLI_ENTRY);
            if (existsSync(path.join(dir, 'sf.cmd')) && existsSync(global)) return global;
        }
    }
    return 'sf';
}

/** How to start a resolved CLI: a JavaScript entry point runs under this node, anything else directly. */
export function sfInvocation(binary: string, args: readonly string[]): { command: string; args: string[] } {
    if (/\.c?js$/i.test(binary)) return { command: process.execPath, args: ['--no-deprecation', binary, ...args] };
    return { command: binary, args: [...args] };
}

/**
 * How to run npm without a shell: npm's own CLI script under node on Windows (npm run passes its path down as
 * npm_execpath), the `npm` executable elsewhere.
 */
export function npmInvocation(
    args: readonly string[],
    platform: NodeJS.Platform = process.platform,
    env: NodeJS.ProcessEnv = process.env
): { command: string; args: string[] } {
    if (platform !== 'win32') return { command: 'npm', args: [...args] };
    const cli = env.npm_execpath;
    if (cli && /\.c?js$/i.test(cli)) return { command: process.execPath, args: [cli, ...args] };
    throw new UsageError('On Windows, start the org scripts through npm (e.g. npm run org:create).', {
        command: `npm ${args.join(' ')}`,
        actions: ['Run: npm run org:create (or npm run test:apex, npm run package:version)']
    });
}

export class CliSfRunner implements SfRunner {
    constructor(
        private readonly projectRoot: string,
        private readonly exec: Exec = nodeExec,
        private readonly binary: string = resolveSfBinary(projectRoot)
    ) {}

    async run<T>(args: readonly string[], options: SfRunOptions = {}): Promise<SfResponse<T>> {
        const fullArgs = args.includes('--json') ? [...args] : [...args, '--json'];
        const command = formatCommand(fullArgs);
        let output: ExecResult;
        try {
            const invocation = sfInvocation(this.binary, fullArgs);
            output = await this.exec(invocation.command, invocation.args, {
                cwd: options.cwd ?? this.projectRoot,
                env: { ...process.env, ...SF_ENV }
            });
        } catch (error) {
            throw cliNotFound(error, command);
        }
        const envelope = parseSfJson(output.stdout || output.stderr, command);
        if (envelope.status === 0 || options.okStatuses?.includes(envelope.status)) {
            return {
                status: envelope.status,
                result: envelope.result as T,
                warnings: (envelope.warnings ?? []).map(String)
            };
        }
        throw toSfError(envelope, fullArgs);
    }
}

export function cliNotFound(error: unknown, command: string): SfCliError {
    const code = isRecord(error) ? error.code : undefined;
    if (code === 'ENOENT') {
        return new SfCliNotFoundError('The Salesforce CLI (sf) was not found.', {
            command,
            actions: [
                'Install the project dependencies (the CLI is a devDependency): npm ci',
                'Or install the CLI globally: npm install --global @salesforce/cli'
            ]
        });
    }
    return new SfCommandFailedError(
        `Could not start the Salesforce CLI: ${error instanceof Error ? error.message : String(error)}`,
        {
            command
        }
    );
}
