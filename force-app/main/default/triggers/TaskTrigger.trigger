trigger TaskTrigger on Task(after insert, after update, after delete, after undelete) {
    new TaskTriggerHandler().run();
}
