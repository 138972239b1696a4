/**
 * The plan health score in the preview (issue 19): what the back-end adds to the existing calls (PlanWorkspace.health,
 * PlanSummary.health, PlanningHome.plansAtRisk, SetupInfo.health) and PlanningSetupController.saveHealthThresholds.
 *
 * The sample plans span the three statuses: a plan whose forecast is 5% or more above its target is Healthy, one at
 * 80% or more of its target is on Watch, below that At Risk (the At Risk breakdown is the Jest fixture
 * healthAtRisk.json); a plan without a target is scored on the other factors (healthNoTarget.json); a closed or
 * cancelled plan is not scored (healthNotScored.json). Statuses follow the thresholds saved on the Setup page.
 *
 * Registered in fakes.ts (decorators on the workspace, card, Home and Setup answers; the thresholds save).
 */
import fixtures from 'preview/fixtures';
import labels from 'preview/labels';
import { USER_NAME, hasPermission } from './platform';
import { store } from './store';
import { decorateApex, registerApex } from './apexRegistry';

type Params = Record<string, unknown>;
type Status = 'Healthy' | 'Watch' | 'At Risk';

interface Reason {
    factor: string;
    code: string;
    values: number[];
    points: number;
}
interface Factor {
    key: string;
    active: boolean;
    applies: boolean;
    score: number | null;
    weight: number;
    effectiveWeight: number;
    pointsLost: number;
    code: string;
    values: number[];
    reasons: Reason[];
}
interface Health {
    score: number | null;
    status: Status | null;
    statusLabel: string | null;
    notScoredCode: string | null;
    calculatedAt: string | null;
    healthyFrom: number;
    watchFrom: number;
    factors: Factor[];
    reasons: Reason[];
}
interface Badge {
    score: number | null;
    status: Status | null;
    statusLabel: string | null;
    topReason: Reason | null;
    calculatedAt: string | null;
}
type PlanRow = Record<string, unknown> & { id: string };

const FIXTURE_DIR = 'planWorkspace/';

function fixture<T>(file: string): T {
    const value = fixtures[FIXTURE_DIR + file];
    if (!value) throw new Error(`preview: fixture ${FIXTURE_DIR}${file} is missing`);
    return JSON.parse(JSON.stringify(value)) as T;
}

/** The thresholds in effect (the settings record), changed by saveHealthThresholds. */
const thresholds = { healthyFrom: 70, watchFrom: 40 };

function round1(value: number): number {
    return Math.round(value * 10) / 10;
}

function statusOf(score: number): Status {
    if (score >= thresholds.healthyFrom) return 'Healthy';
    return score >= thresholds.watchFrom ? 'Watch' : 'At Risk';
}

type FactorScore = { score: number; code: string; values: number[]; reasons?: [string, number[]][] };

/**
 * A breakdown with the At Risk fixture's factors and weights and other factor scores, recomputed with the formula
 * of docs/calculations.md: weights renormalised over the applying factors, points lost, the rounded total, the top
 * three reasons by points.
 */
function rescored(scores: Record<string, FactorScore>): Health {
    const base = fixture<Health>('healthAtRisk.json');
    const totalWeight = base.factors.reduce((sum, f) => sum + (f.applies ? f.weight : 0), 0);
    const factors = base.factors.map((f): Factor => {
        const s = scores[f.key];
        const effectiveWeight = round1((f.weight / totalWeight) * 100);
        const pointsLost = round1(((100 - s.score) * f.weight) / totalWeight);
        const parts = s.reasons ?? (s.score < 100 ? [[s.code, s.values] as [string, number[]]] : []);
        const reasons = parts.map(([code, values]) => ({
            factor: f.key,
            code,
            values,
            points: round1(pointsLost / parts.length)
        }));
        return { ...f, score: s.score, effectiveWeight, pointsLost, code: s.code, values: s.values, reasons };
    });
    const score = Math.round(factors.reduce((sum, f) => sum + (f.score ?? 0) * f.weight, 0) / totalWeight);
    const reasons = factors
        .flatMap((f) => f.reasons)
        .sort((a, b) => b.points - a.points)
        .slice(0, 3);
    return { ...base, score, factors, reasons };
}

const HEALTHY = (): Health =>
    rescored({
        FORECAST: { score: 100, code: 'FORECAST_ON_PRORATA', values: [108, 200, 365] },
        PIPELINE_COVERAGE: { score: 100, code: 'PIPELINE_COVERAGE_MET', values: [320, 300] },
        OBJECTIVES: {
            score: 80,
            code: 'OBJECTIVES_SUMMARY',
            values: [4, 5, 0],
            reasons: [['OBJECTIVES_NOT_ON_TRACK', [1]]]
        },
        STAKEHOLDERS: { score: 100, code: 'STAKEHOLDER_ROLES_COVERED', values: [3, 3] },
        ACTIVITY: { score: 100, code: 'ACTIVITY_ON_CADENCE', values: [6, 14] },
        PLAN_UPDATES: { score: 100, code: 'PLAN_UPDATED', values: [4, 30] },
        MANAGER_REVIEW: { score: 100, code: 'REVIEW_ON_TIME', values: [21] }
    });

const WATCH = (): Health =>
    rescored({
        FORECAST: { score: 84, code: 'FORECAST_BEHIND_PRORATA', values: [8, 200, 365] },
        PIPELINE_COVERAGE: { score: 50, code: 'LOW_PIPELINE_COVERAGE', values: [200, 300] },
        OBJECTIVES: {
            score: 60,
            code: 'OBJECTIVES_SUMMARY',
            values: [3, 5, 1],
            reasons: [['OBJECTIVES_OVERDUE', [1]]]
        },
        STAKEHOLDERS: {
            score: 67,
            code: 'STAKEHOLDER_ROLES_COVERED',
            values: [2, 3],
            reasons: [['NO_CHAMPION', []]]
        },
        ACTIVITY: { score: 57, code: 'ACTIVITY_OVERDUE', values: [20, 14] },
        PLAN_UPDATES: { score: 100, code: 'PLAN_UPDATED', values: [10, 30] },
        MANAGER_REVIEW: { score: 100, code: 'REVIEW_ON_TIME', values: [5] }
    });

/** The plan's health as the engine would have stored it, with the statuses of the thresholds in effect. */
export function planHealth(plan: PlanRow): Health {
    const status = String(plan.status ?? '');
    const target = Number(plan.revenueTarget ?? 0);
    let health: Health;
    if (status === 'Closed' || status === 'Cancelled') {
        health = fixture<Health>('healthNotScored.json');
    } else if (!target) {
        health = fixture<Health>('healthNoTarget.json');
    } else {
        const ratio = Number(plan.forecast ?? 0) / target;
        health = ratio >= 1.05 ? HEALTHY() : ratio >= 0.8 ? WATCH() : fixture<Health>('healthAtRisk.json');
    }
    const scoredStatus = health.score === null ? null : statusOf(health.score);
    return {
        ...health,
        ...thresholds,
        status: scoredStatus,
        statusLabel: scoredStatus,
        calculatedAt: (plan.rollupsCalculatedAt as string | null) ?? health.calculatedAt
    };
}

export function planHealthBadge(plan: PlanRow): Badge {
    const health = planHealth(plan);
    return {
        score: health.score,
        status: health.status,
        statusLabel: health.statusLabel,
        topReason: health.reasons.find((r) => r.points > 0) ?? null,
        calculatedAt: health.calculatedAt
    };
}

function withBadge<T extends PlanRow | null | undefined>(plan: T): T {
    return plan && !plan.health ? { ...plan, health: planHealthBadge(plan) } : plan;
}

/** PlanningHome.plansAtRisk: the open plans At Risk, lowest score first, at most 50. */
export function plansAtRisk(): unknown[] {
    return [...store.workspaces.values()]
        .map((w) => w.plan as PlanRow)
        .filter((plan) => ['Draft', 'Active'].includes(String(plan.status)))
        .map((plan) => ({ plan, badge: planHealthBadge(plan) }))
        .filter(({ badge }) => badge.status === 'At Risk')
        .sort((a, b) => Number(a.badge.score) - Number(b.badge.score))
        .slice(0, 50)
        .map(({ plan, badge }) => ({
            id: plan.id,
            name: plan.name,
            accountName: plan.accountName ?? null,
            ownerName: (plan.ownerName as string | undefined) ?? USER_NAME,
            endDate: plan.endDate ?? null,
            health: badge
        }));
}

/** SetupInfo.health: the shipped Health Factor records and the thresholds in effect. */
export function healthSetup(): unknown {
    return { ...fixture<Record<string, unknown>>('healthSetup.json'), ...thresholds };
}

function saveHealthThresholds(p: Params): string {
    if (!hasPermission('Manage_Account_Planning')) {
        throw new Error(labels.Setup_No_Manage ?? 'You need the Manage Account Planning permission.');
    }
    const healthyFrom = Number(p.healthyFrom);
    const watchFrom = Number(p.watchFrom);
    const inRange = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;
    if (!inRange(healthyFrom) || !inRange(watchFrom) || watchFrom >= healthyFrom) {
        throw new Error(labels.Setup_Error_Health_Thresholds ?? 'Invalid health thresholds.');
    }
    Object.assign(thresholds, { healthyFrom, watchFrom });
    return '0AfPRVHEALTH000001';
}

type Decorated = Record<string, unknown>;

/** The health members added to the other fakes' answers (only where the store did not already provide them). */
decorateApex('AccountPlanWorkspaceController.getWorkspace', (result) => {
    const ws = result as Decorated;
    const plan = ws.plan as PlanRow;
    return { ...ws, plan: withBadge(plan), health: ws.health ?? planHealth(plan) };
});
decorateApex('AccountPlanCardController.getAccountPlanCard', (result) => {
    const card = result as Decorated;
    return { ...card, currentPlan: withBadge(card.currentPlan as PlanRow | null) };
});
decorateApex('PlanningHomeController.getPlanningHome', (result) => {
    const home = result as Decorated;
    return {
        ...home,
        myPlans: ((home.myPlans as PlanRow[] | undefined) ?? []).map((plan) => withBadge(plan)),
        plansAtRisk: home.plansAtRisk ?? plansAtRisk()
    };
});
decorateApex('PlanningSetupController.getSetup', (result) => {
    const setup = result as Decorated;
    return { ...setup, health: setup.health ?? healthSetup() };
});
registerApex({ 'PlanningSetupController.saveHealthThresholds': saveHealthThresholds });
