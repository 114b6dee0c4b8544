package org.unlearn.views.start;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.SampleCatalogue;

/** The start screen's state: the sample datasets on offer. */
public final class StartViewModel {
    private final ReadOnlyListWrapper<SampleCatalogue.Sample> samples =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StartViewModel(Path sampleFolder) {
        if (sampleFolder == null) {
            message.set("No sample-data folder found; open a CSV file instead.");
            return;
        }
        try {
            List<SampleCatalogue.Sample> list = SampleCatalogue.read(sampleFolder);
            samples.setAll(list);
        } catch (BadInputException e) {
            message.set(e.getMessage());
        }
    }

    public ObservableList<SampleCatalogue.Sample> samples() {
        return samples.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
