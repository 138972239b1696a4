/**
 * A small SOQL reader: finds the fields a query names (select list, sub-queries, WHERE, GROUP BY,
 * HAVING, ORDER BY) and checks them against the metadata index. It is tolerant: a query it cannot
 * read (dynamic fragments, unusual syntax) yields no findings rather than false alarms.
 */
import type { MetadataIndex } from './metadata-index.ts';

interface Token {
    kind: 'ident' | 'string' | 'value' | 'punct' | 'op' | 'colon';
    text: string;
    pos: number;
}

export interface SoqlProblem {
    /** offset in the SOQL text */
    pos: number;
    message: string;
}

const CLAUSES = new Set([
    'FROM',
    'WHERE',
    'WITH',
    'GROUP',
    'HAVING',
    'ORDER',
    'LIMIT',
    'OFFSET',
    'FOR',
    'ALL',
    'USING',
    'UPDATE'
]);
const OPERATORS = new Set(['LIKE', 'IN', 'INCLUDES', 'EXCLUDES']);

export function tokenize(soql: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < soql.length) {
        const c = soql[i];
        if (/\s/.test(c)) {
            i++;
        } else if (c === "'") {
            const start = i++;
            while (i < soql.length && soql[i] !== "'") i += soql[i] === '\\' ? 2 : 1;
            i++;
            tokens.push({ kind: 'string', text: soql.slice(start, i), pos: start });
        } else if (/[A-Za-z_]/.test(c)) {
            const start = i;
            while (i < soql.length && /[\w.]/.test(soql[i])) i++;
            tokens.push({ kind: 'ident', text: soql.slice(start, i).replace(/\.$/, ''), pos: start });
        } else if (/[0-9+-]/.test(c) && /[0-9]/.test(c === '-' || c === '+' ? (soql[i + 1] ?? '') : c)) {
            const start = i;
            i++;
            while (i < soql.length && /[\w.:+-]/.test(soql[i])) i++;
            tokens.push({ kind: 'value', text: soql.slice(start, i), pos: start });
        } else if (c === ':') {
            tokens.push({ kind: 'colon', text: c, pos: i++ });
        } else if ('(),[]{}'.includes(c)) {
            tokens.push({ kind: 'punct', text: c, pos: i++ });
        } else if ('=!<>'.includes(c)) {
            const start = i;
            while (i < soql.length && '=!<>'.includes(soql[i])) i++;
            tokens.push({ kind: 'op', text: soql.slice(start, i), pos: start });
        } else {
            tokens.push({ kind: 'punct', text: c, pos: i++ });
        }
    }
    return tokens;
}

interface FieldRef {
    path: string;
    pos: number;
}

interface ParsedQuery {
    object?: Token;
    alias?: string;
    fields: FieldRef[];
    /** select-list sub-queries: relationship name + their own parse */
    children: Array<{ relationship: Token; query: ParsedQuery }>;
    /** WHERE semi-join sub-queries: independent */
    semiJoins: ParsedQuery[];
}

class Parser {
    i = 0;
    constructor(private readonly t: Token[]) {}

    peek(offset = 0): Token | undefined {
        return this.t[this.i + offset];
    }
    up(offset = 0): string {
        return (this.peek(offset)?.text ?? '').toUpperCase();
    }
    atClause(): boolean {
        const tok = this.peek();
        return !tok || (tok.kind === 'ident' && CLAUSES.has(tok.text.toUpperCase())) || tok.text === ')';
    }

    /** Skips a balanced (...) group starting at the current '(' token. */
    skipGroup(): void {
        let depth = 0;
        do {
            const tok = this.peek();
            if (!tok) return;
            if (tok.text === '(' || tok.text === '[') depth++;
            if (tok.text === ')' || tok.text === ']') depth--;
            this.i++;
        } while (depth > 0);
    }

    /** Function call at the current ident: collects field-like arguments. */
    functionArgs(into: FieldRef[]): void {
        this.i++; // name
        this.i++; // (
        let depth = 1;
        while (this.peek() && depth > 0) {
            const tok = this.peek()!;
            if (tok.text === '(') depth++;
            else if (tok.text === ')') depth--;
            else if (tok.kind === 'ident' && this.peek(1)?.text !== '(' && !/^(DISTINCT)$/i.test(tok.text)) {
                into.push({ path: tok.text, pos: tok.pos });
            }
            this.i++;
        }
    }

    query(): ParsedQuery {
        const q: ParsedQuery = { fields: [], children: [], semiJoins: [] };
        if (this.up() !== 'SELECT') return q;
        this.i++;
        const pendingChildren: Array<{ start: number }> = [];
        // select list
        while (this.peek() && this.up() !== 'FROM') {
            const tok = this.peek()!;
            if (tok.text === ',') {
                this.i++;
            } else if (tok.text === '(' && this.up(1) === 'SELECT') {
                pendingChildren.push({ start: this.i });
                this.skipGroup();
            } else if (tok.kind === 'ident' && tok.text.toUpperCase() === 'TYPEOF') {
                while (this.peek() && this.up() !== 'END') this.i++;
                this.i++;
            } else if (tok.kind === 'ident' && this.peek(1)?.text === '(') {
                this.functionArgs(q.fields);
                if (this.peek()?.kind === 'ident' && this.up() !== 'FROM') this.i++; // alias
            } else if (tok.kind === 'ident') {
                q.fields.push({ path: tok.text, pos: tok.pos });
                this.i++;
                if (this.peek()?.kind === 'ident' && this.up() !== 'FROM') this.i++; // alias (aggregate queries)
            } else {
                this.i++;
            }
        }
        if (this.up() !== 'FROM') return q;
        this.i++;
        q.object = this.peek();
        this.i++;
        if (this.peek()?.kind === 'ident' && !CLAUSES.has(this.up())) {
            q.alias = this.peek()!.text;
            this.i++;
        }
        // child sub-queries of the select list
        const end = this.i;
        for (const child of pendingChildren) {
            this.i = child.start + 1;
            const sub = this.query();
            if (sub.object) q.children.push({ relationship: sub.object, query: sub });
        }
        this.i = end;
        // remaining clauses
        while (this.peek() && this.peek()!.text !== ')') {
            const clause = this.up();
            if (clause === 'WHERE' || clause === 'HAVING') {
                this.i++;
                this.condition(q);
            } else if ((clause === 'GROUP' || clause === 'ORDER') && this.up(1) === 'BY') {
                this.i += 2;
                this.fieldList(q);
            } else {
                this.i++;
                // WITH, LIMIT, OFFSET, FOR, ALL ROWS, USING SCOPE: no fields to check
                while (this.peek() && !this.atClause()) {
                    if (this.peek()!.text === '(') this.skipGroup();
                    else this.i++;
                }
            }
        }
        return q;
    }

    fieldList(q: ParsedQuery): void {
        while (this.peek() && !this.atClause()) {
            const tok = this.peek()!;
            const word = tok.text.toUpperCase();
            if (tok.kind === 'ident' && this.peek(1)?.text === '(') {
                this.functionArgs(q.fields);
            } else if (tok.kind === 'ident' && !['ASC', 'DESC', 'NULLS', 'FIRST', 'LAST'].includes(word)) {
                q.fields.push({ path: tok.text, pos: tok.pos });
                this.i++;
            } else {
                this.i++;
            }
        }
    }

    condition(q: ParsedQuery): void {
        let depth = 0;
        while (this.peek()) {
            const tok = this.peek()!;
            const word = tok.text.toUpperCase();
            if (tok.text === ')' && depth === 0) return;
            if (depth === 0 && this.atClause()) return;
            if (tok.text === '(') {
                depth++;
                this.i++;
            } else if (tok.text === ')') {
                depth--;
                this.i++;
            } else if (tok.kind === 'ident' && ['AND', 'OR', 'NOT'].includes(word)) {
                this.i++;
            } else if (tok.kind === 'ident') {
                if (this.peek(1)?.text === '(') this.functionArgs(q.fields);
                else {
                    q.fields.push({ path: tok.text, pos: tok.pos });
                    this.i++;
                }
                this.operatorAndValue(q);
            } else {
                this.i++;
            }
        }
    }

    operatorAndValue(q: ParsedQuery): void {
        if (this.up() === 'NOT') this.i++;
        const op = this.peek();
        if (!op) return;
        if (op.kind === 'op' || (op.kind === 'ident' && OPERATORS.has(op.text.toUpperCase()))) this.i++;
        else return;
        this.value(q);
    }

    value(q: ParsedQuery): void {
        const tok = this.peek();
        if (!tok) return;
        if (tok.kind === 'colon') {
            this.i++;
            // an Apex bind expression: identifiers, member access, calls, indexes
            while (this.peek()) {
                const t = this.peek()!;
                if (
                    t.kind === 'ident' &&
                    !CLAUSES.has(t.text.toUpperCase()) &&
                    !['AND', 'OR'].includes(t.text.toUpperCase())
                ) {
                    this.i++;
                    if (this.peek()?.text === '(' || this.peek()?.text === '[') this.skipGroup();
                    if (this.peek()?.text === '.') {
                        this.i++;
                        continue;
                    }
                }
                break;
            }
        } else if (tok.text === '(') {
            if (this.up(1) === 'SELECT') {
                this.i++;
                q.semiJoins.push(this.query());
                if (this.peek()?.text === ')') this.i++;
            } else {
                this.skipGroup();
            }
        } else {
            this.i++;
            if (this.peek()?.kind === 'colon' && this.peek(1)?.kind === 'value') this.i += 2; // LAST_N_DAYS:30
        }
    }
}

/** Parses `soql` and returns the unknown objects, relationships and fields it names. */
export function checkSoql(soql: string, index: MetadataIndex): SoqlProblem[] {
    const tokens = tokenize(soql);
    if (tokens.length < 4 || tokens[0].text.toUpperCase() !== 'SELECT') return [];
    let parsed: ParsedQuery;
    try {
        parsed = new Parser(tokens).query();
        // Stryker disable all: defensive only, no test can reach it: the parser reads every token through a peek() guard
    } catch {
        return [];
    }
    // Stryker restore all
    const problems: SoqlProblem[] = [];
    checkQuery(parsed, undefined, index, problems);
    return problems;
}

function checkQuery(
    q: ParsedQuery,
    objectName: string | undefined,
    index: MetadataIndex,
    problems: SoqlProblem[]
): void {
    const name = objectName ?? q.object?.text;
    if (!name || !q.object) return;
    const obj = index.object(name);
    if (!obj) {
        if (/__(c|mdt)$/i.test(name)) problems.push({ pos: q.object.pos, message: `unknown object '${name}' in SOQL` });
        return;
    }
    const isCustomWithoutDefinition = /__(c|mdt)$/i.test(name) && !obj.projectDefined;
    if (isCustomWithoutDefinition) {
        problems.push({ pos: q.object.pos, message: `unknown object '${name}' in SOQL` });
        return;
    }
    for (const ref of q.fields) {
        let path = ref.path;
        if (q.alias && path.toLowerCase().startsWith(`${q.alias.toLowerCase()}.`))
            path = path.slice(q.alias.length + 1);
        else if (
            path.toLowerCase().startsWith(`${obj.name.toLowerCase()}.`) &&
            !obj.relationships.has(obj.name.toLowerCase())
        ) {
            path = path.slice(obj.name.length + 1);
        }
        const problem = index.checkPath(obj.name, path);
        if (problem) problems.push({ pos: ref.pos, message: `SOQL on ${obj.name}: ${problem}` });
    }
    for (const child of q.children) {
        const rel = child.relationship.text;
        const childObject = obj.children.get(rel.toLowerCase());
        if (!childObject) {
            problems.push({
                pos: child.relationship.pos,
                message: `SOQL on ${obj.name}: unknown child relationship '${rel}'`
            });
            continue;
        }
        checkQuery(child.query, childObject, index, problems);
    }
    for (const sub of q.semiJoins) checkQuery(sub, undefined, index, problems);
}

/**
 * The SOQL found in Apex source: static `[SELECT ...]` queries and string literals that hold a whole
 * query (Database.query / getQueryLocator / countQuery). Offsets point into `source`.
 */
export function findSoqlInApex(masked: string, withStrings: string): Array<{ soql: string; offset: number }> {
    const found: Array<{ soql: string; offset: number }> = [];
    // static queries: '[' followed by SELECT, up to the matching ']'
    const staticRe = /\[\s*SELECT\b/gi;
    for (const m of masked.matchAll(staticRe)) {
        const start = m.index!;
        let depth = 0;
        let end = start;
        for (; end < masked.length; end++) {
            if (masked[end] === '[') depth++;
            else if (masked[end] === ']' && --depth === 0) break;
        }
        const inner = withStrings.slice(start + 1, end);
        const lead = inner.length - inner.trimStart().length;
        found.push({ soql: inner.trim(), offset: start + 1 + lead });
    }
    // dynamic queries held in one string literal
    const literalRe = /'((?:[^'\\\n]|\\.)*)'/g;
    for (const m of withStrings.matchAll(literalRe)) {
        if (masked[m.index!] !== "'") continue; // inside a comment
        const text = m[1];
        if (/^\s*SELECT\s[\s\S]*\sFROM\s+\w+/i.test(text)) {
            const lead = text.length - text.trimStart().length;
            found.push({ soql: text.trim().replace(/\\'/g, "''"), offset: m.index! + 1 + lead });
        }
    }
    return found;
}
