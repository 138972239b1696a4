import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import { createElement } from 'lwc';
import PlanConfirmDialog from 'c/planConfirmDialog';
import PlanUnsavedEditsBridge from 'c/planUnsavedEditsBridge';
import PlanFieldEditor from 'c/planFieldEditor';
import PlanRecordModal from 'c/planRecordModal';
import { confirmDiscard } from 'c/planUnsavedEdits';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import STRENGTHS_FIELD from '@salesforce/schema/Account_Plan__c.SWOT_Strengths__c';
import OBJECTIVE_OBJECT from '@salesforce/schema/Account_Plan_Objective__c';
import NAME_FIELD from '@salesforce/schema/Account_Plan_Objective__c.Name';
import { $, flush, mount, openMock, resetDom } from '../../../../../../jest/testUtils';
import { published, resetMessages } from '../../../../../../jest/mocks/messageService';

jest.mock('lightning/messageService', () => require('../../../../../../jest/mocks/messageService'));
jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('lightning/modalHeader', () => require('../../../../../../jest/stubs/modalHeader/modalHeader'));

const confirmOpen = openMock(PlanConfirmDialog);
const PLAN_ID = 'a00000000000001AAA';

type Bridge = HTMLElement & { save(): void; discard(): void };
type State = { dirty: boolean; label: string };

/** The guard's LWC half, with every `change` it fires (what the Aura half hands to lightning:unsavedChanges). */
function createBridge(): { bridge: Bridge; changes: State[] } {
    const bridge = mount('c-plan-unsaved-edits-bridge', PlanUnsavedEditsBridge) as Bridge;
    const changes: State[] = [];
    bridge.addEventListener('change', (event) => changes.push({ ...(event as CustomEvent<State>).detail }));
    return { bridge, changes };
}

function createEditor(): { editor: HTMLElement; cancel: jest.Mock; saved: jest.Mock } {
    const editor = mount('c-plan-field-editor', PlanFieldEditor, {
        recordId: PLAN_ID,
        objectApiName: PLAN_OBJECT.objectApiName,
        label: 'SWOT',
        fields: [{ key: 'strengths', fieldApiName: STRENGTHS_FIELD.fieldApiName, lines: 6 }]
    });
    const cancel = jest.fn();
    const saved = jest.fn();
    editor.addEventListener('cancel', cancel);
    editor.addEventListener('saved', saved);
    return { editor, cancel, saved };
}

const type = (editor: HTMLElement): void => {
    $(editor, 'lightning-input-field').dispatchEvent(new CustomEvent('change', { detail: { value: 'Typed' } }));
};
type FormStub = HTMLElement & { submit: jest.Mock };
const formOf = (editor: HTMLElement): FormStub => {
    const form = $(editor, 'lightning-record-edit-form') as FormStub;
    form.submit = jest.fn();
    return form;
};

describe('the plan page unsaved-edits guard (c-plan-unsaved-edits-bridge and the editors)', () => {
    afterEach(() => {
        resetDom();
        resetMessages();
        confirmOpen.mockReset();
    });

    it('asks the discard question with the exact text, naming what is edited', async () => {
        confirmOpen.mockResolvedValue(true);
        await expect(confirmDiscard('SWOT')).resolves.toBe(true);
        expect(confirmOpen).toHaveBeenCalledWith({
            label: 'Discard unsaved changes?',
            message: 'Your changes to SWOT are not saved. Discard them?',
            confirmLabel: 'Discard',
            confirmVariant: 'destructive',
            size: 'small'
        });
        expect(label('Common_Discard_Title')).toBe('Discard unsaved changes?');
    });

    it('reports a dirty editor to the platform with its label, and a clean page once it saved', async () => {
        const { bridge, changes } = createBridge();
        const { editor, saved } = createEditor();
        await flush();
        expect(changes).toEqual([]);

        type(editor);
        type(editor);
        await flush();
        expect(changes).toEqual([{ dirty: true, label: 'SWOT' }]);

        formOf(editor).dispatchEvent(new CustomEvent('success', { detail: { id: PLAN_ID } }));
        await flush();
        expect(saved).toHaveBeenCalledTimes(1);
        expect(changes).toEqual([
            { dirty: true, label: 'SWOT' },
            { dirty: false, label: '' }
        ]);
        expect(bridge).toBeTruthy();
    });

    it("Discard in the platform's dialog drops the edit and closes the editor without asking again", async () => {
        const { bridge, changes } = createBridge();
        const { editor, cancel } = createEditor();
        type(editor);
        await flush();

        bridge.discard();
        await flush();
        expect(published.map((entry) => (entry.message as { action: string }).action)).toContain('discard');
        expect(cancel).toHaveBeenCalledTimes(1);
        expect(confirmOpen).not.toHaveBeenCalled();
        expect(changes[changes.length - 1]).toEqual({ dirty: false, label: '' });
    });

    it('Save in the dialog submits the form; the page stays dirty when the save fails, clean when it succeeds', async () => {
        const { bridge, changes } = createBridge();
        const { editor, saved } = createEditor();
        type(editor);
        await flush();
        const form = formOf(editor);

        bridge.save();
        await flush();
        expect(form.submit).toHaveBeenCalledTimes(1);
        form.dispatchEvent(
            new CustomEvent('error', { detail: { message: 'End Date must be on or after Start Date.' } })
        );
        await flush();
        // the platform is answered "still unsaved": the user stays on the page with the edit
        expect(changes).toEqual([
            { dirty: true, label: 'SWOT' },
            { dirty: true, label: 'SWOT' }
        ]);

        bridge.save();
        await flush();
        expect(form.submit).toHaveBeenCalledTimes(2);
        form.dispatchEvent(new CustomEvent('success', { detail: { id: PLAN_ID } }));
        await flush();
        expect(saved).toHaveBeenCalledTimes(1);
        expect(changes[changes.length - 1]).toEqual({ dirty: false, label: '' });
    });

    it('names every editor that holds an edit, and forgets an editor that goes away', async () => {
        const { changes } = createBridge();
        const { editor } = createEditor();
        const modal = createElement('c-plan-record-modal', { is: PlanRecordModal }) as unknown as HTMLElement &
            Record<string, unknown>;
        Object.assign(modal, { label: 'New Objective', objectApiName: OBJECTIVE_OBJECT, fields: [NAME_FIELD] });
        document.body.appendChild(modal);
        await flush();

        type(editor);
        $(modal, 'lightning-input-field').dispatchEvent(new CustomEvent('change', { detail: { value: 'Grow' } }));
        await flush();
        expect(changes[changes.length - 1]).toEqual({ dirty: true, label: 'SWOT, New Objective' });

        document.body.removeChild(editor);
        await flush();
        expect(changes[changes.length - 1]).toEqual({ dirty: true, label: 'New Objective' });
    });

    it('answers a Save at once when no editor holds an edit', async () => {
        const { bridge, changes } = createBridge();
        bridge.save();
        await flush();
        expect(changes).toEqual([{ dirty: false, label: '' }]);
    });
});
