import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import PlanNarrative, { COMMENT_LINES, NARRATIVE_LINES, isLongText } from 'c/planNarrative';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import workspaceAhead from '../../planWorkspace/__tests__/data/workspaceAhead.json';
import workspaceBehind from '../../planWorkspace/__tests__/data/workspaceBehind.json';
import workspaceEmpty from '../../planWorkspace/__tests__/data/workspaceEmpty.json';
import {
    $,
    $$,
    READ_ONLY_PERMISSIONS,
    captureToasts,
    flush,
    mount,
    ns,
    resetDom,
    wireAdapter
} from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

jest.setTimeout(30000);

const workspaceAdapter = wireAdapter(getWorkspace);
const PLAN_ID = workspaceAhead.plan.id;
const FIELDS_DIR = path.resolve(__dirname, '../../../objects/Account_Plan__c/fields');

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const createNarrative = (): HTMLElement => mount('c-plan-narrative', PlanNarrative, { recordId: PLAN_ID });
const section = (element: HTMLElement, key: string): any => $(element, `section[data-section="${key}"]`);
const editor = (element: HTMLElement): any => $(element, 'c-plan-field-editor');

/** The field's visibleLines in its metadata. */
function visibleLines(fieldApiName: string): number {
    const xml = readFileSync(path.join(FIELDS_DIR, `${fieldApiName}.field-meta.xml`), 'utf8');
    return Number(/<visibleLines>(\d+)<\/visibleLines>/.exec(xml)?.[1]);
}

const LONG_TEXT = Array.from({ length: 9 }, (_line, index) => `Point ${index + 1} of the analysis.`).join('\n');

describe('c-plan-narrative', () => {
    afterEach(() => {
        resetDom();
    });

    it('shows a spinner while loading, and nothing else', () => {
        const element = createNarrative();
        expect($(element, 'lightning-spinner').alternativeText).toBe('Loading');
        expect($(element, 'section')).toBeNull();
    });

    it('shows the SWOT quadrants, the story and the manager comments under their headings', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        expect($(element, 'lightning-card').title).toBe('SWOT and Narrative');
        expect($(element, 'lightning-spinner')).toBeNull();
        expect($$(element, 'section h3').map((heading) => heading.textContent)).toEqual([
            'SWOT',
            'Account Story',
            'Manager Review'
        ]);
        expect($$(element, 'section[data-section="swot"] h4').map((heading) => heading.textContent)).toEqual([
            'Strengths',
            'Weaknesses',
            'Opportunities',
            'Threats'
        ]);
        expect($$(element, 'section[data-section="story"] h4').map((heading) => heading.textContent)).toEqual([
            'Business Overview',
            'Customer Goals',
            'Value Proposition',
            'Competitive Landscape',
            'Risks',
            'Support Required',
            'Short-Term Plan (next 2-4 weeks)'
        ]);
        expect(section(element, 'swot').querySelector('[data-field="strengths"] lightning-formatted-text').value).toBe(
            workspaceAhead.plan.strengths
        );
        expect(
            section(element, 'review').querySelector('[data-field="managerReviewComments"] lightning-formatted-text')
                .value
        ).toBe('Strong year. Protect the renewal and push the EMEA proposal before the budget freeze.');
        // A rep cannot review, but sees the comments a manager wrote (read-only).
        expect(section(element, 'review').querySelector('.edit-button')).toBeNull();
        const edit = section(element, 'swot').querySelector('.edit-button');
        expect(edit.alternativeText).toBe('Edit SWOT');
        expect(edit.title).toBe('Edit SWOT');
        expect($(element, 'c-plan-field-editor')).toBeNull();
        await expectAccessible(element);
    });

    it('shows each part of the account story with its own text, one per row', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const keys = [
            'businessOverview',
            'customerGoals',
            'valueProposition',
            'competitiveLandscape',
            'risks',
            'supportRequired',
            'shortTermPlan'
        ] as const;
        const items = Array.from(section(element, 'story').querySelectorAll('[data-field]')) as any[];
        expect(
            items.map((item) => [
                item.dataset.field,
                item.className,
                item.querySelector('lightning-formatted-text').value
            ])
        ).toEqual(keys.map((key) => [key, 'slds-col slds-size_1-of-1 slds-p-bottom_small', workspaceAhead.plan[key]]));
    });

    it('labels each section by its own heading', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        const sections = $$(element, 'section');
        const labelledBy = sections.map((node) => node.getAttribute('aria-labelledby'));
        expect(sections.map((node) => node.querySelector('h3').id)).toEqual(labelledBy);
        expect(new Set(labelledBy).size).toBe(3);
        expect(labelledBy.every((id) => /^heading-(swot|story|review)/.test(id as string))).toBe(true);
    });

    it('hides empty manager comments from a rep who may edit the plan, and offers them to a manager', async () => {
        const rep = createNarrative();
        workspaceAdapter.emit({
            ...workspaceEmpty,
            permissions: { ...READ_ONLY_PERMISSIONS, canEditPlan: true, canReview: false }
        });
        await flush();
        expect($$(rep, 'section').map((node) => node.dataset.section)).toEqual(['swot', 'story']);
        resetDom();

        const manager = createNarrative();
        workspaceAdapter.emit({
            ...workspaceEmpty,
            permissions: { ...READ_ONLY_PERMISSIONS, canEditPlan: false, canReview: true }
        });
        await flush();
        expect($$(manager, 'section').map((node) => node.dataset.section)).toEqual(['swot', 'story', 'review']);
        expect(section(manager, 'review').querySelector('.empty-value').textContent).toBe('Nothing written yet.');
        expect(section(manager, 'review').querySelector('.edit-button').alternativeText).toBe('Edit Manager Review');
        expect(section(manager, 'swot').querySelector('.edit-button')).toBeNull();
    });

    it('invites writing on an empty plan and hides manager comments a rep cannot write', async () => {
        const element = createNarrative();
        workspaceAdapter.emit({ ...workspaceEmpty, permissions: { ...READ_ONLY_PERMISSIONS } });
        await flush();
        const empty = $$(element, 'section[data-section="swot"] .empty-value');
        expect(empty.map((node) => node.textContent)).toEqual([
            'Nothing written yet.',
            'Nothing written yet.',
            'Nothing written yet.',
            'Nothing written yet.'
        ]);
        expect(section(element, 'review')).toBeNull();
        expect($(element, '.edit-button')).toBeNull();
        await expectAccessible(element);
    });

    it('clamps a long text with "Show more" and opens it with "Show less"', async () => {
        const element = createNarrative();
        workspaceAdapter.emit({ ...workspaceAhead, plan: { ...workspaceAhead.plan, threats: LONG_TEXT } });
        await flush();
        const threats = section(element, 'swot').querySelector('[data-field="threats"]');
        expect(threats.querySelector('.field-value').className).toBe('field-value clamped');
        const toggle = threats.querySelector('button.toggle');
        expect(toggle.textContent.trim()).toBe('Show more');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        // Short texts are shown whole, without a button.
        expect(section(element, 'swot').querySelector('[data-field="strengths"] .field-value').className).toBe(
            'field-value'
        );
        expect(section(element, 'swot').querySelectorAll('button.toggle')).toHaveLength(1);
        toggle.click();
        await flush();
        expect(threats.querySelector('.field-value').className).toBe('field-value');
        expect(threats.querySelector('button.toggle').textContent.trim()).toBe('Show less');
        expect(threats.querySelector('button.toggle').getAttribute('aria-expanded')).toBe('true');
        await expectAccessible(element);
        threats.querySelector('button.toggle').click();
        await flush();
        expect(threats.querySelector('.field-value').className).toBe('field-value clamped');
        expect(threats.querySelector('button.toggle').textContent.trim()).toBe('Show more');
    });

    it('keeps every other opened text open when one is closed', async () => {
        const element = createNarrative();
        workspaceAdapter.emit({
            ...workspaceAhead,
            plan: { ...workspaceAhead.plan, threats: LONG_TEXT, risks: LONG_TEXT, strengths: LONG_TEXT }
        });
        await flush();
        const toggle = (key: string): any => $(element, `[data-field="${key}"] button.toggle`);
        const labels = (): string[] =>
            ['strengths', 'threats', 'risks'].map((key) => `${key}: ${toggle(key).textContent.trim()}`);
        toggle('threats').click();
        await flush();
        toggle('risks').click();
        await flush();
        toggle('strengths').click();
        await flush();
        expect(labels()).toEqual(['strengths: Show less', 'threats: Show less', 'risks: Show less']);
        toggle('threats').click();
        await flush();
        expect(labels()).toEqual(['strengths: Show less', 'threats: Show more', 'risks: Show less']);
        expect($(element, '[data-field="risks"] .field-value').className).toBe('field-value');
        expect($(element, '[data-field="threats"] .field-value').className).toBe('field-value clamped');
    });

    it('calls a text long above 400 characters or 6 lines', () => {
        expect(isLongText(null)).toBe(false);
        expect(isLongText('')).toBe(false);
        expect(isLongText('x'.repeat(400))).toBe(false);
        expect(isLongText('x'.repeat(401))).toBe(true);
        expect(isLongText('a\nb\nc\nd\ne\nf')).toBe(false);
        expect(isLongText('a\nb\nc\nd\ne\nf\ng')).toBe(true);
    });

    it('lets a manager edit the review section, four lines tall like the field', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceBehind);
        await flush();
        section(element, 'review').querySelector('.edit-button').click();
        await flush();
        expect(editor(element).fields).toEqual([
            {
                key: 'managerReviewComments',
                fieldApiName: ns('Manager_Review_Comments__c'),
                lines: 4,
                itemClass: 'slds-col slds-size_1-of-1 slds-p-bottom_small'
            }
        ]);
        expect(editor(element).label).toBe('Manager Review');
    });

    it('edits a section in place with the fields of that section, as tall as their visible lines', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        section(element, 'swot').querySelector('.edit-button').click();
        await flush();
        const swotEditor = section(element, 'swot').querySelector('c-plan-field-editor');
        expect(swotEditor.recordId).toBe(PLAN_ID);
        expect(swotEditor.objectApiName).toBe(ns('Account_Plan__c'));
        expect(swotEditor.label).toBe('SWOT');
        expect(swotEditor.fields).toEqual(
            ['SWOT_Strengths__c', 'SWOT_Weaknesses__c', 'SWOT_Opportunities__c', 'SWOT_Threats__c'].map(
                (name, index) => ({
                    key: ['strengths', 'weaknesses', 'opportunities', 'threats'][index],
                    fieldApiName: ns(name),
                    lines: 6,
                    itemClass: 'slds-col slds-size_1-of-1 slds-medium-size_1-of-2 slds-p-bottom_small'
                })
            )
        );
        // The read-only quadrants make room for the editor, and no other section offers editing meanwhile.
        expect(section(element, 'swot').querySelector('lightning-formatted-text')).toBeNull();
        expect(section(element, 'story').querySelector('.edit-button')).toBeNull();
    });

    it('uses the visible lines the fields have in their metadata', () => {
        expect(NARRATIVE_LINES).toBe(visibleLines('SWOT_Strengths__c'));
        for (const name of [
            'SWOT_Weaknesses__c',
            'SWOT_Opportunities__c',
            'SWOT_Threats__c',
            'Business_Overview__c',
            'Customer_Goals__c',
            'Value_Proposition__c',
            'Competitive_Landscape__c',
            'Risks__c',
            'Support_Required__c',
            'Short_Term_Plan__c'
        ]) {
            expect(`${name}: ${visibleLines(name)}`).toBe(`${name}: ${NARRATIVE_LINES}`);
        }
        expect(COMMENT_LINES).toBe(visibleLines('Manager_Review_Comments__c'));
    });

    it('after a save, says so, closes the editor and refreshes the plan everywhere', async () => {
        const element = createNarrative();
        const toasts = captureToasts(element);
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        section(element, 'story').querySelector('.edit-button').click();
        await flush();
        expect(editor(element).fields).toEqual(
            [
                ['businessOverview', 'Business_Overview__c'],
                ['customerGoals', 'Customer_Goals__c'],
                ['valueProposition', 'Value_Proposition__c'],
                ['competitiveLandscape', 'Competitive_Landscape__c'],
                ['risks', 'Risks__c'],
                ['supportRequired', 'Support_Required__c'],
                ['shortTermPlan', 'Short_Term_Plan__c']
            ].map(([key, name]) => ({
                key,
                fieldApiName: ns(name),
                lines: 6,
                itemClass: 'slds-col slds-size_1-of-1 slds-p-bottom_small'
            }))
        );
        editor(element).dispatchEvent(new CustomEvent('saved', { detail: { id: PLAN_ID } }));
        await flush();
        expect(toasts.mock.calls[0][0].detail).toEqual({
            title: 'Saved',
            message: 'The plan was updated.',
            variant: 'success'
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: PLAN_ID }]);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect(editor(element)).toBeNull();
        expect(section(element, 'swot').querySelector('.edit-button')).not.toBeNull();
    });

    it('closes the editor without saving when it is cancelled', async () => {
        const element = createNarrative();
        workspaceAdapter.emit(workspaceAhead);
        await flush();
        section(element, 'story').querySelector('.edit-button').click();
        await flush();
        editor(element).dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(editor(element)).toBeNull();
        expect(refreshApex).not.toHaveBeenCalled();
        expect(section(element, 'story').querySelector('lightning-formatted-text')).not.toBeNull();
    });

    it('shows the error panel when the workspace fails to load', async () => {
        const element = createNarrative();
        workspaceAdapter.error({ message: 'No access' });
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'section')).toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
    });
});
