/**
 * The preview's counterpart of every packaged validation rule (force-app/main/default/objects/<Object>/
 * validationRules/<Rule>.validationRule-meta.xml): the rule's error condition written in TypeScript, keyed
 * `<Object>.<Rule>`. The message and the field it is shown at come from the rule's own XML at build time
 * (metadata.ts loadValidationRules), so the preview refuses a save with exactly what the org would say.
 * `scripts/preview/validation-rules.test.ts` fails when a rule exists in force-app without its counterpart here
 * (or a counterpart names no rule), and checks each condition on a good and a bad record.
 * Pure module (no browser or build-time imports), so node tests load it as is.
 */

/** A record being saved, as the formula sees it: field values by API name, the old values on update. */
export interface RuleRecord {
    isNew: boolean;
    /** The value after the save (the input over the stored record). */
    value(field: string): unknown;
    /** ISCHANGED(field): an update whose input sets the field to another value. */
    isChanged(field: string): boolean;
    /** A parent's field, e.g. parent('Account_Plan__r', 'Start_Date__c'). */
    parent(relationship: string, field: string): unknown;
}

export type RuleCondition = (record: RuleRecord) => boolean;

/** ISBLANK: null, undefined or an empty string. */
export function isBlank(value: unknown): boolean {
    return value === null || value === undefined || value === '';
}

/** A number field's value; blank stays null, so `< 0` is false for it as in a validation rule. */
function num(value: unknown): number | null {
    return isBlank(value) ? null : Number(value);
}
function below(value: unknown, limit: number): boolean {
    const n = num(value);
    return n !== null && n < limit;
}
function above(value: unknown, limit: number): boolean {
    const n = num(value);
    return n !== null && n > limit;
}
/** TODAY() in the user's time zone, as 'YYYY-MM-DD'. */
function today(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
/** A date field as 'YYYY-MM-DD' (dates compare as strings). */
function day(value: unknown): string | null {
    return isBlank(value) ? null : String(value).slice(0, 10);
}
function plusDays(iso: string, days: number): string {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const RULE_CONDITIONS: Record<string, RuleCondition> = {
    'Account_Plan__c.End_Date_On_Or_After_Start_Date': (r) => {
        const start = day(r.value('Start_Date__c'));
        const end = day(r.value('End_Date__c'));
        return (
            (r.isNew || r.isChanged('Start_Date__c') || r.isChanged('End_Date__c')) &&
            start !== null &&
            end !== null &&
            end < start
        );
    },
    'Account_Plan__c.Revenue_Target_Not_Negative': (r) =>
        (r.isNew || r.isChanged('Revenue_Target__c')) && below(r.value('Revenue_Target__c'), 0),
    'Account_Plan_Objective__c.Due_Date_Near_Plan_Period': (r) => {
        const due = day(r.value('Due_Date__c'));
        const start = day(r.parent('Account_Plan__r', 'Start_Date__c'));
        const end = day(r.parent('Account_Plan__r', 'End_Date__c'));
        return (
            (r.isNew || r.isChanged('Due_Date__c')) &&
            due !== null &&
            ((start !== null && due < start) || (end !== null && due > plusDays(end, 90)))
        );
    },
    'Account_Plan_Objective__c.Last_Reviewed_Date_Not_In_Future': (r) => {
        const reviewed = day(r.value('Last_Reviewed_Date__c'));
        return (r.isNew || r.isChanged('Last_Reviewed_Date__c')) && reviewed !== null && reviewed > today();
    },
    'Account_Plan_Objective__c.Values_Not_Negative': (r) =>
        below(r.value('Target_Value__c'), 0) || below(r.value('Current_Value__c'), 0),
    'Account_Plan_Partner_Role__c.Role_Required': (r) => isBlank(r.value('Role__c')),
    'Account_Plan_Stakeholder__c.Reports_To_Not_Self': (r) =>
        !isBlank(r.value('Reports_To__c')) && r.value('Reports_To__c') === r.value('Contact__c'),
    'Account_Plan_White_Space__c.Competitor_Required': (r) =>
        r.value('Current_Supplier__c') === 'Competitor' && isBlank(r.value('Competitor__c')),
    'Account_Plan_White_Space__c.Estimated_Annual_Spend_Not_Negative': (r) =>
        below(r.value('Estimated_Annual_Spend__c'), 0),
    'Account_Planning_Setting__mdt.Async_Threshold_Positive': (r) =>
        isBlank(r.value('Async_Threshold__c')) || below(r.value('Async_Threshold__c'), 1),
    'Account_Planning_Setting__mdt.Health_Thresholds_Valid': (r) => {
        const healthy = num(r.value('Health_Healthy_From__c'));
        const watch = num(r.value('Health_Watch_From__c'));
        return (
            below(healthy, 0) ||
            above(healthy, 100) ||
            below(watch, 0) ||
            above(watch, 100) ||
            (healthy !== null && watch !== null && watch >= healthy)
        );
    },
    'Account_Planning_Setting__mdt.Revenue_Source_Valid': (r) =>
        r.value('Revenue_Source__c') !== 'Amount' && r.value('Revenue_Source__c') !== 'Revenue Schedules',
    'Health_Factor__mdt.Thresholds_Not_Negative': (r) =>
        below(r.value('Full_Score_At__c'), 0) ||
        below(r.value('Zero_Score_At__c'), 0) ||
        below(r.value('Overdue_Weight__c'), 1),
    'Health_Factor__mdt.Weight_In_Range': (r) =>
        isBlank(r.value('Weight__c')) || below(r.value('Weight__c'), 0) || above(r.value('Weight__c'), 100)
};

/** A rule as the build reads it from its XML (metadata.ts). */
export interface PackagedRule {
    object: string;
    name: string;
    active: boolean;
    errorMessage: string;
    /** The field the message is shown at; absent: at the top of the page. */
    errorDisplayField?: string;
}

export interface RuleViolation {
    rule: string;
    message: string;
    field?: string;
}

/**
 * The active rules of the object whose condition holds for the record, in file order. A rule without a
 * counterpart is reported as a violation of its own (the check's test fails long before a user sees it).
 */
export function violations(rules: PackagedRule[], object: string, record: RuleRecord): RuleViolation[] {
    return rules
        .filter((rule) => rule.active && rule.object === object)
        .flatMap((rule) => {
            const key = `${rule.object}.${rule.name}`;
            const condition = RULE_CONDITIONS[key];
            if (!condition) {
                return [{ rule: key, message: `The preview has no counterpart of the validation rule ${key}.` }];
            }
            return condition(record)
                ? [
                      {
                          rule: key,
                          message: rule.errorMessage,
                          ...(rule.errorDisplayField ? { field: rule.errorDisplayField } : {})
                      }
                  ]
                : [];
        });
}
