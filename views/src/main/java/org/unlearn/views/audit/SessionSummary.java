package org.unlearn.views.audit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window says of the open session at a glance: whether one is open, its title and name, its model
 * for the status bar, and its audit log's integrity.
 */
final class SessionSummary {
    private static final String NONE = "No session open";

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper integrity = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper logIntact = new ReadOnlyBooleanWrapper(true);

    /** Shows the session of a snapshot as open. */
    void show(SessionSnapshot s) {
        open.set(true);
        sessionName.set("session " + s.session().folder().getFileName() + " (saved)");
        modelLine.set(s.modelLine());
        title.set(s.title());
        logIntact.set(s.log().intact());
        integrity.set(s.integrityLine());
    }

    /** Says no session is open. */
    void clear() {
        open.set(false);
        sessionName.set("");
        title.set(NONE);
        integrity.set("");
        logIntact.set(true);
        modelLine.set("");
    }

    ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sessionName() {
        return sessionName.getReadOnlyProperty();
    }

    ReadOnlyStringProperty modelLine() {
        return modelLine.getReadOnlyProperty();
    }

    ReadOnlyStringProperty integrity() {
        return integrity.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty logIntact() {
        return logIntact.getReadOnlyProperty();
    }
}
