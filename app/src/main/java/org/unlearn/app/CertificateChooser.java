package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where to save a certificate, as a PDF document or an HTML page: the type is the file's extension (as on the
 * command line), and a name typed without one takes the type chosen in the dialog.
 */
final class CertificateChooser {
    private static final FileChooser.ExtensionFilter PDF = new FileChooser.ExtensionFilter("PDF document", "*.pdf");
    private static final FileChooser.ExtensionFilter HTML = new FileChooser.ExtensionFilter("HTML page", "*.html");

    private CertificateChooser() {}

    /** Empty when the user cancels. A suggested name ending in .csv asks where to save the remaining rows. */
    static Optional<Path> ask(Window owner, String suggestedName) {
        Optional<Path> scripted = ScriptedChoices.saveFile(suggestedName);
        if (scripted.isPresent()) {
            return scripted.map(file -> suggestedName.endsWith(".csv") ? file : withType(file, true));
        }
        if (suggestedName.endsWith(".csv")) {
            FileChooser rows = new FileChooser();
            rows.setTitle("Save the remaining rows");
            rows.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
            rows.setInitialFileName(suggestedName);
            return Optional.ofNullable(rows.showSaveDialog(owner)).map(File::toPath);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the certificate");
        chooser.getExtensionFilters().addAll(PDF, HTML);
        chooser.setSelectedExtensionFilter(PDF);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return file == null
                ? Optional.empty()
                : Optional.of(withType(file.toPath(), chooser.getSelectedExtensionFilter() != HTML));
    }

    /** The file as named when it ends in .pdf, .html or .htm; else with the extension of the type chosen. */
    static Path withType(Path file, boolean pdfChosen) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") || name.endsWith(".html") || name.endsWith(".htm")) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + (pdfChosen ? ".pdf" : ".html"));
    }
}
