import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { formatLabel } from 'c/planUtils';
import { observeWidth, REM } from 'c/planSectionUtils';
import LABEL_TITLE from '@salesforce/label/c.HeatMap_Title';
import LABEL_CAPTION from '@salesforce/label/c.HeatMap_Caption';
import LABEL_INFLUENCE from '@salesforce/label/c.HeatMap_Influence';
import LABEL_ATTITUDE from '@salesforce/label/c.HeatMap_Attitude';
import LABEL_COUNT from '@salesforce/label/c.HeatMap_Count';
import LABEL_UNRATED from '@salesforce/label/c.HeatMap_Unrated';
import LABEL_LEGEND from '@salesforce/label/c.HeatMap_Legend';
import LABEL_RISK_HIGH from '@salesforce/label/c.HeatMap_Risk_High';
import LABEL_RISK_MEDIUM from '@salesforce/label/c.HeatMap_Risk_Medium';
import LABEL_RISK_LOW from '@salesforce/label/c.HeatMap_Risk_Low';
import LABEL_RISK_SUPPORT from '@salesforce/label/c.HeatMap_Risk_Support';
import LABEL_RISK_UNRATED from '@salesforce/label/c.HeatMap_Risk_Unrated';
import LABEL_INFLUENCE_LEVEL from '@salesforce/label/c.HeatMap_Influence_Level';
import LABEL_INFLUENCE_NOT_SET from '@salesforce/label/c.HeatMap_Influence_Not_Set';
import LABEL_ATTITUDE_NOT_SET from '@salesforce/label/c.HeatMap_Attitude_Not_Set';
import LABEL_NOT_SET from '@salesforce/label/c.Common_Not_Set';

/** Picklist values (Rating_Level global value set and Attitude__c), in display order. */
const INFLUENCE_LEVELS = ['High', 'Medium', 'Low'];
const ATTITUDES = ['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Detractor'];
/** A stakeholder with no influence or no attitude (or a value the map does not know) is "not set" on that axis. */
const NOT_SET = '';
/** Below this width the grid (a heading column and six attitude columns) becomes a list. */
const GRID_MIN_WIDTH = 44 * REM;

type Risk = 'high' | 'medium' | 'support' | 'low' | 'unrated';

const RISK_LABEL: Record<Risk, string> = {
    high: LABEL_RISK_HIGH,
    medium: LABEL_RISK_MEDIUM,
    support: LABEL_RISK_SUPPORT,
    low: LABEL_RISK_LOW,
    unrated: LABEL_RISK_UNRATED
};
/** Legend and list order: what needs attention first. */
const RISK_ORDER: Risk[] = ['high', 'medium', 'support', 'low', 'unrated'];

/**
 * Risk of a group of stakeholders: opponents with high influence are the highest risk; supporters with
 * influence are the strength to build on; people not rated yet are a gap of their own.
 */
function riskOf(influence: string, attitude: string): Risk {
    if (influence === NOT_SET || attitude === NOT_SET) {
        return 'unrated';
    }
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

function axisValue(value: string | null, known: string[]): string {
    return known.find((level) => level === value) ?? NOT_SET;
}

interface CellView {
    key: string;
    influence: string;
    attitude: string;
    count: number;
    countLabel: string;
    names: string;
    hasPeople: boolean;
    risk: Risk;
    riskLabel: string;
    cellClass: string;
}

interface RowView {
    influenceLabel: string;
    cells: CellView[];
}

interface ListItem {
    key: string;
    heading: string;
    riskLabel: string;
    countLabel: string;
    names: string;
    swatchClass: string;
}

/**
 * Influence x attitude grid of a plan's stakeholders: counts and names, coloured by risk, the risk also in words.
 * Every stakeholder is in exactly one cell: those without influence or attitude in the "Not set" row or column.
 * Where the grid would not fit (a phone, the record page's main column), the same cells are a list, risk first.
 */
export default class PlanStakeholderHeatMap extends LightningElement {
    @api recordId: string | undefined;

    // Stryker disable next-line ArrayDeclaration: equivalent, read only under the loaded guard, set together with the first data
    stakeholders: StakeholderRow[] = [];
    error: unknown;
    loaded = false;
    /** The component's width once measured; the grid shows until then. */
    width: number | undefined;

    private stopObserving: (() => void) | undefined;

    labels = {
        title: LABEL_TITLE,
        caption: LABEL_CAPTION,
        influence: LABEL_INFLUENCE,
        attitude: LABEL_ATTITUDE,
        legend: LABEL_LEGEND
    };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredResult(result: WireResult<PlanWorkspace>): void {
        this.error = result.error;
        if (result.data) {
            this.stakeholders = result.data.stakeholders ?? [];
            this.loaded = true;
        }
    }

    override connectedCallback(): void {
        this.stopObserving = observeWidth(this.template!.host, (width) => {
            this.width = width;
        });
    }

    override disconnectedCallback(): void {
        // Stryker disable next-line OptionalChaining: equivalent, connectedCallback always sets it (observeWidth returns a function) and runs first
        this.stopObserving?.();
    }

    get isList(): boolean {
        return (this.width ?? Infinity) < GRID_MIN_WIDTH;
    }

    get isGrid(): boolean {
        return !this.isList;
    }

    /** The column headings, each also its column's key. */
    get attitudeColumns(): string[] {
        return [...ATTITUDES, LABEL_NOT_SET];
    }

    private cellsOf(influence: string): CellView[] {
        return [...ATTITUDES, NOT_SET].map((attitude) => {
            const people = this.stakeholders.filter(
                (row) =>
                    axisValue(row.influence, INFLUENCE_LEVELS) === influence &&
                    axisValue(row.attitude, ATTITUDES) === attitude
            );
            const risk = riskOf(influence, attitude);
            return {
                key: `${influence}-${attitude}`,
                influence,
                attitude,
                count: people.length,
                countLabel: formatLabel(LABEL_COUNT, people.length),
                names: people.map((row) => row.contactName).join(', '),
                hasPeople: people.length > 0,
                risk,
                riskLabel: RISK_LABEL[risk],
                cellClass: 'slds-text-align_center heat-cell' + (people.length > 0 ? ` heat-cell_${risk}` : '')
            };
        });
    }

    get rows(): RowView[] {
        return [...INFLUENCE_LEVELS, NOT_SET].map((influence) => ({
            influenceLabel: influence || LABEL_NOT_SET,
            cells: this.cellsOf(influence)
        }));
    }

    /** The cells with people, highest risk first, then by influence and attitude. */
    get listItems(): ListItem[] {
        const cells = this.rows.flatMap((row) => row.cells).filter((cell) => cell.hasPeople);
        return RISK_ORDER.flatMap((risk) => cells.filter((cell) => cell.risk === risk)).map((cell) => ({
            key: cell.key,
            heading:
                (cell.influence ? formatLabel(LABEL_INFLUENCE_LEVEL, cell.influence) : LABEL_INFLUENCE_NOT_SET) +
                ' · ' +
                (cell.attitude || LABEL_ATTITUDE_NOT_SET),
            riskLabel: cell.riskLabel,
            countLabel: cell.countLabel,
            names: cell.names,
            swatchClass: `legend-swatch slds-m-right_x-small heat-cell_${cell.risk}`
        }));
    }

    get hasListItems(): boolean {
        return this.listItems.length > 0;
    }

    get legend(): { key: string; label: string; swatchClass: string }[] {
        return RISK_ORDER.map((risk) => ({
            key: risk,
            label: RISK_LABEL[risk],
            swatchClass: `legend-swatch slds-m-right_xx-small heat-cell_${risk}`
        }));
    }

    get unratedMessage(): string | undefined {
        const unrated = this.stakeholders.filter(
            (row) =>
                axisValue(row.influence, INFLUENCE_LEVELS) === NOT_SET || axisValue(row.attitude, ATTITUDES) === NOT_SET
        ).length;
        return unrated > 0 ? formatLabel(LABEL_UNRATED, unrated) : undefined;
    }
}
