package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.unlearn.model.family.Families;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.forget.TrainedRecipe;

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
        // The model trained in Train and forget, when there is one, so the session's model is that one.
        Optional<String> model = trained(window).map(TrainedRecipe::family);
        if (model.isEmpty()) {
            // Offered by their names, the family chosen in Train and forget first: codes are for the command line.
            java.util.List<String> titles =
                    Families.all().stream().map(f -> f.title()).toList();
            var chosen = window.forget().form().familyProperty().get();
            ChoiceDialog<String> models = new ChoiceDialog<>(chosen == null ? titles.get(0) : chosen.title(), titles);
            models.initOwner(window.getScene().getWindow());
            models.setTitle("New session");
            models.setHeaderText(
                    "The model the session trains on " + data.file().getFileName());
            models.setContentText("Model");
            model = models.showAndWait()
                    .map(title -> Families.all().get(titles.indexOf(title)).code());
            if (model.isEmpty()) {
                return;
            }
        }
        Optional<Path> dir = folder(window.getScene().getWindow(), "An empty folder for the session");
        if (dir.isEmpty()) {
            return;
        }
        create(window, dir.get(), model.get());
        window.showAudit();
    }

    /**
     * Creates a session in a folder from the dataset shown: with the forget view's model's options and seed
     * when it trained that family, else with the family's defaults.
     */
    static void create(MainWindow window, Path dir, String model) {
        LoadedData data = window.data().dataProperty().get();
        String label = data.prepared().encoding().labelColumn();
        Optional<TrainedRecipe> trained = trained(window).filter(t -> t.family().equals(model));
        window.audit()
                .create(
                        dir,
                        data.file(),
                        label,
                        model,
                        trained.map(TrainedRecipe::options).orElse(java.util.Map.of()),
                        trained.map(TrainedRecipe::seed).orElse(42L));
    }

    /** The recipe of the forget view's training, the first model of its chain. */
    private static Optional<TrainedRecipe> trained(MainWindow window) {
        var history = window.forget().chain().history();
        return history.isEmpty()
                ? Optional.empty()
                : TrainedRecipe.of(history.get(history.size() - 1).state());
    }

    static void openSession(MainWindow window) {
        folder(window.getScene().getWindow(), "Open a session folder").ifPresent(dir -> {
            window.audit().open(dir);
            window.showAudit();
        });
    }

    private static Optional<Path> folder(Window owner, String title) {
        Optional<Path> scripted = ScriptedChoices.sessionFolder();
        if (scripted.isPresent()) {
            return scripted;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(owner);
        return dir == null ? Optional.empty() : Optional.of(dir.toPath());
    }
}
