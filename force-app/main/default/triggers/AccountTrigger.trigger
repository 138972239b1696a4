trigger AccountTrigger on Account(before update, after update, after delete, after undelete) {
    new AccountTriggerHandler().run();
}
