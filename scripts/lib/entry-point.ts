/**
 * What every gate's command line shares: whether a module is the script node started, and how the gate's exit code
 * ends the process. Each gate's `main(argv)` computes its output and exit code; its last line only calls it.
 */
import path from 'node:path';

/** True when `filename` (a module's `import.meta.filename`) is the script node was started with. */
export function isScript(filename: string, argv: string[] = process.argv): boolean {
    return argv[1] !== undefined && filename === path.resolve(argv[1]);
}

/** The time between two clock readings (milliseconds) as the gates print it: seconds, one decimal. */
export function secondsSince(started: number, now: number): string {
    return ((now - started) / 1000).toFixed(1);
}

/** Sets the exit code and lets the process end by itself (pending output is written first). */
export function setExitCode(code: number): void {
    process.exitCode = code;
}

/**
 * Ends the process with the gate's exit code (`exit`, default process.exit); a gate that throws or rejects prints
 * the error and exits 1 (`crash`, default process.exit).
 */
export async function exitWith(
    code: number | Promise<number>,
    exit: (code: number) => void = process.exit,
    crash: (code: number) => void = process.exit
): Promise<void> {
    let result: number;
    try {
        result = await code;
    } catch (e) {
        console.error(e);
        crash(1);
        return;
    }
    exit(result);
}
