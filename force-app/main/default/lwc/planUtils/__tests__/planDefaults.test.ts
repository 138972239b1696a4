import { decodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { newPlanDefaults, newPlanPageReference } from 'c/planUtils';
import { ns } from '../../../../../../jest/testUtils';

const ACCOUNT_ID = '001000000000104AAA';
const SUGGESTION = {
    suggestedName: 'Litware Inc. Q1 2027',
    suggestedStartDate: '2027-01-01',
    suggestedEndDate: '2027-03-31',
    suggestedPeriodType: 'Quarter'
};

describe('c/planUtils new plan defaults', () => {
    it('prefills name, account, period type, dates and status from the server suggestion', () => {
        expect(newPlanDefaults(ACCOUNT_ID, SUGGESTION)).toEqual({
            Name: 'Litware Inc. Q1 2027',
            [ns('Account__c')]: ACCOUNT_ID,
            [ns('Period_Type__c')]: 'Quarter',
            [ns('Start_Date__c')]: '2027-01-01',
            [ns('End_Date__c')]: '2027-03-31',
            [ns('Status__c')]: 'Draft'
        });
    });

    it('prefills only the account and status without a suggestion, and skips what the server left empty', () => {
        const accountAndStatus = { [ns('Account__c')]: ACCOUNT_ID, [ns('Status__c')]: 'Draft' };
        expect(newPlanDefaults(ACCOUNT_ID)).toEqual(accountAndStatus);
        expect(newPlanDefaults(ACCOUNT_ID, null)).toEqual(accountAndStatus);
        expect(newPlanDefaults(ACCOUNT_ID, { ...SUGGESTION, suggestedName: null, suggestedEndDate: '' })).toEqual({
            ...accountAndStatus,
            [ns('Period_Type__c')]: 'Quarter',
            [ns('Start_Date__c')]: '2027-01-01'
        });
    });

    it('opens the standard New Account Plan page with those defaults', () => {
        const reference = newPlanPageReference(ACCOUNT_ID, SUGGESTION);
        expect(reference.type).toBe('standard__objectPage');
        expect(reference.attributes).toEqual({ objectApiName: ns('Account_Plan__c'), actionName: 'new' });
        expect(reference.state!.useRecordTypeCheck).toBe(1);
        expect(decodeDefaultFieldValues(reference.state!.defaultFieldValues as string)).toEqual(
            newPlanDefaults(ACCOUNT_ID, SUGGESTION)
        );
    });
});
