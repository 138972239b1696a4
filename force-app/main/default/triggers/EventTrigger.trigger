trigger EventTrigger on Event(after insert, after update, after delete, after undelete) {
    new EventTriggerHandler().run();
}
