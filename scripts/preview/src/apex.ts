/**
 * `@salesforce/apex` and `@salesforce/apex/Class.method` for the preview: an in-memory fake of the four
 * controllers, answering from the store. Each imported method is callable imperatively (returns a Promise)
 * and usable with `@wire` (cacheable methods share one server call per identical parameters, like the
 * platform's cache); refreshApex re-runs the call and pushes the new value to every wire that shares it.
 */
import { store, NO_PLAN_ACCOUNT_ID, type Workspace } from './store';
import { USER_NAME, clone, deepFreeze, logCall, serverDelay, serverError } from './platform';
import labels from 'preview/labels';
import { RELATIONSHIP_MAP_HANDLERS } from './fakeRelationshipMap';

type Params = Record<string, unknown>;
type Handler = (params: Params) => unknown;

function addDays(date: Date, days: number): Date {
    const d = new Date(date);
    d.setDate(d.getDate() + days);
    return d;
}
function iso(d: Date): string {
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
function quarterOf(d: Date): { start: Date; end: Date; label: string } {
    const q = Math.floor(d.getMonth() / 3);
    const start = new Date(d.getFullYear(), q * 3, 1);
    const end = new Date(d.getFullYear(), q * 3 + 3, 0);
    return { start, end, label: `Q${q + 1} ${d.getFullYear()}` };
}

function accountCard(accountId: string): unknown {
    const account = store.accounts.get(accountId);
    if (!account) throw new Error(labels.Error_Generic ?? 'Account not found.');
    const current = store.currentPlanFor(accountId);
    const plans = [...store.workspaces.values()].map((w) => w.plan).filter((p) => p.accountId === accountId);
    const latestEnd = plans
        .map((p) => String(p.endDate))
        .sort()
        .pop();
    const quarter = quarterOf(latestEnd ? addDays(new Date(`${latestEnd}T00:00:00`), 1) : new Date());
    const fixture = store.cards.find((c) => (c.currentPlan as { accountId?: string } | null)?.accountId === accountId);
    return {
        ...(fixture ?? {}),
        currentPlan: current ? clone(current) : null,
        suggestedStartDate: iso(quarter.start),
        suggestedEndDate: iso(quarter.end),
        suggestedName: `${account.name} ${quarter.label}`,
        isKeyAccount: account.isKeyAccount
    };
}

function planningHome(): unknown {
    const live = [...store.workspaces.values()].map((w) => w.plan);
    if (store.home) {
        const home = clone(store.home) as { myPlans?: { id: string }[] };
        home.myPlans = (home.myPlans ?? []).map((p) => live.find((l) => l.id === p.id) ?? p);
        return home;
    }
    return {
        keyAccountsWithoutPlan: [...store.accounts.values()]
            .filter((a) => a.isKeyAccount && !store.currentPlanFor(a.id))
            .map((a) => ({ id: a.id, name: a.name, ownerName: USER_NAME })),
        plansDueForReview: live
            .filter((p) => p.isReviewDue)
            .map((p) => ({
                id: p.id,
                name: p.name,
                accountName: p.accountName,
                nextReviewDate: p.nextReviewDate,
                ownerName: USER_NAME
            })),
        overdueObjectives: [...store.workspaces.values()].flatMap((w: Workspace) =>
            w.objectives
                .filter((o) => o.isOverdue)
                .map((o) => ({
                    id: o.id,
                    name: o.name,
                    planId: w.plan.id,
                    planName: w.plan.name,
                    dueDate: o.dueDate,
                    ownerName: o.ownerName,
                    status: o.status
                }))
        ),
        myPlans: live
    };
}

function setup(): Record<string, unknown> {
    if (!store.setup) {
        store.setup = {
            revenueSource: 'Amount',
            includeChildAccounts: false,
            asyncThreshold: 2000,
            engineEnabled: true,
            nightlyScheduled: false,
            nextRunAt: null,
            lastRun: null,
            canManage: true
        };
    }
    return store.setup;
}

function requireManage(): void {
    const params = new URLSearchParams(window.location.search);
    if ((params.get('without') ?? '').split(',').includes('Manage_Account_Planning')) {
        throw new Error(
            labels.Setup_No_Permission ??
                labels.Error_No_Permission ??
                'You need the Manage Account Planning permission.'
        );
    }
}

let jobCounter = 0;
function jobId(prefix: string): string {
    jobCounter += 1;
    return `${prefix}PRVJOB${String(jobCounter).padStart(9, '0')}`;
}

const HANDLERS: Record<string, Handler> = {
    ...RELATIONSHIP_MAP_HANDLERS,
    'AccountPlanWorkspaceController.getWorkspace': (p) => store.workspace(String(p.planId)),
    'AccountPlanWorkspaceController.getLinkedOpportunities': (p) => {
        store.workspace(String(p.planId));
        return store.page(
            String(p.planId),
            String(p.filter ?? 'all'),
            String(p.sortBy ?? 'closeDate'),
            String(p.sortDirection ?? 'desc'),
            Number(p.pageNumber ?? 1),
            Number(p.pageSize ?? 50)
        );
    },
    'AccountPlanWorkspaceController.searchPartnerAccounts': (p) => {
        const term = String(p.searchTerm ?? '').toLowerCase();
        return store.partnerAccounts
            .filter((a) => !term || a.name.toLowerCase().includes(term))
            .slice(0, 20)
            .map((a) => ({ id: a.id, name: a.name, type: a.type }));
    },
    'AccountPlanCardController.getAccountPlanCard': (p) => accountCard(String(p.accountId)),
    'PlanningHomeController.getPlanningHome': () => planningHome(),
    'PlanningSetupController.getSetup': () => {
        const s = setup();
        return {
            ...s,
            canManage: !new URLSearchParams(window.location.search).get('without')?.includes('Manage_Account_Planning')
        };
    },
    'PlanningSetupController.saveSettings': (p) => {
        requireManage();
        Object.assign(setup(), {
            revenueSource: p.revenueSource,
            includeChildAccounts: Boolean(p.includeChildAccounts),
            asyncThreshold: Number(p.asyncThreshold)
        });
        return jobId('0Af');
    },
    'PlanningSetupController.runRecalculation': () => {
        requireManage();
        const id = jobId('707');
        for (const planId of store.workspaces.keys()) store.recalculateRollups(planId);
        setup().lastRun = {
            id,
            status: 'Completed',
            completedAt: new Date().toISOString(),
            totalBatches: Math.max(1, Math.ceil(store.workspaces.size / 200)),
            errors: 0,
            extendedStatus: null
        };
        return id;
    },
    'PlanningSetupController.scheduleNightly': () => {
        requireManage();
        const next = addDays(new Date(), 1);
        next.setHours(2, 0, 0, 0);
        Object.assign(setup(), { nightlyScheduled: true, nextRunAt: next.toISOString() });
        return jobId('08e');
    },
    'PlanningSetupController.unscheduleNightly': () => {
        requireManage();
        Object.assign(setup(), { nightlyScheduled: false, nextRunAt: null });
        return null;
    }
};

/** Names of the methods the fake backend answers (the build warns about imports of anything else). */
export const IMPLEMENTED = Object.keys(HANDLERS);
export { NO_PLAN_ACCOUNT_ID };

async function invoke(name: string, params: Params): Promise<unknown> {
    logCall(name, params);
    await serverDelay();
    const handler = HANDLERS[name];
    if (!handler) throw serverError(`The preview backend does not implement ${name}.`, 'System.UnexpectedException');
    try {
        return clone(handler(params ?? {}));
    } catch (e) {
        if (e && typeof e === 'object' && 'body' in e) throw e;
        throw serverError((e as Error).message);
    }
}

interface WireValue {
    data: unknown;
    error: unknown;
}
interface CacheEntry {
    key: string;
    name: string;
    params: Params;
    value: WireValue | null;
    pending: Promise<void> | null;
    subscribers: Set<(v: WireValue) => void>;
}
const cache = new Map<string, CacheEntry>();
const entryOfValue = new WeakMap<object, CacheEntry>();

function load(entry: CacheEntry): Promise<void> {
    entry.pending = invoke(entry.name, entry.params).then(
        (data) => {
            entry.value = { data: deepFreeze(data), error: undefined };
        },
        (error: unknown) => {
            entry.value = { data: undefined, error };
        }
    );
    return entry.pending.then(() => {
        entry.pending = null;
        const value = entry.value as WireValue;
        entryOfValue.set(value, entry);
        for (const s of entry.subscribers) s(value);
    });
}

function stableKey(name: string, params: Params): string {
    const sorted = Object.keys(params ?? {})
        .sort()
        .map((k) => [k, params[k]]);
    return `${name}:${JSON.stringify(sorted)}`;
}

/** A callable Apex method that is also a wire adapter (the engine reads `.adapter`). */
export function apexMethod(
    className: string,
    methodName: string
): ((params?: Params) => Promise<unknown>) & { adapter: unknown } {
    const name = `${className}.${methodName}`;
    const call = (params?: Params) => invoke(name, params ?? {});
    class ApexWireAdapter {
        private callback: (v: WireValue) => void;
        private entry: CacheEntry | null = null;
        private connected = false;
        constructor(callback: (v: WireValue) => void) {
            this.callback = callback;
        }
        update(config: Params) {
            // The platform does not call Apex while a reactive parameter is still undefined.
            if (Object.values(config ?? {}).some((v) => v === undefined)) return;
            const key = stableKey(name, config);
            if (this.entry?.key === key) return;
            this.entry?.subscribers.delete(this.callback);
            let entry = cache.get(key);
            if (!entry) {
                entry = { key, name, params: { ...config }, value: null, pending: null, subscribers: new Set() };
                cache.set(key, entry);
            }
            this.entry = entry;
            entry.subscribers.add(this.callback);
            if (entry.value) this.callback(entry.value);
            else if (!entry.pending) void load(entry);
        }
        connect() {
            this.connected = true;
        }
        disconnect() {
            this.connected = false;
            this.entry?.subscribers.delete(this.callback);
            this.entry = null;
        }
        get isConnected() {
            return this.connected;
        }
    }
    return Object.assign(call, { adapter: ApexWireAdapter });
}

/** Re-runs the Apex call behind a wired value and pushes the result to every wire sharing it. */
export function refreshApex(wiredValue: unknown): Promise<void> {
    const entry = wiredValue && typeof wiredValue === 'object' ? entryOfValue.get(wiredValue) : undefined;
    if (entry) return load(entry);
    // A value we cannot trace back (e.g. a copy): refresh everything that is cached, as a safe fallback.
    return Promise.all([...cache.values()].filter((e) => e.subscribers.size).map((e) => load(e))).then(() => undefined);
}

/** Marks every cached value stale so the next wire reads the server again (used after LDS writes). */
export function invalidateApexCache(): void {
    for (const [key, entry] of cache) if (!entry.subscribers.size) cache.delete(key);
}

export function getSObjectValue(record: Record<string, unknown>, field: { fieldApiName: string } | string): unknown {
    const name = typeof field === 'string' ? field : field.fieldApiName;
    return name
        .split('.')
        .reduce<unknown>(
            (v, part) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined),
            record
        );
}
