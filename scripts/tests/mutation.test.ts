import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { SCOPES, parseArgs, readScores, scoreOf, strykerArgs } from '../mutation.ts';

const strykerRunner = createRequire(import.meta.url)('../../jest/strykerRunner.js') as {
    namesOf: (pattern: string) => string;
    mayMatch: (testPath: string, names: string) => boolean;
};

const dependencyExtractor = createRequire(import.meta.url)('../../jest/dependencyExtractor.js') as {
    moduleOfTag: (tag: string) => string;
    extract: (
        code: string,
        filePath: string,
        defaultExtract: (code: string, filePath: string) => string[]
    ) => Set<string>;
};

describe('test:mutation', () => {
    it('scores as Stryker does: killed and timeouts over killed, timeouts, survivors and uncovered', () => {
        assert.deepEqual(scoreOf(['Killed', 'Timeout', 'Survived', 'NoCoverage']), {
            detected: 2,
            valid: 4,
            score: 50
        });
        assert.deepEqual(scoreOf(['Killed', 'CompileError', 'RuntimeError', 'Ignored']), {
            detected: 1,
            valid: 1,
            score: 100
        });
        assert.equal(scoreOf([]).score, 100);
    });

    it('reads per-file scores from the JSON report, worst first, optionally for some files only', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'mutation-'));
        try {
            const report = path.join(dir, 'scripts.json');
            writeFileSync(
                report,
                JSON.stringify({
                    files: {
                        'scripts/a.ts': { mutants: [{ status: 'Killed' }, { status: 'Killed' }] },
                        'scripts/b.ts': {
                            mutants: [
                                { status: 'Killed' },
                                { status: 'Survived' },
                                { status: 'NoCoverage' },
                                { status: 'Timeout' }
                            ]
                        }
                    }
                })
            );
            const { files, total } = readScores(report);
            assert.deepEqual(
                files.map((f) => [f.file, f.score, f.killed, f.survived, f.noCoverage]),
                [
                    ['scripts/b.ts', 50, 2, 1, 1],
                    ['scripts/a.ts', 100, 2, 0, 0]
                ]
            );
            assert.deepEqual(total, { detected: 4, valid: 6, score: (100 * 4) / 6 });
            assert.deepEqual(readScores(report, new Set(['scripts/a.ts'])).total.score, 100);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('knows which files each scope mutates (no tests, typings, data or test doubles)', () => {
        const [components, scripts] = SCOPES;
        assert.equal(components.mutates('force-app/main/default/lwc/planUtils/planUtils.ts'), true);
        assert.equal(components.mutates('force-app/main/default/lwc/planUtils/__tests__/planUtils.test.ts'), false);
        assert.equal(components.mutates('force-app/main/default/lwc/planUtils/planUtils.d.ts'), false);
        assert.equal(components.mutates('force-app/main/default/lwc/planUtils/planUtils.js'), false);
        assert.equal(scripts.mutates('scripts/lib/soql.ts'), true);
        assert.equal(scripts.mutates('scripts/lib/metadata/lengths.ts'), true);
        assert.equal(scripts.mutates('scripts/scan.ts'), true);
        assert.equal(scripts.mutates('scripts/preview/server.ts'), true);
        assert.equal(scripts.mutates('scripts/preview/build.ts'), false);
        assert.equal(scripts.mutates('scripts/lib/standard-objects.ts'), false);
        assert.equal(scripts.mutates('scripts/org/lib/fake-sf.ts'), false);
        assert.equal(scripts.mutates('scripts/tests/scan.test.ts'), false);
    });

    it('parses its flags', () => {
        assert.deepEqual(parseArgs([]), {
            scopes: SCOPES,
            changed: undefined,
            threshold: undefined,
            force: false,
            ignoreStatic: false,
            help: false
        });
        const ci = parseArgs(['--scope=scripts', '--changed=origin/develop', '--threshold=90', '--force']);
        assert.deepEqual(
            ci.scopes.map((s) => s.name),
            ['scripts']
        );
        assert.equal(ci.changed, 'origin/develop');
        assert.equal(ci.threshold, 90);
        assert.equal(ci.force, true);
        assert.equal(ci.ignoreStatic, false);
        assert.equal(parseArgs(['--ignore-static']).ignoreStatic, true);
        assert.equal(parseArgs(['--changed']).changed, 'origin/main');
        assert.throws(() => parseArgs(['--scope=apex']), /unknown scope 'apex'/);
        assert.equal(parseArgs(['--help']).help, true);
        assert.equal(parseArgs(['-h']).help, true);
        assert.throws(
            () => parseArgs(['--mutate=x.ts']),
            /unknown option\(s\) --mutate=x.ts[\s\S]*Usage: npm run test:mutation/
        );
        assert.throws(() => parseArgs(['changed']), /unknown option\(s\) changed/);
        assert.throws(() => parseArgs(['--threshold=high']), /--threshold must be a percentage/);
        assert.throws(() => parseArgs(['--threshold=120']), /--threshold must be a percentage/);
    });

    it("runs Stryker on the scope's config, on the changed files only when given, with the flags asked for", () => {
        const [components, scripts] = SCOPES;
        const plain = { force: false, ignoreStatic: false };
        /** The arguments after Stryker's own script, which must be the installed one. */
        const stryker = (args: string[]): string[] => {
            assert.match(args[0], /@stryker-mutator\/core\/bin\/stryker\.js$/);
            return args.slice(1);
        };
        assert.deepEqual(stryker(strykerArgs(components, undefined, plain)), ['run', 'stryker.components.config.mjs']);
        assert.deepEqual(stryker(strykerArgs(scripts, ['scripts/scan.ts', 'scripts/lib/xml.ts'], plain)), [
            'run',
            'stryker.scripts.config.mjs',
            '--mutate',
            'scripts/scan.ts,scripts/lib/xml.ts'
        ]);
        assert.deepEqual(stryker(strykerArgs(components, ['a.ts'], { force: true, ignoreStatic: true })), [
            'run',
            'stryker.components.config.mjs',
            '--mutate',
            'a.ts',
            '--force',
            '--ignoreStatic'
        ]);
    });

    it("components' mutant runs load only the related suites that hold a covering test", () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'stryker-runner-'));
        try {
            const suite = (name: string, text: string): string => {
                const file = path.join(dir, name);
                writeFileSync(file, text);
                return file;
            };
            const utils = suite(
                'utils.test.ts',
                "describe('c-plan-utils', () => {\n    it('formats', () => {});\n});\n"
            );
            const card = suite(
                'card.test.ts',
                "import x from 'y';\n\ndescribe('c-plan-card: it\\'s new', () => {});\n"
            );
            const unreadable = suite('dynamic.test.ts', 'describe(TITLE, () => {});\n');
            // Stryker's jest runner writes the covering tests' full names, regex-escaped, as (name)|(name)
            const names = strykerRunner.namesOf(
                String.raw`(c\-plan\-utils formats \(USD\))|(c\-plan\-card: it's new shows)`
            );
            assert.equal(names, "(c-plan-utils formats (USD))|(c-plan-card: it's new shows)");
            assert.equal(strykerRunner.mayMatch(utils, names), true);
            assert.equal(strykerRunner.mayMatch(card, names), true);
            assert.equal(strykerRunner.mayMatch(utils, '(c-plan-utilsx formats)'), false, 'a title is matched whole');
            assert.equal(strykerRunner.mayMatch(card, '(c-plan-utils formats)'), false);
            assert.equal(strykerRunner.mayMatch(unreadable, '(c-plan-utils formats)'), true, 'unread suites run');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it("Jest's related suites follow a component's template to the children it renders", () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'dependency-extractor-'));
        try {
            const folder = (name: string, files: string[]): string => {
                mkdirSync(path.join(dir, name));
                files.forEach((file) => writeFileSync(path.join(dir, name, file), ''));
                return path.join(dir, name);
            };
            const component = folder('planObjectives', ['planObjectives.ts', 'planObjectives.html']);
            const library = folder('planUtils', ['planUtils.ts']);
            const imports = (code: string): string[] => (code.includes('import') ? ['c/planUtils'] : []);
            const extract = (code: string, file: string) => [...dependencyExtractor.extract(code, file, imports)];

            assert.equal(dependencyExtractor.moduleOfTag('plan-objective-card'), 'c/planObjectiveCard');
            assert.equal(dependencyExtractor.moduleOfTag('error-panel2'), 'c/errorPanel2');
            assert.deepEqual(
                extract(
                    '<template><c-plan-objective-card objective={o}></c-plan-objective-card>\n<c-error-panel></c-error-panel><lightning-card></lightning-card></template>',
                    path.join(component, 'planObjectives.html')
                ),
                ['c/planObjectiveCard', 'c/errorPanel'],
                'each child tag once, no lightning base components'
            );
            assert.deepEqual(
                extract("import x from 'c/planUtils';", path.join(component, 'planObjectives.ts')),
                ['c/planUtils', './planObjectives.html'],
                "a component's own template, besides its imports"
            );
            assert.deepEqual(extract("import x from 'c/planUtils';", path.join(library, 'planUtils.ts')), [
                'c/planUtils'
            ]);
            assert.deepEqual(
                extract('', path.join(component, '__tests__', 'planObjectives.test.ts')),
                [],
                'a test file is no component'
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
