trigger AccountPlanObjectiveTrigger on Account_Plan_Objective__c(
    after insert,
    after update,
    after delete,
    after undelete
) {
    new AccountPlanObjectiveTriggerHandler().run();
}
