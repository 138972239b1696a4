/** Small file-system helpers shared by the gates. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (recursively) whose path matches `filter`; missing dirs give []. */
export function walk(dir: string, filter: (file: string) => boolean = () => true): string[] {
    if (!existsSync(dir)) return [];
    const out: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name === 'node_modules' || entry.name === '.git') continue;
            out.push(...walk(full, filter));
        } else if (filter(full)) {
            out.push(full);
        }
    }
    return out.sort();
}

/** Sub-directories (names only) of `dir`; missing dirs give []. */
export function subdirs(dir: string): string[] {
    if (!existsSync(dir)) return [];
    // Stryker disable next-line MethodExpression: Node (libuv scandir) already lists names sorted; kept so the order does not rest on that
    return readdirSync(dir)
        .filter((name) => statSync(path.join(dir, name)).isDirectory())
        .sort();
}

export function readText(file: string): string {
    return readFileSync(file, 'utf8');
}

/** 1-based line number of character offset `index` in `text`. */
export function lineAt(text: string, index: number): number {
    return text.slice(0, index).split('\n').length;
}

/** 1-based line of the first occurrence of `needle` in `text` (1 if absent). */
export function lineOf(text: string, needle: string): number {
    const index = text.indexOf(needle);
    return index === -1 ? 1 : lineAt(text, index);
}

/** The root directory a gate runs on: first CLI argument that is not a flag, else the current directory. */
export function rootFromArgs(argv: string[] = process.argv.slice(2)): string {
    const arg = argv.find((a) => !a.startsWith('-'));
    return path.resolve(arg ?? process.cwd());
}
