package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.unlearn.views.common.FilePicker;

/** The native file chooser, starting where the user last opened a file. */
final class DataFileChooser implements FilePicker {
    private final Window owner;
    private File lastFolder;

    DataFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> pickDataFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a data file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Data files (CSV, TSV, text; gzipped too)",
                                "*.csv",
                                "*.tsv",
                                "*.txt",
                                "*.csv.gz",
                                "*.tsv.gz",
                                "*.txt.gz",
                                "*.gz"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
