package org.unlearn.views.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.DatasetOpener;
import org.unlearn.views.common.FilePicker;
import org.unlearn.views.common.OpenRequest;

/**
 * The start screen's state: the sample datasets on offer, the files opened lately, and the ways to open one
 * or a file of one's own (the chooser, a recent file, the last dataset, a file dropped on the window). Every
 * way ends in the same {@link DatasetOpener#open}, so a refused file is refused alike and leaves what was open.
 */
public final class StartViewModel {
    /** What "Open CSV…" and a drop accept: the reader's delimited text files, gzipped or not. */
    private static final List<String> DATA_SUFFIXES = List.of(".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz", ".txt.gz");

    private final ReadOnlyListWrapper<SampleCatalogue.Sample> samples =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final DatasetOpener opener;
    private final FilePicker picker;
    private final RecentFiles recent;
    private final Consumer<String> notices;
    private final ReadOnlyObjectWrapper<Path> lastDataset = new ReadOnlyObjectWrapper<>();

    /**
     * Without recent files or a last dataset, and with notices dropped: for the start screen shown alone.
     *
     * @param sampleFolder the sample-data folder, or null when none was found
     */
    public StartViewModel(Path sampleFolder, DatasetOpener opener, FilePicker picker) {
        this(sampleFolder, opener, picker, new RecentFiles(List.of()), null, line -> {});
    }

    /**
     * @param sampleFolder the sample-data folder, or null when none was found
     * @param recent       the files opened lately
     * @param lastDataset  the dataset open when the app last ran (a sample or a file), or null
     * @param notices      where one-line notices go (a missing recent file, a drop that cannot be opened)
     */
    public StartViewModel(
            Path sampleFolder,
            DatasetOpener opener,
            FilePicker picker,
            RecentFiles recent,
            Path lastDataset,
            Consumer<String> notices) {
        this.opener = Objects.requireNonNull(opener);
        this.picker = Objects.requireNonNull(picker);
        this.recent = Objects.requireNonNull(recent);
        this.notices = Objects.requireNonNull(notices);
        this.lastDataset.set(
                lastDataset == null ? null : lastDataset.toAbsolutePath().normalize());
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

    /**
     * Opens a file the user opened before: with its catalogue label if it is a sample, else with an inferred
     * one. A file that is no longer there is taken off the recent list, with a notice saying so.
     */
    public void openRecent(Path file) {
        if (!opener.openExecutableProperty().get()) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            recent.remove(file);
            notices.accept(nameOf(file) + " is no longer at "
                    + file.toAbsolutePath().getParent() + "; it was taken off the recent files.");
            return;
        }
        opener.open(requestFor(file));
    }

    /** Opens the dataset that was open when the app last ran. */
    public void reopenLast() {
        Path last = lastDataset.get();
        if (last == null || !opener.openExecutableProperty().get()) {
            return;
        }
        if (!Files.isRegularFile(last)) {
            lastDataset.set(null);
            recent.remove(last);
            notices.accept(
                    nameOf(last) + " is no longer at " + last.toAbsolutePath().getParent() + ".");
            return;
        }
        opener.open(requestFor(last));
    }

    /**
     * Opens what was dropped on the window: one data file. Anything else (text, a folder, several files, a file
     * that is not delimited text) is refused with a one-line notice, and what was open stays.
     *
     * @param files the dropped files, empty when what was dropped holds no file
     */
    public void openDropped(List<Path> files) {
        dropRefusal(files).ifPresentOrElse(notices, () -> opener.open(requestFor(files.get(0))));
    }

    /** Why a drop of these files would be refused, or empty when it opens. */
    public Optional<String> dropRefusal(List<Path> files) {
        if (files.isEmpty()) {
            return Optional.of("Only a file can be dropped here: drop a CSV file to open it.");
        }
        if (files.size() > 1) {
            return Optional.of("Drop one file at a time: " + files.size() + " files were dropped.");
        }
        Path file = files.get(0);
        if (Files.isDirectory(file)) {
            return Optional.of(nameOf(file) + " is a folder: drop a CSV file to open it.");
        }
        if (!isDataFile(file)) {
            return Optional.of(nameOf(file) + " is not a data file: drop a .csv, .tsv or .txt file (gzipped or not).");
        }
        if (!opener.openExecutableProperty().get()) {
            return Optional.of("Another file is being opened: drop " + nameOf(file) + " again when it has opened.");
        }
        return Optional.empty();
    }

    /** True for the file names "Open CSV…" offers: .csv, .tsv and .txt, gzipped or not. */
    public static boolean isDataFile(Path file) {
        String name = nameOf(file).toLowerCase(Locale.ROOT);
        return DATA_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /**
     * Remembers a dataset that has opened: it becomes the last dataset and, unless it is one of the samples
     * (which have their cards), the newest recent file.
     */
    public void opened(Path file) {
        Path p = file.toAbsolutePath().normalize();
        lastDataset.set(p);
        if (sampleOf(p).isEmpty()) {
            recent.opened(p);
        }
    }

    /** Takes every file off the recent list. */
    public void clearRecent() {
        recent.clear();
    }

    /** How a file opens: a sample with the label its catalogue names, any other file with an inferred one. */
    OpenRequest requestFor(Path file) {
        return sampleOf(file).map(s -> new OpenRequest(s.file(), s.label())).orElse(OpenRequest.inferLabel(file));
    }

    /** The model the catalogue suggests for a sample file; empty for a file of the user's own. */
    public Optional<String> suggestedModel(Path file) {
        return sampleOf(file).map(SampleCatalogue.Sample::suggestedModel).filter(m -> m != null && !m.isBlank());
    }

    private Optional<SampleCatalogue.Sample> sampleOf(Path file) {
        Path p = file.toAbsolutePath().normalize();
        return samples.stream()
                .filter(s -> s.file().toAbsolutePath().normalize().equals(p))
                .findFirst();
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The files opened lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    /** The dataset open when the app last ran (or opened last in this run), null when there is none. */
    public ReadOnlyObjectProperty<Path> lastDatasetProperty() {
        return lastDataset.getReadOnlyProperty();
    }

    /** The name to show for the last dataset: a sample's catalogue name, else the file name. */
    public String lastDatasetName() {
        Path last = lastDataset.get();
        return last == null
                ? ""
                : sampleOf(last).map(SampleCatalogue.Sample::name).orElse(nameOf(last));
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
