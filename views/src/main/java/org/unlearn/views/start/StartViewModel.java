package org.unlearn.views.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.DatasetOpener;
import org.unlearn.views.common.FilePicker;
import org.unlearn.views.common.OpenRequest;

/** The start screen's state: the sample datasets on offer, and the ways to open one or a file of one's own. */
public final class StartViewModel {
    private final ReadOnlyListWrapper<SampleCatalogue.Sample> samples =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final DatasetOpener opener;
    private final FilePicker picker;

    /**
     * @param sampleFolder the sample-data folder, or null when none was found
     */
    public StartViewModel(Path sampleFolder, DatasetOpener opener, FilePicker picker) {
        this.opener = Objects.requireNonNull(opener);
        this.picker = Objects.requireNonNull(picker);
        if (sampleFolder == null) {
            message.set("No sample-data folder was found beside the app. Open a CSV file of your own instead.");
            return;
        }
        try {
            List<SampleCatalogue.Sample> list = SampleCatalogue.read(sampleFolder);
            samples.setAll(list);
            if (list.isEmpty()) {
                message.set("The sample catalogue lists no datasets. Open a CSV file of your own instead.");
            }
        } catch (BadInputException e) {
            message.set("The sample datasets cannot be offered: " + e.getMessage());
        }
    }

    /** Opens a shipped dataset with the label its catalogue names. */
    public void openSample(SampleCatalogue.Sample sample) {
        opener.open(new OpenRequest(sample.file(), sample.label()));
    }

    /** Asks for a file and opens it with an inferred label; does nothing when the user changes their mind. */
    public void openFile() {
        if (opener.openExecutableProperty().get()) {
            picker.pickDataFile().ifPresent(file -> opener.open(OpenRequest.inferLabel(file)));
        }
    }

    public ObservableList<SampleCatalogue.Sample> samples() {
        return samples.getReadOnlyProperty();
    }

    /** Why no or fewer samples are offered; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openExecutableProperty() {
        return opener.openExecutableProperty();
    }
}
