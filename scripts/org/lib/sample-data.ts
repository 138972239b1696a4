/**
 * Sample data that is current on the day it is loaded (issue 14 item 18). The files in data/ stay anchored in one
 * quarter (the period of their Active plans, 2026 Q4 today) so their diffs stay readable; `npm run org:create`
 * loads shifted copies: every Date and DateTime value moves by the same whole number of calendar quarters, so the
 * anchor quarter becomes the quarter containing today and every plan, review, due date and close date keeps its
 * place relative to the others.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MetadataIndex } from '../../lib/metadata-index.ts';
import {
    DATETIME_VALUE,
    DATE_VALUE,
    dateFieldKind,
    sampleDateProblem,
    type DateKind
} from '../../lib/metadata/sample-data.ts';

export interface TreeRecord {
    attributes: { type: string; referenceId?: string };
    [field: string]: unknown;
}

export interface TreeFile {
    records: TreeRecord[];
}

export interface PlanStep {
    sobject: string;
    files: string[];
    [setting: string]: unknown;
}

/** What the loader needs to know about the schema: which fields hold dates (child records name their own type). */
export interface SampleSchema {
    dateKind(object: string, field: string): DateKind | undefined;
}

/** The schema from the project's metadata (force-app) and the standard date fields. */
export function schemaFrom(index: MetadataIndex): SampleSchema {
    return { dateKind: (object, field) => dateFieldKind(index, object, field) };
}

/** A calendar quarter (1-4) of a year. */
export interface Quarter {
    year: number;
    quarter: number;
}

const PLAN_OBJECT = 'account_plan__c';

/**
 * Dates that record something already done: a future value makes no sense (the objective's one is refused by the
 * validation rule Last_Reviewed_Date_Not_In_Future). When the shift puts one after today it becomes today, which
 * keeps it in the same quarter. Both are Date fields, so today's YYYY-MM-DD replaces them as it is.
 */
const PAST_ONLY_FIELDS: Readonly<Record<string, readonly string[]>> = {
    account_plan__c: ['last_review_date__c'],
    account_plan_objective__c: ['last_reviewed_date__c']
};

function parts(date: string): [number, number, number] {
    const match = DATE_VALUE.exec(date);
    if (!match) throw new Error(`'${date}' is not a YYYY-MM-DD date`);
    return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Adds whole months to a YYYY-MM-DD date. The last day of a month stays the last day (2026-09-30 + 3 months =
 * 2026-12-31), so a quarter's end stays a quarter's end; any other day keeps its number, clamped to the month's
 * length (2026-11-30 + 3 months = 2027-02-28).
 */
export function addMonths(date: string, months: number): string {
    const [year, month, day] = parts(date);
    const index = year * 12 + (month - 1) + months;
    const newYear = Math.floor(index / 12);
    const newMonth = index - newYear * 12 + 1;
    const last = daysInMonth(newYear, newMonth);
    const newDay = day === daysInMonth(year, month) ? last : Math.min(day, last);
    return `${pad(newYear, 4)}-${pad(newMonth)}-${pad(newDay)}`;
}

/** Moves a Date (YYYY-MM-DD) or DateTime (ISO 8601) value by whole months; the time and zone stay as they are. */
export function shiftDateValue(value: string, months: number, kind: DateKind): string {
    if (kind === 'date') return addMonths(value, months);
    const match = DATETIME_VALUE.exec(value);
    if (!match) throw new Error(`'${value}' is not an ISO 8601 date/time`);
    return `${addMonths(`${match[1]}-${match[2]}-${match[3]}`, months)}${match[4]}`;
}

export function quarterOf(date: string): Quarter {
    const [year, month] = parts(date);
    return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** A number for each quarter, one apart from the next: only differences and equality are used. */
const quarterIndex = (q: Quarter): number => q.year * 4 + q.quarter;

/** First and last day of a quarter, YYYY-MM-DD. */
export function quarterBounds(q: Quarter): { start: string; end: string } {
    const first = (q.quarter - 1) * 3 + 1;
    return {
        start: `${pad(q.year, 4)}-${pad(first)}-01`,
        end: `${pad(q.year, 4)}-${pad(first + 2)}-${pad(daysInMonth(q.year, first + 2))}`
    };
}

/** Today in the machine's time zone as YYYY-MM-DD (the user's "today", not UTC's). */
export function localToday(now: Date = new Date()): string {
    return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Every record of the files, children (sub-queries such as Objectives__r) included, parents first. */
export function allRecords(files: Iterable<TreeFile>): TreeRecord[] {
    const out: TreeRecord[] = [];
    const visit = (records: TreeRecord[]): void => {
        for (const record of records) {
            out.push(record);
            for (const value of Object.values(record)) if (isChildList(value)) visit(value.records);
        }
    };
    for (const file of files) visit(file.records);
    return out;
}

function isChildList(value: unknown): value is TreeFile {
    return Array.isArray((value as { records?: unknown } | null | undefined)?.records);
}

const isPlan = (record: TreeRecord): boolean => record.attributes.type.toLowerCase() === PLAN_OBJECT;

/**
 * The anchor quarter of the data: the quarter in which its Active plans start. They must share it (the sample shows
 * one current period); undefined when the data has no Active plan.
 */
export function anchorQuarter(records: readonly TreeRecord[]): Quarter | undefined {
    const starts = new Map<number, Quarter>();
    for (const record of records) {
        if (!isPlan(record) || record.Status__c !== 'Active') continue;
        const q = quarterOf(String(record.Start_Date__c));
        starts.set(quarterIndex(q), q);
    }
    if (starts.size > 1) {
        const names = [...starts.values()].map((q) => `${q.year} Q${q.quarter}`).join(', ');
        throw new Error(`The Active sample plans start in different quarters (${names}): give them one period.`);
    }
    return [...starts.values()][0];
}

export interface ShiftResult {
    /** The shifted copies, by the name the plan file gives them. */
    files: Map<string, TreeFile>;
    /** Whole quarters the dates moved (negative: back); months = 3 * quarters. */
    quarters: number;
    /** The Active plans' period after the shift, when the data has Active plans. */
    current?: { start: string; end: string };
    /** Past-only dates (last reviews) that would have landed after today and were set to today. */
    clampedToToday: number;
}

/**
 * Shifts every Date and DateTime value of the files so that the anchor quarter becomes the quarter of `today`.
 * Quarter labels in text ("Northwind Traders - Q4 2026") move with them. The input is not changed.
 */
export function shiftSampleData(
    files: ReadonlyMap<string, TreeFile>,
    schema: SampleSchema,
    today: string
): ShiftResult {
    const anchor = anchorQuarter(allRecords(files.values()));
    const quarters = anchor ? quarterIndex(quarterOf(today)) - quarterIndex(anchor) : 0;
    const months = quarters * 3;
    let clampedToToday = 0;

    const shiftRecord = (record: TreeRecord): TreeRecord => {
        const type = record.attributes.type;
        const pastOnly: readonly string[] | undefined = PAST_ONLY_FIELDS[type.toLowerCase()];
        const out: TreeRecord = { ...record };
        for (const [field, value] of Object.entries(record)) {
            if (isChildList(value)) {
                out[field] = { ...value, records: value.records.map(shiftRecord) };
                continue;
            }
            if (typeof value !== 'string') continue;
            const kind = schema.dateKind(type, field);
            const problem = sampleDateProblem(kind, value);
            if (problem) throw new Error(`${record.attributes.referenceId ?? type}: ${type}.${field} ${problem}`);
            if (!kind) {
                out[field] = relabelQuarters(value, quarters);
                continue;
            }
            let shifted = shiftDateValue(value, months, kind);
            if (pastOnly?.includes(field.toLowerCase()) && shifted > today) {
                shifted = today;
                clampedToToday++;
            }
            out[field] = shifted;
        }
        return out;
    };

    const shifted = new Map<string, TreeFile>();
    for (const [name, file] of files) shifted.set(name, { ...file, records: file.records.map(shiftRecord) });
    const active = allRecords(shifted.values()).find((r) => isPlan(r) && r.Status__c === 'Active');
    return {
        files: shifted,
        quarters,
        current: active ? { start: String(active.Start_Date__c), end: String(active.End_Date__c) } : undefined,
        clampedToToday
    };
}

/** Moves quarter labels such as "Q4 2026" in free text by whole quarters. */
export function relabelQuarters(text: string, quarters: number): string {
    return text.replace(/\bQ([1-4]) (\d{4})\b/g, (_, q: string, year: string) => {
        const index = Number(year) * 4 + Number(q) - 1 + quarters;
        return `Q${(index % 4) + 1} ${Math.floor(index / 4)}`;
    });
}

/** The line the scratch-org script prints after shifting. */
export function describeShift(result: Pick<ShiftResult, 'quarters' | 'current'>): string {
    if (!result.current) return 'No Active sample plan: sample dates were loaded as they are.';
    const period = `${result.current.start}–${result.current.end}`;
    if (result.quarters === 0) return `Sample dates need no shift: the current plans cover ${period}`;
    const n = Math.abs(result.quarters);
    const direction = result.quarters === n ? 'forward' : 'back';
    return `Shifted sample dates ${direction} by ${n} quarter${n === 1 ? '' : 's'} so the current plans cover ${period}`;
}

/** Reads an sf data tree plan and the files it names (paths relative to the plan, as the CLI resolves them). */
export function readSamplePlan(planPath: string): { plan: PlanStep[]; files: Map<string, TreeFile> } {
    const plan = JSON.parse(readFileSync(planPath, 'utf8')) as PlanStep[];
    if (!Array.isArray(plan)) throw new Error(`${planPath} is not an sf data tree plan (a JSON array)`);
    const files = new Map<string, TreeFile>();
    for (const step of plan) {
        for (const name of step.files ?? []) {
            const file = JSON.parse(readFileSync(path.resolve(path.dirname(planPath), name), 'utf8')) as TreeFile;
            files.set(name, file);
        }
    }
    return { plan, files };
}

export interface PreparedSampleData extends ShiftResult {
    /** The temporary directory holding the copies; remove it with `cleanup()` after the import. */
    dir: string;
    /** The copy of the plan file, naming the shifted copies. */
    planPath: string;
    cleanup(): void;
}

/**
 * Writes shifted copies of a plan's data files, and a copy of the plan, to a new temporary directory. The data in
 * the repository is not changed. `sf data import tree --plan` resolves the files relative to the plan file
 * (@salesforce/plugin-data lib/api/data/tree/importPlan.js: path.resolve(path.dirname(planPath), file)).
 */
export function prepareSampleData(options: {
    planPath: string;
    today: string;
    schema: SampleSchema;
}): PreparedSampleData {
    const { plan, files } = readSamplePlan(options.planPath);
    const result = shiftSampleData(files, options.schema, options.today);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sap-sample-data-'));
    const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
    try {
        const write = (name: string, content: unknown): string => {
            const target = path.resolve(dir, name);
            const rel = path.relative(dir, target);
            if (rel.startsWith('..') || path.isAbsolute(rel))
                throw new Error(`the sample data plan names '${name}', outside its folder: keep data files beside it`);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, `${JSON.stringify(content, null, 2)}\n`); // UTF-8, the default
            return target;
        };
        for (const [name, file] of result.files) write(name, file);
        const planPath = write(path.basename(options.planPath), plan);
        return { ...result, dir, planPath, cleanup };
    } catch (error) {
        cleanup();
        throw error;
    }
}
