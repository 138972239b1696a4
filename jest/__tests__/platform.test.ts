/**
 * The simulated platform of the Jest stubs is strict in both runs: `npm run test:unit` (an org without a
 * namespace) and `npm run test:unit:ns` (a subscriber org, namespace `sap`). Each test names what the org
 * knows and what it must reject in the mode it runs in.
 */
import { LightningElement } from 'lwc';
import { createRecord, updateRecord, getFieldValue, getRecord } from 'lightning/uiRecordApi';
import { NavigationMixin } from 'lightning/navigation';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import PLAN_STATUS from '@salesforce/schema/Account_Plan__c.Status__c';
import PLAN_NAME from '@salesforce/schema/Account_Plan__c.Name';
import PLAN_ACCOUNT_NAME from '@salesforce/schema/Account_Plan__c.Account__r.Name';
import ACCOUNT_NAME from '@salesforce/schema/Account.Name';
import KEY_ACCOUNT from '@salesforce/schema/Account.Key_Account__c';
import { NAMESPACE, assertPlatformAccepted, ns } from '../platform/org';
import { navigations, wireAdapter } from '../testUtils';

/** The name a component must not use in this run: the source name in a subscriber org, a prefixed one elsewhere. */
const WRONG = (name: string): string => (NAMESPACE ? name : `sap__${name}`);

function rejected(): string {
    try {
        assertPlatformAccepted();
    } catch (error) {
        return (error as Error).message;
    }
    return '';
}

describe('the simulated platform', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    it('resolves schema imports to the names of the org it simulates', () => {
        expect(PLAN_OBJECT).toEqual({ objectApiName: ns('Account_Plan__c') });
        expect(PLAN_STATUS).toEqual({ objectApiName: ns('Account_Plan__c'), fieldApiName: ns('Status__c') });
        expect(PLAN_NAME).toEqual({ objectApiName: ns('Account_Plan__c'), fieldApiName: 'Name' });
        expect(PLAN_ACCOUNT_NAME.fieldApiName).toBe(`${ns('Account__r')}.Name`);
        expect(ACCOUNT_NAME).toEqual({ objectApiName: 'Account', fieldApiName: 'Name' });
        expect(KEY_ACCOUNT).toEqual({ objectApiName: 'Account', fieldApiName: ns('Key_Account__c') });
        expect(ns('Account_Plan__c')).toBe(NAMESPACE ? 'sap__Account_Plan__c' : 'Account_Plan__c');
    });

    it('creates a record named the way the org names it and answers with its keys', async () => {
        const saved = await createRecord({
            apiName: PLAN_OBJECT.objectApiName,
            fields: { [PLAN_STATUS.fieldApiName as string]: 'Draft', Name: 'Q1' }
        });
        expect(saved.apiName).toBe(ns('Account_Plan__c'));
        expect(getFieldValue(saved, PLAN_STATUS)).toBe('Draft');
        expect(rejected()).toBe('');
    });

    it('rejects an object the org does not have, with the UI API error shape, and fails the test', async () => {
        await expect(createRecord({ apiName: WRONG('Account_Plan__c'), fields: { Name: 'Q1' } })).rejects.toMatchObject(
            { status: 400, body: [{ errorCode: 'INVALID_TYPE' }] }
        );
        expect(rejected()).toContain(`createRecord: INVALID_TYPE: '${WRONG('Account_Plan__c')}'`);
    });

    it('rejects fields the org does not have, even when the test replaced the implementation', async () => {
        (createRecord as unknown as jest.Mock).mockResolvedValueOnce({ id: 'a00000000000001AAA' });
        await createRecord({ apiName: ns('Account_Plan__c'), fields: { [WRONG('Status__c')]: 'Draft' } });
        await expect(updateRecord({ fields: { Id: 'a00000000000001AAA', Nope__c: 1 } })).rejects.toMatchObject({
            body: [{ errorCode: 'INVALID_FIELD' }]
        });
        const message = rejected();
        expect(message).toContain(`createRecord: INVALID_FIELD: '${WRONG('Status__c')}'`);
        expect(message).toContain(
            `updateRecord: INVALID_FIELD: ${NAMESPACE ? "'Nope__c'" : "No such column 'Nope__c'"}`
        );
    });

    it('returns getRecord data with the org keys, read by getFieldValue through the schema import', () => {
        const wired: { data?: unknown }[] = [];
        const Adapter = getRecord as unknown as new (cb: (v: { data?: unknown }) => void) => {
            update(config: Record<string, unknown>): void;
            connect(): void;
        };
        const adapter = new Adapter((value) => wired.push(value));
        adapter.update({ recordId: 'a00000000000001AAA', fields: [PLAN_STATUS] });
        adapter.connect();
        wireAdapter(getRecord).emit({
            id: 'a00000000000001AAA',
            apiName: 'Account_Plan__c',
            fields: { Status__c: { value: 'Active', displayValue: 'Active' } }
        });
        const record = wired[wired.length - 1].data as Parameters<typeof getFieldValue>[0];
        expect(record!.apiName).toBe(ns('Account_Plan__c'));
        expect(getFieldValue(record, PLAN_STATUS)).toBe('Active');
        expect(rejected()).toBe('');

        adapter.update({ recordId: 'a00000000000001AAA', fields: [`${ns('Account_Plan__c')}.${WRONG('Status__c')}`] });
        expect((wired[wired.length - 1] as { error?: { body: unknown[] } }).error?.body).toHaveLength(1);
        expect(rejected()).toContain('getRecord: INVALID_FIELD');
    });

    it('checks the object and the default field values of a navigation', () => {
        // A plain base class is enough for the mixin's methods; LightningElement cannot be constructed with `new`.
        class Host extends NavigationMixin(class {} as unknown as typeof LightningElement) {}
        const host = new Host() as unknown as Record<symbol, (ref: unknown) => void>;
        host[NavigationMixin.Navigate]({
            type: 'standard__objectPage',
            attributes: { objectApiName: ns('Account_Plan__c'), actionName: 'new' },
            state: { defaultFieldValues: encodeDefaultFieldValues({ [ns('Account__c')]: '001000000000001AAA' }) }
        });
        expect(navigations()).toHaveLength(1);
        expect(rejected()).toBe('');
        host[NavigationMixin.Navigate]({
            type: 'standard__objectPage',
            attributes: { objectApiName: ns('Account_Plan__c'), actionName: 'new' },
            state: { defaultFieldValues: encodeDefaultFieldValues({ [WRONG('Account__c')]: '001000000000001AAA' }) }
        });
        expect(rejected()).toContain(`NavigationMixin.Navigate: INVALID_FIELD: '${WRONG('Account__c')}'`);
    });
});
