package org.unlearn.views.common;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** Whatever opens datasets; the start screen and the menus ask it, the data view is it. */
public interface DatasetOpener {
    /** Opens in the background; a refusal keeps the dataset that was open. */
    void open(OpenRequest request);

    /** False while opening is not possible (another file is being opened or re-encoded). */
    ReadOnlyBooleanProperty openExecutableProperty();
}
