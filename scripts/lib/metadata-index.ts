/**
 * The project's metadata, indexed once per gate run: objects and fields (project + built-in standard),
 * Apex classes and their methods, custom labels, LWC bundles, static resources, tabs, apps, permissions.
 * Every lookup of an API name is case-insensitive, as on the platform.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lineAt, lineOf, readText, subdirs, walk } from './fsutil.ts';
import { arr, bool, loadXml, str, type XmlNode } from './xml.ts';
import {
    CUSTOM_METADATA_STANDARD_FIELDS,
    CUSTOM_OBJECT_RELATIONSHIPS,
    CUSTOM_OBJECT_STANDARD_FIELDS,
    POLYMORPHIC_FIELDS,
    STANDARD_OBJECTS
} from './standard-objects.ts';

export interface FieldInfo {
    name: string;
    object: string;
    file?: string;
    type: string;
    custom: boolean;
    required: boolean;
    formula: boolean;
    description: string;
    inlineHelpText: string;
    referenceTo: string[];
    relationshipName: string;
    xml?: XmlNode;
}

export interface ObjectInfo {
    name: string;
    /** true when the object is defined by the project (objects/<Name>/<Name>.object-meta.xml) */
    projectDefined: boolean;
    /** project folder exists (standard objects may have only fields/listViews) */
    dir?: string;
    fields: Map<string, FieldInfo>;
    /** relationship name (lower) -> target object */
    relationships: Map<string, string>;
    /** child relationship name (lower) -> child object */
    children: Map<string, string>;
}

export interface MethodInfo {
    name: string;
    auraEnabled: boolean;
    line: number;
}

export interface ClassInfo {
    name: string;
    file: string;
    methods: Map<string, MethodInfo[]>;
}

export interface LwcBundle {
    name: string;
    dir: string;
    metaFile?: string;
    isExposed: boolean;
    targets: Set<string>;
    /** property names declared in targetConfigs, per target */
    properties: Map<string, Set<string>>;
}

export const DEFAULT_PACKAGE_DIR = 'force-app/main/default';

/** Name suffixes of the objects a project defines: custom objects, custom metadata types, platform events, external and big objects. */
const CUSTOM_OBJECT_SUFFIXES = ['__c', '__mdt', '__e', '__x', '__b'];

/** Folders whose files belong to a component bundle or a static resource, never metadata of their own. */
const BUNDLE_FOLDERS = ['aura', 'lwc', 'staticresources'];

/**
 * The package's metadata files, outside component bundles and static resources (an Aura app's .app-meta.xml is no
 * custom application): source format tells a type by its suffix, in whatever folder it lives.
 */
export function metadataFiles(base: string): string[] {
    return walk(base).filter((f) => !BUNDLE_FOLDERS.includes(path.relative(base, f).split(path.sep)[0]));
}

export class MetadataIndex {
    readonly objects = new Map<string, ObjectInfo>();
    readonly classes = new Map<string, ClassInfo>();
    readonly labels = new Map<string, { name: string; line: number }>();
    readonly lwc = new Map<string, LwcBundle>();
    readonly staticResources = new Set<string>();
    readonly customPermissions = new Set<string>();
    readonly tabs = new Set<string>();
    readonly apps = new Set<string>();
    readonly flexipages = new Set<string>();
    readonly messageChannels = new Set<string>();
    readonly labelsFile: string;

    constructor(
        readonly root: string,
        readonly base: string = path.join(root, DEFAULT_PACKAGE_DIR)
    ) {
        this.labelsFile = path.join(this.base, 'labels', 'CustomLabels.labels-meta.xml');
        this.loadStandardObjects();
        this.loadProjectObjects();
        this.loadLabels();
        this.loadLwc();
        this.loadBySuffix();
    }

    // ---------- lookups ----------

    object(name: string): ObjectInfo | undefined {
        return this.objects.get(name.toLowerCase());
    }

    field(objectName: string, fieldName: string): FieldInfo | undefined {
        return this.object(objectName)?.fields.get(fieldName.toLowerCase());
    }

    hasLabel(name: string): boolean {
        return this.labels.has(name.toLowerCase());
    }

    hasClass(name: string): boolean {
        return this.classes.has(name.toLowerCase());
    }

    klass(name: string): ClassInfo | undefined {
        return this.classes.get(name.toLowerCase());
    }

    bundle(name: string): LwcBundle | undefined {
        return this.lwc.get(name.toLowerCase());
    }

    /** Custom fields defined by the project (own objects and standard objects), excluding custom metadata types. */
    projectFields(): FieldInfo[] {
        const out: FieldInfo[] = [];
        for (const obj of this.objects.values()) {
            if (obj.name.endsWith('__mdt')) continue;
            for (const f of obj.fields.values()) if (f.custom && f.file) out.push(f);
        }
        return out.sort((a, b) => `${a.object}.${a.name}`.localeCompare(`${b.object}.${b.name}`));
    }

    /**
     * Resolves a dotted field path (e.g. `Account__r.Owner.Name`) from `objectName`.
     * Returns undefined when it resolves, or a message saying which part is unknown.
     * Objects the index does not know (neither project nor built-in standard list) are not judged.
     */
    checkPath(objectName: string, dotted: string): string | undefined {
        const parts = dotted.split('.');
        const field = parts[parts.length - 1];
        let current = this.object(objectName);
        let currentName = objectName;
        for (const [i, part] of parts.slice(0, -1).entries()) {
            if (!current) return undefined;
            const target = current.relationships.get(part.toLowerCase());
            if (!target) return `unknown relationship '${part}' on ${current.name} (in '${dotted}')`;
            if (target === '*') {
                const rest = parts.slice(i + 1);
                if (rest.length === 1 && POLYMORPHIC_FIELDS.some((f) => f.toLowerCase() === rest[0].toLowerCase())) {
                    return undefined;
                }
                return `field '${rest.join('.')}' cannot be checked on polymorphic ${currentName}.${part}: use Id, Name or Type`;
            }
            currentName = target;
            current = this.object(target);
        }
        if (!current || current.fields.has(field.toLowerCase())) return undefined;
        return `unknown field '${field}' on ${current.name}${parts.length > 1 ? ` (in '${dotted}')` : ''}`;
    }

    // ---------- loading ----------

    private ensureObject(name: string): ObjectInfo {
        const key = name.toLowerCase();
        let obj = this.objects.get(key);
        if (!obj) {
            obj = {
                name,
                projectDefined: false,
                fields: new Map(),
                relationships: new Map(),
                children: new Map()
            };
            this.objects.set(key, obj);
        }
        return obj;
    }

    private addStandardField(obj: ObjectInfo, name: string): void {
        obj.fields.set(name.toLowerCase(), {
            name,
            object: obj.name,
            type: 'standard',
            custom: false,
            required: false,
            formula: false,
            description: '',
            inlineHelpText: '',
            referenceTo: [],
            relationshipName: ''
        });
    }

    private loadStandardObjects(): void {
        for (const [name, def] of Object.entries(STANDARD_OBJECTS)) {
            const obj = this.ensureObject(name);
            for (const f of def.fields) this.addStandardField(obj, f);
            for (const [rel, target] of Object.entries(def.relationships ?? {}))
                obj.relationships.set(rel.toLowerCase(), target);
            for (const [rel, child] of Object.entries(def.children ?? {})) obj.children.set(rel.toLowerCase(), child);
        }
    }

    private loadProjectObjects(): void {
        const objectsDir = path.join(this.base, 'objects');
        const pending: FieldInfo[] = [];
        for (const dirName of subdirs(objectsDir)) {
            const dir = path.join(objectsDir, dirName);
            const obj = this.ensureObject(dirName);
            obj.dir = dir;
            const objectFile = path.join(dir, `${dirName}.object-meta.xml`);
            if (existsSync(objectFile) && CUSTOM_OBJECT_SUFFIXES.some((s) => dirName.endsWith(s))) {
                obj.projectDefined = true;
                const { root } = loadXml(objectFile);
                const metadataType = dirName.endsWith('__mdt');
                const std = metadataType ? CUSTOM_METADATA_STANDARD_FIELDS : CUSTOM_OBJECT_STANDARD_FIELDS;
                for (const f of std) this.addStandardField(obj, f);
                // a custom metadata record has no owner, record type or audit users to follow
                if (!metadataType) {
                    for (const [rel, target] of Object.entries(CUSTOM_OBJECT_RELATIONSHIPS)) {
                        obj.relationships.set(rel.toLowerCase(), target);
                    }
                }
                if (bool(root.enableActivities)) {
                    for (const [rel, child] of Object.entries({
                        Tasks: 'Task',
                        Events: 'Event',
                        OpenActivities: 'OpenActivity',
                        ActivityHistories: 'ActivityHistory'
                    })) {
                        obj.children.set(rel.toLowerCase(), child);
                    }
                }
            }
            // a custom object folder without its object-meta.xml (the project does not define it): its fields still count
            for (const file of walk(dir, (f) => f.endsWith('.field-meta.xml'))) {
                const { root } = loadXml(file);
                const name = str(root.fullName) || path.basename(file, '.field-meta.xml');
                const info: FieldInfo = {
                    name,
                    object: obj.name,
                    file,
                    type: str(root.type),
                    custom: name.endsWith('__c'),
                    required: bool(root.required),
                    formula: str(root.formula) !== '',
                    description: str(root.description),
                    inlineHelpText: str(root.inlineHelpText),
                    referenceTo: arr(root.referenceTo).map(str),
                    relationshipName: str(root.relationshipName),
                    xml: root
                };
                obj.fields.set(name.toLowerCase(), info);
                pending.push(info);
            }
        }
        // relationships: Lookup/MasterDetail X__c gives X__r on the child, and <relationshipName>__r on the parent
        for (const f of pending) {
            if (f.referenceTo.length === 0) continue;
            const child = this.ensureObject(f.object);
            const target = f.referenceTo.length === 1 ? f.referenceTo[0] : '*';
            if (f.custom) child.relationships.set(`${f.name.slice(0, -'__c'.length)}__r`.toLowerCase(), target);
            if (f.relationshipName && target !== '*') {
                const parent = this.ensureObject(target);
                parent.children.set(`${f.relationshipName}__r`.toLowerCase(), f.object);
            }
        }
    }

    /**
     * Source format knows classes, tabs, apps, Lightning pages, custom permissions and message channels by their suffix,
     * in whatever folder they live (check:apex and convert read Apex the same way); a static resource must sit in
     * staticresources/.
     */
    private loadBySuffix(): void {
        const files = metadataFiles(this.base);
        for (const file of files.filter((f) => f.endsWith('.cls'))) {
            const name = path.basename(file, '.cls');
            this.classes.set(name.toLowerCase(), { name, file, methods: parseApexMethods(readText(file)) });
        }
        const named = (suffix: string, into: Set<string>): void => {
            for (const f of files) if (f.endsWith(suffix)) into.add(path.basename(f, suffix).toLowerCase());
        };
        named('.customPermission-meta.xml', this.customPermissions);
        named('.tab-meta.xml', this.tabs);
        named('.app-meta.xml', this.apps);
        named('.flexipage-meta.xml', this.flexipages);
        named('.messageChannel-meta.xml', this.messageChannels);
        for (const f of walk(path.join(this.base, 'staticresources'), (f) => f.endsWith('.resource-meta.xml'))) {
            this.staticResources.add(path.basename(f, '.resource-meta.xml').toLowerCase());
        }
    }

    private loadLabels(): void {
        if (!existsSync(this.labelsFile)) return;
        const { root, text } = loadXml(this.labelsFile);
        for (const label of arr(root.labels)) {
            const name = str(label.fullName);
            if (!name) continue;
            this.labels.set(name.toLowerCase(), { name, line: lineOf(text, `<fullName>${name}</fullName>`) });
        }
    }

    private loadLwc(): void {
        const lwcDir = path.join(this.base, 'lwc');
        for (const name of subdirs(lwcDir)) {
            // tool and test folders (.vscode, __tests__, __mocks__) hold no component
            if (name.startsWith('.')) continue;
            // Stryker disable next-line MethodExpression: such folders end in `__` too, so endsWith would skip the same ones
            if (name.startsWith('__')) continue;
            const dir = path.join(lwcDir, name);
            const metaFile = path.join(dir, `${name}.js-meta.xml`);
            const bundle: LwcBundle = { name, dir, isExposed: false, targets: new Set(), properties: new Map() };
            if (existsSync(metaFile)) {
                bundle.metaFile = metaFile;
                const { root } = loadXml(metaFile);
                bundle.isExposed = bool(root.isExposed);
                for (const t of arr(root.targets?.target)) bundle.targets.add(str(t));
                // targetConfig targets are attributes, which the shared loader drops: read the raw text
                for (const [targets, props] of parseTargetConfigs(readText(metaFile))) {
                    for (const t of targets) {
                        const set = bundle.properties.get(t) ?? new Set<string>();
                        for (const p of props) set.add(p);
                        bundle.properties.set(t, set);
                    }
                }
            }
            this.lwc.set(name.toLowerCase(), bundle);
        }
    }
}

/** targetConfig elements: [targets attribute split, property names] (attributes need the raw text). */
export function parseTargetConfigs(xml: string): Array<[string[], string[]]> {
    const out: Array<[string[], string[]]> = [];
    const re = /<targetConfig\s+targets="([^"]*)"[^>]*>([\s\S]*?)<\/targetConfig>/g;
    for (const m of xml.matchAll(re)) {
        const targets = m[1].split(',').map((t) => t.trim());
        const props = [...m[2].matchAll(/<property\b[^>]*\bname="([^"]+)"/g)].map((p) => p[1]);
        out.push([targets, props]);
    }
    return out;
}

/** Removes Apex comments and string contents (keeping offsets and newlines) so regexes see only code. */
export function maskApex(source: string, keepStrings = false): string {
    let out = '';
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        const n = source[i + 1];
        if (c === '/' && n === '/') {
            while (i < source.length && source[i] !== '\n') {
                out += ' ';
                i++;
            }
        } else if (c === '/' && n === '*') {
            out += '  ';
            i += 2;
            while (i < source.length && !(source[i] === '*' && source[i + 1] === '/')) {
                out += source[i] === '\n' ? '\n' : ' ';
                i++;
            }
            // the closing */ (an unclosed comment runs to the end of the source)
            if (i < source.length) {
                out += '  ';
                i += 2;
            }
        } else if (c === "'") {
            out += c;
            i++;
            while (i < source.length && source[i] !== "'" && source[i] !== '\n') {
                if (source[i] === '\\') {
                    out += keepStrings ? source.slice(i, i + 2) : '  ';
                    i += 2;
                    continue;
                }
                out += keepStrings ? source[i] : ' ';
                i++;
            }
            if (i < source.length) {
                out += source[i];
                i++;
            }
        } else {
            out += c;
            i++;
        }
    }
    return out;
}

/**
 * Annotations, a modifier, the rest of the modifiers with the return type, the name and `(`. A class, interface or enum
 * declaration never matches (its name is followed by `{`, `extends` or `implements`), nor does a constructor (no return
 * type) or a field (`=` or `;` before any `(`).
 */
const METHOD_RE =
    /((?:@\w+(?:\s*\([^)]*\))?\s*)*)\b(?:public|private|global|protected|static|override|virtual|abstract|webservice|testmethod)\s[\w.<>,\s[\]]+?\s(\w+)\s*\(/gi;

/** Method declarations of an Apex class (any nesting level), with their @AuraEnabled flag. */
export function parseApexMethods(source: string): Map<string, MethodInfo[]> {
    const code = maskApex(source);
    const methods = new Map<string, MethodInfo[]>();
    for (const m of code.matchAll(METHOD_RE)) {
        const name = m[2];
        // the match starts at the first annotation, or at the first modifier
        const info: MethodInfo = { name, auraEnabled: /@AuraEnabled\b/i.test(m[1]), line: lineAt(code, m.index) };
        const key = name.toLowerCase();
        methods.set(key, [...(methods.get(key) ?? []), info]);
    }
    return methods;
}
