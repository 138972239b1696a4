import { LightningElement, api, wire } from 'lwc';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import { refreshPlan, showToast } from 'c/planUtils';
import type { EditorField } from 'c/planFieldEditor';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import STATUS_FIELD from '@salesforce/schema/Account_Plan__c.Status__c';
import TARGET_FIELD from '@salesforce/schema/Account_Plan__c.Revenue_Target__c';
import PERIOD_TYPE_FIELD from '@salesforce/schema/Account_Plan__c.Period_Type__c';
import START_FIELD from '@salesforce/schema/Account_Plan__c.Start_Date__c';
import END_FIELD from '@salesforce/schema/Account_Plan__c.End_Date__c';
import CURRENT_SEGMENT_FIELD from '@salesforce/schema/Account_Plan__c.Current_Segment__c';
import TARGET_SEGMENT_FIELD from '@salesforce/schema/Account_Plan__c.Target_Segment__c';
import POTENTIAL_FIELD from '@salesforce/schema/Account_Plan__c.Account_Potential__c';
import ALIGNMENT_FIELD from '@salesforce/schema/Account_Plan__c.Strategic_Alignment__c';
import EDIT from '@salesforce/label/c.Plan_Details_Edit';
import TITLE from '@salesforce/label/c.Plan_Details_Title';
import SAVED from '@salesforce/label/c.Plan_Details_Saved';
import SAVED_TITLE from '@salesforce/label/c.Common_Saved';

const HALF = 'slds-col slds-size_1-of-1 slds-medium-size_1-of-2';

/** The plan's own fields a rep keeps up to date, in the order of the standard layout's first section. */
const FIELDS: EditorField[] = [
    STATUS_FIELD,
    TARGET_FIELD,
    PERIOD_TYPE_FIELD,
    START_FIELD,
    END_FIELD,
    CURRENT_SEGMENT_FIELD,
    TARGET_SEGMENT_FIELD,
    POTENTIAL_FIELD,
    ALIGNMENT_FIELD
].map((reference) => ({
    // A field import always names its field (the type is shared with object imports, which do not).
    key: reference.fieldApiName as string,
    fieldApiName: reference.fieldApiName as string,
    itemClass: HALF
}));

/**
 * "Edit plan" on the plan page: the plan's status, target, period, segments and classification in place, without
 * the standard edit page. Saves through LDS (field-level security and validation rules; their messages show in the
 * form), then the workspace and the record page refresh. Offered only to users who may edit the plan.
 */
export default class PlanDetails extends LightningElement {
    @api recordId: string | undefined;

    workspace: PlanWorkspace | undefined;
    isEditing = false;
    private wiredResult: WireResult<PlanWorkspace> | undefined;

    objectApiName = PLAN_OBJECT.objectApiName;
    fields = FIELDS;
    labels = { edit: EDIT, title: TITLE };

    @wire(getWorkspace, { planId: '$recordId' })
    wiredWorkspace(result: WireResult<PlanWorkspace>): void {
        this.wiredResult = result;
        this.workspace = result.data;
    }

    get canEdit(): boolean {
        return this.workspace?.permissions.canEditPlan === true;
    }

    handleEdit(): void {
        this.isEditing = true;
    }

    handleCancel(): void {
        this.isEditing = false;
    }

    async handleSaved(): Promise<void> {
        this.isEditing = false;
        showToast(this, SAVED_TITLE, SAVED, 'success');
        await refreshPlan(this.recordId, this.wiredResult);
    }
}
