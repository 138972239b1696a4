trigger OpportunityLineItemTrigger on OpportunityLineItem(after insert, after update, after delete) {
    new OpportunityLineItemTriggerHandler().run();
}
