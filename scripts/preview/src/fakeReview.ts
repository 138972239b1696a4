/**
 * The preview's fake of the review back-end (issue 16): PlanReviewController.markPlansReviewed and
 * markObjectiveReviewed, and PlanningHomeController.getPlanningHomeFor (scope and server-side sort), answering from
 * the in-memory store. Registered in fakes.ts (its handlers, and the review members of the workspace and Home).
 * The Review_Account_Plans permission follows the persona and the URL (`?without=Review_Account_Plans`).
 * Simplified on purpose: the next review date is today + 30 days (the Key Account rhythm of the sample data); the
 * real rules are PlanReviewCadence's.
 */
import fixtures from 'preview/fixtures';
import { store, today, type Workspace } from './store';
import { apexHandler, decorateApex, registerApex } from './apexRegistry';
import { PERSONA, USER_ID, USER_NAME, hasPermission, serverError } from './platform';
import labels from 'preview/labels';

type Params = Record<string, unknown>;
type Row = Record<string, unknown>;

const REVIEW_PERMISSION = 'Review_Account_Plans';
const MAX_COMMENT_LENGTH = 32768;
let reviewCounter = 0;

function reviewId(): string {
    reviewCounter += 1;
    return `a0CPRVREVIEW${String(reviewCounter).padStart(6, '0')}`;
}

function addDays(iso: string, days: number): string {
    const date = new Date(`${iso}T00:00:00`);
    date.setDate(date.getDate() + days);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function requireReviewer(comments: unknown): string | null {
    if (!hasPermission(REVIEW_PERMISSION)) throw serverError(labels.Review_Error_No_Permission);
    const text = typeof comments === 'string' && comments.trim() ? comments : null;
    if (text && text.length > MAX_COMMENT_LENGTH) {
        throw serverError(labels.Review_Error_Comments_Too_Long.replace('{0}', String(MAX_COMMENT_LENGTH)));
    }
    return text;
}

/** A ReviewTimelineRow with every member null, to fill in. */
function timelineRow(type: 'Plan' | 'Objective', date: string, comments: string | null, currency: string): Row {
    const row: Row = { id: reviewId(), type, reviewDate: date, reviewerId: USER_ID, reviewerName: USER_NAME, comments };
    for (const key of ['objectiveId', 'objectiveName', 'objectiveStatus', 'objectiveProgressPercent', 'planStatus']) {
        row[key] = null;
    }
    for (const key of ['healthScore', 'healthStatus', 'revenueTarget', 'wonAmount', 'forecast', 'forecastVariance']) {
        row[key] = null;
    }
    for (const key of ['attainmentPercent', 'pipelineCoverage', 'openObjectives', 'overdueObjectives', 'snapshotId']) {
        row[key] = null;
    }
    return { ...row, currencyIsoCode: currency, recordedAt: new Date().toISOString() };
}

const TEAM_FIXTURE = (fixtures as Record<string, unknown>)['planningHome/planningHomeTeam.json'] as Row | undefined;
const TEAM_KEYS = [
    'scope',
    'hasTeam',
    'teamTruncated',
    'plans',
    'totals',
    'sortBy',
    'sortDirection',
    'reviewDueByOwner'
];

/**
 * Planning Home's manager members (PlanningHomeController): a manager or admin sees the sample team of the
 * planningHomeTeam fixture; a rep has no team and sees their own plans only.
 */
const teamHome: Row = (() => {
    const team = JSON.parse(JSON.stringify(TEAM_FIXTURE ?? {})) as Row;
    const home: Row = Object.fromEntries(TEAM_KEYS.map((key) => [key, team[key] ?? null]));
    if (PERSONA.key === 'rep') {
        home.hasTeam = false;
        home.scope = 'MY';
        home.plans = ((home.plans as Row[] | null) ?? []).filter((row) => row.ownerId === USER_ID);
        home.reviewDueByOwner = ((home.reviewDueByOwner as Row[] | null) ?? []).filter((g) => g.ownerId === USER_ID);
    }
    return home;
})();

function prependReview(ws: Row, row: Row): void {
    ws.reviews = [row, ...((ws.reviews as Row[] | undefined) ?? [])].slice(0, 50);
}

/** Planning Home after a review: the plan leaves "due for review" and its row shows the new dates. */
function clearDueOnHome(planId: string, date: string, next: string): void {
    const home = teamHome;
    if (!home) return;
    home.plansDueForReview = ((home.plansDueForReview as Row[] | undefined) ?? []).filter((r) => r.id !== planId);
    home.reviewDueByOwner = ((home.reviewDueByOwner as { plans: Row[] }[] | undefined) ?? [])
        .map((group) => ({ ...group, plans: group.plans.filter((r) => r.id !== planId) }))
        .filter((group) => group.plans.length > 0);
    for (const row of (home.plans as Row[] | undefined) ?? []) {
        if (row.id === planId) Object.assign(row, { lastReviewDate: date, nextReviewDate: next, isReviewDue: false });
    }
}

function markPlansReviewed(p: Params): unknown {
    const comments = requireReviewer(p.comments);
    const planIds = (p.planIds as string[] | undefined) ?? [];
    if (planIds.length === 0 || planIds.length > 200) {
        throw serverError(labels.Review_Error_Too_Many.replace('{0}', '200'));
    }
    const date = today();
    const next = addDays(date, 30);
    return planIds.map((planId) => {
        const ws = store.workspaces.get(planId) as unknown as Row | undefined;
        const row = timelineRow('Plan', date, comments, 'USD');
        if (ws) {
            const plan = ws.plan as Row;
            Object.assign(row, {
                currencyIsoCode: plan.currencyIsoCode,
                planStatus: plan.status,
                healthScore: (plan.health as Row | undefined)?.score ?? null,
                healthStatus: (plan.health as Row | undefined)?.status ?? null,
                revenueTarget: plan.revenueTarget,
                wonAmount: plan.wonAmount,
                forecast: plan.forecast,
                forecastVariance: plan.forecastVariance,
                attainmentPercent: plan.attainmentPercent,
                pipelineCoverage: plan.pipelineCoverage
            });
            Object.assign(plan, { lastReviewDate: date, nextReviewDate: next, isReviewDue: false });
            if (comments) plan.managerReviewComments = comments;
            prependReview(ws, row);
        }
        clearDueOnHome(planId, date, next);
        return { planId, reviewId: row.id, reviewDate: date, nextReviewDate: next };
    });
}

function markObjectiveReviewed(p: Params): unknown {
    const comments = requireReviewer(p.comments);
    const found = store.find(String(p.objectiveId));
    if (!found || found.objectApiName !== 'Account_Plan_Objective__c') throw serverError(labels.Review_Error_Not_Found);
    const asked = typeof p.reviewDate === 'string' && p.reviewDate ? p.reviewDate : today();
    const date = asked > today() ? today() : asked;
    const objective = found.row;
    const ws = store.workspaces.get(found.planId) as unknown as Row;
    const row = timelineRow('Objective', date, comments, String((ws.plan as Row).currencyIsoCode ?? 'USD'));
    Object.assign(row, {
        objectiveId: objective.id,
        objectiveName: objective.name,
        objectiveStatus: objective.status,
        objectiveProgressPercent: objective.progressPercent ?? null
    });
    objective.lastReviewedDate = date;
    objective.lastReviewedByName = USER_NAME;
    if (comments) objective.managerReviewComments = comments;
    prependReview(ws, row);
    return { objectiveId: objective.id, reviewId: row.id, reviewDate: date };
}

function compare(a: unknown, b: unknown): number {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** Totals of the plans shown (the preview adds amounts as they are; the server converts to the corporate currency). */
function totalsOf(plans: Row[], currencyIsoCode: unknown): Row {
    const sum = (key: string) => plans.reduce((total, row) => total + (Number(row[key]) || 0), 0);
    const target = sum('revenueTarget');
    const won = sum('wonAmount');
    const forecast = sum('forecast');
    return {
        currencyIsoCode,
        planCount: plans.length,
        revenueTarget: target,
        wonAmount: won,
        openPipeline: sum('openPipeline'),
        forecast,
        forecastVariance: forecast - target,
        attainmentPercent: target > 0 ? Math.round((won / target) * 1000) / 10 : null
    };
}

/** The home for a scope (MY: the running user's plans) with the plan table sorted like the server does. */
function planningHomeFor(p: Params): unknown {
    // The same lists as getPlanningHome (with every feature's members), then this scope and sort.
    const full = apexHandler('PlanningHomeController.getPlanningHome')?.({}) as Row | undefined;
    const home = JSON.parse(JSON.stringify({ ...full, ...teamHome })) as Row;
    const scope = p.scope === 'MY' || p.scope === 'TEAM' ? p.scope : home.hasTeam ? 'TEAM' : 'MY';
    const sortBy = typeof p.sortBy === 'string' && p.sortBy ? p.sortBy : 'forecastVariance';
    const direction = p.sortDirection === 'desc' ? 'desc' : 'asc';
    let plans = (home.plans as Row[] | undefined) ?? [];
    let groups = (home.reviewDueByOwner as { ownerId: string }[] | undefined) ?? [];
    if (scope === 'MY') {
        plans = plans.filter((row) => row.ownerId === USER_ID);
        groups = groups.filter((group) => group.ownerId === USER_ID);
        home.totals = totalsOf(plans, (home.totals as Row | undefined)?.currencyIsoCode ?? 'USD');
    }
    plans.sort((a, b) => compare(a[sortBy], b[sortBy]) * (direction === 'desc' ? -1 : 1));
    return { ...home, scope, sortBy, sortDirection: direction, plans, reviewDueByOwner: groups };
}

export const REVIEW_HANDLERS: Record<string, (params: Params) => unknown> = {
    'PlanReviewController.markPlansReviewed': markPlansReviewed,
    'PlanReviewController.markObjectiveReviewed': markObjectiveReviewed,
    'PlanningHomeController.getPlanningHomeFor': planningHomeFor
};

registerApex(REVIEW_HANDLERS);
decorateApex('PlanningHomeController.getPlanningHome', (result) => ({
    ...(result as Row),
    ...JSON.parse(JSON.stringify(teamHome))
}));
decorateApex('AccountPlanWorkspaceController.getWorkspace', (result) => {
    const ws = result as Workspace & { reviews?: Row[]; permissions?: Row };
    const may = hasPermission('Review_Account_Plans');
    return {
        ...ws,
        reviews: ws.reviews ?? [],
        permissions: {
            ...(ws.permissions ?? {}),
            canMarkReviewed: may,
            markReviewedDisabledReason: may ? null : (labels.Review_Disabled_No_Permission ?? null)
        }
    };
});
