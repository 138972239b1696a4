trigger AccountPlanStakeholderTrigger on Account_Plan_Stakeholder__c(
    before insert,
    before update,
    after insert,
    after update,
    after delete,
    after undelete
) {
    new PlanChildTriggerHandler().run();
}
