import PlanningHome from 'c/planningHome';
import getPlanningHome from '@salesforce/apex/PlanningHomeController.getPlanningHome';
import { refreshApex } from '@salesforce/apex';
import { decodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import homeData from './data/planningHome.json';
import homeEmpty from './data/planningHomeEmpty.json';
import { $, $$, flush, mount, navigations, ns, resetDom, wireAdapter } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/PlanningHomeController.getPlanningHome',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const homeAdapter = wireAdapter(getPlanningHome);
const navigateCalledWith = () => navigations()[navigations().length - 1];

const create = (): HTMLElement => mount('c-planning-home', PlanningHome);

describe('c-planning-home', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading', () => {
        const element = create();
        expect($(element, 'lightning-spinner')).not.toBeNull();
    });

    it('renders the four worklists with counts', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect($$(element, 'li.key-account')).toHaveLength(homeData.keyAccountsWithoutPlan.length);
        expect($$(element, 'li.review')).toHaveLength(homeData.plansDueForReview.length);
        expect($$(element, 'li.overdue-objective')).toHaveLength(homeData.overdueObjectives.length);
        expect($$(element, 'tr.my-plan')).toHaveLength(homeData.myPlans.length);
        expect($(element, 'lightning-card.key-accounts').title).toBe(
            `c.Home_Key_Accounts (${homeData.keyAccountsWithoutPlan.length})`
        );
        expect($(element, '.account-name').textContent.trim()).toBe('Litware Inc.');
        expect($(element, '.objective-name').textContent.trim()).toBe(homeData.overdueObjectives[0].name);
        expect($(element, '.my-plan-name').textContent.trim()).toBe(homeData.myPlans[0].name);
        expect($(element, 'td.attainment').textContent).toContain('89.5');
    });

    it('shows an empty message in each list when there is nothing to do', async () => {
        const element = create();
        homeAdapter.emit(homeEmpty);
        await flush();
        expect($(element, '.key-accounts-empty')).not.toBeNull();
        expect($(element, '.reviews-empty')).not.toBeNull();
        expect($(element, '.overdue-empty')).not.toBeNull();
        expect($(element, '.my-plans-empty')).not.toBeNull();
    });

    it('shows the error panel when the home cannot load', async () => {
        const element = create();
        homeAdapter.error({ message: 'Home failed' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-card')).toBeNull();
    });

    it('navigates to a new plan prefilled with the key account', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        $(element, 'lightning-button.create-plan').click();
        const pageRef = navigateCalledWith();
        expect(pageRef.type).toBe('standard__objectPage');
        expect(pageRef.attributes).toEqual({ objectApiName: ns('Account_Plan__c'), actionName: 'new' });
        expect(decodeDefaultFieldValues(pageRef.state!.defaultFieldValues as string)).toEqual({
            [ns('Account__c')]: homeData.keyAccountsWithoutPlan[0].id
        });
    });

    it('opens the plan, objective and account records', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        $(element, '.plan-name').click();
        expect(navigateCalledWith().attributes.recordId).toBe(homeData.plansDueForReview[0].id);
        $(element, '.objective-name').click();
        expect(navigateCalledWith().attributes.recordId).toBe(homeData.overdueObjectives[0].id);
        $(element, '.plan-link').click();
        expect(navigateCalledWith().attributes.recordId).toBe(homeData.overdueObjectives[0].planId);
        $(element, '.account-name').click();
        expect(navigateCalledWith()).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: homeData.keyAccountsWithoutPlan[0].id, actionName: 'view' }
        });
    });

    it('refreshes the lists on demand', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        $(element, 'lightning-button-icon.refresh').click();
        expect(refreshApex).toHaveBeenCalled();
    });

    it('is accessible: a page heading, labelled lists and a captioned table', async () => {
        const element = create();
        homeAdapter.emit(homeData);
        await flush();
        expect($(element, 'h1').textContent).toBe('c.Home_Title');
        expect($$(element, 'ul[aria-label]').map((ul) => ul.getAttribute('aria-label'))).toEqual([
            'c.Home_Key_Accounts',
            'c.Home_Reviews',
            'c.Home_Overdue'
        ]);
        expect($(element, 'table caption').textContent).toBe('c.Home_My_Plans');
        expect($$(element, 'tbody th[scope="row"]')).toHaveLength(homeData.myPlans.length);
        expect($(element, 'lightning-button.create-plan').title).toBe('c.Home_Create_Plan_For');
    });
});
