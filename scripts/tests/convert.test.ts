import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convert, expectedTypes, main, type Spawn } from '../convert-source.ts';
import { Findings } from '../lib/diagnostics.ts';
import { BASE, REPO, runsExternalTool, withFixture, printed } from './helpers.ts';

describe('convert', () => {
    it('passes when package.xml lists every type present', runsExternalTool, async () => {
        assert.deepEqual(await withFixture('base', (root) => convert(root).lines()), []);
    });

    it('fails when the converter drops a class without -meta.xml', runsExternalTool, async () => {
        const lines = await withFixture('missing-meta', (root) => convert(root).lines());
        assert.ok(
            lines.some((l) => /ApexClass PlanService is missing from the converted package/.test(l)),
            lines.join('\n')
        );
    });
});

describe('convert, its expectations', () => {
    it('expects a type for every non-empty metadata folder, custom objects and their child folders', async () => {
        const types = await withFixture('base', (root) => [...expectedTypes(path.join(root, BASE))].sort(), {
            [`${BASE}/objects/Account_Plan__c/validationRules/R.validationRule-meta.xml`]: () => '<ValidationRule/>\n',
            [`${BASE}/objects/Account_Plan__c/unknownChild/x.xml`]: () => '<X/>\n',
            [`${BASE}/unknownFolder/x.xml`]: () => '<X/>\n',
            [`${BASE}/pages/.keep`]: () => '\n'
        });
        assert.deepEqual(types, [
            'ApexClass',
            'ApexPage',
            'CompactLayout',
            'CustomApplication',
            'CustomField',
            'CustomLabels',
            'CustomObject',
            'CustomPermission',
            'CustomTab',
            'Dashboard',
            'FlexiPage',
            'LightningComponentBundle',
            'ListView',
            'PermissionSet',
            'Report',
            'ReportType',
            'ValidationRule'
        ]);
        assert.deepEqual([...expectedTypes('/no/such/folder')], []);
    });

    it('names the converter failure with its output (the real CLI on an empty project)', runsExternalTool, () => {
        const root = mkdtempSync(path.join(REPO, 'tmp', 'convert-empty-'));
        try {
            writeFileSync(
                path.join(root, 'sfdx-project.json'),
                JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: '65.0' })
            );
            const lines = convert(root).lines();
            assert.equal(lines.length, 1, lines.join('\n'));
            assert.match(lines[0], /^sfdx-project\.json:1: sf project convert source failed: \S/);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});

/** A package.xml listing these types and members. */
function manifest(types: Record<string, string[]>): string {
    const entries = Object.entries(types).map(
        ([name, members]) =>
            `    <types>\n${members.map((m) => `        <members>${m}</members>\n`).join('')}        <name>${name}</name>\n    </types>\n`
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n${entries.join('')}    <version>65.0</version>\n</Package>\n`;
}

/** What the base fixture converts to. */
const BASE_PACKAGE: Record<string, string[]> = {
    ApexClass: ['PlanService'],
    CompactLayout: ['Account_Plan__c.Plan_Compact'],
    CustomApplication: ['Account_Planning'],
    CustomField: ['Account_Plan__c.Status__c'],
    CustomLabels: ['CustomLabels'],
    CustomObject: ['Account_Plan__c'],
    CustomPermission: ['Manage_Plans'],
    CustomTab: ['Account_Plan__c'],
    Dashboard: ['PlanDashboards/Plan_Overview'],
    FlexiPage: ['Account_Plan_Record_Page'],
    LightningComponentBundle: ['planCard'],
    ListView: ['Account_Plan__c.All'],
    PermissionSet: ['Account_Planning_User'],
    Report: ['PlanReports/Plans_By_Status'],
    ReportType: ['Account_Plans']
};

/** A converter that writes `packageXml` (if any) where it was told to, and answers `result`. */
function converter(
    packageXml: string | undefined,
    result: { status: number | null; stdout: string; stderr: string } = { status: 0, stdout: '', stderr: '' }
): { spawn: Spawn; calls: Array<{ command: string; args: string[]; options: Parameters<Spawn>[2] }> } {
    const calls: Array<{ command: string; args: string[]; options: Parameters<Spawn>[2] }> = [];
    const spawn: Spawn = (command, args, options) => {
        calls.push({ command, args, options });
        if (packageXml !== undefined) {
            const out = args[args.indexOf('--output-dir') + 1];
            mkdirSync(out, { recursive: true });
            writeFileSync(path.join(out, 'package.xml'), packageXml);
        }
        return result;
    };
    return { spawn, calls };
}

describe('convert, in-process with a recorded converter', () => {
    it('runs sf project convert source from the project into a temporary folder, telemetry and updates off', async (t) => {
        await withFixture('base', (root) => {
            const out = printed(t);
            // the converter's order is not alphabetical: the summary sorts
            const { spawn, calls } = converter(manifest(Object.fromEntries(Object.entries(BASE_PACKAGE).reverse())));
            assert.deepEqual(convert(root, spawn).lines(), []);
            assert.equal(calls.length, 1);
            const [{ command, args, options }] = calls;
            assert.equal(command, process.execPath, 'the CLI entry point under node');
            assert.deepEqual(args.slice(0, 2), [
                '--no-deprecation',
                path.join(REPO, 'node_modules/@salesforce/cli/bin/run.js')
            ]);
            const outputDir = args[args.length - 1];
            assert.deepEqual(args.slice(2), [
                'project',
                'convert',
                'source',
                '--root-dir',
                'force-app',
                '--output-dir',
                outputDir
            ]);
            assert.equal(path.basename(outputDir), 'mdapi');
            assert.equal(path.dirname(path.dirname(outputDir)), os.tmpdir());
            assert.match(path.basename(path.dirname(outputDir)), /^convert-/);
            assert.equal(existsSync(path.dirname(outputDir)), false, 'removed afterwards');
            assert.equal(options.cwd, root);
            assert.equal(options.encoding, 'utf8');
            assert.equal(options.env.PATH, process.env.PATH, 'the environment is inherited');
            assert.equal(options.env.SF_DISABLE_TELEMETRY, 'true');
            assert.equal(options.env.SF_SKIP_NEW_VERSION_CHECK, 'true');
            assert.equal(options.env.SF_DISABLE_AUTOUPDATE, 'true');
            assert.deepEqual(out.log, [
                `convert: package.xml lists 15 types: ${Object.keys(BASE_PACKAGE).sort().join(', ')}`
            ]);
        });
    });

    it('names each type, class, trigger and component the converted package lacks, in any folder (not hidden folders or tests)', async (t) => {
        await withFixture(
            'base',
            (root) => {
                printed(t);
                const { ApexClass: _classes, LightningComponentBundle: _bundles, ...rest } = BASE_PACKAGE;
                const lacking = manifest({ ...rest, ApexClass: ['Other'], LightningComponentBundle: [] });
                assert.deepEqual(convert(root, converter(lacking).spawn).lines(), [
                    `${BASE}:1: package.xml from sf project convert source does not list ApexTrigger`,
                    `${BASE}:1: ApexClass PlanService is missing from the converted package (missing -meta.xml?)`,
                    `${BASE}:1: ApexClass PlanEngine is missing from the converted package (missing -meta.xml?)`,
                    `${BASE}:1: ApexTrigger PlanAudit is missing from the converted package (missing -meta.xml?)`,
                    `${BASE}:1: LightningComponentBundle planCard is missing from the converted package (missing -meta.xml?)`
                ]);
            },
            {
                [`${BASE}/triggers/PlanAudit.trigger`]: () =>
                    'trigger PlanAudit on Account_Plan__c (after update) {}\n',
                [`${BASE}/triggers/PlanAudit.trigger-meta.xml`]: () => '<ApexTrigger/>\n',
                [`${BASE}/triggers/notes.txt`]: () => 'not a trigger\n',
                [`${BASE}/classes/notes.txt`]: () => 'not a class\n',
                // source format tells Apex by its suffix, whatever the folder
                [`${BASE}/engine/PlanEngine.cls`]: () => 'public with sharing class PlanEngine {}\n',
                [`${BASE}/lwc/.hidden/x.txt`]: () => 'x\n',
                [`${BASE}/lwc/__tests__/x.test.js`]: () => '// tests\n'
            }
        );
    });

    it("fails with the converter's output, trimmed and cut at 2,000 characters, when it fails or writes no package.xml", async () => {
        await withFixture('base', (root) => {
            const failed = (
                result: { status: number | null; stdout: string; stderr: string },
                xml?: string
            ): string[] => convert(root, converter(xml, result).spawn).lines();
            const prefix = 'sfdx-project.json:1: sf project convert source failed: ';
            assert.deepEqual(
                failed(
                    { status: 1, stdout: 'progress', stderr: '  Error: no package directory \n' },
                    manifest(BASE_PACKAGE)
                ),
                [`${prefix}Error: no package directory`]
            );
            assert.deepEqual(failed({ status: 1, stdout: ' said on stdout \n', stderr: '' }), [
                `${prefix}said on stdout`
            ]);
            assert.deepEqual(failed({ status: 0, stdout: 'done', stderr: '' }), [`${prefix}done`], 'no package.xml');
            assert.deepEqual(failed({ status: 1, stdout: '', stderr: `${'x'.repeat(1_999)}yz` }), [
                `${prefix}${'x'.repeat(1_999)}y`
            ]);
        });
    });
});

describe('convert, its command line', () => {
    it('builds first; a build finding fails the gate before converting', async (t) => {
        await withFixture('base', (root) => {
            const out = printed(t);
            const { spawn, calls } = converter(manifest(BASE_PACKAGE));
            const code = main([root], spawn, (r) => {
                const findings = new Findings(r);
                findings.add(path.join(r, BASE, 'lwc/planCard/planCard.ts'), 3, 'tsc: error TS2322');
                return findings;
            });
            assert.equal(code, 1);
            assert.equal(calls.length, 0, 'no conversion');
            assert.deepEqual(out.error, [
                `${BASE}/lwc/planCard/planCard.ts:3: tsc: error TS2322`,
                'convert (build): 1 problem(s)'
            ]);
        });
    });

    it('converts the tree named after any flag once the build is current; prints OK and exits 0, or the findings and 1', async (t) => {
        await withFixture('base', (root) => {
            const out = printed(t);
            const built: string[] = [];
            const current = (r: string): Findings => {
                built.push(r);
                return new Findings(r);
            };
            assert.equal(main(['--verbose', root], converter(manifest(BASE_PACKAGE)).spawn, current), 0);
            assert.deepEqual(built, [root]);
            assert.deepEqual(out.log.slice(1), ['convert: OK']);
            assert.equal(
                main([root], converter(undefined, { status: 1, stdout: '', stderr: 'boom' }).spawn, current),
                1
            );
            assert.deepEqual(out.error, [
                'sfdx-project.json:1: sf project convert source failed: boom',
                'convert: 1 problem(s)'
            ]);
        });
    });
});

describe('convert, the type of every metadata folder', () => {
    it('expects the Metadata API type of each source folder and object child folder', async () => {
        const folders = {
            applications: 'CustomApplication',
            aura: 'AuraDefinitionBundle',
            classes: 'ApexClass',
            contentassets: 'ContentAsset',
            customMetadata: 'CustomMetadata',
            customPermissions: 'CustomPermission',
            dashboards: 'Dashboard',
            flexipages: 'FlexiPage',
            flows: 'Flow',
            globalValueSets: 'GlobalValueSet',
            labels: 'CustomLabels',
            layouts: 'Layout',
            lwc: 'LightningComponentBundle',
            messageChannels: 'LightningMessageChannel',
            pages: 'ApexPage',
            permissionsets: 'PermissionSet',
            quickActions: 'QuickAction',
            reportTypes: 'ReportType',
            reports: 'Report',
            staticresources: 'StaticResource',
            tabs: 'CustomTab',
            triggers: 'ApexTrigger'
        };
        const children = {
            fields: 'CustomField',
            listViews: 'ListView',
            compactLayouts: 'CompactLayout',
            validationRules: 'ValidationRule',
            recordTypes: 'RecordType',
            webLinks: 'WebLink',
            businessProcesses: 'BusinessProcess',
            fieldSets: 'FieldSet'
        };
        const dir = mkdtempSync(path.join(os.tmpdir(), 'convert-types-'));
        try {
            for (const folder of Object.keys(folders)) {
                mkdirSync(path.join(dir, folder));
                writeFileSync(path.join(dir, folder, 'x.xml'), '<X/>\n');
            }
            for (const child of Object.keys(children))
                mkdirSync(path.join(dir, 'objects', 'Thing__c', child), { recursive: true });
            assert.deepEqual(
                [...expectedTypes(dir)].sort(),
                [...Object.values(folders), ...Object.values(children)].sort(),
                'one per folder; no CustomObject for an object folder without its object-meta.xml'
            );
            const empty = path.join(dir, 'empty');
            mkdirSync(path.join(empty, 'lwc', 'planCard', 'fields'), { recursive: true });
            mkdirSync(path.join(empty, 'classes'));
            assert.deepEqual([...expectedTypes(empty)], [], 'empty folders: nothing; child types only under objects/');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
