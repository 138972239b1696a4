/**
 * The preview's in-memory "org": the Jest fixtures (same shape as the Apex DTOs) loaded once, plus a few
 * derived scenarios (empty plan, error plan, benchmark plans). Apex fakes read from it; uiRecordApi and the
 * preview record form write to it, so saves show up after refreshApex exactly as on the platform.
 */
import fixtures from 'preview/fixtures';
import schema from 'preview/schema';
import labels from 'preview/labels';
import { USER_ID, USER_NAME, uiApiError } from './platform';
import { checkSave } from './saveChecks';
import { periodContaining, periodLabel } from './planPeriods';

type Row = Record<string, unknown> & { id: string };
export interface Workspace {
    plan: Row & { accountId: string; accountName: string; name: string };
    objectives: (Row & { actions: Row[] })[];
    stakeholders: Row[];
    partnerRoles: Row[];
    whiteSpace: Row[];
    offeringSignals: unknown[];
    monthly: { month: string; won: number; open: number }[];
    opportunities: { totalCount: number; pageNumber: number; pageSize: number; rows: Row[] };
    accountContacts: { id: string; name: string; title: string | null }[];
    permissions: Record<string, boolean>;
}
export interface Scenario {
    id: string;
    label: string;
    description: string;
}
interface Account {
    id: string;
    name: string;
    type: string | null;
    isKeyAccount: boolean;
    ownerName?: string | null;
}

export const ERROR_PLAN_ID = 'a00PREVIEWERR0AAAA';
export const EMPTY_PLAN_ID = 'a00PREVIEWEMPTYAAA';
/**
 * The Id of a copied child row: its key prefix, the copy's plan (its last 8 characters) and the source row's own
 * number, so copies stay unique within a plan and across plans (an LWC list keys its rows by Id).
 */
function copyId(sourceId: unknown, planId: string): string {
    const source = String(sourceId);
    return `${source.slice(0, 3)}${planId.slice(10, 18)}${source.slice(8, 15)}`;
}

export const ON_TARGET_PLAN_ID = 'a00PREVIEWONTGTAAA';
export const BENCH_PLAN_IDS: Record<number, string> = {};
export const NO_PLAN_ACCOUNT_ID = '001PREVIEWNOPLNAAA';
const WORKSPACE_PAGE_SIZE = 50;

/** API field name -> DTO property, per object (the controllers' mapping, mirrored). */
const FIELD_MAP: Record<string, Record<string, string>> = {
    Account_Plan__c: {
        Name: 'name',
        Account__c: 'accountId',
        Status__c: 'status',
        Period_Type__c: 'periodType',
        Start_Date__c: 'startDate',
        End_Date__c: 'endDate',
        Revenue_Target__c: 'revenueTarget',
        Current_Segment__c: 'currentSegment',
        Target_Segment__c: 'targetSegment',
        Account_Potential__c: 'accountPotential',
        Strategic_Alignment__c: 'strategicAlignment',
        Key_Account_Type__c: 'keyAccountType',
        Review_Frequency__c: 'reviewFrequency',
        Last_Review_Date__c: 'lastReviewDate',
        Next_Review_Date__c: 'nextReviewDate',
        Contact_Cadence_Days__c: 'contactCadenceDays',
        Business_Overview__c: 'businessOverview',
        Customer_Goals__c: 'customerGoals',
        Value_Proposition__c: 'valueProposition',
        SWOT_Strengths__c: 'strengths',
        SWOT_Weaknesses__c: 'weaknesses',
        SWOT_Opportunities__c: 'opportunities',
        SWOT_Threats__c: 'threats',
        Competitive_Landscape__c: 'competitiveLandscape',
        Risks__c: 'risks',
        Support_Required__c: 'supportRequired',
        Short_Term_Plan__c: 'shortTermPlan',
        Manager_Review_Comments__c: 'managerReviewComments',
        Won_Amount__c: 'wonAmount',
        Lost_Amount__c: 'lostAmount',
        Open_Pipeline__c: 'openPipeline',
        Weighted_Pipeline__c: 'weightedPipeline',
        Forecast__c: 'forecast',
        Forecast_Variance__c: 'forecastVariance',
        Attainment_Percent__c: 'attainmentPercent',
        Pipeline_Coverage__c: 'pipelineCoverage',
        Win_Rate__c: 'winRate',
        Is_Review_Due__c: 'isReviewDue'
    },
    Account_Plan_Objective__c: {
        Name: 'name',
        Description__c: 'description',
        Category__c: 'category',
        Status__c: 'status',
        Priority__c: 'priority',
        Objective_Owner__c: 'ownerId',
        Due_Date__c: 'dueDate',
        Target_Value__c: 'targetValue',
        Current_Value__c: 'currentValue',
        Progress_Percent__c: 'progressPercent',
        Is_Overdue__c: 'isOverdue',
        Owner_Comments__c: 'ownerComments',
        Manager_Review_Comments__c: 'managerReviewComments',
        Last_Reviewed_Date__c: 'lastReviewedDate'
    },
    Account_Plan_Stakeholder__c: {
        Contact__c: 'contactId',
        Buying_Role__c: 'buyingRole',
        Influence__c: 'influence',
        Attitude__c: 'attitude',
        Relationship_Strength__c: 'relationshipStrength',
        Relationship_Owner__c: 'relationshipOwnerId',
        Notes__c: 'notes'
    },
    Account_Plan_Partner_Role__c: {
        Partner_Account__c: 'partnerAccountId',
        Role__c: 'role',
        Influence__c: 'influence',
        Relationship__c: 'relationship',
        Notes__c: 'notes'
    },
    Account_Plan_White_Space__c: {
        Business_Unit__c: 'businessUnit',
        Offering__c: 'offering',
        Current_Supplier__c: 'currentSupplier',
        Competitor__c: 'competitor',
        Estimated_Annual_Spend__c: 'estimatedAnnualSpend',
        Contract_End_Date__c: 'contractEndDate',
        Status__c: 'status',
        Notes__c: 'notes'
    },
    Task: { Subject: 'subject', Status: 'status', ActivityDate: 'activityDate', OwnerId: 'ownerId' }
};
const CHILD_LIST: Record<string, keyof Workspace> = {
    Account_Plan_Objective__c: 'objectives',
    Account_Plan_Stakeholder__c: 'stakeholders',
    Account_Plan_Partner_Role__c: 'partnerRoles',
    Account_Plan_White_Space__c: 'whiteSpace'
};
const ID_PREFIX: Record<string, string> = {
    Account_Plan__c: 'a00',
    Account_Plan_Objective__c: 'a01',
    Account_Plan_Stakeholder__c: 'a02',
    Account_Plan_Partner_Role__c: 'a03',
    Account_Plan_White_Space__c: 'a04',
    Task: '00T'
};

let idCounter = 0;
export function newId(objectApiName: string): string {
    idCounter += 1;
    const prefix = ID_PREFIX[objectApiName] ?? 'a0Z';
    return (prefix + 'PRV' + String(idCounter).padStart(9, '0') + 'AAA').slice(0, 18);
}

export function today(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function round2(n: number): number {
    return Math.round(n * 100) / 100;
}

/** Deterministic pseudo-random numbers so generated data is the same on every run. */
function seeded(seed: number): () => number {
    let s = seed;
    return () => {
        s = (s * 1664525 + 1013904223) % 4294967296;
        return s / 4294967296;
    };
}

class PreviewStore {
    workspaces = new Map<string, Workspace>();
    order: string[] = [];
    opportunities = new Map<string, Row[]>();
    accounts = new Map<string, Account>();
    users = new Map<string, string>();
    partnerAccounts: Account[] = [];
    scenarios: Scenario[] = [];

    constructor() {
        for (const [key, value] of Object.entries(fixtures)) this.ingest(key, value);
        this.deriveScenarios();
        // The running user keeps the name the fixtures give that Id, if any.
        this.users.set(USER_ID, this.users.get(USER_ID) ?? USER_NAME);
    }

    private ingest(key: string, value: unknown): void {
        const v = value as Record<string, unknown>;
        if (Array.isArray(value)) {
            const rows = value as Record<string, unknown>[];
            if (
                rows.length &&
                rows.every((r) => typeof r.id === 'string' && typeof r.name === 'string' && 'type' in r)
            ) {
                for (const r of rows)
                    this.addAccount({ id: String(r.id), name: String(r.name), type: (r.type as string) ?? null }, true);
            }
            return;
        }
        if (!v || typeof v !== 'object') return;
        if (v.plan && Array.isArray(v.objectives) && key.startsWith('planWorkspace/')) {
            const ws = JSON.parse(JSON.stringify(v)) as Workspace;
            if (this.workspaces.has(ws.plan.id)) return;
            this.addWorkspace(ws, ws.opportunities?.rows ?? []);
        } else if ('keyAccountsWithoutPlan' in v) {
            // Planning Home's key accounts: the fake computes the lists from the store, these are its accounts.
            for (const a of (v.keyAccountsWithoutPlan ?? []) as { id: string; name: string; ownerName?: string }[]) {
                this.addAccount({
                    id: a.id,
                    name: a.name,
                    type: 'Customer',
                    isKeyAccount: true,
                    ownerName: a.ownerName
                });
            }
        }
    }

    private addAccount(a: Partial<Account> & { id: string; name: string }, partner = false): void {
        const existing = this.accounts.get(a.id);
        const account: Account = { type: null, isKeyAccount: false, ...existing, ...a } as Account;
        this.accounts.set(a.id, account);
        if (partner && !this.partnerAccounts.some((p) => p.id === a.id)) this.partnerAccounts.push(account);
    }

    addWorkspace(ws: Workspace, opps: Row[]): void {
        this.workspaces.set(ws.plan.id, ws);
        this.order.push(ws.plan.id);
        this.opportunities.set(ws.plan.id, opps);
        this.addAccount({ id: ws.plan.accountId, name: ws.plan.accountName, isKeyAccount: true });
        for (const p of ws.partnerRoles ?? []) {
            this.addAccount(
                { id: String(p.partnerAccountId), name: String(p.partnerName), type: String(p.role ?? '') },
                true
            );
        }
        for (const o of ws.objectives ?? []) if (o.ownerId) this.users.set(String(o.ownerId), String(o.ownerName));
        for (const s of ws.stakeholders ?? []) {
            if (s.relationshipOwnerId) this.users.set(String(s.relationshipOwnerId), String(s.relationshipOwnerName));
        }
        ws.opportunities = this.page(ws.plan.id, 'all', 'closeDate', 'desc', 1, WORKSPACE_PAGE_SIZE);
    }

    /**
     * The scenarios the fixtures lack, each on an account of its own (plans of one account never overlap) and in
     * the quarter that contains today (so it is its account's current plan): an empty plan, a plan exactly on
     * target, and the benchmark's generated plans.
     */
    private deriveScenarios(): void {
        const base = this.order.map((id) => this.workspaces.get(id) as Workspace);
        const hasEmpty = base.some(
            (w) => !w.objectives.length && !w.stakeholders.length && !w.opportunities.totalCount
        );
        const template = base[0];
        if (template && !hasEmpty) {
            const ws = this.relocated(template, [], {
                id: EMPTY_PLAN_ID,
                accountId: '001PREVIEWEMPTYAAA',
                accountName: 'Adventure Works'
            });
            Object.assign(ws.plan, { status: 'Draft', revenueTarget: null, ...EMPTY_TEXTS });
            Object.assign(ws, {
                objectives: [],
                stakeholders: [],
                partnerRoles: [],
                whiteSpace: [],
                offeringSignals: []
            });
            this.addWorkspace(ws, []);
            this.recalculateRollups(ws.plan.id);
        }
        const ahead = base.find((w) => classify(w.plan) === 'ahead of target');
        if (ahead && !base.some((w) => classify(w.plan) === 'on target')) {
            // The ahead plan's story in this quarter, with its target set to its forecast: on target by any rule.
            const ws = this.relocated(ahead, this.opportunities.get(ahead.plan.id) ?? [], {
                id: ON_TARGET_PLAN_ID,
                accountId: '001PREVIEWONTGTAAA',
                accountName: 'Wide World Importers'
            });
            this.addWorkspace(ws, this.opportunities.get(ON_TARGET_PLAN_ID) ?? []);
            this.recalculateRollups(ON_TARGET_PLAN_ID);
            ws.plan.revenueTarget = ws.plan.forecast;
            this.recalculateFormulas(ws);
            this.order = this.order.filter((o) => o !== ON_TARGET_PLAN_ID);
            this.order.splice(this.order.indexOf(ahead.plan.id) + 1, 0, ON_TARGET_PLAN_ID);
        }
        if (template) {
            for (const count of [20, 2000]) {
                const id = `a00PREVIEWBENCH${String(count).padStart(3, '0').slice(-3)}`.padEnd(18, 'A');
                BENCH_PLAN_IDS[count] = id;
                const ws = this.relocated(template, [], {
                    id,
                    accountId: `001PREVIEWBENCH${String(count).padStart(3, '0').slice(-3)}`.padEnd(18, 'A'),
                    accountName: `Benchmark Industries ${count.toLocaleString('en-US')}`
                });
                ws.plan.name = `${template.plan.accountName} - ${count.toLocaleString('en-US')} opportunities`;
                this.addWorkspace(ws, this.generateOpportunities(ws, count));
                this.recalculateRollups(id);
                this.order = this.order.filter((o) => o !== id);
            }
        }
        for (const id of this.order) {
            const p = (this.workspaces.get(id) as Workspace).plan;
            this.scenarios.push({ id, label: String(p.name), description: classify(p) });
        }
        if (template)
            this.scenarios.push({ id: ERROR_PLAN_ID, label: 'Error state', description: 'the server throws' });
    }

    /**
     * A copy of a fixture plan moved to another account and to the quarter containing today: every date of the
     * plan, its opportunities (kept in this.opportunities under the new id), objectives and actions moves with
     * the same proportion of the period, so overdue objectives, reviews due and won months keep their story.
     */
    private relocated(
        source: Workspace,
        opportunities: Row[],
        target: { id: string; accountId: string; accountName: string }
    ): Workspace {
        const ws = JSON.parse(JSON.stringify(source)) as Workspace;
        const period = periodContaining(today(), 'Quarter');
        const from = [String(source.plan.startDate), String(source.plan.endDate)].map(dayNumber);
        const to = [period.startDate, period.endDate].map(dayNumber);
        const scale = (to[1] - to[0]) / Math.max(1, from[1] - from[0]);
        const move = (value: unknown): unknown =>
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
                ? dateOfDay(to[0] + Math.round((dayNumber(value) - from[0]) * scale))
                : value;
        const oldAccount = source.plan.accountName;
        Object.assign(ws.plan, {
            id: target.id,
            accountId: target.accountId,
            accountName: target.accountName,
            name: `${target.accountName} ${periodLabel(period, labels)}`,
            periodType: 'Quarter',
            startDate: period.startDate,
            endDate: period.endDate
        });
        for (const key of ['lastReviewDate', 'nextReviewDate', 'lastActivityDate', 'nextActivityDate'])
            ws.plan[key] = move(ws.plan[key]);
        for (const o of ws.objectives) {
            o.id = copyId(o.id, target.id);
            o.dueDate = move(o.dueDate);
            for (const a of o.actions ?? []) a.activityDate = move(a.activityDate);
        }
        for (const list of [ws.stakeholders, ws.partnerRoles, ws.whiteSpace])
            for (const row of list) row.id = copyId(row.id, target.id);
        ws.monthly = monthsBetween(period.startDate, period.endDate);
        this.opportunities.set(
            target.id,
            opportunities.map((o, i) => ({
                ...o,
                id: `006PRV${target.id.slice(10, 16)}${String(i).padStart(6, '0')}`,
                name: String(o.name).replace(oldAccount, target.accountName),
                closeDate: move(o.closeDate)
            }))
        );
        return ws;
    }

    private generateOpportunities(ws: Workspace, count: number): Row[] {
        const random = seeded(count);
        const start = new Date(`${String(ws.plan.startDate)}T00:00:00`);
        const end = new Date(`${String(ws.plan.endDate)}T00:00:00`);
        const span = Math.max(1, end.getTime() - start.getTime());
        const stages = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review'];
        const rows: Row[] = [];
        for (let i = 0; i < count; i++) {
            const r = random();
            const isClosed = r < 0.55;
            const isWon = r < 0.4;
            const stageIndex = Math.floor(random() * stages.length);
            const probability = isWon ? 100 : isClosed ? 0 : (stageIndex + 1) * 15;
            const amount = Math.round(2000 + random() * 60000);
            const close = new Date(start.getTime() + random() * span);
            rows.push({
                id: `006PRVBENCH${String(i).padStart(7, '0')}`,
                name: `${ws.plan.accountName} deal ${i + 1}`,
                stageName: isWon ? 'Closed Won' : isClosed ? 'Closed Lost' : stages[stageIndex],
                closeDate: close.toISOString().slice(0, 10),
                amount,
                probability,
                expectedRevenue: round2((amount * probability) / 100),
                isClosed,
                isWon,
                ownerName: USER_NAME
            });
        }
        return rows;
    }

    /** What the engine does after opportunity changes: aggregates, never increments. */
    recalculateRollups(planId: string): void {
        const ws = this.workspaces.get(planId) as Workspace;
        const opps = this.opportunities.get(planId) ?? [];
        const sum = (rows: Row[], f: string) => rows.reduce((t, r) => t + (Number(r[f]) || 0), 0);
        const won = opps.filter((o) => o.isWon);
        const lost = opps.filter((o) => o.isClosed && !o.isWon);
        const open = opps.filter((o) => !o.isClosed);
        Object.assign(ws.plan, {
            wonAmount: sum(won, 'amount'),
            lostAmount: sum(lost, 'amount'),
            openPipeline: sum(open, 'amount'),
            weightedPipeline: round2(sum(open, 'expectedRevenue')),
            wonCount: won.length,
            lostCount: lost.length,
            openCount: open.length
        });
        const months = new Map<string, { month: string; won: number; open: number }>();
        for (const m of ws.monthly) months.set(m.month, { month: m.month, won: 0, open: 0 });
        for (const o of opps) {
            const m = months.get(String(o.closeDate).slice(0, 7));
            if (!m || (o.isClosed && !o.isWon)) continue;
            if (o.isWon) m.won += Number(o.amount) || 0;
            else m.open += Number(o.amount) || 0;
        }
        ws.monthly = [...months.values()];
        this.recalculateFormulas(ws);
        ws.opportunities = this.page(planId, 'all', 'closeDate', 'desc', 1, WORKSPACE_PAGE_SIZE);
    }

    /** The formula fields of the plan and its objectives (Forecast__c, Attainment_Percent__c, ...). */
    recalculateFormulas(ws: Workspace): void {
        const p = ws.plan as Record<string, unknown>;
        const num = (k: string) => Number(p[k]) || 0;
        const target = p.revenueTarget == null ? null : Number(p.revenueTarget);
        p.forecast = round2(num('wonAmount') + num('weightedPipeline'));
        p.forecastVariance = round2(Number(p.forecast) - (target ?? 0));
        p.attainmentPercent = target && target > 0 ? round2((num('wonAmount') / target) * 100) : null;
        const remaining = (target ?? 0) - num('wonAmount');
        p.pipelineCoverage = remaining > 0 ? round2(num('openPipeline') / remaining) : null;
        const decided = num('wonCount') + num('lostCount');
        p.winRate = decided > 0 ? round2((num('wonCount') / decided) * 100) : null;
        const potential = p.accountPotential as string | undefined;
        const alignment = p.strategicAlignment as string | undefined;
        if (potential !== undefined || alignment !== undefined) {
            p.keyAccountType =
                !potential || !alignment
                    ? null
                    : potential === 'High'
                      ? alignment === 'High'
                          ? 'Strategic'
                          : 'Develop'
                      : alignment === 'High'
                        ? 'Maintain'
                        : 'Opportunistic';
        }
        p.isReviewDue = Boolean(
            p.nextReviewDate && String(p.nextReviewDate) <= today() && ['Draft', 'Active'].includes(String(p.status))
        );
        for (const o of ws.objectives) {
            const t = o.targetValue == null ? null : Number(o.targetValue);
            o.progressPercent =
                o.status === 'Achieved'
                    ? 100
                    : t && t > 0
                      ? round2(Math.min(1, (Number(o.currentValue) || 0) / t) * 100)
                      : null;
            o.isOverdue = Boolean(
                o.dueDate &&
                String(o.dueDate) < today() &&
                !['Achieved', 'Missed', 'Cancelled'].includes(String(o.status))
            );
        }
    }

    workspace(planId: string): Workspace {
        if (planId === ERROR_PLAN_ID)
            throw new Error(labels.Error_Generic ?? 'Something went wrong loading this plan.');
        const ws = this.workspaces.get(planId);
        if (!ws)
            throw new Error(labels.Error_Plan_Not_Found ?? labels.Error_Generic ?? 'Plan not found or not accessible.');
        return ws;
    }

    page(planId: string, filter: string, sortBy: string, direction: string, pageNumber: number, pageSize: number) {
        const all = this.opportunities.get(planId) ?? [];
        const rows = all.filter((o) =>
            filter === 'won'
                ? o.isWon
                : filter === 'lost'
                  ? o.isClosed && !o.isWon
                  : filter === 'open'
                    ? !o.isClosed
                    : true
        );
        const key = sortBy || 'closeDate';
        const dir = String(direction).toLowerCase() === 'asc' ? 1 : -1;
        rows.sort((a, b) => {
            const x = a[key] as string | number | null;
            const y = b[key] as string | number | null;
            if (x == null && y == null) return 0;
            if (x == null) return 1;
            if (y == null) return -1;
            return (x < y ? -1 : x > y ? 1 : 0) * dir;
        });
        const size = Math.max(1, Math.min(Number(pageSize) || WORKSPACE_PAGE_SIZE, 200));
        const number = Math.max(1, Number(pageNumber) || 1);
        return {
            totalCount: rows.length,
            pageNumber: number,
            pageSize: size,
            rows: rows.slice((number - 1) * size, number * size)
        };
    }

    /** Locates any record the preview knows by Id. */
    find(id: string): { objectApiName: string; planId: string; row: Row; list?: Row[] } | null {
        for (const [planId, ws] of this.workspaces) {
            if (ws.plan.id === id) return { objectApiName: 'Account_Plan__c', planId, row: ws.plan };
            for (const [objectApiName, key] of Object.entries(CHILD_LIST)) {
                const list = ws[key] as Row[];
                const row = list.find((r) => r.id === id);
                if (row) return { objectApiName, planId, row, list };
            }
            for (const o of ws.objectives) {
                const row = (o.actions ?? []).find((a) => a.id === id);
                if (row) return { objectApiName: 'Task', planId, row, list: o.actions };
            }
        }
        return null;
    }

    /** A record as UI API field values (for getRecord and the preview record form). */
    recordFields(id: string): { apiName: string; fields: Record<string, unknown> } | null {
        const found = this.find(id);
        if (found) {
            const map = FIELD_MAP[found.objectApiName] ?? {};
            const fields: Record<string, unknown> = { Id: id };
            for (const [api, prop] of Object.entries(map)) if (prop in found.row) fields[api] = found.row[prop];
            if (found.objectApiName !== 'Account_Plan__c' && found.objectApiName !== 'Task')
                fields.Account_Plan__c = found.planId;
            if (found.objectApiName === 'Account_Plan__c') fields.Account__c = (found.row as Row).accountId;
            return { apiName: found.objectApiName, fields };
        }
        const account = this.accounts.get(id);
        if (account) {
            return {
                apiName: 'Account',
                fields: { Id: id, Name: account.name, Type: account.type, Key_Account__c: account.isKeyAccount }
            };
        }
        return null;
    }

    private apply(objectApiName: string, row: Row, fields: Record<string, unknown>, ws: Workspace): void {
        const map = FIELD_MAP[objectApiName] ?? {};
        for (const [api, value] of Object.entries(fields)) {
            const prop = map[api];
            if (!prop) continue;
            const info = schema[objectApiName]?.fields[api];
            if (info?.calculated) continue;
            row[prop] = value === '' ? null : value;
        }
        if ('ownerId' in row && objectApiName !== 'Task')
            row.ownerName = row.ownerId ? (this.users.get(String(row.ownerId)) ?? null) : null;
        if (objectApiName === 'Task') row.ownerName = this.users.get(String(row.ownerId ?? USER_ID)) ?? USER_NAME;
        if (objectApiName === 'Task') row.isClosed = row.status === 'Completed';
        if ('relationshipOwnerId' in row) {
            row.relationshipOwnerName = row.relationshipOwnerId
                ? (this.users.get(String(row.relationshipOwnerId)) ?? null)
                : null;
        }
        if (objectApiName === 'Account_Plan_Stakeholder__c') {
            const contact = ws.accountContacts.find((c) => c.id === row.contactId);
            row.contactName = contact?.name ?? row.contactName ?? 'Unknown contact';
            row.title = contact?.title ?? null;
        }
        if (objectApiName === 'Account_Plan_Partner_Role__c') {
            row.partnerName =
                this.accounts.get(String(row.partnerAccountId))?.name ?? row.partnerName ?? 'Unknown account';
        }
        this.recalculateFormulas(ws);
    }

    /** The org's save-time checks (required, length, validation rules) for a create (no id) or an update. */
    private validate(objectApiName: string, fields: Record<string, unknown>, existingId?: string): void {
        const existing = existingId ? (this.recordFields(existingId)?.fields ?? null) : null;
        const planId = String(fields.Account_Plan__c ?? existing?.Account_Plan__c ?? '');
        checkSave({
            objectApiName,
            input: fields,
            existing,
            parent: (relationship, field) =>
                relationship === 'Account_Plan__r' ? this.recordFields(planId)?.fields[field] : undefined
        });
    }

    create(apiName: string, fields: Record<string, unknown>): { id: string; fields: Record<string, unknown> } {
        this.validate(apiName, fields);
        if (apiName === 'Account_Plan__c') return this.createPlan(fields);
        if (apiName === 'Task') {
            const objectiveId = String(fields.WhatId ?? '');
            const found = this.find(objectiveId);
            if (!found) throw uiApiError('Related To: the objective does not exist.');
            const ws = this.workspaces.get(found.planId) as Workspace;
            const row: Row = {
                id: newId('Task'),
                subject: '',
                status: 'Not Started',
                activityDate: null,
                isClosed: false,
                ownerName: USER_NAME,
                ownerId: USER_ID
            };
            this.apply('Task', row, fields, ws);
            ((found.row as Row).actions as Row[]).push(row);
            return { id: row.id, fields };
        }
        const listKey = CHILD_LIST[apiName];
        const planId = String(fields.Account_Plan__c ?? '');
        const ws = this.workspaces.get(planId);
        if (!listKey || !ws)
            throw uiApiError(`The preview cannot create ${apiName} records here (Account_Plan__c missing or unknown).`);
        const list = ws[listKey] as Row[];
        if (apiName === 'Account_Plan_Stakeholder__c' && list.some((s) => s.contactId === fields.Contact__c)) {
            throw uiApiError(
                labels.Engine_Stakeholder_Duplicate ?? 'This contact is already a stakeholder on this plan.'
            );
        }
        if (
            apiName === 'Account_Plan_Partner_Role__c' &&
            list.some((p) => p.partnerAccountId === fields.Partner_Account__c && p.role === fields.Role__c)
        ) {
            throw uiApiError(
                (labels.Engine_Partner_Duplicate ?? 'Duplicate partner role {0}.').replace(
                    '{0}',
                    String(fields.Role__c)
                )
            );
        }
        const row: Row = { id: newId(apiName) };
        for (const [api, prop] of Object.entries(FIELD_MAP[apiName])) {
            row[prop] = schema[apiName]?.fields[api]?.defaultValue?.replace(/^"|"$/g, '') ?? null;
        }
        if (apiName === 'Account_Plan_Objective__c')
            Object.assign(row, { actions: [], isOverdue: false, status: row.status ?? 'Not Started' });
        if (apiName === 'Account_Plan_White_Space__c') row.status = row.status ?? 'Open';
        this.apply(apiName, row, fields, ws);
        list.push(row);
        return { id: row.id, fields };
    }

    private createPlan(fields: Record<string, unknown>): { id: string; fields: Record<string, unknown> } {
        const accountId = String(fields.Account__c ?? '');
        const account = this.accounts.get(accountId);
        if (!account)
            throw uiApiError('Account: select an account.', { Account__c: [{ message: 'Complete this field.' }] });
        const start = String(fields.Start_Date__c);
        const end = String(fields.End_Date__c);
        for (const ws of this.workspaces.values()) {
            const p = ws.plan;
            if (
                p.accountId === accountId &&
                p.status !== 'Cancelled' &&
                String(p.startDate) <= end &&
                String(p.endDate) >= start
            ) {
                const message = (labels.Engine_Plan_Overlap ?? 'Overlaps {0}')
                    .replace('{0}', p.name)
                    .replace('{1}', String(p.startDate))
                    .replace('{2}', String(p.endDate));
                throw uiApiError(message);
            }
        }
        const sibling = [...this.workspaces.values()].find((w) => w.plan.accountId === accountId);
        const template = [...this.workspaces.values()][0];
        const id = newId('Account_Plan__c');
        const ws = JSON.parse(JSON.stringify(template)) as Workspace;
        // A new record: nothing of the template's values but its shape (the form's fields are applied below).
        ws.plan = {
            ...ws.plan,
            ...EMPTY_TEXTS,
            ...Object.fromEntries(NEW_PLAN_BLANKS.map((k) => [k, null])),
            id,
            accountId,
            accountName: account.name,
            name: ''
        };
        Object.assign(ws.plan, { status: 'Draft', startDate: start, endDate: end });
        Object.assign(ws, {
            objectives: [],
            stakeholders: [],
            partnerRoles: [],
            whiteSpace: [],
            offeringSignals: [],
            monthly: monthsBetween(start, end)
        });
        ws.accountContacts = sibling ? sibling.accountContacts : [];
        this.apply('Account_Plan__c', ws.plan, fields, ws);
        this.addWorkspace(ws, []);
        this.recalculateRollups(id);
        this.scenarios.splice(this.scenarios.length - 1, 0, {
            id,
            label: ws.plan.name,
            description: 'created in this preview'
        });
        return { id, fields };
    }

    update(fields: Record<string, unknown>): { id: string; fields: Record<string, unknown> } {
        const id = String(fields.Id ?? '');
        const found = this.find(id);
        if (!found) {
            const account = this.accounts.get(id);
            if (account) {
                if ('Key_Account__c' in fields) account.isKeyAccount = Boolean(fields.Key_Account__c);
                if ('Name' in fields) account.name = String(fields.Name);
                return { id, fields };
            }
            throw uiApiError('The requested resource does not exist');
        }
        this.validate(found.objectApiName, fields, id);
        const ws = this.workspaces.get(found.planId) as Workspace;
        this.apply(found.objectApiName, found.row, fields, ws);
        if (found.objectApiName === 'Account_Plan__c') this.recalculateRollups(found.planId);
        return { id, fields };
    }

    remove(id: string): void {
        const found = this.find(id);
        if (!found) throw uiApiError('The requested resource does not exist');
        if (found.objectApiName === 'Account_Plan__c') {
            this.workspaces.delete(id);
            this.order = this.order.filter((o) => o !== id);
            return;
        }
        const list = found.list as Row[];
        list.splice(list.indexOf(found.row), 1);
    }

    /** The account's current plan: its non-cancelled plan whose period contains today (docs/calculations.md). */
    currentPlanFor(accountId: string): Row | null {
        const t = today();
        return (
            [...this.workspaces.values()]
                .map((w) => w.plan)
                .find(
                    (p) =>
                        p.accountId === accountId &&
                        p.status !== 'Cancelled' &&
                        String(p.startDate) <= t &&
                        String(p.endDate) >= t
                ) ?? null
        );
    }

    lookupOptions(objectApiName: string, planId: string | null): { label: string; value: string }[] {
        if (objectApiName === 'User') return [...this.users].map(([value, label]) => ({ label, value }));
        if (objectApiName === 'Contact') {
            const ws = planId ? this.workspaces.get(planId) : undefined;
            const contacts = ws ? ws.accountContacts : [...this.workspaces.values()].flatMap((w) => w.accountContacts);
            return contacts.map((c) => ({ label: c.title ? `${c.name} (${c.title})` : c.name, value: c.id }));
        }
        if (objectApiName === 'Account')
            return [...this.accounts.values()].map((a) => ({ label: a.name, value: a.id }));
        if (objectApiName === 'Account_Plan__c')
            return [...this.workspaces.values()].map((w) => ({ label: w.plan.name, value: w.plan.id }));
        return [];
    }
}

function monthsBetween(start: string, end: string): { month: string; won: number; open: number }[] {
    const months: { month: string; won: number; open: number }[] = [];
    let [y, m] = start.split('-').map(Number);
    const [ey, em] = end.split('-').map(Number);
    while (y < ey || (y === ey && m <= em)) {
        months.push({ month: `${y}-${String(m).padStart(2, '0')}`, won: 0, open: 0 });
        m += 1;
        if (m > 12) {
            m = 1;
            y += 1;
        }
        if (months.length > 60) break;
    }
    return months;
}

/** "On target" within ±2% of the target (the scorecard's default tolerance, issue 14 item 2), as the product says. */
const ON_TARGET_TOLERANCE = 0.02;

function classify(plan: Record<string, unknown>): string {
    const target = Number(plan.revenueTarget) || 0;
    if (!target) return 'no target, empty';
    const variance = Number(plan.forecastVariance ?? 0);
    if (variance > target * ON_TARGET_TOLERANCE) return 'ahead of target';
    if (variance < -target * ON_TARGET_TOLERANCE) return 'behind target';
    return 'on target';
}

/** Whole days since 1970-01-01 of an ISO date, and back. */
function dayNumber(iso: string): number {
    const [y, m, d] = iso.split('-').map(Number);
    return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}
function dateOfDay(day: number): string {
    return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Plan values a new plan starts without. */
const NEW_PLAN_BLANKS = [
    'revenueTarget',
    'currentSegment',
    'targetSegment',
    'accountPotential',
    'strategicAlignment',
    'keyAccountType',
    'reviewFrequency',
    'lastReviewDate',
    'nextReviewDate',
    'contactCadenceDays',
    'lastActivityDate',
    'nextActivityDate',
    'periodType'
];

const EMPTY_TEXTS = Object.fromEntries(
    [
        'strengths',
        'weaknesses',
        'opportunities',
        'threats',
        'businessOverview',
        'customerGoals',
        'valueProposition',
        'competitiveLandscape',
        'risks',
        'supportRequired',
        'shortTermPlan',
        'managerReviewComments'
    ].map((k) => [k, null])
);

export const store = new PreviewStore();
window.__preview.store = store;
