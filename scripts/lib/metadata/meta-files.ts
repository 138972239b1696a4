/** (i) Apex classes/triggers have -meta.xml; LWC bundles have js-meta.xml and a TypeScript source; API 65.0. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, readText, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';

export const API_VERSION = '65.0';

export function checkMetaFiles(index: MetadataIndex, findings: Findings): void {
    for (const file of walk(index.base, (f) => f.endsWith('.cls') || f.endsWith('.trigger'))) {
        if (!existsSync(`${file}-meta.xml`)) findings.add(file, 1, `missing ${path.basename(file)}-meta.xml`);
    }
    for (const bundle of index.lwc.values()) {
        if (!bundle.metaFile) findings.add(bundle.dir, 1, `LWC '${bundle.name}' has no ${bundle.name}.js-meta.xml`);
        const ts = path.join(bundle.dir, `${bundle.name}.ts`);
        if (!existsSync(ts))
            findings.add(bundle.dir, 1, `LWC '${bundle.name}' has no TypeScript source ${bundle.name}.ts`);
    }
    for (const file of walk(index.base, (f) => f.endsWith('-meta.xml'))) {
        const text = readText(file);
        const m = /<apiVersion>([^<]*)<\/apiVersion>/.exec(text);
        if (m && m[1].trim() !== API_VERSION && !file.endsWith('.flow-meta.xml')) {
            findings.add(file, lineOf(text, m[0]), `apiVersion ${m[1]} (the package uses ${API_VERSION})`);
        }
    }
}
