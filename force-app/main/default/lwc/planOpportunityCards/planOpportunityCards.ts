import { LightningElement, api } from 'lwc';
import type { OpportunityView } from 'c/planOpportunities';
import STAGE from '@salesforce/label/c.Opportunities_Stage';
import CLOSE_DATE from '@salesforce/label/c.Opportunities_Close_Date';
import AMOUNT from '@salesforce/label/c.Opportunities_Amount';
import PROBABILITY from '@salesforce/label/c.Opportunities_Probability';
import EXPECTED from '@salesforce/label/c.Opportunities_Expected_Revenue';
import OWNER from '@salesforce/label/c.Opportunities_Owner';
import TITLE from '@salesforce/label/c.Opportunities_Title';

/** One page of linked opportunities as stacked cards (the table's columns as label/value pairs). */
export default class PlanOpportunityCards extends LightningElement {
    @api rows: OpportunityView[] = [];

    labels = {
        title: TITLE,
        stage: STAGE,
        closeDate: CLOSE_DATE,
        amount: AMOUNT,
        probability: PROBABILITY,
        expectedRevenue: EXPECTED,
        owner: OWNER
    };
}
