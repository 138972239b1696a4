/**
 * check:apex — the Apex semantic check with its blind spots closed.
 *  1. apex-ls on the project (unknown types, fields, methods, arities, syntax).
 *  2. apex-ls again on a copy without the standard objects' fields folders, so an unknown field on
 *     Account/Opportunity is reported even though the project adds fields there (only "Unknown field"
 *     errors that do not name one of the project's own fields are kept).
 *  3. SOQL in Apex (static and whole-literal dynamic): selected, filtered, grouped and ordered fields,
 *     relationship paths and sub-queries, against project objects + scripts/lib/standard-objects.ts.
 *  4. LWC `@salesforce/apex|schema|label|resourceUrl|customPermission|messageChannel` imports.
 * Usage: tsx scripts/check-apex.ts [rootDir]. Prints `file:line: message`; exit 1 on any error.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Findings, type Finding } from './lib/diagnostics.ts';
import { lineAt, readText, rootFromArgs, walk } from './lib/fsutil.ts';
import { FAILING_CATEGORIES, runApexLs, type ApexLsIssue } from './lib/apex-ls.ts';
import { MetadataIndex, maskApex } from './lib/metadata-index.ts';
import { checkSoql, findSoqlInApex } from './lib/soql.ts';
import { checkLwcImports } from './lib/lwc-imports.ts';
import { exitWith, isScript, secondsSince } from './lib/entry-point.ts';

export interface CheckApexOptions {
    /** run apex-ls at all (default true) */
    apexLs?: boolean;
    /** run the second apex-ls pass without standard objects' fields folders (default true) */
    standardFieldPass?: boolean;
    /** what runs apex-ls on a workspace (default: java apex-ls; tests pass recorded output) */
    apexLsRunner?: (workspace: string) => Promise<ApexLsIssue[]>;
}

export async function checkApex(root: string, options: CheckApexOptions = {}): Promise<Findings> {
    const findings = new Findings(root);
    const index = new MetadataIndex(root);
    const apexFiles = walk(index.base, (f) => f.endsWith('.cls') || f.endsWith('.trigger'));

    if (options.apexLs !== false && apexFiles.length > 0) {
        await runApexLsPasses(
            root,
            index,
            findings,
            options.standardFieldPass !== false,
            options.apexLsRunner ?? runApexLs
        );
    }
    for (const file of apexFiles) checkApexSoql(file, index, findings);
    checkLwcImports(index, findings);
    return findings;
}

/** Both apex-ls passes, run side by side. */
async function runApexLsPasses(
    root: string,
    index: MetadataIndex,
    findings: Findings,
    standardFieldPass: boolean,
    run: (workspace: string) => Promise<ApexLsIssue[]>
): Promise<void> {
    // standard objects (no "__" in their names) with project fields: apex-ls knows their standard fields itself
    const standardWithFields = [...index.objects.values()].filter(
        (o) => o.dir && !o.name.includes('__') && existsSync(path.join(o.dir, 'fields'))
    );
    const copy =
        standardFieldPass && standardWithFields.length
            ? copyWithoutStandardFields(
                  root,
                  index,
                  standardWithFields.map((o) => o.dir!)
              )
            : undefined;
    try {
        const [first, second] = await Promise.all([
            run(root),
            copy ? run(copy).then((issues) => unknownStandardFields(issues, index, root, copy)) : []
        ]);
        for (const issue of first) {
            const msg = `apex-ls ${issue.category}: ${issue.message}`;
            if (FAILING_CATEGORIES.has(issue.category)) findings.add(issue.file, issue.line, msg);
            else console.log(`${path.relative(root, issue.file)}:${issue.line}: (warning) ${msg}`);
        }
        for (const f of second) findings.add(f.file, f.line, f.message);
    } finally {
        if (copy) rmSync(copy, { recursive: true });
    }
}

/** The second pass's findings: the unknown fields that are not the project's own, at their file in the project. */
function unknownStandardFields(issues: ApexLsIssue[], index: MetadataIndex, root: string, copy: string): Finding[] {
    const found: Finding[] = [];
    for (const issue of issues) {
        const m = /^Unknown field '(\w+)' on SObject 'Schema\.(\w+)'/.exec(issue.message);
        if (!m) continue;
        const [, field, object] = m;
        // a relationship path (Account_Plan__r) names the project's lookup field (Account_Plan__c)
        // Stryker disable next-line Regex: a project field's name has "__" only before its suffix, so its first "__r" is the suffix
        if (index.field(object, field.replace(/__r$/i, '__c'))?.file) continue;
        found.push({
            file: path.join(root, path.relative(copy, issue.file)),
            line: issue.line,
            message: `apex-ls Missing: ${issue.message} (standard-object field check)`
        });
    }
    return found;
}

/** A copy of the project (Apex and objects only) without the standard objects' fields folders. */
function copyWithoutStandardFields(root: string, index: MetadataIndex, standardDirs: string[]): string {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'check-apex-'));
    const fieldDirs = new Set(standardDirs.map((d) => path.join(d, 'fields')));
    for (const entry of ['sfdx-project.json', path.relative(root, index.base)]) {
        if (!existsSync(path.join(root, entry))) continue;
        cpSync(path.join(root, entry), path.join(copy, entry), {
            recursive: true,
            filter: (src) => !fieldDirs.has(src) && !src.includes(`${path.sep}lwc${path.sep}`) && !src.endsWith('.ts')
        });
    }
    return copy;
}

function checkApexSoql(file: string, index: MetadataIndex, findings: Findings): void {
    const source = readText(file);
    const masked = maskApex(source);
    const withStrings = maskApex(source, true);
    for (const { soql, offset } of findSoqlInApex(masked, withStrings)) {
        for (const problem of checkSoql(soql, index)) {
            findings.add(file, lineAt(source, offset + problem.pos), problem.message);
        }
    }
}

/**
 * The command line (`[rootDir]`): checks, prints the findings, the verdict and the time taken; returns the exit
 * code. Tests pass the options (a recorded apex-ls) and the clock.
 */
export async function main(
    argv: string[],
    options: CheckApexOptions = {},
    now: () => number = Date.now
): Promise<number> {
    const root = rootFromArgs(argv);
    const started = now();
    const code = (await checkApex(root, options)).report('check:apex');
    console.log(`check:apex took ${secondsSince(started, now())} s`);
    return code;
}

// Stryker disable next-line all: judged by gate-exit.test.ts (spawns every gate; npm test), left out of the mutation run
if (isScript(import.meta.filename)) void exitWith(main(process.argv.slice(2)));
