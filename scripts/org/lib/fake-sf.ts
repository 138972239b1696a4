/**
 * Test doubles for the org scripts: a fake `sf` runner that answers from recorded CLI JSON (the fixtures in
 * scripts/org/fixtures/) and a fake process runner for `npm run build`. Used only by scripts/org/*.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    toSfError,
    type Exec,
    type ExecOptions,
    type ExecResult,
    type SfEnvelope,
    type SfResponse,
    type SfRunOptions,
    type SfRunner
} from './sf';

export const FIXTURES_DIR = path.join(import.meta.dirname, '..', 'fixtures');

/** Loads a recorded `sf ... --json` output from scripts/org/fixtures/. */
export function fixture(name: string): SfEnvelope {
    return JSON.parse(readFileSync(path.join(FIXTURES_DIR, name), 'utf8')) as SfEnvelope;
}

export interface RecordedSfCall {
    args: string[];
    options?: SfRunOptions;
}

type Answer = SfEnvelope | ((args: readonly string[]) => SfEnvelope);

/**
 * Answers `sf` calls by command prefix (e.g. "org create scratch"; the latest `on` wins). Behaves like CliSfRunner: a non-zero
 * status that the caller did not allow becomes the same typed error the real runner throws.
 */
export class FakeSfRunner implements SfRunner {
    readonly calls: RecordedSfCall[] = [];
    private readonly answers: { prefix: string[]; answer: Answer }[] = [];

    on(prefix: string, answer: Answer): this {
        this.answers.unshift({ prefix: prefix.split(' '), answer });
        return this;
    }

    async run<T>(args: readonly string[], options?: SfRunOptions): Promise<SfResponse<T>> {
        this.calls.push({ args: [...args], options });
        const match = this.answers.find((a) => a.prefix.every((word, i) => args[i] === word));
        if (!match) throw new Error(`FakeSfRunner: unexpected call: sf ${args.join(' ')}`);
        const envelope = typeof match.answer === 'function' ? match.answer(args) : match.answer;
        if (envelope.status === 0 || options?.okStatuses?.includes(envelope.status)) {
            return {
                status: envelope.status,
                result: envelope.result as T,
                warnings: (envelope.warnings ?? []).map(String)
            };
        }
        throw toSfError(envelope, [...args, '--json']);
    }

    /** The commands in call order, as "org create scratch" style strings (first three words). */
    commands(): string[] {
        return this.calls.map((c) =>
            c.args
                .filter((a) => !a.startsWith('-'))
                .slice(0, 3)
                .join(' ')
        );
    }

    call(prefix: string): RecordedSfCall | undefined {
        const words = prefix.split(' ');
        return this.calls.find((c) => words.every((w, i) => c.args[i] === w));
    }
}

export interface RecordedExec {
    command: string;
    args: string[];
    options?: ExecOptions;
}

/** A fake process runner: records calls and answers with the given result (or a function of the call). */
export function fakeExec(
    answer: Partial<ExecResult> | ((command: string, args: readonly string[]) => ExecResult) = {}
): Exec & {
    calls: RecordedExec[];
} {
    const calls: RecordedExec[] = [];
    const exec = (async (command: string, args: readonly string[], options?: ExecOptions) => {
        calls.push({ command, args: [...args], options });
        if (typeof answer === 'function') return answer(command, args);
        return { exitCode: 0, stdout: '', stderr: '', ...answer };
    }) as Exec & { calls: RecordedExec[] };
    exec.calls = calls;
    return exec;
}

/** Value of a flag in recorded args, e.g. flag(args, '--alias'). */
export function flag(args: readonly string[], name: string): string | undefined {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
}

/** Creates a throw-away project directory holding the given files (relative path -> content). */
export function makeProject(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sap-org-test-'));
    for (const [rel, content] of Object.entries(files)) {
        const file = path.join(root, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content, 'utf8');
    }
    return root;
}

export function removeProject(root: string): void {
    rmSync(root, { recursive: true, force: true });
}
