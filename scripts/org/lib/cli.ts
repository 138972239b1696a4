/** Console output (all on stdout, so CI logs keep their order), flag parsing and the top-level error handler shared by the org scripts. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SfCliError, UsageError } from './sf';

export interface Logger {
    /** A numbered step of a longer workflow. */
    step(message: string): void;
    info(message: string): void;
    success(message: string): void;
    warn(message: string): void;
    error(message: string): void;
}

/** Colours only on a terminal, and never when NO_COLOR is set to something (https://no-color.org). */
export function wantsColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
    return isTTY === true && !env.NO_COLOR;
}

/** The console logger, with or without ANSI colours. */
export function consoleLoggerFor(colour: boolean): Logger {
    const paint = (code: string, text: string): string => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    return {
        step: (m) => console.log(`\n${paint('1;36', '▶')} ${paint('1', m)}`),
        info: (m) => console.log(`  ${m}`),
        success: (m) => console.log(`${paint('32', '✔')} ${m}`),
        warn: (m) => console.log(`${paint('33', '⚠')} ${m}`),
        error: (m) => console.log(`${paint('31', '✖')} ${m}`)
    };
}

export const consoleLogger: Logger = consoleLoggerFor(wantsColour(process.stdout.isTTY, process.env));

/** A logger that records lines, for tests. */
export class MemoryLogger implements Logger {
    readonly lines: string[] = [];
    step(m: string): void {
        this.lines.push(`STEP ${m}`);
    }
    info(m: string): void {
        this.lines.push(`INFO ${m}`);
    }
    success(m: string): void {
        this.lines.push(`OK ${m}`);
    }
    warn(m: string): void {
        this.lines.push(`WARN ${m}`);
    }
    error(m: string): void {
        this.lines.push(`ERROR ${m}`);
    }
    text(): string {
        return this.lines.join('\n');
    }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict flag parsing: unknown flags and stray positionals are usage errors that name the script's --help. */
export function parseFlags(
    argv: readonly string[],
    options: Options,
    script: string
): Record<string, string | boolean | undefined> {
    try {
        const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
        return values as Record<string, string | boolean | undefined>;
    } catch (error) {
        // parseArgs reports bad flags as TypeErrors (ERR_PARSE_ARGS_*)
        throw new UsageError((error as TypeError).message, {
            command: script,
            actions: [`See the flags: ${script} -- --help`]
        });
    }
}

export function positiveInteger(
    value: string | boolean | undefined,
    flag: string,
    fallback: number,
    script: string,
    max?: number
): number {
    if (value === undefined || typeof value === 'boolean') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > (max ?? Infinity)) {
        throw new UsageError(`${flag} must be a whole number from 1${max ? ` to ${max}` : ''}; got "${value}".`, {
            command: script,
            actions: [`See the flags: ${script} -- --help`]
        });
    }
    return n;
}

export function stringFlag(value: string | boolean | undefined): string | undefined {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Prints an error (with its actions) the same way in every script. */
export function reportError(error: unknown, log: Logger): void {
    if (error instanceof SfCliError) {
        log.error(error.message);
        if (error.cliErrorName) log.info(`CLI error: ${error.cliErrorName}`);
        if (error.actions.length) {
            log.info('What to do:');
            for (const action of error.actions) log.info(`  • ${action}`);
        }
        return;
    }
    log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Runs a script's main function and turns its outcome into the process exit code. */
export function runCli(main: () => Promise<number>, log: Logger = consoleLogger): void {
    main().then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            reportError(error, log);
            process.exitCode = error instanceof UsageError ? 2 : 1;
        }
    );
}
