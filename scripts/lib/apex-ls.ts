/** Runs apex-ls (shipped with the PMD engine) in JSON mode and returns its issues. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface ApexLsIssue {
    file: string;
    line: number;
    category: string;
    message: string;
}

const JAVA_LIB = path.resolve(
    import.meta.dirname,
    '../../node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib/*'
);

/** Categories that fail the gate; 'Warning' and 'Unused' are printed only. */
export const FAILING_CATEGORIES = new Set(['Syntax', 'Error', 'Missing']);

export function runApexLs(workspace: string): ApexLsIssue[] {
    const result = spawnSync(
        'java',
        [
            '-cp',
            JAVA_LIB,
            'io.github.apexdevtools.apexls.CheckForIssues',
            '-n',
            '-d',
            'warnings',
            '-f',
            'json',
            '-w',
            workspace
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    if (result.error) throw new Error(`cannot run java (apex-ls): ${result.error.message}`);
    const out = result.stdout.trim();
    const jsonStart = out.indexOf('{');
    if (jsonStart < 0) {
        if (result.status === 0) return [];
        throw new Error(`apex-ls failed (exit ${result.status}): ${result.stderr || out}`);
    }
    const parsed = JSON.parse(out.slice(jsonStart)) as {
        files?: Array<{
            path: string;
            messages: Array<{ start: { line: number }; category: string; message: string }>;
        }>;
    };
    const issues: ApexLsIssue[] = [];
    for (const f of parsed.files ?? []) {
        for (const m of f.messages) {
            issues.push({ file: f.path, line: m.start?.line ?? 1, category: m.category, message: m.message });
        }
    }
    return issues;
}
