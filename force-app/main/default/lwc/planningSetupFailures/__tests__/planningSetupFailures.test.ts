import PlanningSetupFailures from 'c/planningSetupFailures';
import * as navigationModule from 'lightning/navigation';
import failuresRecent from './data/failuresRecent.json';
import failuresNone from './data/failuresNone.json';
import { $, $$, flush, mount, resetDom } from '../../../../../../jest/testUtils';

jest.mock('@salesforce/label/c.Setup_Failures_Count', () => ({ default: '{0} engine error(s) in the last 7 days.' }), {
    virtual: true
});
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const navigate = jest.fn();
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](pageReference: unknown) {
                navigate(pageReference);
            }
        };
    Object.assign(NavigationMixin, { Navigate, GenerateUrl });
    return { NavigationMixin, navigate };
});
jest.mock('@salesforce/label/c.Setup_Failures_Open_Record', () => ({ default: 'Open record {0}' }), {
    virtual: true
});

const create = (failures: unknown): HTMLElement =>
    mount('c-planning-setup-failures', PlanningSetupFailures, { failures });
const navigateSpy = (navigationModule as unknown as { navigate: jest.Mock }).navigate;
function navigation(): { type: string; attributes: Record<string, unknown> } {
    return navigateSpy.mock.calls[navigateSpy.mock.calls.length - 1][0];
}

describe('c-planning-setup-failures', () => {
    afterEach(() => {
        resetDom();
    });

    it('counts the errors of the last 7 days and lists the latest, newest first', async () => {
        const element = create(failuresRecent);
        await flush();
        expect($(element, '.error-count').textContent).toBe('12 engine error(s) in the last 7 days.');
        expect($(element, '.error-count').className).toContain('slds-text-color_error');
        const rows = $$(element, 'tr.failure');
        expect(rows.length).toBe(3);
        expect(rows[0].querySelector('.failure-source').textContent).toBe('Linking');
        expect(rows[0].querySelector('.failure-code').textContent).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
        expect(rows[0].querySelector('.failure-message').textContent).toBe('Closed opportunities cannot be edited.');
        // 02:01 UTC in the user's Salesforce time zone (the Jest stub's America/Los_Angeles), not the machine's
        expect(rows[0].querySelector('.failure-time').textContent).toBe('Nov 26, 2026, 6:01 PM');
    });

    it('links each failure to the record the engine could not write, or to its plan', async () => {
        const element = create(failuresRecent);
        await flush();
        const buttons = $$(element, 'button.open-record');
        expect(buttons.map((b) => b.textContent.trim())).toEqual(['006000000000001AAA', 'a01000000000002AAA']);
        expect(buttons[0].getAttribute('aria-label')).toBe('Open record 006000000000001AAA');
        expect($$(element, 'tr.failure')[2].querySelector('button')).toBeNull();
        buttons[1].click();
        expect(navigation()).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: 'a01000000000002AAA', actionName: 'view' }
        });
    });

    it('opens the Engine Failures report', async () => {
        const element = create(failuresRecent);
        await flush();
        expect($(element, '.report-hidden')).toBeNull();
        $(element, 'lightning-button.open-report').click();
        expect(navigation()).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '00O000000000001AAA', objectApiName: 'Report', actionName: 'view' }
        });
    });

    it('says there are no errors and how to reach the report when its folder is not shared', async () => {
        const element = create(failuresNone);
        await flush();
        expect($(element, '.error-count').textContent).toBe('c.Setup_Failures_None');
        expect($(element, '.error-count').className).toContain('slds-text-color_success');
        expect($(element, 'table')).toBeNull();
        expect($(element, 'lightning-button.open-report')).toBeNull();
        expect($(element, '.report-hidden').textContent).toBe('c.Setup_Failures_Report_Hidden');
    });

    it('shows no errors, no table and no report link before the engine has reported', async () => {
        const element = create(null);
        await flush();
        expect($(element, '.error-count').textContent).toBe('c.Setup_Failures_None');
        expect($(element, 'table')).toBeNull();
        expect($(element, 'lightning-button.open-report')).toBeNull();
        expect($(element, '.report-hidden').textContent).toBe('c.Setup_Failures_Report_Hidden');
    });

    it('leaves the source, code and message cells empty when the log has none', async () => {
        const element = create({
            errorCount: 1,
            reportId: null,
            latest: [
                {
                    id: 'a0X000000000009AAA',
                    source: null,
                    errorCode: null,
                    message: null,
                    recordId: null,
                    planId: 'a01000000000009AAA',
                    createdDate: '2026-11-25T09:00:00.000Z'
                }
            ]
        });
        await flush();
        const cells = $$(element, 'tr.failure td').map((td) => td.textContent.trim());
        expect(cells).toEqual(['Nov 25, 2026, 1:00 AM', '', '', '', 'a01000000000009AAA']);
    });

    it('is accessible: a live count, a captioned table with column headers', async () => {
        const element = create(failuresRecent);
        await flush();
        expect($(element, '.error-count').getAttribute('role')).toBe('status');
        expect($(element, 'table').getAttribute('aria-label')).toBe('c.Setup_Failures_Latest');
        expect($(element, 'caption').textContent).toBe('c.Setup_Failures_Latest');
        expect($$(element, 'th[scope="col"]').map((th) => th.textContent)).toEqual([
            'c.Setup_Failures_Time',
            'c.Setup_Failures_Source',
            'c.Setup_Failures_Code',
            'c.Setup_Failures_Message',
            'c.Setup_Failures_Record'
        ]);
    });
});
