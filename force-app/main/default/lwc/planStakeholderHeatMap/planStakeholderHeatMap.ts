import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { formatLabel } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.HeatMap_Title';
import LABEL_CAPTION from '@salesforce/label/c.HeatMap_Caption';
import LABEL_INFLUENCE from '@salesforce/label/c.HeatMap_Influence';
import LABEL_COUNT from '@salesforce/label/c.HeatMap_Count';
import LABEL_NONE from '@salesforce/label/c.HeatMap_None';
import LABEL_UNRATED from '@salesforce/label/c.HeatMap_Unrated';
import LABEL_LEGEND from '@salesforce/label/c.HeatMap_Legend';
import LABEL_RISK_HIGH from '@salesforce/label/c.HeatMap_Risk_High';
import LABEL_RISK_MEDIUM from '@salesforce/label/c.HeatMap_Risk_Medium';
import LABEL_RISK_LOW from '@salesforce/label/c.HeatMap_Risk_Low';
import LABEL_RISK_SUPPORT from '@salesforce/label/c.HeatMap_Risk_Support';

/** Picklist values (Rating_Level global value set and Attitude__c), in display order. */
const INFLUENCE_LEVELS = ['High', 'Medium', 'Low'];
const ATTITUDES = ['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Detractor'];

type Risk = 'high' | 'medium' | 'low' | 'support';

const RISK_CLASS: Record<Risk, string> = {
    high: 'slds-theme_error',
    medium: 'slds-theme_warning',
    low: 'slds-theme_shade',
    support: 'slds-theme_success'
};
const RISK_LABEL: Record<Risk, string> = {
    high: LABEL_RISK_HIGH,
    medium: LABEL_RISK_MEDIUM,
    low: LABEL_RISK_LOW,
    support: LABEL_RISK_SUPPORT
};

/**
 * Risk of a group of stakeholders: opponents with high influence are the highest risk; supporters with
 * influence are the strength to build on.
 */
function riskOf(influence: string, attitude: string): Risk {
    const opposed = attitude === 'Skeptic' || attitude === 'Detractor';
    const supportive = attitude === 'Champion' || attitude === 'Supporter';
    if (opposed && influence === 'High') {
        return 'high';
    }
    if ((opposed && influence === 'Medium') || (attitude === 'Neutral' && influence === 'High')) {
        return 'medium';
    }
    if (supportive && influence !== 'Low') {
        return 'support';
    }
    return 'low';
}

interface CellView {
    key: string;
    count: number;
    names: string;
    hasPeople: boolean;
    cellClass: string;
    ariaLabel: string;
}

interface RowView {
    key: string;
    influence: string;
    cells: CellView[];
}

/** Influence x attitude grid of a plan's stakeholders: counts and names, coloured by risk. */
export default class PlanStakeholderHeatMap extends LightningElement {
    @api recordId: string | undefined;

    stakeholders: StakeholderRow[] = [];
    error: unknown;
    loaded = false;

    labels = { title: LABEL_TITLE, caption: LABEL_CAPTION, influence: LABEL_INFLUENCE, legend: LABEL_LEGEND };
    attitudes = ATTITUDES;

    @wire(getWorkspace, { planId: '$recordId' })
    wiredResult(result: WireResult<PlanWorkspace>): void {
        this.error = result.error;
        if (result.data) {
            this.stakeholders = result.data.stakeholders ?? [];
            this.loaded = true;
        }
    }

    get rows(): RowView[] {
        return INFLUENCE_LEVELS.map((influence) => ({
            key: influence,
            influence,
            cells: ATTITUDES.map((attitude) => {
                const people = this.stakeholders.filter(
                    (row) => row.influence === influence && row.attitude === attitude
                );
                const risk = riskOf(influence, attitude);
                const names = people.map((row) => row.contactName).join(', ');
                return {
                    key: influence + '-' + attitude,
                    count: people.length,
                    names,
                    hasPeople: people.length > 0,
                    cellClass:
                        'slds-text-align_center heat-cell heat-cell_' +
                        risk +
                        (people.length > 0 ? ' ' + RISK_CLASS[risk] : ''),
                    ariaLabel: `${influence} ${LABEL_INFLUENCE}, ${attitude}: ${
                        people.length > 0 ? formatLabel(LABEL_COUNT, people.length) + ' (' + names + ')' : LABEL_NONE
                    }`
                };
            })
        }));
    }

    get legend(): { key: string; label: string; swatchClass: string }[] {
        return (['high', 'medium', 'support', 'low'] as Risk[]).map((risk) => ({
            key: risk,
            label: RISK_LABEL[risk],
            swatchClass: 'legend-swatch slds-m-right_xx-small ' + RISK_CLASS[risk]
        }));
    }

    get unratedCount(): number {
        return this.stakeholders.filter(
            (row) => !INFLUENCE_LEVELS.includes(row.influence ?? '') || !ATTITUDES.includes(row.attitude ?? '')
        ).length;
    }

    get unratedMessage(): string | undefined {
        return this.unratedCount > 0 ? formatLabel(LABEL_UNRATED, this.unratedCount) : undefined;
    }

    get noneLabel(): string {
        return LABEL_NONE;
    }
}
