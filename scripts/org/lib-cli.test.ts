import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { parseArgs } from 'node:util';
import {
    MemoryLogger,
    consoleLogger,
    consoleLoggerFor,
    parseFlags,
    positiveInteger,
    reportError,
    runCli,
    stringFlag,
    wantsColour,
    type Logger
} from './lib/cli';
import { SfCliError, UsageError } from './lib/sf';

/** Every console.log line a logger prints for one message of each kind. */
function printed(log: Logger): string[] {
    const calls = mock.method(console, 'log', () => undefined);
    try {
        log.step('Create the org');
        log.info('sap-dev');
        log.success('Deployed');
        log.warn('No sample data');
        log.error('Failed');
        return calls.mock.calls.map((c) => c.arguments.join(' '));
    } finally {
        calls.mock.restore();
    }
}

describe('console output', () => {
    it('without colours: a symbol per kind, steps after a blank line, information indented', () => {
        const plain = ['\n▶ Create the org', '  sap-dev', '✔ Deployed', '⚠ No sample data', '✖ Failed'];
        assert.deepEqual(printed(consoleLoggerFor(false)), plain);
        assert.deepEqual(
            printed(consoleLogger),
            plain,
            'the test output is no terminal, so the console has no colours'
        );
    });

    it('with colours: each symbol in its ANSI colour, the step in bold, information as it is', () => {
        assert.deepEqual(printed(consoleLoggerFor(true)), [
            '\n\u001b[1;36m▶\u001b[0m \u001b[1mCreate the org\u001b[0m',
            '  sap-dev',
            '\u001b[32m✔\u001b[0m Deployed',
            '\u001b[33m⚠\u001b[0m No sample data',
            '\u001b[31m✖\u001b[0m Failed'
        ]);
    });

    it('colours only a terminal, and not when NO_COLOR is set', () => {
        assert.equal(wantsColour(true, {}), true, 'a terminal');
        assert.equal(wantsColour(undefined, {}), false, 'a pipe or a file');
        assert.equal(wantsColour(false, {}), false, 'not a terminal');
        assert.equal(wantsColour(true, { NO_COLOR: '1' }), false, 'NO_COLOR');
        assert.equal(wantsColour(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count');
    });

    it('the memory logger records each line with its kind', () => {
        const log = new MemoryLogger();
        log.step('a');
        log.info('b');
        log.success('c');
        log.warn('d');
        log.error('e');
        assert.deepEqual(log.lines, ['STEP a', 'INFO b', 'OK c', 'WARN d', 'ERROR e']);
        assert.equal(log.text(), 'STEP a\nINFO b\nOK c\nWARN d\nERROR e');
    });
});

describe('parseFlags', () => {
    const options = { alias: { type: 'string', short: 'a' }, help: { type: 'boolean' } } as const;

    /** The message node's own parser gives for these arguments. */
    function parserMessage(args: string[]): string {
        try {
            parseArgs({ args, options, strict: true, allowPositionals: false });
        } catch (error) {
            return (error as Error).message;
        }
        return assert.fail('parseArgs should have refused the arguments');
    }

    it('returns the values of known flags', () => {
        assert.deepEqual(
            { ...parseFlags(['--alias', 'x', '--help'], options, 'npm run org:create') },
            {
                alias: 'x',
                help: true
            }
        );
        assert.deepEqual({ ...parseFlags(['-a', 'y'], options, 'npm run org:create') }, { alias: 'y' });
    });

    for (const [what, args] of [
        ['an unknown flag', ['--nope']],
        ['a stray positional', ['sap-dev']],
        ['a string flag without its value', ['--alias']]
    ] as const) {
        it(`refuses ${what} with a UsageError naming the script's --help`, () => {
            assert.throws(
                () => parseFlags([...args], options, 'npm run org:create'),
                (error: unknown) => {
                    assert.ok(error instanceof UsageError, 'a UsageError');
                    assert.equal(error.message, parserMessage([...args]));
                    assert.equal(error.command, 'npm run org:create');
                    assert.deepEqual(error.actions, ['See the flags: npm run org:create -- --help']);
                    return true;
                }
            );
        });
    }
});

describe('positiveInteger', () => {
    const usage = (message: string) => (error: unknown) => {
        assert.ok(error instanceof UsageError, 'a UsageError');
        assert.equal(error.message, message);
        assert.equal(error.command, 'npm run test:apex');
        assert.deepEqual(error.actions, ['See the flags: npm run test:apex -- --help']);
        return true;
    };

    it('falls back when the flag is absent or has no value', () => {
        assert.equal(positiveInteger(undefined, '--wait', 30, 'npm run test:apex'), 30);
        assert.equal(positiveInteger(true, '--wait', 30, 'npm run test:apex'), 30);
        assert.equal(positiveInteger(false, '--wait', 30, 'npm run test:apex', 100), 30);
    });

    it('accepts whole numbers from 1 to the maximum, both included', () => {
        assert.equal(positiveInteger('1', '--threshold', 85, 'npm run test:apex', 100), 1);
        assert.equal(positiveInteger('100', '--threshold', 85, 'npm run test:apex', 100), 100);
        assert.equal(positiveInteger('2000', '--wait', 30, 'npm run test:apex'), 2000, 'no maximum');
    });

    it('refuses 0, fractions, text and numbers over the maximum, naming the range and the value', () => {
        assert.throws(
            () => positiveInteger('0', '--threshold', 85, 'npm run test:apex', 100),
            usage('--threshold must be a whole number from 1 to 100; got "0".')
        );
        assert.throws(
            () => positiveInteger('101', '--threshold', 85, 'npm run test:apex', 100),
            usage('--threshold must be a whole number from 1 to 100; got "101".')
        );
        assert.throws(
            () => positiveInteger('1.5', '--wait', 30, 'npm run test:apex'),
            usage('--wait must be a whole number from 1; got "1.5".')
        );
        assert.throws(
            () => positiveInteger('ten', '--wait', 30, 'npm run test:apex'),
            usage('--wait must be a whole number from 1; got "ten".')
        );
        assert.throws(
            () => positiveInteger('-3', '--wait', 30, 'npm run test:apex'),
            usage('--wait must be a whole number from 1; got "-3".')
        );
    });
});

describe('stringFlag', () => {
    it('trims a value and treats a blank or missing one as absent', () => {
        assert.equal(stringFlag('  sap-dev  '), 'sap-dev');
        assert.equal(stringFlag('   '), undefined);
        assert.equal(stringFlag(''), undefined);
        assert.equal(stringFlag(undefined), undefined);
        assert.equal(stringFlag(true), undefined);
    });
});

describe('reportError', () => {
    it('an SfCliError: its message, the CLI error name, then what to do, one line per action', () => {
        const log = new MemoryLogger();
        reportError(
            new SfCliError('The org is gone.', {
                command: 'sf org open',
                cliErrorName: 'NamedOrgNotFoundError',
                actions: ['Log in: sf org login web', 'List the orgs: sf org list']
            }),
            log
        );
        assert.deepEqual(log.lines, [
            'ERROR The org is gone.',
            'INFO CLI error: NamedOrgNotFoundError',
            'INFO What to do:',
            'INFO   • Log in: sf org login web',
            'INFO   • List the orgs: sf org list'
        ]);
    });

    it('an SfCliError without a CLI error name or actions: its message only', () => {
        const log = new MemoryLogger();
        reportError(new SfCliError('Stopped.', { command: 'sf org list' }), log);
        assert.deepEqual(log.lines, ['ERROR Stopped.']);
    });

    it('any other error: its stack, or its message when it has none; anything else as text', () => {
        const withStack = new RangeError('out of range');
        const withoutStack = new Error('no stack');
        withoutStack.stack = undefined;
        const log = new MemoryLogger();
        reportError(withStack, log);
        reportError(withoutStack, log);
        reportError('a string', log);
        assert.deepEqual(log.lines, [`ERROR ${withStack.stack}`, 'ERROR no stack', 'ERROR a string']);
    });
});

describe('runCli', () => {
    /** Runs main through runCli and returns the exit code it set, leaving this process's exit code alone. */
    async function exitCodeOf(main: () => Promise<number>, log: Logger): Promise<number | string | undefined> {
        const before = process.exitCode;
        try {
            runCli(main, log);
            await new Promise((resolve) => setImmediate(resolve));
            return process.exitCode;
        } finally {
            process.exitCode = before;
        }
    }

    it("exits with main's code and prints nothing of its own", async () => {
        const log = new MemoryLogger();
        assert.equal(await exitCodeOf(async () => 3, log), 3);
        assert.equal(await exitCodeOf(async () => 0, log), 0);
        assert.deepEqual(log.lines, []);
    });

    it('a usage error exits with 2, any other error with 1, each reported', async () => {
        const log = new MemoryLogger();
        const usage = new UsageError('Unknown option --nope', { command: 'npm run org:create' });
        assert.equal(await exitCodeOf(() => Promise.reject(usage), log), 2);
        assert.equal(
            await exitCodeOf(
                () => Promise.reject(new SfCliError('Deploy failed.', { command: 'sf project deploy start' })),
                log
            ),
            1
        );
        assert.deepEqual(log.lines, ['ERROR Unknown option --nope', 'ERROR Deploy failed.']);
    });
});
