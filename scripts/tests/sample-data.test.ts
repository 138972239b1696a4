/**
 * The scratch-org sample data (data/*.json) obeys the product's rules (issue 14 item 18): no two live plans of one
 * account overlap; the Active plans share the period users see as current; the plans shown as ahead, on and
 * behind target really are, counting each opportunity as the engine does (won amount in the plan period, open
 * amount weighted by the stage's default probability; the data sets no Probability, so Salesforce uses the stage's
 * default from the standard sales process; the values below are Salesforce's default OpportunityStage
 * probabilities, to confirm in an org whose stages are customised).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const DATA = path.resolve(import.meta.dirname, '..', '..', 'data');

type Row = Record<string, unknown> & { attributes: { referenceId: string } };
function records(file: string): Row[] {
    return (JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as { records: Row[] }).records;
}

const plans = records('account-plans.json');
const opportunities = records('opportunities.json');

const STAGE_PROBABILITY: Record<string, number> = {
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

/** Won and forecast (won + weighted open) of a plan: its account's opportunities closing in its period. */
function totals(plan: Row): { won: number; forecast: number; target: number } {
    let won = 0;
    let weighted = 0;
    for (const o of opportunities) {
        const close = String(o.CloseDate);
        if (o.AccountId !== plan.Account__c || close < String(plan.Start_Date__c) || close > String(plan.End_Date__c))
            continue;
        const amount = Number(o.Amount ?? 0);
        if (o.StageName === 'Closed Won') won += amount;
        else if (o.StageName !== 'Closed Lost') weighted += (amount * STAGE_PROBABILITY[String(o.StageName)]) / 100;
    }
    return { won, forecast: won + weighted, target: Number(plan.Revenue_Target__c) };
}

function plan(referenceId: string): Row {
    const found = plans.find((p) => p.attributes.referenceId === referenceId);
    assert.ok(found, `sample plan ${referenceId} is missing`);
    return found;
}

describe('sample data (data/*.json)', () => {
    it('has no overlapping live plans on one account', () => {
        const live = plans.filter((p) => p.Status__c !== 'Cancelled');
        const overlaps: string[] = [];
        for (const a of live)
            for (const b of live)
                if (
                    a !== b &&
                    String(a.Name) < String(b.Name) &&
                    a.Account__c === b.Account__c &&
                    String(a.Start_Date__c) <= String(b.End_Date__c) &&
                    String(b.Start_Date__c) <= String(a.End_Date__c)
                )
                    overlaps.push(`${String(a.Name)} overlaps ${String(b.Name)}`);
        assert.deepEqual(overlaps, []);
    });

    it('gives every plan an end on or after its start and a stage probability to every opportunity', () => {
        for (const p of plans) assert.ok(String(p.End_Date__c) >= String(p.Start_Date__c), String(p.Name));
        for (const o of opportunities)
            assert.ok(
                String(o.StageName) in STAGE_PROBABILITY,
                `${String(o.Name)}: unknown stage ${String(o.StageName)}`
            );
    });

    it('makes the Active plans share one period (the current one), with closed plans before and drafts after it', () => {
        const active = plans.filter((p) => p.Status__c === 'Active');
        assert.ok(active.length >= 2, 'several accounts have a current plan');
        const periods = new Set(active.map((p) => `${String(p.Start_Date__c)}..${String(p.End_Date__c)}`));
        assert.equal(periods.size, 1, `Active plans in ${[...periods].join(', ')}`);
        const start = String(active[0].Start_Date__c);
        const end = String(active[0].End_Date__c);
        for (const p of plans.filter((x) => x.Status__c === 'Closed'))
            assert.ok(String(p.End_Date__c) < start, `${String(p.Name)} is Closed but not before the current period`);
        for (const p of plans.filter((x) => x.Status__c === 'Draft'))
            assert.ok(String(p.Start_Date__c) > end, `${String(p.Name)} is a Draft but not after the current period`);
    });

    it('has a plan ahead of target (Northwind), one on target within 2% (Contoso) and one behind (Fabrikam)', () => {
        const ahead = totals(plan('PlanNwQ4'));
        assert.ok(ahead.won > ahead.target, `Northwind: won ${ahead.won} of ${ahead.target}`);
        const on = totals(plan('PlanCoQ4'));
        assert.ok(
            Math.abs(on.forecast - on.target) <= on.target * 0.02,
            `Contoso: forecast ${on.forecast} vs target ${on.target}`
        );
        const behind = totals(plan('PlanFaQ4'));
        assert.ok(behind.forecast < behind.target * 0.9, `Fabrikam: forecast ${behind.forecast} of ${behind.target}`);
    });
});
