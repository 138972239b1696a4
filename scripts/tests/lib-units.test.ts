/**
 * The gates' libraries, one behaviour at a time and in-process: how findings print and what a gate exits with,
 * how apex-ls output is read, how the two apex-ls passes are combined, and the small file and XML helpers.
 * Each assertion states the whole line a developer reads, so a changed message fails here.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkApex } from '../check-apex.ts';
import {
    apexLsArgs,
    FAILING_CATEGORIES,
    parseApexLsOutput,
    runApexLs,
    type ApexLsIssue,
    type ExecFile
} from '../lib/apex-ls.ts';
import { Findings } from '../lib/diagnostics.ts';
import { lineAt, lineOf, rootFromArgs, subdirs, walk } from '../lib/fsutil.ts';
import { arr, bool, loadXml, str } from '../lib/xml.ts';
import { MetadataIndex, maskApex, parseApexMethods, parseTargetConfigs } from '../lib/metadata-index.ts';
import { fieldTokenProblem } from '../lib/metadata/ui-metadata.ts';
import { BASE, withFixture } from './helpers.ts';

/** Calls `fn` with console.log and console.error recorded; returns what they printed. */
function captured<T>(
    t: { mock: { method: (o: object, m: string, impl: (...a: unknown[]) => void) => unknown } },
    fn: () => T
): { result: T; log: string[]; error: string[] } {
    const log: string[] = [];
    const error: string[] = [];
    t.mock.method(console, 'log', (...a: unknown[]) => log.push(a.join(' ')));
    t.mock.method(console, 'error', (...a: unknown[]) => error.push(a.join(' ')));
    const result = fn();
    return { result, log, error };
}

describe('findings: how every gate prints and exits', () => {
    it('names files relative to the root, keeps relative names, and drops exact duplicates', () => {
        const findings = new Findings('/repo');
        findings.add('/repo/force-app/a.cls', 3, 'unknown field');
        findings.add('force-app/a.cls', 3, 'unknown field');
        findings.add('/repo/force-app/a.cls', 4, 'unknown field');
        findings.add('/repo/force-app/a.cls', 3, 'another problem');
        findings.add('package-lock.json', 1, 'stale');
        assert.equal(findings.count, 4);
        assert.deepEqual(findings.lines(), [
            'force-app/a.cls:3: unknown field',
            'force-app/a.cls:4: unknown field',
            'force-app/a.cls:3: another problem',
            'package-lock.json:1: stale'
        ]);
        assert.deepEqual(findings.items[0], { file: 'force-app/a.cls', line: 3, message: 'unknown field' });
    });

    it('prints each finding and the count on stderr and exits 1 when there are findings', (t) => {
        const findings = new Findings('/repo');
        findings.add('/repo/x.cls', 2, 'first');
        findings.add('/repo/y.cls', 5, 'second');
        const { result, log, error } = captured(t, () => findings.report('check:apex'));
        assert.equal(result, 1);
        assert.deepEqual(error, ['x.cls:2: first', 'y.cls:5: second', 'check:apex: 2 problem(s)']);
        assert.deepEqual(log, []);
    });

    it('prints OK on stdout and exits 0 when there are none', (t) => {
        const { result, log, error } = captured(t, () => new Findings('/repo').report('scan'));
        assert.equal(result, 0);
        assert.deepEqual(log, ['scan: OK']);
        assert.deepEqual(error, []);
    });
});

describe('apex-ls: the command and its output', () => {
    it('runs CheckForIssues on the workspace with warnings and JSON output, from the PMD engine jars', () => {
        const args = apexLsArgs('/work/project');
        assert.equal(args[0], '-cp');
        assert.equal(
            args[1],
            path.resolve(REPO_ROOT, 'node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib/*')
        );
        assert.deepEqual(args.slice(2), [
            'io.github.apexdevtools.apexls.CheckForIssues',
            '-n',
            '-d',
            'warnings',
            '-f',
            'json',
            '-w',
            '/work/project'
        ]);
    });

    it('fails the gate on syntax errors, errors and missing symbols only', () => {
        assert.deepEqual([...FAILING_CATEGORIES].sort(), ['Error', 'Missing', 'Syntax']);
    });

    it('reads every message of every file, after any log lines before the JSON, exit status 1 included', () => {
        const json = JSON.stringify({
            files: [
                {
                    path: '/p/classes/A.cls',
                    messages: [
                        { start: { line: 9 }, category: 'Missing', message: "No matching method found for 'getPlanz'" },
                        { category: 'Warning', message: 'Unused local variable' }
                    ]
                },
                { path: '/p/triggers/T.trigger', messages: [{ start: { line: 2 }, category: 'Syntax', message: 'x' }] }
            ]
        });
        const expected: ApexLsIssue[] = [
            {
                file: '/p/classes/A.cls',
                line: 9,
                category: 'Missing',
                message: "No matching method found for 'getPlanz'"
            },
            { file: '/p/classes/A.cls', line: 1, category: 'Warning', message: 'Unused local variable' },
            { file: '/p/triggers/T.trigger', line: 2, category: 'Syntax', message: 'x' }
        ];
        assert.deepEqual(parseApexLsOutput(null, `Loading workspace\n${json}\n`, ''), expected);
        assert.deepEqual(parseApexLsOutput({ code: 1, message: 'exit 1' }, json, 'some stderr'), expected);
        assert.deepEqual(parseApexLsOutput(null, '{}', ''), [], 'no files: no issues');
    });

    it('runs java with the apex-ls command and a 64 MiB output buffer, and resolves with the issues it prints', async () => {
        const calls: unknown[][] = [];
        const json = JSON.stringify({
            files: [{ path: '/p/classes/A.cls', messages: [{ start: { line: 4 }, category: 'Error', message: 'bad' }] }]
        });
        const exec: ExecFile = (file, args, options, callback) => {
            calls.push([file, args, options]);
            callback(Object.assign(new Error('Command failed'), { code: 1 }), `Loading\n${json}`, '');
        };
        assert.deepEqual(await runApexLs('/work/project', exec), [
            { file: '/p/classes/A.cls', line: 4, category: 'Error', message: 'bad' }
        ]);
        assert.deepEqual(calls, [
            ['java', apexLsArgs('/work/project'), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }]
        ]);
    });

    it('rejects when java cannot start or apex-ls fails without output', async () => {
        const failing =
            (error: Error & { code?: number | string }, stderr: string): ExecFile =>
            (_file, _args, _options, callback) =>
                callback(error, '', stderr);
        await assert.rejects(
            runApexLs('/w', failing(Object.assign(new Error('spawn java ENOENT'), { code: 'ENOENT' }), '')),
            { message: 'cannot run java (apex-ls): spawn java ENOENT' }
        );
        await assert.rejects(
            runApexLs('/w', failing(Object.assign(new Error('Command failed'), { code: 2 }), 'no sfdx-project.json')),
            { message: 'apex-ls failed (exit 2): no sfdx-project.json' }
        );
    });

    it('a clean run without JSON output has no issues; a failed one is an error naming its exit status', () => {
        assert.deepEqual(parseApexLsOutput(null, '  \n', ''), []);
        assert.throws(
            () => parseApexLsOutput({ code: 2, message: 'Command failed' }, '', 'Error: no sfdx-project.json'),
            { message: 'apex-ls failed (exit 2): Error: no sfdx-project.json' }
        );
        assert.throws(() => parseApexLsOutput({ code: 3, message: 'Command failed' }, 'Usage: apex-ls\n', ''), {
            message: 'apex-ls failed (exit 3): Usage: apex-ls'
        });
    });

    it('a missing java is an error saying so', () => {
        assert.throws(() => parseApexLsOutput({ code: 'ENOENT', message: 'spawn java ENOENT' }, '', ''), {
            message: 'cannot run java (apex-ls): spawn java ENOENT'
        });
        assert.throws(() => parseApexLsOutput({ code: null, message: 'killed' }, '{"files":[]}', ''), {
            message: 'cannot run java (apex-ls): killed'
        });
    });
});

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const CLASS = `${BASE}/classes/PlanService.cls`;

describe('check:apex: the two apex-ls passes', () => {
    it('fails on Syntax, Error and Missing issues and prints the others as warnings', async (t) => {
        const lines = await withFixture('base', async (root) => {
            const issue = (line: number, category: string, message: string): ApexLsIssue => ({
                file: path.join(root, CLASS),
                line,
                category,
                message
            });
            const log: string[] = [];
            t.mock.method(console, 'log', (m: string) => log.push(m));
            const findings = await checkApex(root, {
                standardFieldPass: false,
                apexLsRunner: (workspace) => {
                    assert.equal(workspace, root);
                    return Promise.resolve([
                        issue(3, 'Syntax', "mismatched input '}'"),
                        issue(4, 'Error', 'Unknown type'),
                        issue(5, 'Missing', "Unknown field 'Statuz__c'"),
                        issue(6, 'Warning', 'Unused local variable'),
                        issue(7, 'Unused', 'Unused method')
                    ]);
                }
            });
            assert.deepEqual(log, [
                `${CLASS}:6: (warning) apex-ls Warning: Unused local variable`,
                `${CLASS}:7: (warning) apex-ls Unused: Unused method`
            ]);
            return findings.lines();
        });
        assert.deepEqual(lines, [
            `${CLASS}:3: apex-ls Syntax: mismatched input '}'`,
            `${CLASS}:4: apex-ls Error: Unknown type`,
            `${CLASS}:5: apex-ls Missing: Unknown field 'Statuz__c'`
        ]);
    });

    it("second pass: on a copy without the standard objects' fields, keeps unknown standard fields only", async () => {
        let copy = '';
        const lines = await withFixture(
            'base',
            async (root) => {
                const findings = await checkApex(root, {
                    apexLsRunner: (workspace) => {
                        if (workspace === root) return Promise.resolve([]);
                        copy = workspace;
                        // the copy: Apex and the objects, without Account's and Opportunity's fields, without components
                        assert.ok(existsSync(path.join(copy, 'sfdx-project.json')));
                        assert.ok(existsSync(path.join(copy, CLASS)));
                        assert.ok(
                            existsSync(path.join(copy, BASE, 'objects/Account_Plan__c/fields/Status__c.field-meta.xml'))
                        );
                        assert.ok(existsSync(path.join(copy, BASE, 'objects/Account')));
                        assert.equal(existsSync(path.join(copy, BASE, 'objects/Account/fields')), false);
                        assert.equal(existsSync(path.join(copy, BASE, 'objects/Opportunity/fields')), false);
                        assert.equal(existsSync(path.join(copy, BASE, 'lwc/planCard')), false);
                        assert.equal(existsSync(path.join(copy, 'types')), false);
                        assert.equal(existsSync(path.join(copy, BASE, 'classes/notes.ts')), false, 'no TypeScript');
                        const at = (line: number, message: string): ApexLsIssue => ({
                            file: path.join(copy, CLASS),
                            line,
                            category: 'Missing',
                            message
                        });
                        return Promise.resolve([
                            at(10, "Unknown field 'Amout' on SObject 'Schema.Opportunity'"),
                            at(11, "Unknown field 'Key_Account__c' on SObject 'Schema.Account'"),
                            at(12, "Unknown field 'Account_Plan__r' on SObject 'Schema.Opportunity'"),
                            at(13, "No matching method found for 'getPlanz'"),
                            at(14, "Unknown type 'Foo'")
                        ]);
                    }
                });
                return findings.lines();
            },
            { [`${BASE}/classes/notes.ts`]: () => '// not Apex\n' }
        );
        assert.notEqual(copy, '', 'the second pass ran');
        assert.equal(existsSync(copy), false, 'the copy is removed afterwards');
        assert.deepEqual(lines, [
            `${CLASS}:10: apex-ls Missing: Unknown field 'Amout' on SObject 'Schema.Opportunity' (standard-object field check)`
        ]);
    });

    it('runs one pass without the standard-field option, and none when apex-ls is off', async () => {
        const calls: string[] = [];
        const runner = (workspace: string): Promise<ApexLsIssue[]> => {
            calls.push(workspace);
            return Promise.resolve([]);
        };
        await withFixture('base', async (root) => {
            await checkApex(root, { standardFieldPass: false, apexLsRunner: runner });
            assert.deepEqual(calls, [root]);
            await checkApex(root, { apexLs: false, apexLsRunner: runner });
            assert.deepEqual(calls, [root]);
        });
    });

    it('runs one pass when no standard object carries project fields, and none for a project without Apex', async () => {
        const calls: string[] = [];
        const runner = (workspace: string): Promise<ApexLsIssue[]> => {
            calls.push(workspace);
            return Promise.resolve([]);
        };
        await withFixture('base', async (root) => {
            for (const object of ['Account', 'Opportunity'])
                rmSync(path.join(root, BASE, 'objects', object, 'fields'), { recursive: true });
            await checkApex(root, { apexLsRunner: runner });
            assert.deepEqual(calls, [root]);
        });
        calls.length = 0;
        await withFixture(
            'base',
            async (root) => {
                await checkApex(root, { apexLsRunner: runner });
                assert.deepEqual(calls, []);
            },
            {
                [CLASS]: () => null,
                [`${CLASS}-meta.xml`]: () => null
            }
        );
    });
});

describe('file helpers', () => {
    it('walks a folder recursively and sorted, skipping node_modules and .git; a missing folder is empty', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'walk-'));
        try {
            for (const rel of ['b.txt', 'a/c.ts', 'a/d.txt', 'a.txt', 'node_modules/x.txt', '.git/y.txt', 'e/.keep']) {
                const file = path.join(dir, rel);
                mkdirSync(path.dirname(file), { recursive: true });
                writeFileSync(file, '');
            }
            assert.deepEqual(
                walk(dir).map((f) => path.relative(dir, f)),
                ['a.txt', 'a/c.ts', 'a/d.txt', 'b.txt', 'e/.keep'],
                'sorted as whole paths: a.txt before the files in a/'
            );
            assert.deepEqual(
                walk(dir, (f) => f.endsWith('.txt')).map((f) => path.relative(dir, f)),
                ['a.txt', 'a/d.txt', 'b.txt']
            );
            assert.deepEqual(subdirs(dir), ['.git', 'a', 'e', 'node_modules']);
            assert.deepEqual(walk(path.join(dir, 'missing')), []);
            assert.deepEqual(subdirs(path.join(dir, 'missing')), []);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('numbers lines from 1, and gives line 1 for text it cannot find', () => {
        const text = 'one\ntwo\nthree';
        assert.equal(lineAt(text, 0), 1);
        assert.equal(lineAt(text, 3), 1, 'the newline itself is on line 1');
        assert.equal(lineAt(text, 4), 2);
        assert.equal(lineAt(text, 100), 3, 'past the end: the last line');
        assert.equal(lineOf(text, 'three'), 3);
        assert.equal(lineOf(text, 'four'), 1);
    });

    it('takes the root from the first argument that is not a flag, else the current folder', () => {
        assert.equal(rootFromArgs(['--verbose', 'some/dir', 'other']), path.resolve('some/dir'));
        assert.equal(rootFromArgs(['--no-chartjs']), process.cwd());
        assert.equal(rootFromArgs([]), process.cwd());
        const argv = process.argv;
        try {
            process.argv = ['/usr/bin/node', '/repo/scripts/scan.ts', '--verbose', 'some/dir'];
            assert.equal(
                rootFromArgs(),
                path.resolve('some/dir'),
                'by default: the arguments after node and the script'
            );
        } finally {
            process.argv = argv;
        }
    });
});

describe('XML helpers', () => {
    it('loads the root element of a metadata file, values as trimmed strings', () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'xml-'));
        try {
            const file = path.join(dir, 'a.field-meta.xml');
            const text =
                '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
                '    <label> Won </label>\n    <precision>18</precision>\n    <required>false</required>\n</CustomField>\n';
            writeFileSync(file, text);
            const loaded = loadXml(file);
            assert.deepEqual(loaded.root, { label: 'Won', precision: '18', required: 'false' });
            assert.equal(loaded.text, text);
            writeFileSync(file, '<?xml version="1.0"?>\n');
            assert.deepEqual(loadXml(file).root, {}, 'a file with only a declaration has an empty root');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('treats missing, empty, single and repeated elements alike as arrays', () => {
        assert.deepEqual(arr(undefined), []);
        assert.deepEqual(arr(null), []);
        assert.deepEqual(arr(''), []);
        assert.deepEqual(arr('x'), ['x']);
        assert.deepEqual(arr(['x', 'y']), ['x', 'y']);
        assert.deepEqual(arr(0), [0]);
    });

    it("reads leaf values as strings ('' when missing) and only 'true' as true", () => {
        assert.equal(str(undefined), '');
        assert.equal(str(null), '');
        assert.equal(str('a'), 'a');
        assert.equal(str(18), '18');
        assert.equal(bool('true'), true);
        assert.equal(bool('True'), false);
        assert.equal(bool('false'), false);
        assert.equal(bool(undefined), false);
    });
});

describe('metadata index: field paths', () => {
    it('resolves paths through lookups and names the unknown part with the whole path', async () => {
        await withFixture('base', (root) => {
            const index = new MetadataIndex(root);
            assert.equal(index.checkPath('Account_Plan__c', 'Account__r.Owner.Name'), undefined);
            assert.equal(index.checkPath('account_plan__c', 'STATUS__C'), undefined, 'names are case-insensitive');
            assert.equal(
                index.checkPath('Account_Plan__c', 'Statuz__c'),
                "unknown field 'Statuz__c' on Account_Plan__c"
            );
            assert.equal(
                index.checkPath('Account_Plan__c', 'Account__r.Nmae'),
                "unknown field 'Nmae' on Account (in 'Account__r.Nmae')"
            );
            assert.equal(
                index.checkPath('Account_Plan__c', 'Acount__r.Name'),
                "unknown relationship 'Acount__r' on Account_Plan__c (in 'Acount__r.Name')"
            );
            assert.equal(index.checkPath('SomeFutureObject', 'Anything'), undefined, 'unknown objects are not judged');
        });
    });

    it('beyond a polymorphic relationship, only the fields every target has', async () => {
        await withFixture('base', (root) => {
            const index = new MetadataIndex(root);
            assert.equal(index.checkPath('Task', 'What.Name'), undefined);
            assert.equal(index.checkPath('Task', 'Who.email'), undefined);
            assert.equal(
                index.checkPath('Task', 'What.Industry'),
                "field 'Industry' cannot be checked on polymorphic Task.What: use Id, Name or Type"
            );
            assert.equal(
                index.checkPath('Task', 'What.Owner.Name'),
                "field 'Owner.Name' cannot be checked on polymorphic Task.What: use Id, Name or Type"
            );
        });
    });

    it('lists the project fields in locale order of Object.Field, without custom metadata fields', async () => {
        await withFixture('base', (root) => {
            const fields = new MetadataIndex(root).projectFields().map((f) => `${f.object}.${f.name}`);
            assert.deepEqual(fields, [
                'Account_Plan__c.Account__c',
                'Account_Plan__c.Forecast__c',
                'Account_Plan__c.Manager_Review_Comments__c',
                'Account_Plan__c.Status__c',
                'Account_Plan__c.Won_Amount__c',
                'Account_Plan_Objective__c.Account_Plan__c',
                'Account_Plan_Objective__c.Due_Date__c',
                'Account.Key_Account__c',
                'Opportunity.Account_Plan__c'
            ]);
        });
    });
});

describe('metadata index: Apex and component sources', () => {
    it('finds method declarations at any depth with their line and @AuraEnabled flag', () => {
        const source = [
            'public with sharing class PlanService {', // 1
            '    @AuraEnabled(cacheable=true)', // 2
            '    public static List<Account_Plan__c> getPlans(Id accountId) {', // 3
            "        String s = 'public static void notAMethod() {';", // 4
            '    }', // 5
            '    // public static void commented() {}', // 6
            '    private static Map<Id, List<String>> byId(Set<Id> ids) { return null; }', // 7
            '    public class Inner {', // 8
            '        @TestVisible', // 9
            '        global override String toString() { return null; }', // 10
            '    }', // 11
            '    public interface Shape { }', // 12
            '    public enum Kind { A }', // 13
            '    public static Integer getPlans(String name, Integer max) { return 0; }', // 14
            '}'
        ].join('\n');
        const methods = parseApexMethods(source);
        assert.deepEqual(Object.fromEntries(methods), {
            getplans: [
                { name: 'getPlans', auraEnabled: true, line: 2 },
                { name: 'getPlans', auraEnabled: false, line: 14 }
            ],
            byid: [{ name: 'byId', auraEnabled: false, line: 7 }],
            tostring: [{ name: 'toString', auraEnabled: false, line: 9 }]
        });
    });

    it('masks comments and string contents keeping offsets and lines; keeps strings when asked', () => {
        const source = "a = 'x\\'y'; // c\n/* b\n c */ d = 'e';";
        assert.equal(maskApex(source), "a = '    ';     \n    \n      d = ' ';");
        assert.equal(maskApex(source, true), "a = 'x\\'y';     \n    \n      d = 'e';");
        assert.equal(maskApex("s = 'open\nnext"), "s = '    \nnext", 'a string ends at the line end');
        assert.equal(
            maskApex('x /* open */ y /* open').trim(),
            'x            y',
            'an unclosed comment runs to the end'
        );
        assert.equal(maskApex(source).length, source.length);
    });

    it('reads the targets and property names of each targetConfig', () => {
        const xml = [
            '<targetConfigs>',
            '  <targetConfig targets="lightning__RecordPage, lightning__AppPage">',
            '    <property name="title" type="String"/>',
            '    <property label="Size" name="size" type="Integer"/>',
            '  </targetConfig>',
            '  <targetConfig targets="lightning__HomePage" configurationEditor="c-editor"></targetConfig>',
            '</targetConfigs>'
        ].join('\n');
        assert.deepEqual(parseTargetConfigs(xml), [
            [
                ['lightning__RecordPage', 'lightning__AppPage'],
                ['title', 'size']
            ],
            [['lightning__HomePage'], []]
        ]);
    });
});

describe('list view and layout field tokens', () => {
    it('accepts standard column tokens, resolves API names, and an object prefix that names an object', async () => {
        await withFixture('base', (root) => {
            const index = new MetadataIndex(root);
            assert.equal(fieldTokenProblem(index, 'Account_Plan__c', ''), undefined);
            assert.equal(fieldTokenProblem(index, 'Account_Plan__c', 'NAME'), undefined);
            assert.equal(fieldTokenProblem(index, 'Account_Plan__c', 'CORE.USERS.ALIAS'), undefined);
            assert.equal(fieldTokenProblem(index, 'Account_Plan__c', 'Status__c'), undefined);
            assert.equal(
                fieldTokenProblem(index, 'Account_Plan__c', 'STATUZ__C'),
                "unknown field 'STATUZ__C' on Account_Plan__c"
            );
            assert.equal(fieldTokenProblem(index, 'Opportunity', 'Account.Key_Account__c'), undefined);
            assert.equal(
                fieldTokenProblem(index, 'Opportunity', 'Account.Key_Acount__c'),
                "unknown field 'Key_Acount__c' on Account"
            );
            assert.equal(
                fieldTokenProblem(index, 'Account_Plan__c', 'Account__r.Key_Acount__c'),
                "unknown field 'Key_Acount__c' on Account (in 'Account__r.Key_Acount__c')"
            );
            assert.equal(fieldTokenProblem(index, 'SomeFutureObject', 'Bogus__c'), undefined);
        });
    });
});

describe('metadata index: relationships of project lookups', () => {
    const PLAN_FIELDS = `${BASE}/objects/Account_Plan__c/fields`;
    const lookup = (name: string, targets: string[], relationshipName = ''): string =>
        `<CustomField>\n    <fullName>${name}</fullName>\n${targets.map((t) => `    <referenceTo>${t}</referenceTo>\n`).join('')}${relationshipName ? `    <relationshipName>${relationshipName}</relationshipName>\n` : ''}    <type>Lookup</type>\n</CustomField>\n`;

    it('a lookup gives its __r path; to an object the index does not know, nothing beyond is judged', async () => {
        await withFixture(
            'base',
            (root) => {
                const index = new MetadataIndex(root);
                assert.equal(index.checkPath('Account_Plan__c', 'Partner__r.Anything__c'), undefined);
                assert.equal(index.object('Partner_Account__c'), undefined, 'no object is made up for it');
                assert.equal(
                    index.checkPath('Account_Plan__c', 'Partnr__r.Name'),
                    "unknown relationship 'Partnr__r' on Account_Plan__c (in 'Partnr__r.Name')"
                );
            },
            { [`${PLAN_FIELDS}/Partner__c.field-meta.xml`]: () => lookup('Partner__c', ['Partner_Account__c']) }
        );
    });

    it('a lookup to several objects is polymorphic; a named relationship is a child relationship of the parent', async () => {
        await withFixture(
            'base',
            (root) => {
                const index = new MetadataIndex(root);
                assert.equal(index.checkPath('Account_Plan__c', 'Sponsor__r.Name'), undefined);
                assert.equal(
                    index.checkPath('Account_Plan__c', 'Sponsor__r.Title__c'),
                    "field 'Title__c' cannot be checked on polymorphic Account_Plan__c.Sponsor__r: use Id, Name or Type"
                );
                assert.equal(index.object('Contact')?.children.get('sponsored_plans__r'), undefined);
                assert.equal(index.object('Account')?.children.get('key_plans__r'), 'Account_Plan__c');
            },
            {
                [`${PLAN_FIELDS}/Sponsor__c.field-meta.xml`]: () =>
                    lookup('Sponsor__c', ['Contact', 'User'], 'Sponsored_Plans'),
                [`${PLAN_FIELDS}/Key_Account__c.field-meta.xml`]: () =>
                    lookup('Key_Account__c', ['Account'], 'Key_Plans')
            }
        );
    });
});
