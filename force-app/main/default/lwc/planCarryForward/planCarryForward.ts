import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import getCarryForwardPreview from '@salesforce/apex/CarryForwardController.getCarryForwardPreview';
import carryForward from '@salesforce/apex/CarryForwardController.carryForward';
import { formatCurrency, formatDate, formatLabel, showToast } from 'c/planUtils';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import LABEL_BUTTON from '@salesforce/label/c.CarryForward_Button';
import LABEL_DISABLED from '@salesforce/label/c.CarryForward_Disabled';
import LABEL_CLOSE from '@salesforce/label/c.CarryForward_Modal_Close';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_LOADING from '@salesforce/label/c.CarryForward_Loading';
import LABEL_NEW_PLAN from '@salesforce/label/c.CarryForward_New_Plan';
import LABEL_EXISTING from '@salesforce/label/c.CarryForward_Existing';
import LABEL_UP_TO_DATE from '@salesforce/label/c.CarryForward_Up_To_Date';
import LABEL_OPEN_PLAN from '@salesforce/label/c.CarryForward_Open_Plan';
import LABEL_PERIOD_TAKEN from '@salesforce/label/c.CarryForward_Period_Taken';
import LABEL_LEGEND from '@salesforce/label/c.CarryForward_Groups_Legend';
import LABEL_OBJECTIVES from '@salesforce/label/c.CarryForward_Group_Objectives';
import LABEL_STAKEHOLDERS from '@salesforce/label/c.CarryForward_Group_Stakeholders';
import LABEL_PARTNER_ROLES from '@salesforce/label/c.CarryForward_Group_Partner_Roles';
import LABEL_WHITE_SPACE from '@salesforce/label/c.CarryForward_Group_White_Space';
import LABEL_NARRATIVE from '@salesforce/label/c.CarryForward_Group_Narrative';
import LABEL_TARGET_SEGMENT from '@salesforce/label/c.CarryForward_Group_Target_Segment';
import LABEL_ALREADY_THERE from '@salesforce/label/c.CarryForward_Group_Already_There';
import LABEL_LEFT_BEHIND from '@salesforce/label/c.CarryForward_Left_Behind';
import LABEL_GROWTH from '@salesforce/label/c.CarryForward_Growth_Label';
import LABEL_GROWTH_INVALID from '@salesforce/label/c.CarryForward_Growth_Invalid';
import LABEL_TARGET from '@salesforce/label/c.CarryForward_Target_Label';
import LABEL_TARGET_HINT from '@salesforce/label/c.CarryForward_Target_Hint';
import LABEL_TARGET_NONE from '@salesforce/label/c.CarryForward_Target_No_Suggestion';
import LABEL_TARGET_EXISTING from '@salesforce/label/c.CarryForward_Target_Existing';
import LABEL_TARGET_INVALID from '@salesforce/label/c.CarryForward_Target_Invalid';
import LABEL_SUBMIT from '@salesforce/label/c.CarryForward_Submit';
import LABEL_SAVING from '@salesforce/label/c.CarryForward_Saving';
import LABEL_SUCCESS from '@salesforce/label/c.CarryForward_Success_Title';

/** The checkbox text of each group: {0} is the count to carry (the segment for targetSegment). */
const GROUP_LABELS: Record<CarryForwardGroupKey, string> = {
    objectives: LABEL_OBJECTIVES,
    stakeholders: LABEL_STAKEHOLDERS,
    partnerRoles: LABEL_PARTNER_ROLES,
    whiteSpace: LABEL_WHITE_SPACE,
    narrative: LABEL_NARRATIVE,
    targetSegment: LABEL_TARGET_SEGMENT
};

/** Growth the user may type, in percent: the server suggests nothing below -100 (CarryForwardRules). */
const GROWTH_MIN = -100;
const GROWTH_MAX = 1000;

interface GroupView {
    key: CarryForwardGroupKey;
    inputId: string;
    label: string;
    detail: string | null;
    checked: boolean;
    disabled: boolean;
}

/** '' -> null; anything else a finite number or NaN. */
function parseNumber(text: string): number | null {
    // Stryker disable next-line MethodExpression: the texts come from number inputs (which never hold spaces) or String(number)
    return text.trim() === '' ? null : Number(text);
}

/**
 * "Plan next period" on the plan page: the button (disabled with the reason when the user may not) and its dialog.
 * The dialog shows what carrying would do (CarryForwardController.getCarryForwardPreview), a checkbox per group
 * with its count, the next plan's target (last period's won plus the growth the user types, never an invented
 * number), and carries the checked groups; then it opens the next plan and tells the container (planchange).
 */
export default class PlanCarryForward extends NavigationMixin(LightningElement) {
    @api planId: string | undefined;
    /** workspace.carryForward: whether the user may carry this plan forward. */
    @api carryForward: CarryForwardLinks | null | undefined;
    /**
     * No button of its own: the container opens the dialog with open() (Planning Home's rows, the Account card's
     * "Continue from") and takes focus back on `close`. It offers the dialog only where the server said the user may
     * carry the plan (CarryForwardLinks), so carryForward is not needed then; the preview re-checks everything.
     */
    @api hideButton = false;

    isOpen = false;
    isSaving = false;
    /** Set when the dialog opens, so the preview is read only then (a wire waits while a parameter is undefined). */
    previewPlanId: string | undefined;
    preview: CarryForwardPreview | undefined;
    loadError: unknown;
    saveError: unknown;
    unchecked = new Set<CarryForwardGroupKey>();
    // Stryker disable next-line StringLiteral: resetChoices sets it when the dialog opens, before it is shown
    growthText = '0';
    // Stryker disable next-line StringLiteral: resetChoices sets it when the dialog opens, before it is shown
    targetText = '';
    // Stryker disable next-line BooleanLiteral: resetChoices sets it when the dialog opens, before it is shown
    showValidation = false;
    private wiredPreview: unknown;
    private focusOnRender: 'dialog' | 'button' | null = null;

    labels = {
        button: LABEL_BUTTON,
        disabled: LABEL_DISABLED,
        close: LABEL_CLOSE,
        cancel: LABEL_CANCEL,
        loading: LABEL_LOADING,
        legend: LABEL_LEGEND,
        growth: LABEL_GROWTH,
        target: LABEL_TARGET
    };

    @wire(getCarryForwardPreview, { planId: '$previewPlanId' })
    wirePreview(result: WireResult<CarryForwardPreview>): void {
        this.wiredPreview = result;
        if (result.data) {
            const isFirstLoad = !this.preview;
            this.preview = result.data;
            this.loadError = undefined;
            if (isFirstLoad) {
                this.resetChoices();
            }
        } else if (result.error) {
            this.loadError = result.error;
            this.preview = undefined;
        }
    }

    get canCarryForward(): boolean {
        return (this.hideButton || this.carryForward?.canCarryForward === true) && !!this.planId;
    }

    get showButton(): boolean {
        return !this.hideButton;
    }

    get isButtonDisabled(): boolean {
        return !this.canCarryForward;
    }

    get isLoading(): boolean {
        return this.isOpen && !this.preview && !this.loadError;
    }

    get hasPreview(): boolean {
        return !!this.preview;
    }

    get nextPlan(): CarryForwardExistingPlan | null {
        // Stryker disable next-line OptionalChaining: read only with a preview (the template under hasPreview, the groups, the submit)
        return this.preview?.nextPlan ?? null;
    }

    get refusal(): string | null {
        const preview = this.preview;
        return preview && !preview.canCarryForward ? (preview.refusalMessage ?? LABEL_DISABLED) : null;
    }

    /** A refusal from the preview, or why loading or saving failed: all through the shared error panel. */
    get errors(): unknown {
        return this.saveError ?? this.loadError ?? this.refusal;
    }

    get hasErrors(): boolean {
        return !!this.errors;
    }

    get periodText(): string {
        const preview = this.preview;
        // Stryker disable next-line ConditionalExpression,BlockStatement: the template reads it only under hasPreview
        if (!preview) {
            // Stryker disable next-line StringLiteral: the template reads it only under hasPreview
            return '';
        }
        const next = this.nextPlan;
        if (next && preview.upToDate) {
            return formatLabel(LABEL_UP_TO_DATE, next.name);
        }
        if (next) {
            return formatLabel(LABEL_EXISTING, next.name);
        }
        const period = preview.nextPeriod;
        return formatLabel(LABEL_NEW_PLAN, period.planName, formatDate(period.startDate), formatDate(period.endDate));
    }

    get periodTakenText(): string | null {
        const preview = this.preview;
        // Stryker disable next-line OptionalChaining: the template reads it only under hasPreview
        return preview?.periodTaken ? formatLabel(LABEL_PERIOD_TAKEN, preview.nextPeriod.label) : null;
    }

    get openPlanLabel(): string {
        // Stryker disable next-line OptionalChaining: the template reads it only under lwc:if={nextPlan}
        return formatLabel(LABEL_OPEN_PLAN, this.nextPlan?.name);
    }

    /** Ready to carry: allowed, not up to date, the period is free. */
    get isCarryable(): boolean {
        const preview = this.preview;
        return !!preview && preview.canCarryForward && !preview.upToDate && !preview.periodTaken;
    }

    get groups(): GroupView[] {
        const preview = this.preview;
        // Stryker disable next-line ConditionalExpression,BlockStatement: read only with a preview (the template under hasPreview, the submit once carryable)
        if (!preview) {
            // Stryker disable next-line ArrayDeclaration: read only with a preview (see above)
            return [];
        }
        return preview.groups.map((group) => ({
            key: group.key,
            inputId: `group-${group.key}`,
            label:
                group.key === 'targetSegment'
                    ? formatLabel(GROUP_LABELS[group.key], group.value)
                    : formatLabel(GROUP_LABELS[group.key], group.toCarry, group.actions),
            detail: this.groupDetail(group),
            checked: group.toCarry > 0 && !this.unchecked.has(group.key),
            disabled: group.toCarry === 0 || !this.isCarryable || this.isSaving
        }));
    }

    private groupDetail(group: CarryForwardGroupPreview): string | null {
        const details: string[] = [];
        const already = group.available - group.toCarry;
        if (this.nextPlan && already > 0) {
            details.push(formatLabel(LABEL_ALREADY_THERE, already, this.nextPlan.name));
        }
        if (group.key === 'objectives' && group.leftBehind > 0) {
            details.push(formatLabel(LABEL_LEFT_BEHIND, group.leftBehind));
        }
        return details.length ? details.join(' ') : null;
    }

    /** The groups the call carries: those checked that have something to carry. */
    get checkedGroups(): CarryForwardGroupKey[] {
        return this.groups.filter((group) => group.checked).map((group) => group.key);
    }

    get hasSuggestion(): boolean {
        return (this.preview?.lastPeriodWon ?? 0) > 0;
    }

    get growth(): number | null {
        return parseNumber(this.growthText);
    }

    get isGrowthValid(): boolean {
        const growth = this.growth;
        return growth === null || (Number.isFinite(growth) && growth >= GROWTH_MIN && growth <= GROWTH_MAX);
    }

    /** Same rule as CarryForwardRules.suggestedTarget: won x (1 + growth / 100), in cents; none without a won. */
    get suggestedTarget(): number | null {
        const won = this.preview?.lastPeriodWon ?? 0;
        if (!this.hasSuggestion || !this.isGrowthValid) {
            return null;
        }
        return Math.round(won * (1 + (this.growth ?? 0) / 100) * 100) / 100;
    }

    get target(): number | null {
        return parseNumber(this.targetText);
    }

    get isTargetValid(): boolean {
        const target = this.target;
        return target === null || (Number.isFinite(target) && target >= 0);
    }

    get targetHint(): string {
        const preview = this.preview;
        if (this.nextPlan) {
            return formatLabel(LABEL_TARGET_EXISTING, this.nextPlan.name);
        }
        if (!this.hasSuggestion) {
            return LABEL_TARGET_NONE;
        }
        // Stryker disable next-line OptionalChaining: hasSuggestion is true only with a preview
        return formatLabel(LABEL_TARGET_HINT, formatCurrency(preview?.lastPeriodWon, preview?.currencyIsoCode));
    }

    get growthError(): string | null {
        return this.showValidation && !this.isGrowthValid ? LABEL_GROWTH_INVALID : null;
    }

    get targetError(): string | null {
        return this.showValidation && !this.isTargetValid ? LABEL_TARGET_INVALID : null;
    }

    get growthClass(): string {
        return this.growthError ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get targetClass(): string {
        return this.targetError ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get growthDescribedBy(): string {
        return this.growthError ? 'growth-error' : '';
    }

    get targetDescribedBy(): string {
        return this.targetError ? 'target-hint target-error' : 'target-hint';
    }

    get currencyCode(): string {
        // Stryker disable next-line OptionalChaining,StringLiteral: the template reads it only under hasPreview, and the preview always has a currency (the user's default at worst)
        return this.preview?.currencyIsoCode ?? '';
    }

    get isSubmitDisabled(): boolean {
        return !this.isCarryable || this.isSaving;
    }

    get submitLabel(): string {
        return this.isSaving ? LABEL_SAVING : LABEL_SUBMIT;
    }

    get isInputDisabled(): boolean {
        return !this.isCarryable || this.isSaving;
    }

    override renderedCallback(): void {
        if (this.focusOnRender === 'dialog') {
            // Stryker disable next-line OptionalChaining: a rendered component always has its template
            const heading = this.template?.querySelector<HTMLElement>('h2.modal-title');
            // Stryker disable next-line ConditionalExpression: focusOnRender is 'dialog' only once the dialog, with its heading, is open
            if (heading) {
                heading.focus();
                this.focusOnRender = null;
            }
        } else if (this.focusOnRender === 'button') {
            // Stryker disable next-line OptionalChaining: a rendered component always has its template
            const button = this.template?.querySelector<HTMLElement>('button.open-button');
            button?.focus();
            this.focusOnRender = null;
        }
    }

    /** Opens the dialog for planId, as the button does (for a container that hides the button). */
    @api
    open(): void {
        this.handleOpen();
    }

    handleOpen(): void {
        if (!this.canCarryForward) {
            return;
        }
        this.isOpen = true;
        this.saveError = undefined;
        this.previewPlanId = this.planId;
        this.resetChoices();
        this.focusOnRender = 'dialog';
        if (this.wiredPreview && this.preview?.sourcePlanId === this.planId) {
            // Opened again: read what is true now (someone may have carried it meanwhile).
            void refreshApex(this.wiredPreview);
        }
    }

    handleClose(): void {
        if (this.isSaving) {
            return;
        }
        this.closeDialog();
    }

    /** Focus goes back to the button, or to the container's control (`close`) when the button is hidden. */
    private closeDialog(): void {
        this.isOpen = false;
        this.focusOnRender = 'button';
        this.dispatchEvent(new CustomEvent('close'));
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleClose();
        } else if (event.key === 'Tab') {
            this.keepFocusInside(event);
        }
    }

    /** Tab from the last control goes to the first and Shift+Tab from the first to the last (a modal dialog). */
    private keepFocusInside(event: KeyboardEvent): void {
        const controls = Array.from(
            // Stryker disable next-line OptionalChaining: a rendered component always has its template
            this.template?.querySelectorAll<HTMLElement>(
                'section button:not([disabled]), section input:not([disabled])'
                // Stryker disable next-line ArrayDeclaration: a rendered component always has its template
            ) ?? []
        );
        const first = controls[0];
        const last = controls[controls.length - 1];
        // Stryker disable next-line OptionalChaining: a rendered component always has its template
        const active = this.template?.activeElement;
        // Stryker disable next-line ConditionalExpression,BlockStatement,LogicalOperator: the dialog's close button is always an enabled control
        if (!first || !last) {
            return;
        }
        if (event.shiftKey && active === first) {
            event.preventDefault();
            last.focus();
        } else if (!event.shiftKey && active === last) {
            event.preventDefault();
            first.focus();
        }
    }

    handleGroupChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        const key = input.dataset.key as CarryForwardGroupKey;
        const unchecked = new Set(this.unchecked);
        if (input.checked) {
            unchecked.delete(key);
        } else {
            unchecked.add(key);
        }
        this.unchecked = unchecked;
    }

    handleGrowthChange(event: Event): void {
        this.growthText = (event.target as HTMLInputElement).value;
        const suggested = this.suggestedTarget;
        if (suggested !== null) {
            this.targetText = String(suggested);
        }
    }

    handleTargetChange(event: Event): void {
        this.targetText = (event.target as HTMLInputElement).value;
    }

    handleOpenNextPlan(): void {
        const next = this.nextPlan;
        // Stryker disable next-line ConditionalExpression: the button shows only under lwc:if={nextPlan}
        if (next) {
            this.closeDialog();
            this.navigateToPlan(next.id);
        }
    }

    async handleSubmit(): Promise<void> {
        this.showValidation = true;
        if (!this.planId || this.isSubmitDisabled || !this.isGrowthValid || !this.isTargetValid) {
            return;
        }
        this.isSaving = true;
        this.saveError = undefined;
        try {
            const result = await carryForward({
                planId: this.planId,
                groups: this.checkedGroups,
                revenueTarget: this.target
            });
            showToast(this, LABEL_SUCCESS, result.message, 'success');
            this.dispatchEvent(new CustomEvent('planchange', { bubbles: true }));
            void refreshApex(this.wiredPreview);
            this.closeDialog();
            if (result.planId) {
                this.navigateToPlan(result.planId);
            }
        } catch (error) {
            this.saveError = error;
        } finally {
            this.isSaving = false;
        }
    }

    private navigateToPlan(recordId: string): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName: PLAN_OBJECT.objectApiName, actionName: 'view' }
        });
    }

    /** Every group with something to carry checked; the target prefilled with the suggestion (or empty). */
    private resetChoices(): void {
        this.unchecked = new Set();
        this.growthText = '0';
        this.showValidation = false;
        const suggested = this.suggestedTarget;
        this.targetText = suggested === null ? '' : String(suggested);
    }
}
