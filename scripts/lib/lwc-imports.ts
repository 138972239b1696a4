/** Resolves the `@salesforce/*` module paths LWC sources (and their tests and typings) import. */
import path from 'node:path';
import type { Findings } from './diagnostics.ts';
import { lineAt, readText, walk } from './fsutil.ts';
import type { MetadataIndex } from './metadata-index.ts';

const MODULE_RE = /['"`]@salesforce\/(apex|schema|label|resourceUrl|customPermission|messageChannel)\/([^'"`]+)['"`]/g;

/** LWC sources: every .ts (incl. tests) and hand-written .js that has no .ts twin; plus types/*.d.ts. */
export function lwcSourceFiles(index: MetadataIndex): string[] {
    const lwcDir = path.join(index.base, 'lwc');
    const ts = walk(lwcDir, (f) => f.endsWith('.ts'));
    const js = walk(lwcDir, (f) => f.endsWith('.js') && !ts.includes(f.replace(/\.js$/, '.ts')));
    const types = walk(path.join(index.root, 'types'), (f) => f.endsWith('.d.ts'));
    return [...ts, ...js, ...types];
}

export function checkLwcImports(index: MetadataIndex, findings: Findings): void {
    for (const file of lwcSourceFiles(index)) {
        const text = readText(file);
        for (const m of text.matchAll(MODULE_RE)) {
            const [, kind, target] = m;
            if (target.includes('*')) continue; // wildcard typings
            const problem = resolve(kind, target, index);
            if (problem) findings.add(file, lineAt(text, m.index!), `@salesforce/${kind}/${target}: ${problem}`);
        }
    }
}

function resolve(kind: string, target: string, index: MetadataIndex): string | undefined {
    switch (kind) {
        case 'apex': {
            const [className, method, extra] = target.split('.');
            if (!method || extra) return 'expected Class.method';
            const cls = index.klass(className);
            if (!cls) return `Apex class '${className}' does not exist`;
            const methods = cls.methods.get(method.toLowerCase());
            if (!methods) return `method '${method}' does not exist in ${cls.name}`;
            if (!methods.some((m) => m.auraEnabled)) return `method ${cls.name}.${method} is not @AuraEnabled`;
            return undefined;
        }
        case 'schema': {
            const [objectName, ...rest] = target.split('.');
            const obj = index.object(objectName);
            if (!obj) return /__(c|mdt)$/i.test(objectName) ? `object '${objectName}' does not exist` : undefined;
            if (/__(c|mdt)$/i.test(objectName) && !obj.projectDefined) return `object '${objectName}' does not exist`;
            if (rest.length === 0) return undefined;
            return index.checkPath(obj.name, rest.join('.'));
        }
        case 'label': {
            if (!target.startsWith('c.')) return 'expected c.LabelName';
            const name = target.slice(2);
            return index.hasLabel(name) ? undefined : `custom label '${name}' does not exist`;
        }
        case 'resourceUrl':
            return index.staticResources.has(target.toLowerCase())
                ? undefined
                : `static resource '${target}' does not exist`;
        case 'customPermission': {
            // A namespace prefix (ns__Name) is dropped; the name itself cannot contain a double underscore.
            const name = target.replace(/^\w+__(?=\w)/, '');
            return index.customPermissions.has(name.toLowerCase())
                ? undefined
                : `custom permission '${target}' does not exist`;
        }
        default:
            // messageChannel, the last kind MODULE_RE matches. Imported as Name__c (LWC guide, "Create a Message
            // Channel"); the file is Name.messageChannel-meta.xml.
            return index.messageChannels.has(target.replace(/__c$/i, '').toLowerCase())
                ? undefined
                : `message channel '${target}' does not exist`;
    }
}
