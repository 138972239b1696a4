trigger AccountTrigger on Account(before insert, before update, after update, after delete, after undelete) {
    new AccountTriggerHandler().run();
}
