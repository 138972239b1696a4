/**
 * A small SOQL reader: finds the fields a query names (select list, sub-queries, WHERE, GROUP BY,
 * HAVING, ORDER BY) and checks them against the metadata index. It is tolerant: a query it cannot
 * read (dynamic fragments, unusual syntax) yields no findings rather than false alarms.
 */
import type { MetadataIndex } from './metadata-index.ts';

interface Token {
    /** only names and the bind colon are told apart from the rest (undefined) */
    kind?: 'ident' | 'colon';
    text: string;
    pos: number;
}

export interface SoqlProblem {
    /** offset in the SOQL text */
    pos: number;
    message: string;
}

/** The words that end a clause's field list or condition. */
const CLAUSES = new Set(['WHERE', 'WITH', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'OFFSET', 'FOR', 'ALL', 'UPDATE']);

export function tokenize(soql: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < soql.length) {
        const start = i;
        const c = soql[i++];
        if (/\s/.test(c)) continue;
        let kind: Token['kind'];
        if (c === "'") {
            // a string literal, \' included; an unterminated one runs to the end
            while (/[^']/.test(soql.charAt(i))) i += soql[i] === '\\' ? 2 : 1;
            i++;
        } else if (/[A-Za-z_]/.test(c)) {
            kind = 'ident';
            while (/[\w.]/.test(soql.charAt(i))) i++;
        } else if (/[0-9]/.test(c)) {
            // numbers, dates and datetimes (2026-01-01T00:00:00Z): one token, no names in it
            while (/[\w.:+-]/.test(soql.charAt(i))) i++;
        } else if (/[=!<>]/.test(c)) {
            // an operator: != and <= are one token
            while (/[=!<>]/.test(soql.charAt(i))) i++;
        } else if (c === ':') {
            kind = 'colon';
        }
        tokens.push({ kind, text: soql.slice(start, i), pos: start });
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
    /** select-list sub-queries, FROM a child relationship */
    children: ParsedQuery[];
    /** WHERE semi-join sub-queries: independent */
    semiJoins: ParsedQuery[];
}

class Parser {
    i = 0;
    constructor(private readonly t: Token[]) {}

    peek(offset = 0): Token | undefined {
        return this.t[this.i + offset];
    }
    /** The upper-cased text of a token, undefined past the end. */
    up(offset = 0): string | undefined {
        return this.peek(offset)?.text.toUpperCase();
    }
    atClause(): boolean {
        const word = this.up();
        return word === undefined || word === ')' || CLAUSES.has(word);
    }

    /** Skips one token, or a balanced (...) or [...] group starting at it. */
    skip(): void {
        let depth = 0;
        do {
            const text = this.up();
            if (text === undefined) return;
            if (text === '(' || text === '[') depth++;
            if (text === ')' || text === ']') depth--;
            this.i++;
        } while (depth > 0);
    }

    /** A field at the current name, or a function call: the field names among its arguments. */
    field(q: ParsedQuery): void {
        const tok = this.peek()!;
        if (this.up(1) !== '(') {
            q.fields.push({ path: tok.text, pos: tok.pos });
            this.i++;
        } else if (this.up() === 'FIELDS') {
            // FIELDS(ALL), FIELDS(STANDARD), FIELDS(CUSTOM): no field names
            this.i++;
            this.skip();
        } else {
            this.functionArgs(q.fields);
        }
    }

    /** A function call at the current name: collects the field names among its arguments. */
    functionArgs(into: FieldRef[]): void {
        this.i += 2; // name (
        let depth = 1;
        while (this.peek() && depth > 0) {
            const tok = this.peek()!;
            if (tok.text === '(') depth++;
            else if (tok.text === ')') depth--;
            else if (tok.kind === 'ident' && this.up(1) !== '(') into.push({ path: tok.text, pos: tok.pos });
            this.i++;
        }
    }

    /** A query from its SELECT up to its end or the ')' that closes it. */
    query(): ParsedQuery {
        const q: ParsedQuery = {
            fields: [],
            children: [],
            // Stryker disable next-line ArrayDeclaration: a seeded entry is a string, whose undefined .object names nothing
            semiJoins: []
        };
        this.i++; // SELECT
        while (this.peek() && this.up() !== 'FROM') {
            const tok = this.peek()!;
            if (tok.text === '(') {
                this.i++;
                q.children.push(this.query());
                this.i++; // )
            } else if (this.up() === 'TYPEOF') {
                while (this.peek() && this.up() !== 'END') this.i++;
                this.i++;
            } else if (tok.kind === 'ident') {
                this.field(q);
                if (this.up() !== 'FROM') this.i++; // the alias (aggregate queries) or the comma
            } else {
                this.i++;
            }
        }
        this.i++; // FROM
        q.object = this.peek();
        this.i++;
        // the word after the object is its alias unless a clause starts there (USING of USING SCOPE is taken for
        // one, harmlessly: no field path starts with it); the loop below skips it
        if (!this.atClause()) q.alias = this.peek()!.text;
        while (this.peek() && this.up() !== ')') {
            const clause = this.up();
            if (clause === 'WHERE' || clause === 'HAVING') {
                this.i++;
                this.condition(q);
            } else if (clause === 'GROUP' || clause === 'ORDER') {
                this.i += 2; // BY
                this.fieldList(q);
            } else {
                // WITH, LIMIT, OFFSET, FOR, ALL ROWS, UPDATE, USING SCOPE, the alias: no fields to check
                this.i++;
                while (!this.atClause()) this.skip();
            }
        }
        return q;
    }

    fieldList(q: ParsedQuery): void {
        while (!this.atClause()) {
            if (this.peek()!.kind === 'ident' && !['ASC', 'DESC', 'NULLS', 'FIRST', 'LAST'].includes(this.up()!)) {
                this.field(q);
            } else {
                this.i++;
            }
        }
    }

    condition(q: ParsedQuery): void {
        let depth = 0;
        while (this.peek() && !(depth === 0 && this.atClause())) {
            const tok = this.peek()!;
            if (tok.text === '(') {
                depth++;
                this.i++;
            } else if (tok.text === ')') {
                depth--;
                this.i++;
            } else if (tok.kind === 'ident' && !['AND', 'OR', 'NOT'].includes(this.up()!)) {
                this.field(q);
                if (this.up() === 'NOT') this.i++; // NOT IN
                this.i++; // the operator
                this.value(q);
            } else {
                this.i++;
            }
        }
    }

    value(q: ParsedQuery): void {
        if (this.peek()?.kind === 'colon') {
            // an Apex bind expression: a name with member access, calls and indexes, or a (parenthesized) one
            this.i++;
            this.skip();
            for (;;) {
                if (this.up() === '.') this.i += 2;
                else if (this.up() === '(' || this.up() === '[') this.skip();
                else return;
            }
        } else if (this.up(1) === 'SELECT') {
            this.i++;
            q.semiJoins.push(this.query());
            this.i++; // )
        } else {
            this.skip(); // a literal, or a (list)
        }
    }
}

/** Parses `soql` and returns the unknown objects, relationships and fields it names. */
export function checkSoql(soql: string, index: MetadataIndex): SoqlProblem[] {
    const tokens = tokenize(soql);
    if (tokens[0]?.text.toUpperCase() !== 'SELECT') return [];
    const problems: SoqlProblem[] = [];
    checkQuery(new Parser(tokens).query(), undefined, index, problems);
    return problems;
}

function checkQuery(
    q: ParsedQuery,
    objectName: string | undefined,
    index: MetadataIndex,
    problems: SoqlProblem[]
): void {
    if (!q.object) return;
    const name = objectName ?? q.object.text;
    const obj = index.object(name);
    if (/__(c|mdt)$/i.test(name) && !obj?.projectDefined) {
        problems.push({ pos: q.object.pos, message: `unknown object '${name}' in SOQL` });
        return;
    }
    if (!obj) return;
    for (const ref of q.fields) {
        let path = ref.path;
        if (q.alias && path.toLowerCase().startsWith(`${q.alias.toLowerCase()}.`))
            path = path.slice(q.alias.length + 1);
        else if (path.toLowerCase().startsWith(`${obj.name.toLowerCase()}.`)) path = path.slice(obj.name.length + 1);
        const problem = index.checkPath(obj.name, path);
        if (problem) problems.push({ pos: ref.pos, message: `SOQL on ${obj.name}: ${problem}` });
    }
    for (const child of q.children) {
        // a parent that has an object has children that have one: a child's select list runs to a FROM first
        const relationship = child.object!;
        const childObject = obj.children.get(relationship.text.toLowerCase());
        if (!childObject) {
            problems.push({
                pos: relationship.pos,
                message: `SOQL on ${obj.name}: unknown child relationship '${relationship.text}'`
            });
            continue;
        }
        checkQuery(child, childObject, index, problems);
    }
    for (const sub of q.semiJoins) checkQuery(sub, undefined, index, problems);
}

/**
 * The SOQL found in Apex source: static `[SELECT ...]` queries and string literals that hold a whole
 * query (Database.query / getQueryLocator / countQuery). `masked` is the source with comments and string
 * contents blanked, `withStrings` with comments only (maskApex); offsets point into the source.
 */
export function findSoqlInApex(masked: string, withStrings: string): Array<{ soql: string; offset: number }> {
    const found: Array<{ soql: string; offset: number }> = [];
    // static queries: '[' followed by SELECT, up to the matching ']'
    const staticRe = /\[\s*SELECT\b/gi;
    for (const m of masked.matchAll(staticRe)) {
        const start = m.index!;
        let depth = 0;
        let end = start;
        // Stryker disable next-line EqualityOperator: one step past the end reads undefined, no bracket; slice() stops at the end anyway
        for (; end < masked.length; end++) {
            if (masked[end] === '[') depth++;
            else if (masked[end] === ']' && --depth === 0) break;
        }
        const inner = withStrings.slice(start + 1, end);
        const lead = inner.length - inner.trimStart().length;
        found.push({ soql: inner.trim(), offset: start + 1 + lead });
    }
    // dynamic queries held in one string literal (withStrings has no comments left to hold one)
    const literalRe = /'((?:[^'\\\n]|\\.)*)'/g;
    for (const m of withStrings.matchAll(literalRe)) {
        const text = m[1];
        if (/^\s*SELECT\s[\s\S]*\sFROM\s/i.test(text)) {
            const lead = text.length - text.trimStart().length;
            found.push({ soql: text.trim().replace(/\\'/g, "''"), offset: m.index! + 1 + lead });
        }
    }
    return found;
}
