trigger AccountTrigger on Account(after update, after delete) {
    new AccountTriggerHandler().run();
}
