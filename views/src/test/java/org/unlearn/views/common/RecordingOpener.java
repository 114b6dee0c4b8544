package org.unlearn.views.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** An opener that only remembers what it was asked to open, for tests of the ways to ask. */
public final class RecordingOpener implements DatasetOpener {
    private final List<OpenRequest> requests = new ArrayList<>();
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);

    @Override
    public void open(OpenRequest request) {
        requests.add(request);
    }

    @Override
    public ReadOnlyBooleanProperty openExecutableProperty() {
        return executable.getReadOnlyProperty();
    }

    public void setExecutable(boolean value) {
        executable.set(value);
    }

    public List<OpenRequest> requests() {
        return List.copyOf(requests);
    }
}
