/** (vi) every custom label code references exists, and every label follows the contract's format. */
import type { Findings } from '../diagnostics.ts';
import { lineAt, readText, walk } from '../fsutil.ts';
import { maskApex, type MetadataIndex } from '../metadata-index.ts';
import { arr, loadXml, str } from '../xml.ts';
import { lwcSourceFiles } from '../lwc-imports.ts';

export function checkLabels(index: MetadataIndex, findings: Findings): void {
    for (const file of walk(index.base, (f) => f.endsWith('.cls') || f.endsWith('.trigger'))) {
        const source = readText(file);
        const code = maskApex(source);
        for (const m of code.matchAll(/(?<![\w.])(?:System\.)?Label\.(\w+)\b(?!\s*\()/g)) {
            if (!index.hasLabel(m[1]))
                findings.add(file, lineAt(source, m.index!), `custom label '${m[1]}' does not exist`);
        }
    }
    for (const file of lwcSourceFiles(index)) {
        const text = readText(file);
        for (const m of text.matchAll(/@salesforce\/label\/c\.(\w+)/g)) {
            if (!index.hasLabel(m[1]))
                findings.add(file, lineAt(text, m.index!), `custom label '${m[1]}' does not exist`);
        }
    }
    for (const file of walk(index.base, (f) => /\.(flexipage|app|tab|quickAction|object)-meta\.xml$/.test(f))) {
        const text = readText(file);
        for (const m of text.matchAll(/\$Label\.c\.(\w+)/g)) {
            if (!index.hasLabel(m[1]))
                findings.add(file, lineAt(text, m.index!), `custom label '${m[1]}' does not exist`);
        }
    }
    checkLabelFormat(index, findings);
}

function checkLabelFormat(index: MetadataIndex, findings: Findings): void {
    if (!index.labels.size) return;
    const { root } = loadXml(index.labelsFile);
    for (const label of arr(root.labels)) {
        const name = str(label.fullName);
        const line = index.labels.get(name.toLowerCase())?.line ?? 1;
        const problems: string[] = [];
        if (!name) problems.push('<fullName>');
        if (!str(label.categories)) problems.push('<categories>');
        if (str(label.language) !== 'en_US') problems.push('<language>en_US</language>');
        if (str(label.protected) !== 'true') problems.push('<protected>true</protected>');
        if (!str(label.shortDescription)) problems.push('<shortDescription>');
        if (!str(label.value)) problems.push('<value>');
        if (problems.length)
            findings.add(index.labelsFile, line, `label ${name || '(no name)'} needs ${problems.join(', ')}`);
    }
}
