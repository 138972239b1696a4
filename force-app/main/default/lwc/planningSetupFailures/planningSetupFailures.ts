import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { formatDateTime, formatLabel } from 'c/planUtils';
import LABEL_TITLE from '@salesforce/label/c.Setup_Failures_Title';
import LABEL_COUNT from '@salesforce/label/c.Setup_Failures_Count';
import LABEL_NONE from '@salesforce/label/c.Setup_Failures_None';
import LABEL_LATEST from '@salesforce/label/c.Setup_Failures_Latest';
import LABEL_TIME from '@salesforce/label/c.Setup_Failures_Time';
import LABEL_SOURCE from '@salesforce/label/c.Setup_Failures_Source';
import LABEL_CODE from '@salesforce/label/c.Setup_Failures_Code';
import LABEL_MESSAGE from '@salesforce/label/c.Setup_Failures_Message';
import LABEL_RECORD from '@salesforce/label/c.Setup_Failures_Record';
import LABEL_OPEN_RECORD from '@salesforce/label/c.Setup_Failures_Open_Record';
import LABEL_OPEN_REPORT from '@salesforce/label/c.Setup_Failures_Open_Report';
import LABEL_REPORT_HIDDEN from '@salesforce/label/c.Setup_Failures_Report_Hidden';

interface FailureView {
    id: string;
    time: string;
    source: string;
    errorCode: string;
    message: string;
    recordId: string | null;
    openRecordLabel: string;
}

/** The standard Report object: reports are opened as records of it (not a custom object, no namespace). */
const REPORT_OBJECT = 'Report';

/**
 * What the engine could not do lately: the count of errors of the last 7 days, the latest ones (each with a link to
 * the record it could not write), and the Engine Failures report for the rest.
 */
export default class PlanningSetupFailures extends NavigationMixin(LightningElement) {
    @api failures: EngineFailureSummaryData | null | undefined;

    labels = {
        title: LABEL_TITLE,
        latest: LABEL_LATEST,
        time: LABEL_TIME,
        source: LABEL_SOURCE,
        code: LABEL_CODE,
        message: LABEL_MESSAGE,
        record: LABEL_RECORD,
        openReport: LABEL_OPEN_REPORT,
        reportHidden: LABEL_REPORT_HIDDEN
    };

    get errorCount(): number {
        return this.failures?.errorCount ?? 0;
    }

    get hasErrors(): boolean {
        return this.errorCount > 0;
    }

    get countText(): string {
        return this.hasErrors ? formatLabel(LABEL_COUNT, this.errorCount) : LABEL_NONE;
    }

    get countClass(): string {
        return this.hasErrors ? 'error-count slds-text-color_error' : 'error-count slds-text-color_success';
    }

    get rows(): FailureView[] {
        return (this.failures?.latest ?? []).map((row) => ({
            id: row.id,
            time: formatDateTime(row.createdDate),
            source: row.source ?? '',
            errorCode: row.errorCode ?? '',
            message: row.message ?? '',
            recordId: row.recordId ?? row.planId,
            openRecordLabel: formatLabel(LABEL_OPEN_RECORD, row.recordId ?? row.planId)
        }));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get reportId(): string | null {
        return this.failures?.reportId ?? null;
    }

    handleOpenRecord(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id as string;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, actionName: 'view' }
        });
    }

    handleOpenReport(): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: this.reportId, objectApiName: REPORT_OBJECT, actionName: 'view' }
        });
    }
}
