/**
 * test:mutation — StrykerJS over the components (their .ts, with the project's Jest configuration:
 * stryker.components.config.mjs) and over scripts/ (gates and org scripts, with their node:test suites:
 * stryker.scripts.config.mjs). Readable reports in reports/mutation/<scope>.html; incremental by default (the
 * results of the last run are kept in reports/mutation/<scope>.incremental.json, so a re-run tests only the
 * mutants whose code or tests changed).
 *
 * Usage: tsx scripts/mutation.ts [--scope=components|scripts] [--changed[=<git ref>]] [--threshold=<percent>] [--force]
 *                                  [--ignore-static]
 *   --changed        mutate only the files changed since <git ref> (default origin/main), committed or not
 *   --threshold      exit 1 when the score of the mutated files is below it (CI uses it on changed files)
 *   --force          ignore the incremental results and test every mutant
 *   --ignore-static  leave out the static mutants (module-level code), which run every related suite in full
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const STRYKER = path.join(REPO, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');

export interface Scope {
    name: 'components' | 'scripts';
    config: string;
    /** whether a repository path is code this scope mutates (mirrors the config's `mutate`) */
    mutates: (file: string) => boolean;
}

export const SCOPES: Scope[] = [
    {
        name: 'components',
        config: 'stryker.components.config.mjs',
        mutates: (f) =>
            /^force-app\/main\/default\/lwc\/[^/]+\/.+\.ts$/.test(f) &&
            !f.includes('/__tests__/') &&
            !f.endsWith('.d.ts')
    },
    {
        name: 'scripts',
        config: 'stryker.scripts.config.mjs',
        mutates: (f) =>
            /^scripts\/(lib\/.+|org\/lib\/.+|build|check-apex|check-metadata|convert-source|scan|preview\/server)\.ts$/.test(
                f
            ) &&
            !f.endsWith('.test.ts') &&
            f !== 'scripts/lib/standard-objects.ts' &&
            f !== 'scripts/org/lib/fake-sf.ts'
    }
];

type Status =
    'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

export interface FileScore {
    file: string;
    killed: number;
    survived: number;
    noCoverage: number;
    score: number;
}

/**
 * Mutation score as Stryker defines it: detected (killed + timeout) over valid mutants (detected + survived +
 * no coverage); compile/runtime errors and ignored (equivalent, with a reason) mutants do not count.
 */
export function scoreOf(statuses: Status[]): { detected: number; valid: number; score: number } {
    const detected = statuses.filter((s) => s === 'Killed' || s === 'Timeout').length;
    const valid = detected + statuses.filter((s) => s === 'Survived' || s === 'NoCoverage').length;
    return { detected, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
}

/** Per-file and total scores from Stryker's JSON report (mutation-testing-report-schema). */
export function readScores(
    reportFile: string,
    only?: Set<string>
): { files: FileScore[]; total: { detected: number; valid: number; score: number } } {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
        files: Record<string, { mutants: Array<{ status: Status }> }>;
    };
    const files: FileScore[] = [];
    const all: Status[] = [];
    for (const [file, { mutants }] of Object.entries(report.files)) {
        const rel = path.isAbsolute(file) ? path.relative(REPO, file) : file;
        if (only && !only.has(rel.split(path.sep).join('/'))) continue;
        const statuses = mutants.map((m) => m.status);
        all.push(...statuses);
        files.push({
            file: rel,
            killed: statuses.filter((s) => s === 'Killed' || s === 'Timeout').length,
            survived: statuses.filter((s) => s === 'Survived').length,
            noCoverage: statuses.filter((s) => s === 'NoCoverage').length,
            score: scoreOf(statuses).score
        });
    }
    return { files: files.sort((a, b) => a.score - b.score), total: scoreOf(all) };
}

/** Files changed since `ref` (merge base), plus uncommitted ones, as repository paths. */
export function changedFiles(ref: string): string[] {
    const git = (args: string[]): string[] => {
        const out = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
        if (out.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${out.stderr.trim()}`);
        return out.stdout.split('\n').filter(Boolean);
    };
    const files = new Set([
        ...git(['diff', '--name-only', '--diff-filter=ACMR', `${ref}...HEAD`]),
        ...git(['diff', '--name-only', '--diff-filter=ACMR', 'HEAD'])
    ]);
    return [...files].filter((f) => existsSync(path.join(REPO, f))).sort();
}

export const HELP = `Usage: npm run test:mutation -- [--scope=components|scripts] [--changed[=<git ref>]] [--threshold=<percent>] [--force] [--ignore-static]

  --scope          only the components (LWC .ts with Jest) or only scripts/ (gates and org scripts with node:test)
  --changed        mutate only the files changed since <git ref> (default origin/main), committed or not
  --threshold      exit 1 when the score of the mutated files is below it (CI uses it on changed files)
  --force          ignore the incremental results and test every mutant
  --ignore-static  leave out the static mutants (module-level code): each runs every related suite in full, which
                   for a component rendered by the plan workspace takes minutes per mutant (CI uses it)
  --help           print this and exit

Reports: reports/mutation/<scope>.html. A whole run takes hours on 2 cores; use --changed while working.`;

const FLAG = /^--(scope=.+|changed(=.+)?|threshold=.*|force|ignore-static|help)$/;

export function parseArgs(argv: string[]): {
    scopes: Scope[];
    changed?: string;
    threshold?: number;
    force: boolean;
    ignoreStatic: boolean;
    help: boolean;
} {
    const unknown = argv.filter((a) => !FLAG.test(a) && a !== '-h');
    if (unknown.length) throw new Error(`unknown option(s) ${unknown.join(' ')}\n\n${HELP}`);
    const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
    const scopeName = value('scope');
    const scopes = scopeName ? SCOPES.filter((s) => s.name === scopeName) : SCOPES;
    if (scopeName && scopes.length === 0) throw new Error(`unknown scope '${scopeName}' (components or scripts)`);
    const changed = argv.includes('--changed') ? 'origin/main' : value('changed');
    const thresholdText = value('threshold');
    const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 100))
        throw new Error(`--threshold must be a percentage, got '${thresholdText}'`);
    return {
        scopes,
        changed,
        threshold,
        force: argv.includes('--force'),
        ignoreStatic: argv.includes('--ignore-static'),
        help: argv.includes('--help') || argv.includes('-h')
    };
}

/** Stryker's command line for one scope: all its files, or only `targets`. */
export function strykerArgs(
    scope: Scope,
    targets: string[] | undefined,
    options: { force: boolean; ignoreStatic: boolean }
): string[] {
    const args = [STRYKER, 'run', scope.config];
    if (targets) args.push('--mutate', targets.join(','));
    if (options.force) args.push('--force');
    if (options.ignoreStatic) args.push('--ignoreStatic');
    return args;
}

function main(): number {
    const options = parseArgs(process.argv.slice(2));
    if (options.help) {
        console.log(HELP);
        return 0;
    }
    const changed = options.changed ? changedFiles(options.changed) : undefined;
    let failed = false;
    for (const scope of options.scopes) {
        const targets = changed?.filter(scope.mutates);
        if (targets && targets.length === 0) {
            console.log(`test:mutation ${scope.name}: no changed file to mutate since ${options.changed}`);
            continue;
        }
        const args = strykerArgs(scope, targets, options);
        console.log(`\n=== test:mutation ${scope.name}${targets ? ` (${targets.length} changed file(s))` : ''}`);
        const run = spawnSync(process.execPath, args, { cwd: REPO, stdio: 'inherit' });
        if (run.status !== 0) {
            failed = true;
            continue;
        }
        const report = path.join(REPO, 'reports', 'mutation', `${scope.name}.json`);
        const { files, total } = readScores(report, targets ? new Set(targets) : undefined);
        for (const f of files) {
            console.log(
                `  ${f.score.toFixed(1).padStart(5)}%  ${f.file}  (${f.killed} killed, ${f.survived} survived, ${f.noCoverage} no coverage)`
            );
        }
        console.log(
            `test:mutation ${scope.name}: score ${total.score.toFixed(1)}% (${total.detected}/${total.valid}); ` +
                `report reports/mutation/${scope.name}.html`
        );
        if (options.threshold !== undefined && total.score < options.threshold) {
            console.error(`test:mutation ${scope.name}: below the threshold of ${options.threshold}%`);
            failed = true;
        }
    }
    return failed ? 1 : 0;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
    try {
        process.exit(main());
    } catch (e) {
        console.error(`test:mutation: ${(e as Error).message}`);
        process.exit(2);
    }
}
