import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import LABEL_FROM from '@salesforce/label/c.CarryForward_Continued_From';
import LABEL_IN from '@salesforce/label/c.CarryForward_Continued_In';
import LABEL_THREAD from '@salesforce/label/c.CarryForward_Thread_Label';

interface ThreadLink {
    key: 'previous' | 'next';
    label: string;
    planId: string;
    planName: string;
    icon: string;
}

/**
 * The thread between periods in the plan header: "Continued from <previous plan>" and "Continued in <next plan>"
 * (workspace.carryForward). A plan the user cannot read comes without Id and name and is not shown; nothing renders
 * when there is neither.
 */
export default class PlanThreadLinks extends NavigationMixin(LightningElement) {
    @api carryForward: CarryForwardLinks | null | undefined;

    threadLabel = LABEL_THREAD;

    get links(): ThreadLink[] {
        const thread = this.carryForward;
        const links: ThreadLink[] = [];
        if (thread?.previousPlanId && thread.previousPlanName) {
            links.push({
                key: 'previous',
                label: LABEL_FROM,
                planId: thread.previousPlanId,
                planName: thread.previousPlanName,
                icon: 'utility:back'
            });
        }
        if (thread?.nextPlanId && thread.nextPlanName) {
            links.push({
                key: 'next',
                label: LABEL_IN,
                planId: thread.nextPlanId,
                planName: thread.nextPlanName,
                icon: 'utility:forward'
            });
        }
        return links;
    }

    get hasLinks(): boolean {
        return this.links.length > 0;
    }

    handleOpen(event: Event): void {
        event.preventDefault();
        const recordId = (event.currentTarget as HTMLElement).dataset.id;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName: PLAN_OBJECT.objectApiName, actionName: 'view' }
        });
    }
}
