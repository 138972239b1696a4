/**
 * (iii) every custom field has a description and help text; the contract's description endings for
 * engine-written and manager-only fields; picklists name existing global value sets;
 * (ix) formulas and validation rules name existing fields (best effort).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, readText, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';
import { loadXml, str } from '../xml.ts';
import { ENGINE_SENTENCE, MANAGER_SENTENCE, isListedEngineField, isListedManagerField } from './field-policy.ts';

export function checkFieldDocs(index: MetadataIndex, findings: Findings): void {
    for (const obj of index.objects.values()) {
        for (const f of obj.fields.values()) {
            if (!f.file || !f.custom) continue;
            // the XML loader trims values: a blank description is ''
            if (!f.description) findings.add(f.file, 1, `${f.object}.${f.name} has no <description>`);
            const needsHelp = f.name !== 'Unique_Key__c' && !f.object.endsWith('__mdt');
            if (needsHelp && !f.inlineHelpText)
                findings.add(f.file, 1, `${f.object}.${f.name} has no <inlineHelpText>`);
            if (isListedEngineField(f) && !f.description.endsWith(ENGINE_SENTENCE)) {
                findings.add(
                    f.file,
                    1,
                    `${f.object}.${f.name} is engine-written: its description must end with '${ENGINE_SENTENCE}'`
                );
            }
            if (isListedManagerField(f) && !f.description.endsWith(MANAGER_SENTENCE)) {
                findings.add(
                    f.file,
                    1,
                    `${f.object}.${f.name} is manager-only: its description must end with '${MANAGER_SENTENCE}'`
                );
            }
            // a field with a file has its parsed XML
            const gvs = str(f.xml.valueSet?.valueSetName);
            if (gvs && !existsSync(path.join(index.base, 'globalValueSets', `${gvs}.globalValueSet-meta.xml`))) {
                findings.add(f.file, 1, `${f.object}.${f.name} uses global value set '${gvs}', which does not exist`);
            }
            checkFormula(index, findings, f.file, f.object, str(f.xml.formula)); // '' unless a formula field
        }
    }
    // Stryker disable next-line StringLiteral: walk(base) finds the same files; validation rules live only in objects/
    const objectsDir = path.join(index.base, 'objects');
    for (const file of walk(objectsDir, (f) => f.endsWith('.validationRule-meta.xml'))) {
        const object = path.basename(path.dirname(path.dirname(file)));
        const { root } = loadXml(file);
        checkFormula(index, findings, file, object, str(root.errorConditionFormula));
        const errorField = str(root.errorDisplayField);
        if (errorField && !index.field(object, errorField)) {
            findings.add(file, 1, `errorDisplayField '${errorField}' does not exist on ${object}`);
        }
    }
}

const PERMISSION = 'Permission.';

/** Checks the custom field/relationship paths and $Permission references of a formula. */
export function checkFormula(
    index: MetadataIndex,
    findings: Findings,
    file: string,
    object: string,
    formula: string
): void {
    // Stryker disable next-line StringLiteral: a quoted text stands between operators, so '' and '""' leave the same names
    const code = formula.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
    const text = readText(file);
    for (const m of code.matchAll(/(\$?)\b([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)/g)) {
        const [, dollar, token] = m;
        if (dollar) {
            const perm = token.slice(PERMISSION.length); // $Permission.Name
            if (token.startsWith(PERMISSION) && !index.customPermissions.has(perm.toLowerCase())) {
                findings.add(file, lineOf(text, token), `formula uses unknown custom permission '${perm}'`);
            }
            continue;
        }
        if (!/__[cr]\b/i.test(token)) continue;
        const problem = index.checkPath(object, token);
        if (problem) findings.add(file, lineOf(text, token), `formula on ${object}: ${problem}`);
    }
}
