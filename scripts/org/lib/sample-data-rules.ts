/**
 * The product's rules for the scratch-org sample data (issue 14 item 18), as checks that return what breaks them
 * (empty: obeyed). Run on data/ as it is (scripts/tests/sample-data.test.ts) and on the copies shifted to any day
 * (scripts/org/sample-data.test.ts).
 *
 * Totals count each opportunity as the engine does: won amount closing in the plan period, open amount weighted
 * by the stage's default probability. The data sets no Probability, so Salesforce uses the stage's default from the
 * standard sales process; the values below are Salesforce's default OpportunityStage probabilities, to confirm in
 * an org whose stages are customised.
 */
import { allRecords, type TreeFile, type TreeRecord } from './sample-data';

export const STAGE_PROBABILITY: Readonly<Record<string, number>> = {
    Prospecting: 10,
    Qualification: 10,
    'Needs Analysis': 20,
    'Value Proposition': 50,
    'Id. Decision Makers': 60,
    'Perception Analysis': 70,
    'Proposal/Price Quote': 75,
    'Negotiation/Review': 90,
    'Closed Won': 100,
    'Closed Lost': 0
};

export interface SampleRecords {
    plans: TreeRecord[];
    opportunities: TreeRecord[];
}

/** The plans and opportunities among the records of the files (children included). */
export function sampleRecords(files: Iterable<TreeFile>): SampleRecords {
    const records = allRecords(files);
    const ofType = (type: string): TreeRecord[] =>
        records.filter((r) => r.attributes.type.toLowerCase() === type.toLowerCase());
    return { plans: ofType('Account_Plan__c'), opportunities: ofType('Opportunity') };
}

const text = (value: unknown): string => String(value ?? '');
const name = (record: TreeRecord): string => text(record.Name || record.attributes.referenceId);

/** Won and forecast (won + weighted open) of a plan: its account's opportunities closing in its period. */
export function planTotals(
    plan: TreeRecord,
    opportunities: readonly TreeRecord[]
): { won: number; forecast: number; target: number } {
    let won = 0;
    let weighted = 0;
    for (const o of opportunities) {
        const close = text(o.CloseDate);
        if (o.AccountId !== plan.Account__c || close < text(plan.Start_Date__c) || close > text(plan.End_Date__c))
            continue;
        const amount = Number(o.Amount ?? 0);
        if (o.StageName === 'Closed Won') won += amount;
        else weighted += (amount * (STAGE_PROBABILITY[text(o.StageName)] ?? 0)) / 100;
    }
    return { won, forecast: won + weighted, target: Number(plan.Revenue_Target__c) };
}

/** No two live (not Cancelled) plans of one account share a day. */
export function overlappingLivePlans(plans: readonly TreeRecord[]): string[] {
    const live = plans.filter((p) => p.Status__c !== 'Cancelled');
    const overlaps: string[] = [];
    live.forEach((a, i) => {
        for (const b of live.slice(i + 1))
            if (
                a.Account__c === b.Account__c &&
                text(a.Start_Date__c) <= text(b.End_Date__c) &&
                text(b.Start_Date__c) <= text(a.End_Date__c)
            )
                overlaps.push(`${name(a)} overlaps ${name(b)}`);
    });
    return overlaps;
}

/** Every plan ends on or after its start; every opportunity has a stage with a known default probability. */
export function malformedRecords({ plans, opportunities }: SampleRecords): string[] {
    return [
        ...plans
            .filter((p) => text(p.End_Date__c) < text(p.Start_Date__c))
            .map((p) => `${name(p)} ends before it starts`),
        ...opportunities
            .filter((o) => !(text(o.StageName) in STAGE_PROBABILITY))
            .map((o) => `${name(o)}: unknown stage ${text(o.StageName)}`)
    ];
}

/**
 * "Current plan" means the period contains today (CurrentPlans.cls): the Active plans share one period, it contains
 * `today`, Closed plans end before it and Draft plans start after it; no last review lies after today.
 */
export function currentPeriodProblems(plans: readonly TreeRecord[], today: string): string[] {
    const active = plans.filter((p) => p.Status__c === 'Active');
    if (active.length < 2) return [`only ${active.length} Active plan(s): several accounts should have a current plan`];
    const periods = new Set(active.map((p) => `${text(p.Start_Date__c)}..${text(p.End_Date__c)}`));
    if (periods.size !== 1) return [`the Active plans cover different periods: ${[...periods].join(', ')}`];
    const start = text(active[0].Start_Date__c);
    const end = text(active[0].End_Date__c);
    const problems: string[] = [];
    if (today < start || today > end) problems.push(`the Active plans cover ${start}..${end}, which misses ${today}`);
    for (const p of plans) {
        if (p.Status__c === 'Closed' && text(p.End_Date__c) >= start)
            problems.push(`${name(p)} is Closed but not before the current period`);
        if (p.Status__c === 'Draft' && text(p.Start_Date__c) <= end)
            problems.push(`${name(p)} is a Draft but not after the current period`);
        if (p.Last_Review_Date__c && text(p.Last_Review_Date__c) > today)
            problems.push(`${name(p)} was last reviewed on ${text(p.Last_Review_Date__c)}, after ${today}`);
    }
    return problems;
}

/**
 * The plans shown as ahead of target (won more than the target), on target (forecast within `tolerance` of it)
 * and behind (forecast under 90% of it) really are; each is named by its referenceId.
 */
export function targetProblems(
    { plans, opportunities }: SampleRecords,
    refs: { ahead: string; on: string; behind: string },
    tolerance = 0.02
): string[] {
    const find = (ref: string): TreeRecord | undefined => plans.find((p) => p.attributes.referenceId === ref);
    const problems: string[] = [];
    const check = (ref: string, test: (t: ReturnType<typeof planTotals>) => boolean, what: string): void => {
        const plan = find(ref);
        if (!plan) return void problems.push(`sample plan ${ref} is missing`);
        const totals = planTotals(plan, opportunities);
        if (!test(totals))
            problems.push(
                `${name(plan)} is not ${what}: won ${totals.won}, forecast ${totals.forecast}, target ${totals.target}`
            );
    };
    check(refs.ahead, (t) => t.won > t.target, 'ahead of target');
    check(refs.on, (t) => Math.abs(t.forecast - t.target) <= t.target * tolerance, 'on target');
    check(refs.behind, (t) => t.forecast < t.target * 0.9, 'behind target');
    return problems;
}

/** The sample's showcase plans: ahead of target (Northwind), on target (Contoso), behind (Fabrikam). */
export const SHOWCASE_PLANS = { ahead: 'PlanNwQ4', on: 'PlanCoQ4', behind: 'PlanFaQ4' } as const;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A period named in text that the loader cannot move: a year, a month or a quarter without its year. */
const STALE_PERIOD = new RegExp(`\\b(?:(?:19|20)\\d{2}|${MONTHS}|Q[1-4])\\b`);

/**
 * Free text that would go stale once the dates move: only "Q4 2026"-style labels move with the dates (see
 * relabelQuarters), so text says "next quarter" or "next year" rather than "in December" or "in 2027".
 */
export function stalePeriodWords(records: readonly TreeRecord[]): string[] {
    const problems: string[] = [];
    for (const record of records)
        for (const [field, value] of Object.entries(record)) {
            if (typeof value !== 'string' || /^\d{4}-\d{2}-\d{2}/.test(value)) continue;
            // Stryker disable next-line StringLiteral: a label sits between non-word characters, so what replaces it cannot form a period word
            const match = STALE_PERIOD.exec(value.replace(/\bQ[1-4] \d{4}\b/g, ''));
            if (match)
                problems.push(`${name(record)}.${field} names '${match[0]}', which will not move with the dates`);
        }
    return problems;
}

/** Every rule at once, for data loaded on `today`. */
export function sampleDataProblems(records: SampleRecords, today: string): string[] {
    return [
        ...overlappingLivePlans(records.plans),
        ...malformedRecords(records),
        ...currentPeriodProblems(records.plans, today),
        ...targetProblems(records, SHOWCASE_PLANS)
    ];
}
