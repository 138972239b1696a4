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

/**
 * A reason is at least three words; a word is a run of non-blanks with a letter or digit in it, so dashes,
 * colons and the `//` of a comment never count (which is why neither is stripped before counting).
 */
const isReason = (text: string): boolean => text.split(/\s/).filter((w) => /\w/.test(w)).length >= 3;

export function checkSuppressions(files: string[], findings: Findings): void {
    for (const file of files) {
        const lines = readText(file).split('\n');
        lines.forEach((line, i) => {
            const lineNo = i + 1;
            // Stryker disable next-line StringLiteral: the first line has none above; any text not starting with // is the same
            const previous = i > 0 ? lines[i - 1].trim() : '';
            const reasonAbove = previous.startsWith('//') && isReason(previous);
            const nopmd = /\/\/\s*NOPMD\b(.*)/i.exec(line);
            if (nopmd) {
                if (!isReason(nopmd[1]) && !reasonAbove) {
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
                const trailing = /\/\/(.*)/.exec(line.slice(sw.index + sw[0].length));
                if (!(trailing && isReason(trailing[1])) && !reasonAbove) {
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
