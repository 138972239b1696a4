import '../../../../../../jest/useRealLabels';
import { label } from '../../../../../../jest/realLabels';
import PlanConfirmDialog from 'c/planConfirmDialog';
import {
    confirmDelete,
    FocusAfterWrite,
    focusOn,
    focusRowMenu,
    focusSectionAction,
    neighboursOf,
    observeWidth,
    REM,
    runWrite,
    sectionCard
} from 'c/planSectionUtils';
import { openMock } from '../../../../../../jest/testUtils';
import { installResizeObserver, uninstallResizeObserver } from '../../../../../../jest/resizeObserver';

jest.mock('c/planConfirmDialog', () => ({ __esModule: true, default: { open: jest.fn() } }));

const confirmOpen = openMock(PlanConfirmDialog);

describe('c/planSectionUtils', () => {
    afterEach(() => {
        jest.clearAllMocks();
        uninstallResizeObserver();
    });

    it('asks before a delete, naming what goes, in a warning dialog', async () => {
        confirmOpen.mockResolvedValueOnce(true);
        await expect(confirmDelete('Remove Helen Park?')).resolves.toBe(true);
        expect(confirmOpen).toHaveBeenCalledWith({
            label: label('Common_Confirm_Delete_Title'),
            message: 'Remove Helen Park?',
            confirmLabel: 'Delete',
            confirmVariant: 'destructive',
            size: 'small'
        });
        confirmOpen.mockResolvedValueOnce(false);
        await expect(confirmDelete('Remove Ken Adams?')).resolves.toBe(false);
    });

    it('shows the spinner while a write runs, clears the last error, and stops the spinner when it is done', async () => {
        const state = { isWorking: false, writeError: 'the last failure' as unknown };
        const during: unknown[] = [];
        await expect(
            runWrite(state, async () => {
                during.push(state.isWorking, state.writeError);
            })
        ).resolves.toBe(true);
        expect(during).toEqual([true, undefined]);
        expect(state).toEqual({ isWorking: false, writeError: undefined });
    });

    it('keeps the error of a failed write for the error panel, and stops the spinner', async () => {
        const state = { isWorking: false, writeError: undefined as unknown };
        const failure = { body: { message: 'Delete failed' } };
        await expect(runWrite(state, () => Promise.reject(failure))).resolves.toBe(false);
        expect(state).toEqual({ isWorking: false, writeError: failure });
    });

    it('after a delete, moves focus to the next row, else the previous one, else nowhere', () => {
        const ids = ['first', 'middle', 'last'];
        expect(neighboursOf(ids, 'middle')).toEqual(['last', 'first']);
        expect(neighboursOf(ids, 'first')).toEqual(['middle']);
        expect(neighboursOf(ids, 'last')).toEqual(['middle']);
        expect(neighboursOf(['only'], 'only')).toEqual([]);
        expect(neighboursOf(ids, 'already gone')).toEqual([]);
    });

    it('focuses an element that can take focus, and says so', () => {
        const button = { focus: jest.fn() };
        expect(focusOn(button)).toBe(true);
        expect(button.focus).toHaveBeenCalled();
        expect(focusOn(null)).toBe(false);
        expect(focusOn(undefined)).toBe(false);
        expect(focusOn({})).toBe(false);
    });

    it('gives focus to the first target that exists, now or after the next render', () => {
        const focus = new FocusAfterWrite();
        const order: string[] = [];
        let nextRowExists = false;
        focus.request(
            () => {
                order.push('next row');
                return nextRowExists;
            },
            () => {
                order.push('add button');
                return false;
            }
        );
        expect(order).toEqual(['next row', 'add button']);

        // after the re-render the next row is there: it takes focus, and the request is done
        nextRowExists = true;
        focus.apply();
        expect(order).toEqual(['next row', 'add button', 'next row']);
        focus.apply();
        expect(order).toHaveLength(3);
    });

    it('stops at the first target that takes focus', () => {
        const second = jest.fn(() => true);
        new FocusAfterWrite().request(() => true, second);
        expect(second).not.toHaveBeenCalled();
    });

    it('reports the width of the element, but not the 0 of a hidden one, until stopped', () => {
        const observers = installResizeObserver();
        const element = document.createElement('div');
        const onWidth = jest.fn();
        const stop = observeWidth(element, onWidth);
        const observer = observers[0];
        expect(observer.observed).toEqual([element]);
        observer.resize(390);
        observer.resize(0);
        observer.resize(500, 820);
        expect(onWidth.mock.calls).toEqual([[390], [820]]);
        stop();
        expect(observer.disconnected).toBe(true);
    });

    it('reports nothing where the browser has no ResizeObserver', () => {
        const onWidth = jest.fn();
        const stop = observeWidth(document.createElement('div'), onWidth);
        expect(() => stop()).not.toThrow();
        expect(onWidth).not.toHaveBeenCalled();
    });

    it('measures rem as SLDS does: 16 px', () => {
        expect(REM).toBe(16);
    });
    it('focuses the menu of a row, or says there is none', () => {
        const root = document.createElement('div');
        const menu = root.appendChild(document.createElement('c-plan-row-actions'));
        menu.dataset.id = 'a';
        const focus = jest.fn();
        Object.defineProperty(menu, 'focus', { value: focus });
        expect(focusRowMenu(root, 'a')).toBe(true);
        expect(focus).toHaveBeenCalled();
        expect(focusRowMenu(root, 'b')).toBe(false);
        expect(focusRowMenu(undefined, 'a')).toBe(false);
    });

    it("focuses the section card's add button, or says there is none", () => {
        const root = document.createElement('div');
        expect(focusSectionAction(root)).toBe(false);
        expect(focusSectionAction(null)).toBe(false);
        const card = root.appendChild(document.createElement('c-plan-section-card'));
        const focusAction = jest.fn(() => false);
        Object.defineProperty(card, 'focusAction', { value: focusAction });
        expect(focusSectionAction(root)).toBe(false);
        focusAction.mockReturnValueOnce(true);
        expect(focusSectionAction(root)).toBe(true);
    });

    describe('sectionCard', () => {
        const TEXTS = {
            heading: 'Stakeholders',
            iconName: 'standard:contact',
            actionLabel: 'Add',
            emptyMessage: 'None'
        };
        const tab = {
            workspace: undefined as unknown,
            error: undefined as unknown,
            writeError: undefined,
            isWorking: false,
            canManage: true
        };

        it('is loading, and neither empty nor in error, until the workspace arrives', () => {
            expect(sectionCard(TEXTS, tab, false)).toEqual({
                ...TEXTS,
                canAct: true,
                loading: true,
                error: undefined,
                writeError: undefined,
                working: false,
                empty: false
            });
        });

        it('is empty once loaded without rows, and not once there are rows', () => {
            const loaded = { ...tab, workspace: {} };
            expect(sectionCard(TEXTS, loaded, false)).toEqual(expect.objectContaining({ loading: false, empty: true }));
            expect(sectionCard(TEXTS, loaded, true)).toEqual(expect.objectContaining({ loading: false, empty: false }));
        });

        it('stops loading on a load error, and passes the write state and permission on', () => {
            const failed = { ...tab, error: 'boom', writeError: 'nope', isWorking: true, canManage: false };
            expect(sectionCard(TEXTS, failed, false)).toEqual(
                expect.objectContaining({
                    loading: false,
                    empty: false,
                    error: 'boom',
                    writeError: 'nope',
                    working: true,
                    canAct: false
                })
            );
        });
    });
});
