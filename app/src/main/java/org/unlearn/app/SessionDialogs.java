package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.unlearn.model.family.Families;
import org.unlearn.views.data.LoadedData;

/**
 * File ▸ New session… and Open session…: the native folder and file dialogs, and the model to train. A new
 * session copies the dataset that is open, with its label.
 */
final class SessionDialogs {
    private SessionDialogs() {}

    static void newSession(MainWindow window) {
        LoadedData data = window.data().dataProperty().get();
        if (data == null) {
            window.problems()
                    .refused("No dataset open", "Open a dataset first; a new session copies it, with its label.");
            return;
        }
        ChoiceDialog<String> models = new ChoiceDialog<>(Families.codes().get(0), Families.codes());
        models.initOwner(window.getScene().getWindow());
        models.setTitle("New session");
        models.setHeaderText("The model the session trains on " + data.file().getFileName());
        models.setContentText("Model");
        Optional<String> model = models.showAndWait();
        if (model.isEmpty()) {
            return;
        }
        Optional<Path> dir = folder(window.getScene().getWindow(), "An empty folder for the session");
        if (dir.isEmpty()) {
            return;
        }
        String label = data.prepared().encoding().labelColumn();
        window.audit().create(dir.get(), data.file(), label, model.get());
        window.showAudit();
    }

    static void openSession(MainWindow window) {
        folder(window.getScene().getWindow(), "Open a session folder").ifPresent(dir -> {
            window.audit().open(dir);
            window.showAudit();
        });
    }

    /** Where to save a certificate; empty when the user cancels. */
    static Optional<Path> saveHtml(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the certificate");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    private static Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(owner);
        return dir == null ? Optional.empty() : Optional.of(dir.toPath());
    }
}
