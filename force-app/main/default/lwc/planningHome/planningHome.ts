import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { NavigationMixin } from 'lightning/navigation';
import getPlanningHome from '@salesforce/apex/PlanningHomeController.getPlanningHome';
import { formatCurrency, formatDate, formatLabel, formatPercent, newPlanPageReference } from 'c/planUtils';
import type { HomeListAction, HomeListDetail, HomeListRow } from 'c/planningHomeList';
import LABEL_TITLE from '@salesforce/label/c.Home_Title';
import LABEL_KEY_ACCOUNTS from '@salesforce/label/c.Home_Key_Accounts';
import LABEL_KEY_ACCOUNTS_EMPTY from '@salesforce/label/c.Home_Key_Accounts_Empty';
import LABEL_CREATE_PLAN from '@salesforce/label/c.Home_Create_Plan';
import LABEL_CREATE_PLAN_FOR from '@salesforce/label/c.Home_Create_Plan_For';
import LABEL_OVERDUE from '@salesforce/label/c.Home_Overdue';
import LABEL_OVERDUE_EMPTY from '@salesforce/label/c.Home_Overdue_Empty';
import LABEL_MY_PLANS from '@salesforce/label/c.Home_My_Plans';
import LABEL_MY_PLANS_EMPTY from '@salesforce/label/c.Home_My_Plans_Empty';
import LABEL_OWNER from '@salesforce/label/c.Home_Owner';
import LABEL_DUE from '@salesforce/label/c.Home_Due';
import LABEL_ATTAINMENT from '@salesforce/label/c.Home_Attainment';
import LABEL_PERIOD from '@salesforce/label/c.Home_Period';
import LABEL_TARGET from '@salesforce/label/c.Home_Target';
import LABEL_WON from '@salesforce/label/c.Home_Won';
import LABEL_PERIOD_RANGE from '@salesforce/label/c.Home_Period_Range';
import LABEL_PLAN_NEXT from '@salesforce/label/c.Home_Plan_Next_Period';
import LABEL_PLAN_NEXT_FOR from '@salesforce/label/c.Home_Plan_Next_Period_For';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_REFRESH from '@salesforce/label/c.Common_Refresh';

type Detail = HomeListDetail;

/** A detail, or nothing when the server sent no value (no "Owner: " without an owner). */
function detail(key: string, value: string | null | undefined, label?: string, extra: Partial<Detail> = {}): Detail[] {
    return value ? [{ key, value, ...(label ? { label } : {}), ...extra }] : [];
}

const CREATE_PLAN_ACTION = 'createPlan';
const PLAN_NEXT_ACTION = 'planNextPeriod';

/** "Plan next period" on a row; the dialog carries plan planId forward. */
function planNextAction(rowName: string): HomeListAction {
    return {
        name: PLAN_NEXT_ACTION,
        label: LABEL_PLAN_NEXT,
        assistiveLabel: formatLabel(LABEL_PLAN_NEXT_FOR, rowName),
        iconName: 'utility:forward'
    };
}

function keyAccountRows(home: PlanningHomeData): HomeListRow[] {
    return home.keyAccountsWithoutPlan.map((row) => ({
        id: row.id,
        name: row.name,
        details: detail('owner', row.ownerName, LABEL_OWNER),
        action: row.carryFromPlanId
            ? planNextAction(row.name)
            : {
                  name: CREATE_PLAN_ACTION,
                  label: LABEL_CREATE_PLAN,
                  assistiveLabel: formatLabel(LABEL_CREATE_PLAN_FOR, row.name)
              }
    }));
}

function overdueObjectiveRows(home: PlanningHomeData): HomeListRow[] {
    return home.overdueObjectives.map((row) => ({
        id: row.id,
        name: row.name,
        details: [
            ...detail('plan', row.planName, undefined, { recordId: row.planId }),
            ...detail('due', formatDate(row.dueDate), LABEL_DUE, { tone: 'error' }),
            ...detail('status', row.status),
            ...detail('owner', row.ownerName, LABEL_OWNER)
        ]
    }));
}

function myPlanRows(home: PlanningHomeData): HomeListRow[] {
    // An older answer has no myPlanIdsToCarry: new Set(undefined) is empty.
    const toCarry = new Set(home.myPlanIdsToCarry);
    return home.myPlans.map((plan) => ({
        id: plan.id,
        name: plan.name,
        details: [
            ...detail('account', plan.accountName),
            ...detail('status', plan.status),
            ...detail(
                'period',
                formatLabel(LABEL_PERIOD_RANGE, formatDate(plan.startDate), formatDate(plan.endDate)),
                LABEL_PERIOD
            )
        ],
        figures: [
            ...detail('target', formatCurrency(plan.revenueTarget, plan.currencyIsoCode), LABEL_TARGET),
            ...detail('won', formatCurrency(plan.wonAmount, plan.currencyIsoCode), LABEL_WON),
            ...detail('attainment', formatPercent(plan.attainmentPercent), LABEL_ATTAINMENT)
        ],
        ...(toCarry.has(plan.id) ? { action: planNextAction(plan.name) } : {})
    }));
}

interface WorklistView {
    key: string;
    heading: string;
    label: string;
    iconName: string;
    emptyMessage: string;
    rows: HomeListRow[];
}

/**
 * The worklists, in reading order. Plans due for review are not one of them: the team section
 * (c-planning-home-team) lists them for every user, grouped by owner, with Mark reviewed.
 */
function worklists(home: PlanningHomeData): WorklistView[] {
    const lists: Omit<WorklistView, 'heading'>[] = [
        {
            key: 'key-accounts',
            label: LABEL_KEY_ACCOUNTS,
            iconName: 'standard:account',
            emptyMessage: LABEL_KEY_ACCOUNTS_EMPTY,
            rows: keyAccountRows(home)
        },
        {
            key: 'overdue',
            label: LABEL_OVERDUE,
            iconName: 'standard:goals',
            emptyMessage: LABEL_OVERDUE_EMPTY,
            rows: overdueObjectiveRows(home)
        },
        {
            key: 'my-plans',
            label: LABEL_MY_PLANS,
            iconName: 'custom:custom18',
            emptyMessage: LABEL_MY_PLANS_EMPTY,
            rows: myPlanRows(home)
        }
    ];
    return lists.map((list) => ({ ...list, heading: `${list.label} (${list.rows.length})` }));
}

/**
 * App page for reps and managers: key accounts without a current plan (with "Create plan" prefilled like the
 * Account card, or "Plan next period" from their latest plan), overdue objectives and my plans (those near their
 * end offer "Plan next period"; one c-plan-carry-forward dialog serves every row): three lists of one pattern
 * (c-planning-home-list) whose record names are links. Plans due for review are in the team section.
 */
export default class PlanningHome extends NavigationMixin(LightningElement) {
    home: PlanningHomeData | undefined;
    error: unknown;

    private wiredHome: WireResult<PlanningHomeData> | undefined;
    /** Puts focus back on the row button that opened the carry dialog (nothing before one did). */
    private returnFocusAfterCarry: () => void = () => undefined;

    labels = {
        title: LABEL_TITLE,
        loading: LABEL_LOADING,
        refresh: LABEL_REFRESH
    };

    @wire(getPlanningHome)
    wiredResult(result: WireResult<PlanningHomeData>): void {
        this.wiredHome = result;
        this.home = result.data;
        this.error = result.error;
    }

    get isLoading(): boolean {
        return !this.home && !this.error;
    }

    /** The worklists; none before home arrives (the template reads them only inside lwc:if={home}). */
    get lists(): WorklistView[] | undefined {
        return this.home ? worklists(this.home) : undefined;
    }

    handleRefresh(): Promise<void> {
        return refreshApex(this.wiredHome);
    }

    /**
     * "Create plan" on a key account: the New Account Plan page with the server's suggestion, as on the card.
     * "Plan next period" (a key account's latest plan, or one of my plans near its end): the carry dialog.
     */
    handleRowAction(event: CustomEvent<{ action: string; id: string }>): void {
        const { action, id } = event.detail;
        // Row actions come from the lists, which render only with home.
        const account = this.home!.keyAccountsWithoutPlan.find((row) => row.id === id);
        if (action === PLAN_NEXT_ACTION) {
            // A key account's row carries its latest plan; a My plans row carries itself.
            const list = event.currentTarget as PlanningHomeListElement;
            this.openCarryForward(account?.carryFromPlanId ?? id, () => list.focusAction(id));
            return;
        }
        if (action !== CREATE_PLAN_ACTION || !account) {
            return;
        }
        this[NavigationMixin.Navigate](newPlanPageReference(account.id, account));
    }

    /** One dialog for every row: it gets the row's plan, then opens; returnFocus runs when it closes. */
    private openCarryForward(planId: string, returnFocus: () => void): void {
        // The dialog renders with the lists that send row actions (both inside lwc:if={home}).
        const dialog = this.template!.querySelector<PlanCarryForwardElement>('c-plan-carry-forward')!;
        this.returnFocusAfterCarry = returnFocus;
        dialog.planId = planId;
        dialog.open();
    }

    /** Focus back on the row button that opened the dialog. */
    handleCarryClose(): void {
        this.returnFocusAfterCarry();
    }
}

interface PlanCarryForwardElement extends HTMLElement {
    planId: string | undefined;
    open(): void;
}

interface PlanningHomeListElement extends HTMLElement {
    focusAction(id: string): void;
}
