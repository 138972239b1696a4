/**
 * Fake AccountPlanCardController and PlanningHomeController, computed from the live store so the pages follow
 * what the user does (a plan created from Home takes its account off "Key accounts without a current plan"). The
 * "Create plan" suggestion is the server's rule (planPeriods.ts, a copy of Apex PlanPeriods).
 */
import labels from 'preview/labels';
import { registerApex } from './apexRegistry';
import { USER_NAME, clone } from './platform';
import { planName, suggestedPeriod } from './planPeriods';
import { store, today } from './store';

/** PlanningHomeController.ROW_LIMIT */
const ROW_LIMIT = 50;

function plansOf(accountId: string) {
    return [...store.workspaces.values()].map((w) => w.plan).filter((p) => p.accountId === accountId);
}

/** suggestedStartDate/EndDate/Name/PeriodType of a new plan for the account (PlanPeriods.suggestionsFor). */
export function suggestionFor(accountId: string, accountName: string): Record<string, string> {
    const period = suggestedPeriod(plansOf(accountId), today());
    return {
        suggestedStartDate: period.startDate,
        suggestedEndDate: period.endDate,
        suggestedName: planName(accountName, period, labels),
        suggestedPeriodType: period.periodType
    };
}

function accountCard(accountId: string): unknown {
    const account = store.accounts.get(accountId);
    if (!account) throw new Error(labels.Card_Error_Load_Failed ?? 'The account plan summary could not be loaded.');
    const current = store.currentPlanFor(accountId);
    return {
        currentPlan: current ? clone(current) : null,
        ...suggestionFor(accountId, account.name),
        isKeyAccount: account.isKeyAccount
    };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function planningHome(): unknown {
    const live = store.order.map((id) => store.workspaces.get(id)).filter((w) => w !== undefined);
    return {
        keyAccountsWithoutPlan: [...store.accounts.values()]
            .filter((a) => a.isKeyAccount && !store.currentPlanFor(a.id))
            .sort(byName)
            .slice(0, ROW_LIMIT)
            .map((a) => ({
                id: a.id,
                name: a.name,
                ownerName: a.ownerName ?? USER_NAME,
                ...suggestionFor(a.id, a.name)
            })),
        plansDueForReview: live
            .map((w) => w.plan)
            .filter((p) => p.isReviewDue)
            .sort((a, b) => String(a.nextReviewDate).localeCompare(String(b.nextReviewDate)) || byName(a, b))
            .slice(0, ROW_LIMIT)
            .map((p) => ({
                id: p.id,
                name: p.name,
                accountName: p.accountName,
                nextReviewDate: p.nextReviewDate,
                ownerName: USER_NAME
            })),
        overdueObjectives: live
            .flatMap((w) =>
                w.objectives
                    .filter((o) => o.isOverdue)
                    .map((o) => ({
                        id: o.id,
                        name: String(o.name),
                        planId: w.plan.id,
                        planName: w.plan.name,
                        dueDate: o.dueDate,
                        ownerName: o.ownerName ?? null,
                        status: o.status
                    }))
            )
            .sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)) || byName(a, b))
            .slice(0, ROW_LIMIT),
        myPlans: live
            .map((w) => clone(w.plan))
            .filter((p) => p.status === 'Draft' || p.status === 'Active')
            .sort((a, b) => String(b.startDate).localeCompare(String(a.startDate)))
            .slice(0, ROW_LIMIT)
    };
}

registerApex({
    'AccountPlanCardController.getAccountPlanCard': (p) => accountCard(String(p.accountId)),
    'PlanningHomeController.getPlanningHome': () => planningHome()
});
