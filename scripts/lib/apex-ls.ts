/** Runs apex-ls (shipped with the PMD engine) in JSON mode and returns its issues. */
import { execFile } from 'node:child_process';
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

/** Runs apex-ls on `workspace` (a folder with sfdx-project.json); resolves with its issues. */
export function runApexLs(workspace: string): Promise<ApexLsIssue[]> {
    const args = [
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
    ];
    return new Promise((resolve, reject) => {
        execFile('java', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            if (error && typeof error.code !== 'number') {
                reject(new Error(`cannot run java (apex-ls): ${error.message}`));
                return;
            }
            const out = stdout.trim();
            const jsonStart = out.indexOf('{');
            if (jsonStart < 0) {
                if (exitCode === 0) resolve([]);
                else reject(new Error(`apex-ls failed (exit ${exitCode}): ${stderr || out}`));
                return;
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
            resolve(issues);
        });
    });
}
