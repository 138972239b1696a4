/**
 * The one "new plan" prefill of the Account card and Planning Home (issue 14 item 14): both open the standard New
 * Account Plan page with the same values, taken from the server's suggestion (PlanPeriods on the Apex side: the
 * period after the account's latest plan, of its period type, never overlapping another plan).
 */
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import type { PageReference } from 'lightning/navigation';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import NAME_FIELD from '@salesforce/schema/Account_Plan__c.Name';
import ACCOUNT_FIELD from '@salesforce/schema/Account_Plan__c.Account__c';
import START_FIELD from '@salesforce/schema/Account_Plan__c.Start_Date__c';
import END_FIELD from '@salesforce/schema/Account_Plan__c.End_Date__c';
import PERIOD_TYPE_FIELD from '@salesforce/schema/Account_Plan__c.Period_Type__c';
import STATUS_FIELD from '@salesforce/schema/Account_Plan__c.Status__c';

/** What the controllers suggest for a new plan (AccountPlanCardDto, KeyAccountRow); any member may be missing. */
export interface PlanSuggestion {
    suggestedName?: string | null;
    suggestedStartDate?: string | null;
    suggestedEndDate?: string | null;
    suggestedPeriodType?: string | null;
}

/** A new plan starts as a draft (the picklist's default value too): the rep activates it once it is written. */
const NEW_PLAN_STATUS = 'Draft';

/**
 * Default field values of a new plan for the account: account and status always, and the suggestion's name,
 * period type and dates when the server made one (a value it left out is left for the rep to fill).
 */
export function newPlanDefaults(accountId: string, suggestion?: PlanSuggestion | null): Record<string, string> {
    const defaults: Record<string, string> = {};
    const put = (field: { fieldApiName?: string }, value: string | null | undefined): void => {
        if (value) {
            defaults[field.fieldApiName as string] = value;
        }
    };
    put(NAME_FIELD, suggestion?.suggestedName);
    put(ACCOUNT_FIELD, accountId);
    put(PERIOD_TYPE_FIELD, suggestion?.suggestedPeriodType);
    put(START_FIELD, suggestion?.suggestedStartDate);
    put(END_FIELD, suggestion?.suggestedEndDate);
    put(STATUS_FIELD, NEW_PLAN_STATUS);
    return defaults;
}

/** The standard New Account Plan page, prefilled with newPlanDefaults (NavigationMixin.Navigate it). */
export function newPlanPageReference(accountId: string, suggestion?: PlanSuggestion | null): PageReference {
    return {
        type: 'standard__objectPage',
        attributes: { objectApiName: PLAN_OBJECT.objectApiName, actionName: 'new' },
        state: {
            defaultFieldValues: encodeDefaultFieldValues(newPlanDefaults(accountId, suggestion)),
            useRecordTypeCheck: 1
        }
    };
}
