/**
 * The preview's fake of CarryForwardController (issue 18): the "Plan next period" dialog's preview and save, and
 * the Setup page's "Carry forward all plans ending this period". Works on the store's sample plans through what
 * the store already offers (create() with its validation and overlap rule, the workspaces' child lists), so a
 * carried plan opens in the preview with its carried items and the "continued from / in" links.
 * Registered in fakes.ts: its handlers, and the carry-forward members of the workspace, Setup, Account card and
 * Planning Home answers. The quarter-end moment is a sample of its own: a key account whose only plan ended last
 * quarter (QUARTER_END_ACCOUNT_ID), so the card and Home offer "Plan next period" from it.
 * Simplification: the preview org has a January fiscal year (the real one reads the org's fiscal calendar).
 */
import { newId, store, today, type Workspace } from './store';
import { USER_NAME } from './platform';
import { decorateApex, registerApex } from './apexRegistry';
import labels from 'preview/labels';

type Params = Record<string, unknown>;
type Row = Record<string, unknown>;

/** Statuses that end an objective: it stays with its plan (CarryForwardRules). */
const CLOSED_OBJECTIVE = ['Achieved', 'Missed', 'Cancelled', 'Carried Forward'];

/** SWOT and narrative: DTO property -> API name (the store's FIELD_MAP names), 11 fields. */
const NARRATIVE: Record<string, string> = {
    businessOverview: 'Business_Overview__c',
    customerGoals: 'Customer_Goals__c',
    valueProposition: 'Value_Proposition__c',
    strengths: 'SWOT_Strengths__c',
    weaknesses: 'SWOT_Weaknesses__c',
    opportunities: 'SWOT_Opportunities__c',
    threats: 'SWOT_Threats__c',
    competitiveLandscape: 'Competitive_Landscape__c',
    risks: 'Risks__c',
    supportRequired: 'Support_Required__c',
    shortTermPlan: 'Short_Term_Plan__c'
};

/** The thread between plans carried in this preview: new plan Id -> the plan it continues. */
const previousOf = new Map<string, string>();

function label(name: string, fallback: string, ...values: unknown[]): string {
    return (labels[name] ?? fallback).replace(/\{(\d+)\}/g, (_m, i: string) => String(values[Number(i)] ?? ''));
}

function iso(d: Date): string {
    return d.toISOString().slice(0, 10);
}

function utc(isoDate: string): Date {
    return new Date(`${isoDate}T00:00:00Z`);
}

function addMonths(isoDate: string, months: number): string {
    const d = utc(isoDate);
    return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())));
}

function addDays(isoDate: string, days: number): string {
    return iso(new Date(utc(isoDate).getTime() + days * 86400000));
}

function blank(value: unknown): boolean {
    return value === null || value === undefined || String(value).trim() === '';
}

const MONTHS: Record<string, number> = { Quarter: 3, 'Half Year': 6, Year: 12 };

/** The period after the plan, of the same type (PlanPeriods.nextPeriodAfter on a January fiscal year). */
function nextPeriod(plan: Workspace['plan']): CarryForwardNextPeriodLike {
    const type = String(plan.periodType ?? 'Custom');
    const startDate = addDays(String(plan.endDate), 1);
    const months = MONTHS[type];
    const days = Math.round((utc(String(plan.endDate)).getTime() - utc(String(plan.startDate)).getTime()) / 86400000);
    const endDate = months ? addDays(addMonths(startDate, months), -1) : addDays(startDate, days);
    const start = utc(startDate);
    const year = start.getUTCFullYear();
    const month = start.getUTCMonth();
    const us = (d: string) => `${utc(d).getUTCMonth() + 1}/${utc(d).getUTCDate()}/${utc(d).getUTCFullYear()}`;
    const periodLabel =
        type === 'Quarter'
            ? `Q${Math.floor(month / 3) + 1} ${year}`
            : type === 'Half Year'
              ? `H${Math.floor(month / 6) + 1} ${year}`
              : type === 'Year'
                ? String(year)
                : `${us(startDate)} to ${us(endDate)}`;
    return { startDate, endDate, periodType: type, label: periodLabel, planName: `${plan.accountName} ${periodLabel}` };
}

interface CarryForwardNextPeriodLike {
    startDate: string;
    endDate: string;
    periodType: string;
    label: string;
    planName: string;
}

/** The plan linked to this one, else the account's non-cancelled plan overlapping the next period. */
function existingNext(ws: Workspace, period: CarryForwardNextPeriodLike): Workspace | null {
    const linked = [...previousOf].find(([, source]) => source === ws.plan.id);
    if (linked && store.workspaces.has(linked[0])) return store.workspaces.get(linked[0]) as Workspace;
    return (
        [...store.workspaces.values()].find(
            (w) =>
                w.plan.id !== ws.plan.id &&
                w.plan.accountId === ws.plan.accountId &&
                w.plan.status !== 'Cancelled' &&
                String(w.plan.startDate) <= period.endDate &&
                String(w.plan.endDate) >= period.startDate
        ) ?? null
    );
}

/** What of each group is not yet in the target (every item for a new plan). */
interface Pending {
    objectives: Row[];
    stakeholders: Row[];
    partnerRoles: Row[];
    whiteSpace: Row[];
    narrative: string[];
    targetSegment: boolean;
}

function carriedInto(target: Workspace | null, list: keyof Workspace): Set<unknown> {
    return new Set(((target?.[list] ?? []) as Row[]).map((row) => row.carriedFromId).filter(Boolean));
}

function pending(ws: Workspace, target: Workspace | null): Pending {
    const objectiveIds = carriedInto(target, 'objectives');
    const contacts = new Set((target?.stakeholders ?? []).map((s) => s.contactId));
    const partners = new Set((target?.partnerRoles ?? []).map((p) => `${p.partnerAccountId}|${p.role}`));
    const cells = new Set((target?.whiteSpace ?? []).map((c) => `${c.businessUnit}|${c.offering}`));
    const whiteSpaceIds = carriedInto(target, 'whiteSpace');
    return {
        objectives: ws.objectives.filter(
            (o) => !CLOSED_OBJECTIVE.includes(String(o.status)) && !objectiveIds.has(o.id)
        ),
        stakeholders: ws.stakeholders.filter((s) => !contacts.has(s.contactId)),
        partnerRoles: ws.partnerRoles.filter((p) => !partners.has(`${p.partnerAccountId}|${p.role}`)),
        whiteSpace: ws.whiteSpace.filter(
            (c) => !whiteSpaceIds.has(c.id) && !cells.has(`${c.businessUnit}|${c.offering}`)
        ),
        narrative: Object.keys(NARRATIVE).filter(
            (field) => !blank(ws.plan[field]) && (!target || blank(target.plan[field]))
        ),
        targetSegment:
            !blank(ws.plan.targetSegment) && (!target || target.plan.currentSegment !== ws.plan.targetSegment)
    };
}

function openActions(objectives: Row[]): Row[] {
    return objectives.flatMap((o) => ((o.actions ?? []) as Row[]).filter((a) => !a.isClosed));
}

function refusal(ws: Workspace): { code: string; message: string } | null {
    if (ws.plan.status === 'Cancelled') {
        return { code: 'SOURCE_CANCELLED', message: label('CarryForward_Refused_Cancelled', 'Cancelled.') };
    }
    if (ws.permissions?.canEditPlan === false) {
        return { code: 'NO_EDIT_ACCESS', message: label('CarryForward_Refused_No_Access', 'No access.') };
    }
    return null;
}

function preview(planId: string): Row {
    const ws = store.workspace(planId);
    const period = nextPeriod(ws.plan);
    const target = existingNext(ws, period);
    const todo = pending(ws, target);
    const open = ws.objectives.filter((o) => !CLOSED_OBJECTIVE.includes(String(o.status)));
    const segment = blank(ws.plan.targetSegment) ? 0 : 1;
    const group = (key: string, available: number, toCarry: number, extra: Row = {}) => ({
        key,
        available,
        toCarry,
        actions: 0,
        leftBehind: 0,
        value: null,
        ...extra
    });
    const groups = [
        group('objectives', open.length, todo.objectives.length, {
            actions: openActions(todo.objectives).length,
            leftBehind: ws.objectives.length - open.length
        }),
        group('stakeholders', ws.stakeholders.length, todo.stakeholders.length),
        group('partnerRoles', ws.partnerRoles.length, todo.partnerRoles.length),
        group('whiteSpace', ws.whiteSpace.length, todo.whiteSpace.length),
        group('narrative', Object.keys(NARRATIVE).filter((f) => !blank(ws.plan[f])).length, todo.narrative.length),
        group('targetSegment', segment, todo.targetSegment ? 1 : 0, { value: ws.plan.targetSegment ?? null })
    ];
    const refused = refusal(ws);
    return {
        sourcePlanId: ws.plan.id,
        sourcePlanName: ws.plan.name,
        accountName: ws.plan.accountName,
        currencyIsoCode: ws.plan.currencyIsoCode ?? 'USD',
        canCarryForward: !refused,
        refusalCode: refused?.code ?? null,
        refusalMessage: refused?.message ?? null,
        nextPeriod: period,
        nextPlan: target
            ? {
                  id: target.plan.id,
                  name: target.plan.name,
                  startDate: target.plan.startDate,
                  endDate: target.plan.endDate,
                  canEdit: target.permissions?.canEditPlan !== false
              }
            : null,
        upToDate: !!target && groups.every((g) => g.toCarry === 0),
        periodTaken: false,
        groups,
        lastPeriodWon: ws.plan.wonAmount ?? null,
        lastPeriodForecast: ws.plan.forecast ?? null,
        lastPeriodTarget: ws.plan.revenueTarget ?? null
    };
}

/**
 * A copy of a child row in the next plan, linked to its original. Rows are copied as the store holds them (they were
 * valid in the source plan); the review fields stay behind, as on the platform.
 */
function copy(objectApiName: string, row: Row, target: Workspace, list: keyof Pending, extra: Row = {}): Row {
    const copied: Row = { ...row, id: newId(objectApiName), carriedFromId: row.id, ...extra };
    delete copied.managerReviewComments;
    delete copied.lastReviewedDate;
    (target[list as keyof Workspace] as Row[]).push(copied);
    return copied;
}

/** Moves a due date into the new period by the distance between the periods; one already inside it stays. */
function shiftedDueDate(due: unknown, shiftDays: number, period: CarryForwardNextPeriodLike): unknown {
    if (blank(due) || String(due) >= period.startDate) return due ?? null;
    const moved = addDays(String(due), shiftDays);
    return moved > period.endDate ? period.endDate : moved;
}

/** The workspace DTO's carryForward member of a plan, from the thread carried in this preview. */
function links(ws: Workspace): Row {
    const previousId = previousOf.get(ws.plan.id);
    const next = [...previousOf].find(([, source]) => source === ws.plan.id)?.[0];
    const name = (id: string | undefined) => (id ? (store.workspaces.get(id)?.plan.name ?? null) : null);
    return {
        previousPlanId: previousId && name(previousId) ? previousId : null,
        previousPlanName: name(previousId),
        nextPlanId: next && name(next) ? next : null,
        nextPlanName: name(next),
        canCarryForward: !refusal(ws)
    };
}

/** Every sample plan's workspace gets its carryForward member (the real getWorkspace returns it). */
export function refreshCarryForwardLinks(): void {
    for (const ws of store.workspaces.values()) (ws as Workspace & { carryForward?: Row }).carryForward = links(ws);
}

function carry(planId: string, groups: string[] | null, revenueTarget: number | null): Row {
    const before = preview(planId);
    if (!before.canCarryForward) throw new Error(String(before.refusalMessage));
    const ws = store.workspace(planId);
    const period = before.nextPeriod as CarryForwardNextPeriodLike;
    const chosen = new Set(
        groups ?? ['objectives', 'stakeholders', 'partnerRoles', 'whiteSpace', 'narrative', 'targetSegment']
    );
    let target = existingNext(ws, period);
    const todo = pending(ws, target);
    const counts = { objectives: 0, actions: 0, stakeholders: 0, partnerRoles: 0, whiteSpace: 0, narrativeFields: 0 };
    const narrative = chosen.has('narrative') ? todo.narrative : [];
    const segment = chosen.has('targetSegment') && todo.targetSegment ? ws.plan.targetSegment : undefined;
    const outcome = target ? 'Completed' : 'Created';
    try {
        if (!target) {
            const created = store.create('Account_Plan__c', {
                Name: period.planName,
                Account__c: ws.plan.accountId,
                Status__c: 'Draft',
                Period_Type__c: period.periodType,
                Start_Date__c: period.startDate,
                End_Date__c: period.endDate,
                Revenue_Target__c: revenueTarget,
                Current_Segment__c: segment ?? ws.plan.currentSegment ?? null,
                Target_Segment__c: ws.plan.targetSegment ?? null,
                Review_Frequency__c: ws.plan.reviewFrequency ?? null
            });
            target = store.workspace(created.id);
        } else {
            if (blank(target.plan.revenueTarget) && revenueTarget !== null) target.plan.revenueTarget = revenueTarget;
            if (segment !== undefined) target.plan.currentSegment = segment;
        }
    } catch (e) {
        const message = (e as { body?: { message?: string } }).body?.message ?? (e as Error).message;
        throw new Error(label('CarryForward_Error_Failed', 'Nothing was saved: {0}', message));
    }
    const next = target;
    for (const field of narrative) next.plan[field] = ws.plan[field];
    counts.narrativeFields = narrative.length;
    previousOf.set(next.plan.id, ws.plan.id);
    const shiftDays = Math.round(
        (utc(period.startDate).getTime() - utc(String(ws.plan.startDate)).getTime()) / 86400000
    );
    if (chosen.has('objectives')) {
        for (const objective of todo.objectives) {
            const copied = copy('Account_Plan_Objective__c', objective, next, 'objectives', {
                dueDate: shiftedDueDate(objective.dueDate, shiftDays, period)
            });
            const actions = (objective.actions ?? []) as Row[];
            const moving = actions.filter((a) => !a.isClosed);
            copied.actions = moving;
            objective.actions = actions.filter((a) => a.isClosed);
            objective.status = 'Carried Forward';
            counts.objectives += 1;
            counts.actions += moving.length;
        }
    }
    const children: [string, 'stakeholders' | 'partnerRoles' | 'whiteSpace'][] = [
        ['Account_Plan_Stakeholder__c', 'stakeholders'],
        ['Account_Plan_Partner_Role__c', 'partnerRoles'],
        ['Account_Plan_White_Space__c', 'whiteSpace']
    ];
    for (const [objectApiName, group] of children) {
        if (!chosen.has(group)) continue;
        for (const row of todo[group]) {
            copy(objectApiName, row, next, group);
            counts[group] += 1;
        }
    }
    store.recalculateRollups(next.plan.id);
    store.recalculateRollups(ws.plan.id);
    refreshCarryForwardLinks();
    const carriedNothing = outcome === 'Completed' && Object.values(counts).every((n) => n === 0);
    const finalOutcome = carriedNothing ? 'UpToDate' : outcome;
    const messageLabel =
        finalOutcome === 'Created'
            ? 'CarryForward_Created'
            : finalOutcome === 'Completed'
              ? 'CarryForward_Completed'
              : 'CarryForward_Up_To_Date';
    return {
        sourcePlanId: ws.plan.id,
        outcome: finalOutcome,
        planId: next.plan.id,
        planName: next.plan.name,
        errorCode: null,
        message: label(messageLabel, '{0}', next.plan.name),
        ...counts
    };
}

/** The Setup page's card (SetupInfo.carryForward): this and last quarter of the January fiscal year. */
function quarter(offset: number): { startDate: string; endDate: string; label: string } {
    const now = new Date();
    const first = new Date(Date.UTC(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3 + offset * 3, 1));
    const startDate = iso(first);
    const endDate = addDays(addMonths(startDate, 3), -1);
    return { startDate, endDate, label: `Q${Math.floor(first.getUTCMonth() / 3) + 1} ${first.getUTCFullYear()}` };
}

let standaloneStatus: Row | null = null;

/** The Setup page's carry-forward status, kept for the session (getSetup's answer carries it). */
function runStatus(): Row {
    standaloneStatus ??= {
        thisPeriod: quarter(0),
        lastPeriod: quarter(-1),
        runningJobId: null,
        runningJobStatus: null,
        lastRun: null,
        lastRunAt: null,
        lastRunBy: null,
        lastRunJobId: null
    };
    return standaloneStatus;
}

let runCounter = 0;

/** Carries every account's latest plan ending in the range at once (the real run is a background batch). */
function carryAll(endingFrom: string | null, endingTo: string | null, growthPercent: number | null): Row {
    if ((new URLSearchParams(window.location.search).get('without') ?? '').includes('Manage_Account_Planning')) {
        throw new Error(label('Setup_Error_No_Permission', 'You need the Manage Account Planning permission.'));
    }
    const status = runStatus();
    const range = endingFrom && endingTo ? { startDate: endingFrom, endDate: endingTo } : (status.thisPeriod as Row);
    const latest = new Map<string, Workspace>();
    for (const ws of [...store.workspaces.values()]) {
        const end = String(ws.plan.endDate);
        if (ws.plan.status === 'Cancelled' || end < String(range.startDate) || end > String(range.endDate)) continue;
        const current = latest.get(ws.plan.accountId);
        if (!current || String(current.plan.endDate) < end) latest.set(ws.plan.accountId, ws);
    }
    const summary = { created: 0, completed: 0, upToDate: 0, refused: 0, failed: 0, deferred: 0 };
    for (const ws of latest.values()) {
        const won = Number(ws.plan.wonAmount ?? 0);
        const target =
            growthPercent === null || won <= 0 ? null : Math.round(won * (1 + growthPercent / 100) * 100) / 100;
        try {
            const result = carry(ws.plan.id, null, target);
            const key =
                result.outcome === 'Created' ? 'created' : result.outcome === 'Completed' ? 'completed' : 'upToDate';
            summary[key] += 1;
        } catch {
            summary[refusal(ws) ? 'refused' : 'failed'] += 1;
        }
    }
    runCounter += 1;
    const jobId = `707PRVCF${String(runCounter).padStart(7, '0')}AAA`;
    Object.assign(status, {
        lastRun: { endingFrom: range.startDate, endingTo: range.endDate, ...summary },
        lastRunAt: new Date().toISOString(),
        lastRunBy: USER_NAME,
        lastRunJobId: jobId
    });
    return { jobId, alreadyRunning: false, endingFrom: range.startDate, endingTo: range.endDate };
}

/** Handlers in the shape of apex.ts's HANDLERS ('Class.method' -> (params) => result). */
export const CARRY_FORWARD_HANDLERS: Record<string, (params: Params) => unknown> = {
    'CarryForwardController.getCarryForwardPreview': (p) => preview(String(p.planId)),
    'CarryForwardController.carryForward': (p) =>
        carry(
            String(p.planId),
            Array.isArray(p.groups) ? (p.groups as string[]) : null,
            p.revenueTarget === null || p.revenueTarget === undefined ? null : Number(p.revenueTarget)
        ),
    'CarryForwardController.startCarryForwardAll': (p) =>
        carryAll(
            (p.endingFrom as string | null) ?? null,
            (p.endingTo as string | null) ?? null,
            p.growthPercent === null || p.growthPercent === undefined ? null : Number(p.growthPercent)
        )
};

/** Tailspin Toys, a key account of Planning Home's sample without plans: here its plan of last quarter ended. */
export const QUARTER_END_ACCOUNT_ID = '001000000000105AAA';

/**
 * The quarter-end sample (preview data only): a Closed plan of last quarter on a key account without other plans,
 * with a narrative and a target segment to carry. Closed keeps it out of My plans and the review lists.
 */
function addQuarterEndPlan(): void {
    const account = store.accounts.get(QUARTER_END_ACCOUNT_ID);
    if (!account || [...store.workspaces.values()].some((w) => w.plan.accountId === account.id)) return;
    const last = quarter(-1);
    store.create('Account_Plan__c', {
        Name: `${account.name} ${last.label}`,
        Account__c: account.id,
        Status__c: 'Closed',
        Period_Type__c: 'Quarter',
        Start_Date__c: last.startDate,
        End_Date__c: last.endDate,
        Revenue_Target__c: 250000,
        Current_Segment__c: 'Growth',
        Target_Segment__c: 'Strategic Partner',
        Business_Overview__c: 'Toy maker expanding into educational robotics across three regions.',
        Customer_Goals__c: 'Launch the robotics line in time for the holiday season.'
    });
}

/** The account's non-cancelled plan that ended latest before today (CarryForwardLinks.latestEndedPlans). */
function latestEndedPlan(accountId: string): Workspace | null {
    const t = today();
    return (
        [...store.workspaces.values()]
            .filter(
                (w) => w.plan.accountId === accountId && w.plan.status !== 'Cancelled' && String(w.plan.endDate) < t
            )
            .sort((a, b) => String(b.plan.endDate).localeCompare(String(a.plan.endDate)))[0] ?? null
    );
}

/** CarryForwardLinks.offersPlanNextPeriod: the user may carry the plan, and it has no next plan yet. */
function offersPlanNextPeriod(ws: Workspace | null): ws is Workspace {
    if (!ws) return false;
    const carry = links(ws);
    return carry.canCarryForward === true && !carry.nextPlanId;
}

/** PlanningHomeController.CARRY_WINDOW_DAYS */
const CARRY_WINDOW_DAYS = 30;

/** The Account card's carryForward (current plan) or continueFromPlanId/Name (latest ended plan). */
function withCardCarry(card: Row, accountId: string): Row {
    const current = card.currentPlan as Row | null;
    if (current) return { ...card, carryForward: links(store.workspace(String(current.id))) };
    const latest = latestEndedPlan(accountId);
    return offersPlanNextPeriod(latest)
        ? { ...card, carryForward: null, continueFromPlanId: latest.plan.id, continueFromPlanName: latest.plan.name }
        : { ...card, carryForward: null, continueFromPlanId: null, continueFromPlanName: null };
}

/** Planning Home's carryFromPlanId/Name on key accounts and myPlanIdsToCarry. */
function withHomeCarry(home: Row): Row {
    const windowEnd = addDays(today(), CARRY_WINDOW_DAYS);
    const keyAccounts = ((home.keyAccountsWithoutPlan ?? []) as Row[]).map((row) => {
        const latest = latestEndedPlan(String(row.id));
        return offersPlanNextPeriod(latest)
            ? { ...row, carryFromPlanId: latest.plan.id, carryFromPlanName: latest.plan.name }
            : row;
    });
    const myPlanIdsToCarry = ((home.myPlans ?? []) as Row[])
        .filter((plan) => !blank(plan.endDate) && String(plan.endDate) <= windowEnd)
        .map((plan) => store.workspaces.get(String(plan.id)) ?? null)
        .filter(offersPlanNextPeriod)
        .map((ws) => ws.plan.id);
    return { ...home, keyAccountsWithoutPlan: keyAccounts, myPlanIdsToCarry };
}

addQuarterEndPlan();
refreshCarryForwardLinks();
runStatus();

registerApex(CARRY_FORWARD_HANDLERS);
decorateApex('AccountPlanWorkspaceController.getWorkspace', (result) => {
    const ws = result as Workspace;
    return { ...ws, carryForward: links(store.workspace(ws.plan.id)) };
});
decorateApex('AccountPlanCardController.getAccountPlanCard', (result, params) =>
    withCardCarry(result as Row, String(params.accountId))
);
decorateApex('PlanningHomeController.getPlanningHome', (result) => withHomeCarry(result as Row));
decorateApex('PlanningSetupController.getSetup', (result) => ({
    ...(result as Row),
    carryForward: (result as Row).canManage ? runStatus() : null
}));
