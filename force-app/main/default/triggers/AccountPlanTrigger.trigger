trigger AccountPlanTrigger on Account_Plan__c(
    before insert,
    before update,
    after insert,
    after update,
    after delete,
    after undelete
) {
    new AccountPlanTriggerHandler().run();
}
