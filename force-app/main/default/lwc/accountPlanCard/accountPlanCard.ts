import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import getAccountPlanCard from '@salesforce/apex/AccountPlanCardController.getAccountPlanCard';
import { formatCurrency, formatDate, formatLabel, formatPercent, newPlanPageReference } from 'c/planUtils';
import TITLE from '@salesforce/label/c.Card_Title';
import CURRENT_PLAN from '@salesforce/label/c.Card_Current_Plan';
import NO_PLAN from '@salesforce/label/c.Card_No_Plan';
import NO_PLAN_KEY_ACCOUNT from '@salesforce/label/c.Card_No_Plan_Key_Account';
import CREATE_PLAN from '@salesforce/label/c.Card_Create_Plan';
import PLAN_NEXT from '@salesforce/label/c.Card_Plan_Next';
import CONTINUE_FROM from '@salesforce/label/c.Card_Continue_From';
import SUGGESTED from '@salesforce/label/c.Card_Suggested';
import ATTAINMENT_PROGRESS from '@salesforce/label/c.Card_Attainment_Progress';
import TARGET from '@salesforce/label/c.Scorecard_Target';
import WON from '@salesforce/label/c.Scorecard_Won';
import FORECAST from '@salesforce/label/c.Scorecard_Forecast';
import VARIANCE from '@salesforce/label/c.Scorecard_Variance';
import NEXT_REVIEW from '@salesforce/label/c.Scorecard_Next_Review';
import REVIEW_DUE from '@salesforce/label/c.Scorecard_Review_Due';
import PERIOD from '@salesforce/label/c.Scorecard_Period';
import NOT_SET from '@salesforce/label/c.Common_Not_Set';
import LOADING from '@salesforce/label/c.Common_Loading';

interface PlanCarryForwardElement extends HTMLElement {
    open(): void;
}

interface Figure {
    key: string;
    label: string;
    value: string;
    valueClass: string;
}

/**
 * Account record page card: the current plan at a glance (its name links to it), or an empty state whose "Create
 * Plan" opens the standard New Account Plan form prefilled like Planning Home's (newPlanPageReference).
 * "Plan next period" carries the current plan forward (c-plan-carry-forward) when the user may; else "Plan Next
 * Period" opens the prefilled New form. Without a current plan, "Continue from <plan>" carries the latest ended one.
 * After a carry the card reads the account again (planchange).
 */
export default class AccountPlanCard extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    card: AccountPlanCardDto | undefined;
    error: unknown;
    private wiredCard: WireResult<AccountPlanCardDto> | undefined;

    labels = {
        title: TITLE,
        currentPlan: CURRENT_PLAN,
        createPlan: CREATE_PLAN,
        planNext: PLAN_NEXT,
        nextReview: NEXT_REVIEW,
        reviewDue: REVIEW_DUE,
        period: PERIOD,
        loading: LOADING
    };

    @wire(getAccountPlanCard, { accountId: '$recordId' })
    wireCard(result: WireResult<AccountPlanCardDto>): void {
        this.wiredCard = result;
        this.card = result.data;
        this.error = result.error;
    }

    get isLoading(): boolean {
        return !this.card && !this.error;
    }

    /**
     * The wire's answer. The template reads the getters below only after its loading and error branches, so the
     * card is there; the plan's getters only under lwc:elseif={plan}, so the plan is there too.
     */
    private get loaded(): AccountPlanCardDto {
        return this.card as AccountPlanCardDto;
    }

    private get shown(): PlanSummary {
        return this.loaded.currentPlan as PlanSummary;
    }

    get plan(): PlanSummary | null {
        return this.loaded.currentPlan ?? null;
    }

    /** The real "Plan next period" for the current plan; false: the prefilled New form instead. */
    get canCarryCurrentPlan(): boolean {
        return this.loaded.carryForward?.canCarryForward === true;
    }

    get continueFromPlanId(): string | null {
        return this.loaded.continueFromPlanId ?? null;
    }

    get continueLabel(): string {
        return formatLabel(CONTINUE_FROM, this.loaded.continueFromPlanName);
    }

    /** One brand button: "Continue from" when offered, else "Create Plan". */
    get createVariant(): string {
        return this.continueFromPlanId ? 'neutral' : 'brand';
    }

    get emptyMessage(): string {
        return this.loaded.isKeyAccount ? NO_PLAN_KEY_ACCOUNT : NO_PLAN;
    }

    get emptyIconVariant(): string {
        return this.loaded.isKeyAccount ? 'warning' : '';
    }

    get suggestionText(): string {
        const card = this.loaded;
        return formatLabel(
            SUGGESTED,
            card.suggestedName,
            formatDate(card.suggestedStartDate),
            formatDate(card.suggestedEndDate)
        );
    }

    get periodText(): string {
        return `${formatDate(this.shown.startDate)} – ${formatDate(this.shown.endDate)}`;
    }

    get figures(): Figure[] {
        const plan = this.shown;
        const money = (value: number | null) => formatCurrency(value, plan.currencyIsoCode);
        const hasTarget = plan.revenueTarget !== null;
        return [
            { key: 'target', label: TARGET, value: hasTarget ? money(plan.revenueTarget) : NOT_SET, valueClass: '' },
            { key: 'won', label: WON, value: money(plan.wonAmount), valueClass: '' },
            { key: 'forecast', label: FORECAST, value: money(plan.forecast), valueClass: '' },
            {
                key: 'variance',
                label: VARIANCE,
                value: hasTarget ? (plan.forecastVariance > 0 ? '+' : '') + money(plan.forecastVariance) : NOT_SET,
                valueClass: !hasTarget
                    ? ''
                    : plan.forecastVariance >= 0
                      ? 'slds-text-color_success'
                      : 'slds-text-color_error'
            }
        ];
    }

    get attainmentValue(): number {
        return Math.max(0, Math.min(100, this.shown.attainmentPercent ?? 0));
    }

    get hasAttainment(): boolean {
        return this.shown.attainmentPercent !== null && this.shown.attainmentPercent !== undefined;
    }

    get attainmentLabel(): string {
        return formatLabel(ATTAINMENT_PROGRESS, formatPercent(this.shown.attainmentPercent));
    }

    get nextReviewText(): string {
        return formatDate(this.shown.nextReviewDate);
    }

    get isReviewDue(): boolean {
        return this.shown.isReviewDue === true;
    }

    handleContinue(): void {
        // Stryker disable next-line OptionalChaining: a shadow DOM component always has its template, and the dialog renders with the button that calls this
        this.template?.querySelector<PlanCarryForwardElement>('c-plan-carry-forward.continue-dialog')?.open();
    }

    /** Focus back on "Continue from" when its dialog closes without a carry (after one the card shows the plan). */
    handleContinueClose(): void {
        // Stryker disable next-line OptionalChaining: a shadow DOM component always has its template, and the button renders with the dialog that closes
        this.template?.querySelector<HTMLElement>('.continue-button')?.focus();
    }

    /** A plan was carried forward: read the card again (the new plan may be the current one now). */
    handlePlanChange(): Promise<void> {
        return refreshApex(this.wiredCard);
    }

    /** "Create Plan" and "Plan Next Period": the New Account Plan page with the server's suggestion. */
    handleCreatePlan(): void {
        // The buttons render only with a card, and the server answers with a card only for an account.
        this[NavigationMixin.Navigate](newPlanPageReference(this.recordId as string, this.loaded));
    }
}
