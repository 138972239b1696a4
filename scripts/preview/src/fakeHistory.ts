/**
 * The plan-history part of the fake backend (issue 17): snapshots and deltas on the workspace DTO, the snapshot
 * settings on the Setup DTO, and SnapshotSettingsController.saveSnapshotSettings. The plan of the
 * `workspaceHistory.json` fixture gets that fixture's weekly history (three reviews included); every other sample
 * plan gets a generated weekly history from its Start Date to yesterday (none for a plan that has not started),
 * shaped like the Apex DTOs (SnapshotPoint.forPlan, PlanDeltas.compute) so the components read it unchanged.
 */
import fixtures from 'preview/fixtures';
import labels from 'preview/labels';
import { hasPermission } from './platform';
import { today } from './store';
import { decorateApex, registerApex } from './apexRegistry';

type Params = Record<string, unknown>;
type Handler = (params: Params) => unknown;
type Row = Record<string, unknown>;

/** What the deltas read of a snapshot; the generated ones carry every SnapshotPoint member. */
interface Snapshot {
    id: string;
    snapshotDate: string;
    snapshotType: 'Scheduled' | 'Review' | 'Period End';
    currencyIsoCode: string;
    wonAmount: number;
    forecast: number;
    attainmentPercent: number | null;
}

interface HistoryWorkspace {
    plan: Row & { id: string };
    objectives: Row[];
}

const DAY_MS = 86400000;
/** SnapshotPoint.forPlan returns at most this many (the newest). */
const MAX_POINTS = 200;

const HISTORY_FIXTURE = fixtures['planWorkspace/workspaceHistory.json'] as
    { plan: { id: string }; snapshots: Snapshot[] } | undefined;

const generated = new Map<string, Snapshot[]>();

function isoOf(time: number): string {
    return new Date(time).toISOString().slice(0, 10);
}
function timeOf(iso: string): number {
    return Date.parse(`${iso}T00:00:00Z`);
}
function num(value: unknown): number {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
function round(value: number, step: number): number {
    return Math.round(value / step) * step;
}
function attainment(won: number, target: number | null): number | null {
    return target && target > 0 ? Math.round((won / target) * 1000) / 10 : null;
}
function healthOf(score: number): 'Healthy' | 'Watch' | 'At Risk' {
    return score >= 70 ? 'Healthy' : score >= 40 ? 'Watch' : 'At Risk';
}

/**
 * A weekly history on Mondays from the Start Date to yesterday (or the End Date): won climbs to a little under
 * today's, forecast drifts towards today's, deterministic per plan. The week of the last review is a Review snapshot.
 */
function generate(ws: HistoryWorkspace): Snapshot[] {
    const plan = ws.plan;
    const start = timeOf(String(plan.startDate));
    const end = Math.min(timeOf(String(plan.endDate)), timeOf(today()) - DAY_MS);
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
    const firstMonday = start + ((8 - new Date(start).getUTCDay()) % 7) * DAY_MS;
    const days: number[] = [];
    for (let t = firstMonday; t <= end; t += 7 * DAY_MS) days.push(t);
    const reviewDate = plan.lastReviewDate ? timeOf(String(plan.lastReviewDate)) : NaN;
    const target = plan.revenueTarget === null || plan.revenueTarget === undefined ? null : num(plan.revenueTarget);
    const won = num(plan.wonAmount);
    const forecast = num(plan.forecast);
    const open = num(plan.openPipeline);
    const idStem = String(plan.id).slice(3, 9);
    return days.slice(-MAX_POINTS).map((t, index, all) => {
        const share = (index + 1) / (all.length + 1);
        const wonThen = round(won * share ** 1.2, 1000);
        const forecastThen = round(forecast * (0.82 + 0.16 * share) + (index % 3) * 2000, 1000);
        const weighted = Math.max(forecastThen - wonThen, 0);
        const isReview = Number.isFinite(reviewDate) && reviewDate >= t && reviewDate < t + 7 * DAY_MS;
        const score = Math.min(95, 50 + Math.round(30 * share));
        return {
            id: `a0SPRV${idStem}${String(index + 1).padStart(4, '0')}AAA`.slice(0, 18),
            snapshotDate: isoOf(isReview ? reviewDate : t),
            snapshotType: isReview ? ('Review' as const) : ('Scheduled' as const),
            currencyIsoCode: String(plan.currencyIsoCode ?? 'USD'),
            revenueTarget: target,
            wonAmount: wonThen,
            openPipeline: round(open * (1.3 - 0.3 * share), 1000),
            weightedPipeline: weighted,
            forecast: forecastThen,
            attainmentPercent: attainment(wonThen, target),
            pipelineCoverage: target && target > wonThen ? Math.round((open / (target - wonThen)) * 100) / 100 : null,
            openObjectives: ws.objectives.length,
            overdueObjectives: 0,
            healthScore: score,
            healthStatus: healthOf(score)
        };
    });
}

function snapshotsOf(ws: HistoryWorkspace): Snapshot[] {
    const id = String(ws.plan.id);
    if (HISTORY_FIXTURE && HISTORY_FIXTURE.plan.id === id) return HISTORY_FIXTURE.snapshots;
    if (!generated.has(id)) generated.set(id, generate(ws));
    return generated.get(id) as Snapshot[];
}

/** The plan now minus one snapshot, as PlanDeltas.compute does. */
function deltaTo(ws: HistoryWorkspace, baseline: Snapshot | undefined): Record<string, unknown> | null {
    const plan = ws.plan;
    if (!baseline || baseline.currencyIsoCode !== plan.currencyIsoCode) return null;
    const now =
        plan.attainmentPercent === null || plan.attainmentPercent === undefined ? null : num(plan.attainmentPercent);
    const t = today();
    return {
        baselineDate: baseline.snapshotDate,
        baselineType: baseline.snapshotType,
        baselineSnapshotId: baseline.id,
        wonAmountChange: num(plan.wonAmount) - baseline.wonAmount,
        forecastChange: num(plan.forecast) - baseline.forecast,
        attainmentPointsChange:
            now === null || baseline.attainmentPercent === null
                ? null
                : Math.round((now - baseline.attainmentPercent) * 10) / 10,
        newlyOverdueObjectives: ws.objectives.filter((o) => {
            const due = String(o.dueDate ?? '');
            return o.isOverdue === true && due >= baseline.snapshotDate && due < t;
        }).length
    };
}

/**
 * The workspace DTO with its history: `snapshots` (oldest first, in the plan's period) and `deltas` against the
 * latest snapshot before today and the latest Review snapshot. Register it around the getWorkspace handler.
 */
export function withHistory<T extends HistoryWorkspace>(ws: T): T & { snapshots: Snapshot[]; deltas: unknown } {
    const all = snapshotsOf(ws).filter((s) => s.snapshotDate >= String(ws.plan.startDate));
    const t = today();
    const beforeToday = all.filter((s) => s.snapshotDate < t);
    const reviews = all.filter((s) => s.snapshotType === 'Review');
    return {
        ...ws,
        snapshots: all,
        deltas: {
            currencyIsoCode: String(ws.plan.currencyIsoCode ?? 'USD'),
            sinceLastSnapshot: deltaTo(ws, beforeToday[beforeToday.length - 1]),
            sinceLastReview: deltaTo(ws, reviews[reviews.length - 1])
        }
    };
}

/** SetupInfo.snapshotSettings: the effective settings (the package defaults until saved). */
let snapshotSettings = {
    enabled: true,
    frequency: 'Weekly',
    weekday: 'Monday',
    dayOfMonth: 1,
    retentionMonths: 36
};

/** The Setup DTO with its snapshot settings. Register it around the getSetup handler. */
export function withSnapshotSettings<T extends object>(setup: T): T & { snapshotSettings: typeof snapshotSettings } {
    return { ...setup, snapshotSettings: { ...snapshotSettings } };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function inRange(value: unknown, min: number, max: number): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** SnapshotSettingsController: the same checks and messages as the Apex, in the same order. */
export const historyHandlers: Record<string, Handler> = {
    'SnapshotSettingsController.saveSnapshotSettings': (p) => {
        if (!hasPermission('Manage_Account_Planning')) {
            throw new Error(labels.Setup_Error_No_Permission ?? 'You need the Manage Account Planning permission.');
        }
        if (
            typeof p.enabled !== 'boolean' ||
            !['Weekly', 'Monthly'].includes(String(p.frequency)) ||
            !WEEKDAYS.includes(String(p.weekday)) ||
            !inRange(p.dayOfMonth, 1, 31)
        ) {
            throw new Error(labels.Setup_Error_Snapshot_Cadence ?? 'Invalid snapshot cadence.');
        }
        if (!inRange(p.retentionMonths, 1, 120)) {
            throw new Error(labels.Setup_Error_Snapshot_Retention ?? 'Invalid snapshot retention.');
        }
        snapshotSettings = {
            enabled: p.enabled,
            frequency: String(p.frequency),
            weekday: String(p.weekday),
            dayOfMonth: p.dayOfMonth,
            retentionMonths: p.retentionMonths
        };
        return '0AfPRVHISTORY0001';
    }
};

registerApex(historyHandlers);
decorateApex('AccountPlanWorkspaceController.getWorkspace', (result) => withHistory(result as HistoryWorkspace));
decorateApex('PlanningSetupController.getSetup', (result) => withSnapshotSettings(result as object));
