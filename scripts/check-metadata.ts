/**
 * check:metadata — cross-references no other offline tool checks. One module per rule family:
 *   meta-files       (i)   .cls/.trigger have -meta.xml; LWC bundles have js-meta.xml + .ts; API 65.0
 *   permission-sets  (ii)  references resolve; (iv) the contract's field/object/class rule per persona
 *   fields           (iii) descriptions, help text, contract sentences, value sets; (ix) formula fields
 *   ui-metadata      (v)   list views, layouts, compact/search layouts, quick actions, FlexiPages, tabs, apps
 *   labels           (vi)  labels used by Apex/LWC exist; label format
 *   sample-data      (vii) data/ tree JSON names existing objects, fields, child relationships
 *   reports          (viii) report types, report columns, dashboards
 * Usage: tsx scripts/check-metadata.ts [rootDir]. Prints `file:line: message`; exit 1 on any problem.
 */
import { Findings } from './lib/diagnostics.ts';
import { exitWith, isScript } from './lib/entry-point.ts';
import { rootFromArgs } from './lib/fsutil.ts';
import { MetadataIndex } from './lib/metadata-index.ts';
import { checkMetaFiles } from './lib/metadata/meta-files.ts';
import { checkPermissionSets } from './lib/metadata/permission-sets.ts';
import { checkFieldDocs } from './lib/metadata/fields.ts';
import { checkUiMetadata } from './lib/metadata/ui-metadata.ts';
import { checkLabels } from './lib/metadata/labels.ts';
import { checkSampleData } from './lib/metadata/sample-data.ts';
import { checkReports } from './lib/metadata/reports.ts';
import { checkLwcApiNames } from './lib/lwc-api-names.ts';
import { checkLengths } from './lib/metadata/lengths.ts';

export const METADATA_CHECKS = [
    checkLengths,
    checkMetaFiles,
    checkPermissionSets,
    checkFieldDocs,
    checkUiMetadata,
    checkLabels,
    checkSampleData,
    checkReports,
    checkLwcApiNames
];

export function checkMetadata(root: string): Findings {
    const findings = new Findings(root);
    const index = new MetadataIndex(root);
    for (const check of METADATA_CHECKS) check(index, findings);
    return findings;
}

/** The command line (`[rootDir]`): prints the findings and the verdict; returns the exit code. */
export function main(argv: string[]): number {
    return checkMetadata(rootFromArgs(argv)).report('check:metadata');
}

// Stryker disable next-line all: judged by gate-exit.test.ts (spawns every gate; npm test), left out of the mutation run
if (isScript(import.meta.filename)) void exitWith(main(process.argv.slice(2)));
