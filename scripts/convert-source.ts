/**
 * convert — `sf project convert source` into a temp dir, then assert the produced package.xml lists
 * every metadata type whose folder exists in force-app (and, for Apex, triggers and LWC, every member:
 * the converter silently drops a .cls without its -meta.xml).
 * It builds first when the built package is stale (a fresh clone has no emitted .js and no Chart.js resource).
 * Usage: tsx scripts/convert-source.ts [rootDir]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './build.ts';
import { Findings } from './lib/diagnostics.ts';
import { rootFromArgs, subdirs, walk } from './lib/fsutil.ts';
import { DEFAULT_PACKAGE_DIR } from './lib/metadata-index.ts';
import { arr, loadXml, str } from './lib/xml.ts';
import { resolveSfBinary, sfInvocation } from './org/lib/sf.ts';
import { exitWith, isScript } from './lib/entry-point.ts';

const REPO = path.resolve(import.meta.dirname, '..');

/** Source folder -> Metadata API type. */
export const FOLDER_TYPES: Record<string, string> = {
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
/** objects/<Obj>/<child folder> -> type. */
export const OBJECT_CHILD_TYPES: Record<string, string> = {
    fields: 'CustomField',
    listViews: 'ListView',
    compactLayouts: 'CompactLayout',
    validationRules: 'ValidationRule',
    recordTypes: 'RecordType',
    webLinks: 'WebLink',
    businessProcesses: 'BusinessProcess',
    fieldSets: 'FieldSet'
};

export function expectedTypes(base: string): Set<string> {
    const types = new Set<string>();
    for (const folder of subdirs(base)) {
        if (FOLDER_TYPES[folder] && walk(path.join(base, folder)).length) types.add(FOLDER_TYPES[folder]);
    }
    const objects = path.join(base, 'objects');
    for (const obj of subdirs(objects)) {
        if (existsSync(path.join(objects, obj, `${obj}.object-meta.xml`))) types.add('CustomObject');
        for (const child of subdirs(path.join(objects, obj))) {
            if (OBJECT_CHILD_TYPES[child]) types.add(OBJECT_CHILD_TYPES[child]);
        }
    }
    return types;
}

/** How convert runs a process: node's spawnSync, or a fake in tests (only what convert passes and reads). */
export type Spawn = (
    command: string,
    args: string[],
    options: { cwd: string; encoding: 'utf8'; env: NodeJS.ProcessEnv }
) => { status: number | null; stdout: string; stderr: string };

export function convert(root: string, spawn: Spawn = spawnSync): Findings {
    const findings = new Findings(root);
    const base = path.join(root, DEFAULT_PACKAGE_DIR);
    const out = mkdtempSync(path.join(os.tmpdir(), 'convert-'));
    try {
        // the project's CLI entry point under node: no shell and no .cmd shim, on Windows too
        const sf = sfInvocation(resolveSfBinary(REPO), [
            'project',
            'convert',
            'source',
            '--root-dir',
            'force-app',
            '--output-dir',
            path.join(out, 'mdapi')
        ]);
        const result = spawn(sf.command, sf.args, {
            cwd: root,
            encoding: 'utf8',
            env: {
                ...process.env,
                SF_DISABLE_TELEMETRY: 'true',
                SF_SKIP_NEW_VERSION_CHECK: 'true',
                SF_DISABLE_AUTOUPDATE: 'true'
            }
        });
        const manifest = path.join(out, 'mdapi', 'package.xml');
        if (result.status !== 0 || !existsSync(manifest)) {
            findings.add(
                'sfdx-project.json',
                1,
                `sf project convert source failed: ${(result.stderr || result.stdout).trim().slice(0, 2000)}`
            );
            return findings;
        }
        const { root: pkg } = loadXml(manifest);
        const listed = new Map<string, Set<string>>();
        for (const t of arr(pkg.types)) listed.set(str(t.name), new Set(arr(t.members).map(str)));
        for (const type of expectedTypes(base)) {
            if (!listed.has(type))
                findings.add(path.join(base), 1, `package.xml from sf project convert source does not list ${type}`);
        }
        // source format knows Apex by its suffix, in whatever folder it lives
        const named = (suffix: string): string[] =>
            walk(base, (f) => f.endsWith(suffix)).map((f) => path.basename(f, suffix));
        const members: Array<[string, string[]]> = [
            ['ApexClass', named('.cls')],
            ['ApexTrigger', named('.trigger')],
            [
                'LightningComponentBundle',
                subdirs(path.join(base, 'lwc')).filter((d) => !d.startsWith('.') && d !== '__tests__')
            ]
        ];
        for (const [type, names] of members) {
            for (const name of names) {
                if (!listed.get(type)?.has(name))
                    findings.add(
                        path.join(base),
                        1,
                        `${type} ${name} is missing from the converted package (missing -meta.xml?)`
                    );
            }
        }
        console.log(
            `convert: package.xml lists ${[...listed.keys()].length} types: ${[...listed.keys()].sort().join(', ')}`
        );
    } finally {
        rmSync(out, { recursive: true });
    }
    return findings;
}

/**
 * The command line (`[rootDir]`): builds first when the built package is stale (its findings fail the gate), then
 * converts; prints the findings and the verdict and returns the exit code. Tests pass the converter's spawn and the
 * build.
 */
export function main(argv: string[], spawn: Spawn = spawnSync, buildFirst: typeof ensureBuilt = ensureBuilt): number {
    const root = rootFromArgs(argv);
    const built = buildFirst(root);
    if (built.count) return built.report('convert (build)');
    return convert(root, spawn).report('convert');
}

// Stryker disable next-line all: judged by gate-exit.test.ts (spawns every gate; npm test), left out of the mutation run
if (isScript(import.meta.filename)) void exitWith(main(process.argv.slice(2)));
