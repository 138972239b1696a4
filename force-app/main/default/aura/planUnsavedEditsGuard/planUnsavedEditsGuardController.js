({
    // The bridge's change event (detail: dirty, label): tell the platform whether the page holds unsaved edits.
    // After the user's Save or Discard the platform waits for this call to let the navigation go on (false) or to
    // keep the user on the page (true).
    handleChange: function (component, event) {
        var unsaved = component.find('unsaved');
        if (event.getParam('dirty')) {
            unsaved.setUnsavedChanges(true, { label: event.getParam('label') });
        } else {
            unsaved.setUnsavedChanges(false);
        }
    },

    handleSave: function (component) {
        component.find('bridge').save();
    },

    handleDiscard: function (component) {
        component.find('bridge').discard();
    }
});
