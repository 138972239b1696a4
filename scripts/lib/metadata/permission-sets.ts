/**
 * (ii) permission sets reference only existing objects, fields, classes, tabs, apps, custom permissions;
 * (iv) the contract's permission-set rule for every package field, object access and class access.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';
import { arr, bool, loadXml, str, type XmlNode } from '../xml.ts';
import {
    ADMIN_ONLY_ACCESS,
    ADMIN_ONLY_OBJECTS,
    ADMIN_SET,
    CLASS_ACCESS,
    MANAGER_RECORD_ACCESS,
    MANAGER_RECORD_OBJECTS,
    OBJECT_ACCESS,
    PACKAGE_OBJECTS,
    PERSONA_SETS,
    READ_ONLY_ACCESS,
    READ_ONLY_OBJECTS,
    carriesFls,
    expectedEditable,
    isAdminOnly,
    type ObjectAccess
} from './field-policy.ts';

interface PermSet {
    name: string;
    file: string;
    text: string;
    fields: Map<string, { readable: boolean; editable: boolean }>;
    objects: Map<string, Record<string, boolean>>;
    classes: Set<string>;
}

const setsDir = (index: MetadataIndex): string => path.join(index.base, 'permissionsets');

/** Loads every permission set, checking as it goes that each reference resolves. */
export function loadPermissionSets(index: MetadataIndex, findings: Findings): PermSet[] {
    return walk(setsDir(index), (f) => f.endsWith('.permissionset-meta.xml')).map((file) => {
        const { root, text } = loadXml(file);
        const set: PermSet = {
            name: path.basename(file).replace('.permissionset-meta.xml', ''),
            file,
            text,
            fields: new Map(),
            objects: new Map(),
            classes: new Set()
        };
        for (const fp of arr(root.fieldPermissions)) {
            set.fields.set(str(fp.field).toLowerCase(), { readable: bool(fp.readable), editable: bool(fp.editable) });
        }
        for (const { object, ...flags } of arr(root.objectPermissions)) {
            set.objects.set(
                str(object).toLowerCase(),
                Object.fromEntries(Object.entries(flags).map(([k, v]) => [k, bool(v)]))
            );
        }
        for (const ca of arr(root.classAccesses))
            if (bool(ca.enabled)) set.classes.add(str(ca.apexClass).toLowerCase());
        checkReferences(index, findings, set, root);
        return set;
    });
}

function checkReferences(index: MetadataIndex, findings: Findings, set: PermSet, root: XmlNode): void {
    const at = (needle: string): number => lineOf(set.text, needle);
    for (const op of arr(root.objectPermissions)) {
        const name = str(op.object);
        const obj = index.object(name);
        if (!obj || (!obj.projectDefined && name.toLowerCase().endsWith('__c')))
            findings.add(set.file, at(`<object>${name}<`), `unknown object '${name}'`);
    }
    for (const fp of arr(root.fieldPermissions)) {
        const [objectName, fieldName] = str(fp.field).split('.');
        // Stryker disable next-line StringLiteral: a field permission without a dot names no field, whatever the fallback
        const f = index.field(objectName, fieldName ?? '');
        if (!f) findings.add(set.file, at(`<field>${str(fp.field)}<`), `unknown field '${str(fp.field)}'`);
        else if (f.custom && !carriesFls(f)) {
            findings.add(
                set.file,
                at(`<field>${str(fp.field)}<`),
                `'${str(fp.field)}' is required or master-detail: it cannot carry field permissions`
            );
        }
    }
    for (const ca of arr(root.classAccesses)) {
        const name = str(ca.apexClass);
        if (!index.hasClass(name)) findings.add(set.file, at(`<apexClass>${name}<`), `unknown Apex class '${name}'`);
    }
    for (const ts of arr(root.tabSettings)) {
        const tab = str(ts.tab);
        if (!tab.startsWith('standard-') && !index.tabs.has(tab.toLowerCase())) {
            findings.add(set.file, at(`<tab>${tab}<`), `unknown tab '${tab}'`);
        }
    }
    for (const av of arr(root.applicationVisibilities)) {
        const app = str(av.application);
        if (!app.startsWith('standard__') && !index.apps.has(app.toLowerCase())) {
            findings.add(set.file, at(`<application>${app}<`), `unknown application '${app}'`);
        }
    }
    for (const cp of arr(root.customPermissions)) {
        const name = str(cp.name);
        if (!index.customPermissions.has(name.toLowerCase()))
            findings.add(set.file, at(`<name>${name}<`), `unknown custom permission '${name}'`);
    }
    for (const cm of arr(root.customMetadataTypeAccesses)) {
        const name = str(cm.name);
        if (!index.object(name)?.projectDefined)
            findings.add(set.file, at(`<name>${name}<`), `unknown custom metadata type '${name}'`);
    }
    for (const pa of arr(root.pageAccesses)) {
        const page = str(pa.apexPage);
        if (!existsSync(path.join(index.base, 'pages', `${page}.page`)))
            findings.add(set.file, at(page), `unknown Visualforce page '${page}'`);
    }
}

export function checkPermissionSets(index: MetadataIndex, findings: Findings): void {
    const sets = loadPermissionSets(index, findings);
    const personas = PERSONA_SETS.map((name) => sets.find((s) => s.name === name));
    if (personas.every((s) => !s)) return; // the persona rule applies once the persona sets exist
    PERSONA_SETS.forEach((name, i) => {
        if (!personas[i]) findings.add(setsDir(index), 1, `permission set '${name}' is missing`);
    });
    for (const set of personas) {
        if (!set) continue;
        checkFieldRule(index, findings, set);
        checkObjectRule(index, findings, set);
        for (const cls of CLASS_ACCESS[set.name]) {
            if (index.hasClass(cls) && !set.classes.has(cls.toLowerCase())) {
                findings.add(set.file, 1, `${set.name} must grant Apex class '${cls}'`);
            }
        }
    }
}

function checkFieldRule(index: MetadataIndex, findings: Findings, set: PermSet): void {
    for (const f of index.projectFields()) {
        if (!carriesFls(f)) continue;
        const id = `${f.object}.${f.name}`;
        const perm = set.fields.get(id.toLowerCase());
        if (isAdminOnly(f) && set.name !== ADMIN_SET) {
            if (perm?.readable || perm?.editable)
                findings.add(
                    set.file,
                    lineOf(set.text, `<field>${id}<`),
                    `${id} is admin-only: ${set.name} must not grant it`
                );
            continue;
        }
        const expected = expectedEditable(f, set.name);
        if (!perm) {
            findings.add(set.file, 1, `${set.name} forgets field ${id} (expected readable=true editable=${expected})`);
            continue;
        }
        const line = lineOf(set.text, `<field>${id}<`);
        if (!perm.readable) findings.add(set.file, line, `${id} must be readable in ${set.name}`);
        if (perm.editable !== expected) {
            findings.add(
                set.file,
                line,
                `${id} must be ${expected ? 'editable' : 'read-only'} in ${set.name} (contract field rule)`
            );
        }
    }
}

function checkObjectRule(index: MetadataIndex, findings: Findings, set: PermSet): void {
    for (const object of ADMIN_ONLY_OBJECTS) {
        if (!index.object(object)?.projectDefined || set.name === ADMIN_SET) continue;
        const granted = Object.values(set.objects.get(object.toLowerCase()) ?? {}).some(Boolean);
        if (granted)
            findings.add(
                set.file,
                lineOf(set.text, `<object>${object}<`),
                `${object} is admin-only: ${set.name} must not grant it`
            );
    }
    const objects = [
        ...PACKAGE_OBJECTS,
        ...READ_ONLY_OBJECTS,
        ...MANAGER_RECORD_OBJECTS,
        ...ADMIN_ONLY_OBJECTS.filter(() => set.name === ADMIN_SET)
    ];
    for (const object of objects) {
        if (!index.object(object)?.projectDefined) continue;
        const expected: ObjectAccess = ADMIN_ONLY_OBJECTS.includes(object)
            ? ADMIN_ONLY_ACCESS
            : READ_ONLY_OBJECTS.includes(object)
              ? READ_ONLY_ACCESS[set.name]
              : MANAGER_RECORD_OBJECTS.includes(object)
                ? MANAGER_RECORD_ACCESS[set.name]
                : OBJECT_ACCESS[set.name];
        const actual = set.objects.get(object.toLowerCase());
        if (!actual) {
            findings.add(set.file, 1, `${set.name} has no object permissions for ${object}`);
            continue;
        }
        for (const [flag, value] of Object.entries(expected)) {
            if ((actual[flag] ?? false) !== value) {
                findings.add(
                    set.file,
                    lineOf(set.text, `<object>${object}<`),
                    `${set.name}: ${object} ${flag} must be ${value}`
                );
            }
        }
    }
}
