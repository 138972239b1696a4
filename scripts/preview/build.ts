/**
 * Builds the offline preview bundle (.preview/app.js) with Rollup and @lwc/rollup-plugin.
 *
 * - `c/*` resolves to force-app/main/default/lwc (the real components; the emitted .js beside each .ts,
 *   or the .ts itself through esbuild when no .js exists yet).
 * - `lightning/*` resolves to lightning-base-components, except the few platform-only modules that have
 *   no offline version: those resolve to the preview adapters in scripts/preview/src and scripts/preview/lwc.
 * - `@salesforce/*` platform modules resolve to virtual modules generated here (labels are read from the
 *   real CustomLabels file, schema names are checked against the object metadata).
 * - With `namespace` (e.g. `sap`) the bundle simulates a subscriber org of the managed package: schema imports
 *   resolve to `sap__` names, as the platform resolves them there, and the fake platform accepts only those
 *   (src/namespace.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { rollup, type Plugin, type RollupCache, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import nodeResolve from '@rollup/plugin-node-resolve';
import ts from 'typescript';
import { loadFixtures, loadLabels, loadRecordPage, loadSchema, loadValidationRules } from './metadata';
import { qualify } from '../../jest/platform/apiNames';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PREVIEW_DIR = path.join(ROOT, 'scripts', 'preview');
export const OUT_DIR = path.join(ROOT, '.preview');
const LWC_DIR = path.join(ROOT, 'force-app', 'main', 'default', 'lwc');
const SRC_DIR = path.join(PREVIEW_DIR, 'src');

/** Platform modules that resolve to preview adapters (TypeScript in scripts/preview/src). */
const ADAPTERS: Record<string, string> = {
    '@salesforce/apex': 'apex.ts',
    'lightning/uiRecordApi': 'uiRecordApi.ts',
    'lightning/uiObjectInfoApi': 'uiObjectInfoApi.ts',
    'lightning/navigation': 'navigation.ts',
    'lightning/platformShowToastEvent': 'toast.ts',
    'lightning/platformResourceLoader': 'resourceLoader.ts',
    'lightning/refresh': 'refresh.ts',
    'lightning/pageReferenceUtils': 'pageReferenceUtils.ts',
    'lightning/messageService': 'messageService.ts',
    'preview/store': 'store.ts',
    'preview/navigation': 'navigation.ts'
};

/** Base components the npm package lacks (they need a Salesforce server): preview versions in scripts/preview/lwc/lightning. */
const PREVIEW_LWC_DIR = path.join(PREVIEW_DIR, 'lwc');

export interface BuildResult {
    durationMs: number;
    warnings: string[];
    components: string[];
    namespace: string;
}

export interface BuildOptions {
    quiet?: boolean;
    /** Simulate a subscriber org of the package with this namespace ('' or absent: no namespace). */
    namespace?: string;
}

function platformModules(warnings: string[], namespace: string): Plugin {
    const labels = loadLabels(ROOT);
    const schema = loadSchema(ROOT);
    const V = '\0preview:';
    return {
        name: 'salesforce-platform-preview',
        resolveId(source) {
            if (ADAPTERS[source]) return path.join(SRC_DIR, ADAPTERS[source]);
            // Lightning Experience runs synthetic shadow, where ElementInternals does not exist: that gate is closed there.
            if (source === '@salesforce/gate/bc.260.enableComboboxElementInternals') return V + 'closedGate';
            if (source === 'preview/fixtures') return V + 'fixtures';
            if (source === 'preview/schema') return V + 'schema';
            if (source === 'preview/labels') return V + 'labels';
            if (source === 'preview/components') return V + 'components';
            if (source === 'preview/namespace') return V + 'namespace';
            if (source === 'preview/validationRules') return V + 'validationRules';
            if (source === 'preview/recordPage') return V + 'recordPage';
            const prefixes = [
                '@salesforce/apex/',
                '@salesforce/apexContinuation/',
                '@salesforce/label/c.',
                '@salesforce/schema/',
                '@salesforce/resourceUrl/',
                '@salesforce/contentAssetUrl/',
                '@salesforce/customPermission/',
                '@salesforce/userPermission/',
                '@salesforce/user/',
                '@salesforce/community/',
                '@salesforce/messageChannel/'
            ];
            if (prefixes.some((p) => source.startsWith(p))) return V + source;
            return null;
        },
        load(id) {
            if (!id.startsWith(V)) return null;
            const spec = id.slice(V.length);
            const adapters = JSON.stringify(path.join(SRC_DIR, 'platform.ts'));
            if (spec === 'closedGate') return 'export default { isOpen: () => false };';
            if (spec === 'fixtures') return `export default ${JSON.stringify(loadFixtures(LWC_DIR))};`;
            if (spec === 'schema') return `export default ${JSON.stringify(schema)};`;
            if (spec === 'labels') return `export default ${JSON.stringify(labels)};`;
            if (spec === 'namespace') return `export default ${JSON.stringify(namespace)};`;
            if (spec === 'validationRules') return `export default ${JSON.stringify(loadValidationRules(ROOT))};`;
            // The Account Plan record page we ship: the preview lays the workspace out as it does.
            if (spec === 'recordPage')
                return `export default ${JSON.stringify(loadRecordPage(ROOT, 'Account_Plan_Record_Page', labels))};`;
            if (spec === 'components') {
                const entries = listComponents().map(
                    (c) => `${JSON.stringify(c)}: () => import(${JSON.stringify('c/' + c)})`
                );
                return `export default {${entries.join(',\n')}};`;
            }
            if (spec.startsWith('@salesforce/apex/')) {
                const [cls, method] = spec.slice('@salesforce/apex/'.length).split('.');
                const apex = JSON.stringify(path.join(SRC_DIR, 'apex.ts'));
                return `import { apexMethod } from ${apex};\nexport default apexMethod(${JSON.stringify(cls)}, ${JSON.stringify(method)});`;
            }
            if (spec.startsWith('@salesforce/label/c.')) {
                const name = spec.slice('@salesforce/label/c.'.length);
                if (!(name in labels)) {
                    warnings.push(`Unknown custom label c.${name} (not in CustomLabels.labels-meta.xml)`);
                    return `export default ${JSON.stringify(`[missing label c.${name}]`)};`;
                }
                return `export default ${JSON.stringify(labels[name])};`;
            }
            if (spec.startsWith('@salesforce/schema/')) {
                const ref = spec.slice('@salesforce/schema/'.length);
                const [objectApiName, ...rest] = ref.split('.');
                const fieldApiName = rest.join('.');
                const obj = schema[objectApiName];
                if (!obj) warnings.push(`Unknown object in schema import ${spec}`);
                else if (fieldApiName && !fieldApiName.includes('.') && !obj.fields[fieldApiName] && !obj.standard) {
                    warnings.push(`Unknown field in schema import ${spec}`);
                }
                // What the platform hands the component: the org's names (sap__... in a subscriber org).
                const value = fieldApiName
                    ? {
                          objectApiName: qualify(objectApiName, namespace),
                          fieldApiName: qualify(fieldApiName, namespace)
                      }
                    : { objectApiName: qualify(objectApiName, namespace) };
                return `export default ${JSON.stringify(value)};`;
            }
            if (spec.startsWith('@salesforce/resourceUrl/')) {
                return `export default ${JSON.stringify('/resources/' + spec.slice('@salesforce/resourceUrl/'.length))};`;
            }
            if (spec.startsWith('@salesforce/contentAssetUrl/')) return `export default '/resources/missing';`;
            if (spec.startsWith('@salesforce/customPermission/') || spec.startsWith('@salesforce/userPermission/')) {
                const name = spec.split('/').pop() as string;
                return `import { hasPermission } from ${adapters};\nexport default hasPermission(${JSON.stringify(name)});`;
            }
            if (spec === '@salesforce/user/Id') return `import { USER_ID } from ${adapters};\nexport default USER_ID;`;
            if (spec === '@salesforce/user/isGuest') return 'export default false;';
            if (spec.startsWith('@salesforce/community/')) return 'export default undefined;';
            // A message channel's reference: its name, with the package namespace as the platform resolves it.
            if (spec.startsWith('@salesforce/messageChannel/'))
                return `export default ${JSON.stringify(qualify(spec.slice('@salesforce/messageChannel/'.length), namespace))};`;
            warnings.push(`Unsupported platform module ${spec}`);
            return 'export default undefined;';
        }
    };
}

/** Transpiles TypeScript (preview adapters, preview components, and components whose .js is not emitted yet). */
function typescript(): Plugin {
    return {
        name: 'preview-typescript',
        transform(code, id) {
            const file = id.split('?')[0];
            if (!file.endsWith('.ts')) return null;
            // TypeScript itself (not esbuild): it keeps `export default class` and standard decorators as
            // written, which is what the LWC compiler looks for.
            const out = ts.transpileModule(code, {
                fileName: file,
                compilerOptions: {
                    target: ts.ScriptTarget.ESNext,
                    module: ts.ModuleKind.ESNext,
                    useDefineForClassFields: true,
                    experimentalDecorators: false,
                    verbatimModuleSyntax: false,
                    isolatedModules: true
                }
            });
            return { code: out.outputText, map: null };
        }
    };
}

/** The LWC module records: preview overrides first, then the project's `c` namespace, then base components. */
function moduleRecords(): { name: string; path: string }[] {
    const records: { name: string; path: string }[] = [];
    const add = (namespace: string, dir: string) => {
        if (!fs.existsSync(dir)) return;
        for (const name of fs.readdirSync(dir).sort()) {
            const folder = path.join(dir, name);
            if (!fs.statSync(folder).isDirectory()) continue;
            const entry = ['js', 'ts', 'html']
                .map((ext) => path.join(folder, `${name}.${ext}`))
                .find((f) => fs.existsSync(f));
            if (entry) records.push({ name: `${namespace}/${name}`, path: entry });
        }
    };
    for (const ns of fs.readdirSync(PREVIEW_LWC_DIR)) add(ns, path.join(PREVIEW_LWC_DIR, ns));
    add('c', LWC_DIR);
    // The base components' own platform stubs (@salesforce/i18n/*, labels, gates): the package exposes
    // only some of them, and the project's components may import others (e.g. @salesforce/i18n/locale).
    const lbcDir = path.join(ROOT, 'node_modules', 'lightning-base-components');
    const lbc = JSON.parse(fs.readFileSync(path.join(lbcDir, 'package.json'), 'utf8')) as {
        lwc: { modules: { name?: string; path?: string }[] };
    };
    for (const m of lbc.lwc.modules) {
        if (m.name && m.path && m.name.startsWith('@salesforce/'))
            records.push({ name: m.name, path: path.join(lbcDir, m.path) });
    }
    return records;
}

/** The cache is only valid for the same toolchain and the same preview build code. */
function cacheKey(): string {
    const versions = ['rollup', '@lwc/rollup-plugin', 'lightning-base-components'].map(
        (p) =>
            (
                JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', p, 'package.json'), 'utf8')) as {
                    version: string;
                }
            ).version
    );
    return [...versions, fs.statSync(__filename).mtimeMs].join('|');
}

/**
 * The namespace a command line asks to simulate: `--namespace sap` or `--namespace=sap` ('' when absent).
 * Salesforce namespace prefixes: a letter, then letters, digits or single underscores, 15 characters at most.
 */
export function namespaceFromArgs(argv: string[]): string {
    const at = argv.findIndex((a) => a === '--namespace' || a.startsWith('--namespace='));
    if (at < 0) return '';
    const value = argv[at].includes('=') ? argv[at].slice('--namespace='.length) : (argv[at + 1] ?? '');
    if (!/^[A-Za-z][A-Za-z0-9_]{0,14}$/.test(value) || value.includes('__') || value.endsWith('_')) {
        throw new Error(`--namespace: '${value}' is not a namespace prefix (a letter, then letters, digits, single _)`);
    }
    return value;
}

export function listComponents(): string[] {
    if (!fs.existsSync(LWC_DIR)) return [];
    return fs
        .readdirSync(LWC_DIR)
        .filter((n) => ['js', 'ts', 'html'].some((ext) => fs.existsSync(path.join(LWC_DIR, n, `${n}.${ext}`))))
        .sort();
}

/**
 * Reports what the bundling is doing: the first run compiles every base component it reaches (about a minute
 * on two cores) and would otherwise print nothing until it is done.
 */
function progress(log: (line: string) => void, cached: boolean): { plugin: Plugin; stop: () => void } {
    const started = Date.now();
    let compiled = 0;
    log(
        cached
            ? 'preview: bundling the components (unchanged modules come from .preview/ cache)...'
            : 'preview: first bundle: compiling the components, lightning-base-components and SLDS ' +
                  '(about a minute; later runs reuse the cache in .preview/)...'
    );
    const timer = setInterval(() => {
        const seconds = Math.round((Date.now() - started) / 1000);
        log(`preview: ... still bundling (${seconds} s${compiled ? `, ${compiled} modules compiled` : ''})`);
    }, 10_000);
    timer.unref();
    return {
        plugin: {
            name: 'preview-progress',
            transform() {
                compiled += 1;
                return null;
            }
        },
        stop: () => clearInterval(timer)
    };
}

export async function buildPreview(options: BuildOptions = {}): Promise<BuildResult> {
    const started = Date.now();
    const warnings: string[] = [];
    const namespace = (options.namespace ?? '').trim();
    fs.mkdirSync(OUT_DIR, { recursive: true });
    // Rollup's module cache, kept between builds: the base components (most of the work) compile once. Both
    // simulated orgs share it: Rollup re-transforms only the modules whose code differs (the schema imports).
    const cacheFile = path.join(OUT_DIR, 'rollup-cache.json');
    let cache: RollupCache | undefined;
    try {
        const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as RollupCache & { key?: string };
        if (saved.key === cacheKey()) cache = saved;
    } catch {
        cache = undefined;
    }
    const report = progress(options.quiet ? () => undefined : (line) => console.log(line), Boolean(cache));
    let bundle;
    try {
        bundle = await rollup({
            cache,
            input: path.join(SRC_DIR, 'main.ts'),
            preserveSymlinks: true,
            plugins: [
                platformModules(warnings, namespace),
                typescript(),
                replace({
                    preventAssignment: true,
                    values: {
                        'process.env.NODE_ENV': JSON.stringify('development'),
                        'import.meta.env.SSR': 'false'
                    }
                }),
                lwc({
                    rootDir: PREVIEW_LWC_DIR,
                    modules: [...moduleRecords(), { npm: 'lightning-base-components' }],
                    enableDynamicComponents: true,
                    apiVersion: 65.0 as never,
                    exclude: ['**/node_modules/chart.js/**', '**/scripts/preview/src/**', '**/jest/platform/**']
                }),
                nodeResolve({ browser: true }),
                report.plugin
            ],
            onwarn(log: RollupLog) {
                if (log.code === 'CIRCULAR_DEPENDENCY' || log.code === 'THIS_IS_UNDEFINED') return;
                // Compiler notes about the base components' own templates are not ours to fix.
                if ((log.id ?? log.message).includes('lightning-base-components')) return;
                warnings.push(log.message);
            }
        });
    } finally {
        report.stop();
    }
    await bundle.write({
        file: path.join(OUT_DIR, 'app.js'),
        format: 'iife',
        name: 'preview',
        inlineDynamicImports: true,
        sourcemap: false
    });
    if (bundle.cache) {
        // The ASTs are most of the cache's size and cheap to re-parse: keep only the transformed code.
        const modules = bundle.cache.modules.map((m) => ({ ...m, ast: undefined }));
        fs.writeFileSync(cacheFile, JSON.stringify({ ...bundle.cache, modules, key: cacheKey() }));
    }
    await bundle.close();
    const result = { durationMs: Date.now() - started, warnings, components: listComponents(), namespace };
    if (!options.quiet) {
        for (const w of warnings) console.warn(`preview build warning: ${w}`);
        console.log(
            `preview: bundled ${result.components.length} components from force-app in ${(result.durationMs / 1000).toFixed(1)} s` +
                (namespace ? ` (simulating a subscriber org, namespace '${namespace}')` : '')
        );
    }
    return result;
}
