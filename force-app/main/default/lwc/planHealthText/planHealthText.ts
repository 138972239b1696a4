import { formatLabel, formatNumber } from 'c/planUtils';
import L_REASON_ACTIVITY_ON_CADENCE from '@salesforce/label/c.Reason_ACTIVITY_ON_CADENCE';
import L_REASON_ACTIVITY_OVERDUE from '@salesforce/label/c.Reason_ACTIVITY_OVERDUE';
import L_REASON_DECISION_MAKER_NEGATIVE from '@salesforce/label/c.Reason_DECISION_MAKER_NEGATIVE';
import L_REASON_ECONOMIC_BUYER_NEGATIVE from '@salesforce/label/c.Reason_ECONOMIC_BUYER_NEGATIVE';
import L_REASON_FACTOR_OFF from '@salesforce/label/c.Reason_FACTOR_OFF';
import L_REASON_FORECAST_BEHIND_PRORATA from '@salesforce/label/c.Reason_FORECAST_BEHIND_PRORATA';
import L_REASON_FORECAST_ON_PRORATA from '@salesforce/label/c.Reason_FORECAST_ON_PRORATA';
import L_REASON_HEALTH_NOT_CALCULATED from '@salesforce/label/c.Reason_HEALTH_NOT_CALCULATED';
import L_REASON_LOW_PIPELINE_COVERAGE from '@salesforce/label/c.Reason_LOW_PIPELINE_COVERAGE';
import L_REASON_NO_ACTIVITY from '@salesforce/label/c.Reason_NO_ACTIVITY';
import L_REASON_NO_CHAMPION from '@salesforce/label/c.Reason_NO_CHAMPION';
import L_REASON_NO_CONTACT_CADENCE from '@salesforce/label/c.Reason_NO_CONTACT_CADENCE';
import L_REASON_NO_DECISION_MAKER from '@salesforce/label/c.Reason_NO_DECISION_MAKER';
import L_REASON_NO_ECONOMIC_BUYER from '@salesforce/label/c.Reason_NO_ECONOMIC_BUYER';
import L_REASON_NO_FACTOR_APPLIES from '@salesforce/label/c.Reason_NO_FACTOR_APPLIES';
import L_REASON_NO_OBJECTIVES from '@salesforce/label/c.Reason_NO_OBJECTIVES';
import L_REASON_NO_REVIEW_DATE from '@salesforce/label/c.Reason_NO_REVIEW_DATE';
import L_REASON_NO_TARGET from '@salesforce/label/c.Reason_NO_TARGET';
import L_REASON_OBJECTIVES_NOT_ON_TRACK from '@salesforce/label/c.Reason_OBJECTIVES_NOT_ON_TRACK';
import L_REASON_OBJECTIVES_OVERDUE from '@salesforce/label/c.Reason_OBJECTIVES_OVERDUE';
import L_REASON_OBJECTIVES_SUMMARY from '@salesforce/label/c.Reason_OBJECTIVES_SUMMARY';
import L_REASON_PERIOD_ENDED from '@salesforce/label/c.Reason_PERIOD_ENDED';
import L_REASON_PERIOD_NOT_STARTED from '@salesforce/label/c.Reason_PERIOD_NOT_STARTED';
import L_REASON_PIPELINE_COVERAGE_MET from '@salesforce/label/c.Reason_PIPELINE_COVERAGE_MET';
import L_REASON_PLAN_NOT_OPEN from '@salesforce/label/c.Reason_PLAN_NOT_OPEN';
import L_REASON_PLAN_NOT_UPDATED from '@salesforce/label/c.Reason_PLAN_NOT_UPDATED';
import L_REASON_PLAN_UPDATED from '@salesforce/label/c.Reason_PLAN_UPDATED';
import L_REASON_REVIEW_ON_TIME from '@salesforce/label/c.Reason_REVIEW_ON_TIME';
import L_REASON_REVIEW_OVERDUE from '@salesforce/label/c.Reason_REVIEW_OVERDUE';
import L_REASON_STAKEHOLDER_ROLES_COVERED from '@salesforce/label/c.Reason_STAKEHOLDER_ROLES_COVERED';
import L_REASON_TARGET_REACHED from '@salesforce/label/c.Reason_TARGET_REACHED';
import L_HEALTH_FACTOR_ACTIVITY from '@salesforce/label/c.Health_Factor_ACTIVITY';
import L_HEALTH_FACTOR_FORECAST from '@salesforce/label/c.Health_Factor_FORECAST';
import L_HEALTH_FACTOR_MANAGER_REVIEW from '@salesforce/label/c.Health_Factor_MANAGER_REVIEW';
import L_HEALTH_FACTOR_OBJECTIVES from '@salesforce/label/c.Health_Factor_OBJECTIVES';
import L_HEALTH_FACTOR_PIPELINE_COVERAGE from '@salesforce/label/c.Health_Factor_PIPELINE_COVERAGE';
import L_HEALTH_FACTOR_PLAN_UPDATES from '@salesforce/label/c.Health_Factor_PLAN_UPDATES';
import L_HEALTH_FACTOR_STAKEHOLDERS from '@salesforce/label/c.Health_Factor_STAKEHOLDERS';
import L_HEALTH_UNIT_DAYS_OVERDUE from '@salesforce/label/c.Health_Unit_DAYS_OVERDUE';
import L_HEALTH_UNIT_DAYS_SINCE_UPDATE from '@salesforce/label/c.Health_Unit_DAYS_SINCE_UPDATE';
import L_HEALTH_UNIT_PERCENT_OF_CONTACT_CADENCE from '@salesforce/label/c.Health_Unit_PERCENT_OF_CONTACT_CADENCE';
import L_HEALTH_UNIT_PERCENT_OF_PRORATA_TARGET from '@salesforce/label/c.Health_Unit_PERCENT_OF_PRORATA_TARGET';
import L_HEALTH_UNIT_PERCENT_OF_REMAINING_TARGET from '@salesforce/label/c.Health_Unit_PERCENT_OF_REMAINING_TARGET';
import L_HEALTH_NOT_SCORED from '@salesforce/label/c.Health_Not_Scored';

/** Reason_<CODE> labels by code (PlanReasonCodes). Static imports: the platform resolves only literal label names. */
const REASONS: Record<string, string> = {
    ACTIVITY_ON_CADENCE: L_REASON_ACTIVITY_ON_CADENCE,
    ACTIVITY_OVERDUE: L_REASON_ACTIVITY_OVERDUE,
    DECISION_MAKER_NEGATIVE: L_REASON_DECISION_MAKER_NEGATIVE,
    ECONOMIC_BUYER_NEGATIVE: L_REASON_ECONOMIC_BUYER_NEGATIVE,
    FACTOR_OFF: L_REASON_FACTOR_OFF,
    FORECAST_BEHIND_PRORATA: L_REASON_FORECAST_BEHIND_PRORATA,
    FORECAST_ON_PRORATA: L_REASON_FORECAST_ON_PRORATA,
    HEALTH_NOT_CALCULATED: L_REASON_HEALTH_NOT_CALCULATED,
    LOW_PIPELINE_COVERAGE: L_REASON_LOW_PIPELINE_COVERAGE,
    NO_ACTIVITY: L_REASON_NO_ACTIVITY,
    NO_CHAMPION: L_REASON_NO_CHAMPION,
    NO_CONTACT_CADENCE: L_REASON_NO_CONTACT_CADENCE,
    NO_DECISION_MAKER: L_REASON_NO_DECISION_MAKER,
    NO_ECONOMIC_BUYER: L_REASON_NO_ECONOMIC_BUYER,
    NO_FACTOR_APPLIES: L_REASON_NO_FACTOR_APPLIES,
    NO_OBJECTIVES: L_REASON_NO_OBJECTIVES,
    NO_REVIEW_DATE: L_REASON_NO_REVIEW_DATE,
    NO_TARGET: L_REASON_NO_TARGET,
    OBJECTIVES_NOT_ON_TRACK: L_REASON_OBJECTIVES_NOT_ON_TRACK,
    OBJECTIVES_OVERDUE: L_REASON_OBJECTIVES_OVERDUE,
    OBJECTIVES_SUMMARY: L_REASON_OBJECTIVES_SUMMARY,
    PERIOD_ENDED: L_REASON_PERIOD_ENDED,
    PERIOD_NOT_STARTED: L_REASON_PERIOD_NOT_STARTED,
    PIPELINE_COVERAGE_MET: L_REASON_PIPELINE_COVERAGE_MET,
    PLAN_NOT_OPEN: L_REASON_PLAN_NOT_OPEN,
    PLAN_NOT_UPDATED: L_REASON_PLAN_NOT_UPDATED,
    PLAN_UPDATED: L_REASON_PLAN_UPDATED,
    REVIEW_ON_TIME: L_REASON_REVIEW_ON_TIME,
    REVIEW_OVERDUE: L_REASON_REVIEW_OVERDUE,
    STAKEHOLDER_ROLES_COVERED: L_REASON_STAKEHOLDER_ROLES_COVERED,
    TARGET_REACHED: L_REASON_TARGET_REACHED
};

/** Health_Factor_<KEY> labels (PlanHealthSettings.FACTOR_KEYS). */
const FACTORS: Record<HealthFactorKey, string> = {
    ACTIVITY: L_HEALTH_FACTOR_ACTIVITY,
    FORECAST: L_HEALTH_FACTOR_FORECAST,
    MANAGER_REVIEW: L_HEALTH_FACTOR_MANAGER_REVIEW,
    OBJECTIVES: L_HEALTH_FACTOR_OBJECTIVES,
    PIPELINE_COVERAGE: L_HEALTH_FACTOR_PIPELINE_COVERAGE,
    PLAN_UPDATES: L_HEALTH_FACTOR_PLAN_UPDATES,
    STAKEHOLDERS: L_HEALTH_FACTOR_STAKEHOLDERS
};

/** Health_Unit_<UNIT> labels (Health_Factor__mdt threshold units). */
const UNITS: Record<string, string> = {
    DAYS_OVERDUE: L_HEALTH_UNIT_DAYS_OVERDUE,
    DAYS_SINCE_UPDATE: L_HEALTH_UNIT_DAYS_SINCE_UPDATE,
    PERCENT_OF_CONTACT_CADENCE: L_HEALTH_UNIT_PERCENT_OF_CONTACT_CADENCE,
    PERCENT_OF_PRORATA_TARGET: L_HEALTH_UNIT_PERCENT_OF_PRORATA_TARGET,
    PERCENT_OF_REMAINING_TARGET: L_HEALTH_UNIT_PERCENT_OF_REMAINING_TARGET
};

/** Status icons: the status is always shown as text too, the icon only repeats it (never colour alone). */
const STATUS_ICONS: Record<HealthStatus, string> = {
    Healthy: 'utility:success',
    Watch: 'utility:warning',
    'At Risk': 'utility:error'
};

/** Icon variants of lightning-icon per status (green, amber, red); the badge text stays neutral for contrast. */
const STATUS_ICON_VARIANTS: Record<HealthStatus, string> = {
    Healthy: 'success',
    Watch: 'warning',
    'At Risk': 'error'
};

/** Icon of a plan that has no score. */
const NOT_SCORED_ICON = 'utility:help';

/** Own keys only: a code such as 'toString' must not find Object.prototype's member. */
function has(table: object, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(table, key);
}

/** The explanation of a reason code with its numbers ("Forecast is 18% below the pro-rata target for day 200 of 365"). */
export function reasonText(code: string | null | undefined, values: readonly number[] | null | undefined = []): string {
    if (!code) {
        return '';
    }
    const label = has(REASONS, code) ? REASONS[code] : undefined;
    // A code newer than this component (no label yet) still says something rather than nothing.
    return label === undefined ? code : formatLabel(label, ...(values ?? []).map((value) => formatNumber(value, 1)));
}

/** The factor's name in the user's language. */
export function factorName(key: string): string {
    return has(FACTORS, key) ? FACTORS[key as HealthFactorKey] : key;
}

/** The unit of a factor's thresholds, or '' for factors without thresholds. */
export function unitName(unit: string | null | undefined): string {
    return unit ? (has(UNITS, unit) ? UNITS[unit] : unit) : '';
}

/** The status text to show: the picklist label from the server, else the API value, else "Not scored". */
export function statusText(status: HealthStatus | null | undefined, statusLabel: string | null | undefined): string {
    return statusLabel || status || L_HEALTH_NOT_SCORED;
}

export function statusIcon(status: HealthStatus | null | undefined): string {
    return status ? (STATUS_ICONS[status] ?? NOT_SCORED_ICON) : NOT_SCORED_ICON;
}

export function statusIconVariant(status: HealthStatus | null | undefined): string | undefined {
    return status ? STATUS_ICON_VARIANTS[status] : undefined;
}
