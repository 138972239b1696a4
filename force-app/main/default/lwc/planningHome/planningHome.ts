import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { NavigationMixin } from 'lightning/navigation';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import getPlanningHome from '@salesforce/apex/PlanningHomeController.getPlanningHome';
import { formatCurrency, formatDate, formatLabel, formatPercent } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Home_Title';
import LABEL_KEY_ACCOUNTS from '@salesforce/label/c.Home_Key_Accounts';
import LABEL_KEY_ACCOUNTS_EMPTY from '@salesforce/label/c.Home_Key_Accounts_Empty';
import LABEL_CREATE_PLAN from '@salesforce/label/c.Home_Create_Plan';
import LABEL_CREATE_PLAN_FOR from '@salesforce/label/c.Home_Create_Plan_For';
import LABEL_REVIEWS from '@salesforce/label/c.Home_Reviews';
import LABEL_REVIEWS_EMPTY from '@salesforce/label/c.Home_Reviews_Empty';
import LABEL_OVERDUE from '@salesforce/label/c.Home_Overdue';
import LABEL_OVERDUE_EMPTY from '@salesforce/label/c.Home_Overdue_Empty';
import LABEL_MY_PLANS from '@salesforce/label/c.Home_My_Plans';
import LABEL_MY_PLANS_EMPTY from '@salesforce/label/c.Home_My_Plans_Empty';
import LABEL_OWNER from '@salesforce/label/c.Home_Owner';
import LABEL_DUE from '@salesforce/label/c.Home_Due';
import LABEL_NEXT_REVIEW from '@salesforce/label/c.Home_Next_Review';
import LABEL_ATTAINMENT from '@salesforce/label/c.Home_Attainment';
import LABEL_PERIOD from '@salesforce/label/c.Home_Period';
import LABEL_ACCOUNT from '@salesforce/label/c.Home_Account';
import LABEL_PLAN from '@salesforce/label/c.Home_Plan';
import LABEL_STATUS from '@salesforce/label/c.Home_Status';
import LABEL_TARGET from '@salesforce/label/c.Home_Target';
import LABEL_WON from '@salesforce/label/c.Home_Won';
import LABEL_NAME from '@salesforce/label/c.Home_Name';
import LABEL_PERIOD_RANGE from '@salesforce/label/c.Home_Period_Range';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_REFRESH from '@salesforce/label/c.Common_Refresh';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import ACCOUNT_FIELD from '@salesforce/schema/Account_Plan__c.Account__c';

interface KeyAccountView extends KeyAccountRow {
    createLabel: string;
}
interface ReviewView extends ReviewDueRow {
    dueLabel: string;
}
interface OverdueView extends OverdueObjectiveRow {
    dueLabel: string;
}
interface MyPlanView {
    id: string;
    name: string;
    accountName: string;
    status: string;
    periodLabel: string;
    targetLabel: string;
    wonLabel: string;
    attainmentLabel: string;
}

/** App page for reps and managers: key accounts without a current plan, reviews due, overdue objectives, my plans. */
export default class PlanningHome extends NavigationMixin(LightningElement) {
    home: PlanningHomeData | undefined;
    error: unknown;

    private wiredHome: WireResult<PlanningHomeData> | undefined;

    labels = {
        title: LABEL_TITLE,
        keyAccounts: LABEL_KEY_ACCOUNTS,
        keyAccountsEmpty: LABEL_KEY_ACCOUNTS_EMPTY,
        createPlan: LABEL_CREATE_PLAN,
        reviews: LABEL_REVIEWS,
        reviewsEmpty: LABEL_REVIEWS_EMPTY,
        overdue: LABEL_OVERDUE,
        overdueEmpty: LABEL_OVERDUE_EMPTY,
        myPlans: LABEL_MY_PLANS,
        myPlansEmpty: LABEL_MY_PLANS_EMPTY,
        owner: LABEL_OWNER,
        due: LABEL_DUE,
        nextReview: LABEL_NEXT_REVIEW,
        attainment: LABEL_ATTAINMENT,
        period: LABEL_PERIOD,
        account: LABEL_ACCOUNT,
        plan: LABEL_PLAN,
        status: LABEL_STATUS,
        target: LABEL_TARGET,
        won: LABEL_WON,
        name: LABEL_NAME,
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

    get keyAccounts(): KeyAccountView[] {
        return (this.home?.keyAccountsWithoutPlan ?? []).map((row) => ({
            ...row,
            createLabel: formatLabel(LABEL_CREATE_PLAN_FOR, row.name)
        }));
    }

    get hasKeyAccounts(): boolean {
        return this.keyAccounts.length > 0;
    }

    get reviews(): ReviewView[] {
        return (this.home?.plansDueForReview ?? []).map((row) => ({
            ...row,
            dueLabel: formatDate(row.nextReviewDate)
        }));
    }

    get hasReviews(): boolean {
        return this.reviews.length > 0;
    }

    get overdueObjectives(): OverdueView[] {
        return (this.home?.overdueObjectives ?? []).map((row) => ({ ...row, dueLabel: formatDate(row.dueDate) }));
    }

    get hasOverdue(): boolean {
        return this.overdueObjectives.length > 0;
    }

    get myPlans(): MyPlanView[] {
        return (this.home?.myPlans ?? []).map((plan) => ({
            id: plan.id,
            name: plan.name,
            accountName: plan.accountName,
            status: plan.status,
            periodLabel: formatLabel(LABEL_PERIOD_RANGE, formatDate(plan.startDate), formatDate(plan.endDate)),
            targetLabel: formatCurrency(plan.revenueTarget, plan.currencyIsoCode),
            wonLabel: formatCurrency(plan.wonAmount, plan.currencyIsoCode),
            attainmentLabel: formatPercent(plan.attainmentPercent)
        }));
    }

    get hasMyPlans(): boolean {
        return this.myPlans.length > 0;
    }

    get keyAccountsTitle(): string {
        return this.countTitle(LABEL_KEY_ACCOUNTS, this.home?.keyAccountsWithoutPlan.length);
    }

    get reviewsTitle(): string {
        return this.countTitle(LABEL_REVIEWS, this.home?.plansDueForReview.length);
    }

    get overdueTitle(): string {
        return this.countTitle(LABEL_OVERDUE, this.home?.overdueObjectives.length);
    }

    get myPlansTitle(): string {
        return this.countTitle(LABEL_MY_PLANS, this.home?.myPlans.length);
    }

    private countTitle(label: string, count: number | undefined): string {
        return count === undefined ? label : `${label} (${count})`;
    }

    handleRefresh(): Promise<void> {
        return refreshApex(this.wiredHome);
    }

    handleOpenRecord(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id as string;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, actionName: 'view' }
        });
    }

    handleCreatePlan(event: Event): void {
        const accountId = (event.currentTarget as HTMLElement).dataset.id as string;
        this[NavigationMixin.Navigate]({
            type: 'standard__objectPage',
            attributes: { objectApiName: PLAN_OBJECT.objectApiName, actionName: 'new' },
            state: {
                defaultFieldValues: encodeDefaultFieldValues({ [ACCOUNT_FIELD.fieldApiName as string]: accountId }),
                useRecordTypeCheck: 1
            }
        });
    }
}
