trigger AccountPlanStakeholderTrigger on Account_Plan_Stakeholder__c(before insert, before update) {
    new PlanChildTriggerHandler().run();
}
