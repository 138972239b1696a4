trigger AccountPlanPartnerRoleTrigger on Account_Plan_Partner_Role__c(before insert, before update) {
    new PlanChildTriggerHandler().run();
}
