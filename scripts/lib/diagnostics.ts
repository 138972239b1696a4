/** Collects `file:line: message` findings and prints them the same way in every gate. */
import path from 'node:path';

export interface Finding {
    file: string;
    line: number;
    message: string;
}

export class Findings {
    readonly items: Finding[] = [];

    constructor(private readonly root: string) {}

    add(file: string, line: number, message: string): void {
        const rel = path.isAbsolute(file) ? path.relative(this.root, file) : file;
        const key = `${rel}:${line}: ${message}`;
        if (!this.items.some((f) => `${f.file}:${f.line}: ${f.message}` === key)) {
            this.items.push({ file: rel, line, message });
        }
    }

    get count(): number {
        return this.items.length;
    }

    lines(): string[] {
        return this.items.map((f) => `${f.file}:${f.line}: ${f.message}`);
    }

    /** Prints every finding, then a one-line verdict; returns the process exit code. */
    report(gate: string): number {
        for (const line of this.lines()) console.error(line);
        if (this.count > 0) {
            console.error(`${gate}: ${this.count} problem(s)`);
            return 1;
        }
        console.log(`${gate}: OK`);
        return 0;
    }
}
