/**
 * Suppression policy for the scan: a PMD finding may be silenced only
 *   - with `// NOPMD <reason>` on the offending line (the reason is the text after NOPMD), or
 *   - with `@SuppressWarnings('PMD.RuleName')` naming each rule (never bare 'PMD'),
 * and in both cases a reason of at least three words must be written: after NOPMD, or as a `//`
 * comment on the same line or on the line just above the annotation. `code-analyzer-suppress`
 * markers are not allowed (they bypass this policy).
 */
import type { Findings } from './diagnostics.ts';
import { readText } from './fsutil.ts';

const words = (text: string): number =>
    text
        .trim()
        .split(/\s+/)
        .filter((w) => /\w/.test(w)).length;

export function checkSuppressions(files: string[], findings: Findings): void {
    for (const file of files) {
        const lines = readText(file).split('\n');
        lines.forEach((line, i) => {
            const lineNo = i + 1;
            const previous = i > 0 ? lines[i - 1].trim() : '';
            const nopmd = /\/\/\s*NOPMD\b(.*)$/i.exec(line);
            if (nopmd) {
                const reason = nopmd[1].replace(/^[\s:\-–—]+/, '');
                if (words(reason) < 3 && !(previous.startsWith('//') && words(previous.slice(2)) >= 3)) {
                    findings.add(file, lineNo, 'NOPMD without a reason: write `// NOPMD - <why this is safe>`');
                }
            }
            const sw = /@SuppressWarnings\s*\(\s*'([^']*)'\s*\)/i.exec(line);
            if (sw) {
                const rules = sw[1].split(',').map((r) => r.trim());
                for (const rule of rules) {
                    if (/^PMD$/i.test(rule) || (/^PMD/i.test(rule) && !/^PMD\.\w+$/.test(rule))) {
                        findings.add(file, lineNo, `@SuppressWarnings('${rule}') must name one rule: 'PMD.RuleName'`);
                    }
                }
                const trailing = /\/\/(.*)$/.exec(line.slice(sw.index + sw[0].length));
                const hasReason =
                    (trailing && words(trailing[1]) >= 3) ||
                    (previous.startsWith('//') && words(previous.slice(2)) >= 3);
                if (!hasReason) {
                    findings.add(
                        file,
                        lineNo,
                        '@SuppressWarnings without a reason: add a `// <why>` comment on the line above'
                    );
                }
            }
            if (/code-analyzer-(un)?suppress/i.test(line)) {
                findings.add(
                    file,
                    lineNo,
                    'code-analyzer-suppress markers are not allowed: use NOPMD or @SuppressWarnings with a reason'
                );
            }
        });
    }
}
