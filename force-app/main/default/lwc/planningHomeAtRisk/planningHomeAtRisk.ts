import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { formatDate } from 'c/planUtils';
import { reasonText } from 'c/planHealthText';
import LABEL_TITLE from '@salesforce/label/c.Health_At_Risk_Title';
import LABEL_EMPTY from '@salesforce/label/c.Health_At_Risk_Empty';
import LABEL_COL_SCORE from '@salesforce/label/c.Health_Col_Score';
import LABEL_COL_TOP_REASON from '@salesforce/label/c.Health_Col_Top_Reason';
import LABEL_COL_END_DATE from '@salesforce/label/c.Health_Col_End_Date';
import LABEL_PLAN from '@salesforce/label/c.Home_Plan';
import LABEL_ACCOUNT from '@salesforce/label/c.Home_Account';
import LABEL_OWNER from '@salesforce/label/c.Home_Owner';

interface AtRiskView {
    id: string;
    name: string;
    accountName: string;
    ownerName: string;
    endDate: string;
    health: PlanHealthBadge;
    topReason: string;
}

/**
 * Planning Home's "Plans at Risk": the visible Draft and Active plans whose health is At Risk, lowest score first,
 * each with its top reason and a link to the plan. Fed by PlanningHome.plansAtRisk (same call as the page).
 */
export default class PlanningHomeAtRisk extends NavigationMixin(LightningElement) {
    /** PlanningHomeData.plansAtRisk (at most 50, lowest score first). */
    @api plans: PlanAtRiskRow[] | null | undefined;

    labels = {
        empty: LABEL_EMPTY,
        score: LABEL_COL_SCORE,
        topReason: LABEL_COL_TOP_REASON,
        endDate: LABEL_COL_END_DATE,
        plan: LABEL_PLAN,
        account: LABEL_ACCOUNT,
        owner: LABEL_OWNER
    };

    get cardTitle(): string {
        return this.plans ? `${LABEL_TITLE} (${this.plans.length})` : LABEL_TITLE;
    }

    /** Lowest score first, as the server sends them; sorted again so the order never depends on the caller. */
    get rows(): AtRiskView[] {
        // Stryker disable next-line ArrayDeclaration: equivalent, the rows are shown only when there are plans (hasRows)
        return [...(this.plans ?? [])]
            .sort((a, b) => scoreOf(a) - scoreOf(b))
            .map((row) => ({
                id: row.id,
                name: row.name,
                accountName: row.accountName ?? '',
                ownerName: row.ownerName ?? '',
                endDate: formatDate(row.endDate),
                health: row.health,
                topReason: reasonText(row.health?.topReason?.code, row.health?.topReason?.values)
            }));
    }

    get hasRows(): boolean {
        return (this.plans ?? []).length > 0;
    }

    handleOpenPlan(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id as string;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, actionName: 'view' }
        });
    }
}

/** A plan without a score sorts last (it cannot be at risk by score; defensive). */
function scoreOf(row: PlanAtRiskRow): number {
    return typeof row.health?.score === 'number' ? row.health.score : Number.MAX_SAFE_INTEGER;
}
