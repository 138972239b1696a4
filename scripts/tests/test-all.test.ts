import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GATES, summary, Tail, TAIL_LINES, type Outcome } from '../test-all.ts';

describe('npm test (test-all.ts)', () => {
    it('keeps the last lines of output that arrives in chunks split inside lines and CRLF', () => {
        const tail = new Tail(3);
        tail.push('one\ntw');
        tail.push('o\r\nthree\nfou');
        tail.push('r\nfive');
        assert.deepEqual(tail.result(), ['three', 'four', 'five'], 'the unfinished last line counts');
        tail.push('\n');
        assert.deepEqual(tail.result(), ['three', 'four', 'five'], 'a newline ends it, no empty line is added');
        assert.deepEqual(new Tail(2).result(), [], 'no output, no lines');
    });

    it("repeats only the failed gates' last lines after the table, then the gates line", () => {
        const outcomes: Outcome[] = [
            { gate: 'build', ok: true, seconds: 7.06, tail: ['build: OK'] },
            { gate: 'scan', ok: false, seconds: 22.7, tail: ['Error: engine pmd failed', '    at run'] },
            { gate: 'convert', ok: false, seconds: 4.6, tail: [] }
        ];
        const lines = summary(outcomes);
        assert.ok(lines.includes('| build          | PASS   |     7.1 |'), lines.join('\n'));
        assert.ok(lines.includes('| scan           | FAIL   |    22.7 |'), lines.join('\n'));
        const at = lines.indexOf('--- scan failed; its last 2 line(s):');
        assert.ok(at > lines.indexOf('| convert        | FAIL   |     4.6 |'), 'the tails follow the table');
        assert.deepEqual(lines.slice(at + 1, at + 3), ['  Error: engine pmd failed', '      at run']);
        assert.ok(lines.includes('--- convert failed; its last 0 line(s):'), 'a silent failed gate is named');
        assert.ok(
            !lines.some((l) => l.includes('build failed') || l.includes('build: OK')),
            'passing gates stay quiet'
        );
        assert.deepEqual(lines.slice(-2), ['total 34 s', 'gates: 1 passed, 2 failed']);
    });

    it('runs every gate CI relies on, the scan among them, and repeats enough lines to show a stack', () => {
        for (const gate of [
            'build',
            'typecheck',
            'lint',
            'format:check',
            'test:scripts',
            'scan',
            'test:unit',
            'convert'
        ]) {
            assert.ok(GATES.includes(gate), `${gate} is a gate`);
        }
        assert.ok(TAIL_LINES >= 30, `${TAIL_LINES} lines`);
    });
});
