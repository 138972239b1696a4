/** Runs apex-ls (shipped with the PMD engine) in JSON mode and returns its issues. */
import { execFile, type ExecFileException } from 'node:child_process';
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

/** The java command line that runs apex-ls on `workspace`: warnings included, JSON output. */
export function apexLsArgs(workspace: string): string[] {
    return [
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
}

/**
 * The issues of one apex-ls run from its outcome (as `execFile` reports it). apex-ls exits non-zero when it
 * finds issues, so only a failure to start java, or a failure without JSON output, is an error.
 */
export function parseApexLsOutput(
    error: { code?: number | string | null; message: string } | null,
    stdout: string,
    stderr: string
): ApexLsIssue[] {
    if (error && typeof error.code !== 'number') throw new Error(`cannot run java (apex-ls): ${error.message}`);
    const exitCode = error ? (error.code as number) : 0;
    const out = stdout.trim();
    const jsonStart = out.indexOf('{');
    if (jsonStart < 0) {
        if (exitCode === 0) return [];
        throw new Error(`apex-ls failed (exit ${exitCode}): ${stderr || out}`);
    }
    const parsed = JSON.parse(out.slice(jsonStart)) as {
        files?: Array<{
            path: string;
            messages: Array<{ start?: { line: number }; category: string; message: string }>;
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

/** The part of `execFile` that runApexLs uses; a parameter so that tests can stand in for java. */
export type ExecFile = (
    file: string,
    args: string[],
    options: { encoding: 'utf8'; maxBuffer: number },
    callback: (error: ExecFileException | null, stdout: string, stderr: string) => void
) => unknown;

/** Runs apex-ls on `workspace` (a folder with sfdx-project.json); resolves with its issues. */
export function runApexLs(workspace: string, exec: ExecFile = execFile): Promise<ApexLsIssue[]> {
    return new Promise((resolve, reject) => {
        exec(
            'java',
            apexLsArgs(workspace),
            { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
            (error, stdout, stderr) => {
                try {
                    resolve(parseApexLsOutput(error, stdout, stderr));
                } catch (e) {
                    reject(e as Error);
                }
            }
        );
    });
}
