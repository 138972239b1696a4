trigger OpportunityLineItemTrigger on OpportunityLineItem(after insert, after update, after delete, after undelete) {
    new OpportunityLineItemTriggerHandler().run();
}
