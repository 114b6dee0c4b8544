package org.unlearn.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before quitting throws away forget requests made in this run (the histories are kept only while
 * the app runs; a session keeps its own). The dialog is stood in for by tests.
 */
@FunctionalInterface
interface QuitQuestion {
    /** What the user answered. */
    enum Answer {
        QUIT,
        /** Quit, and do not ask again (remembered in the settings). */
        QUIT_AND_STOP_ASKING,
        STAY
    }

    /** @param requests forget requests that quitting would lose */
    Answer ask(int requests, Window owner);

    /** The dialog: Quit or Cancel, with a "Don't ask again" box. */
    static QuitQuestion dialog() {
        return (requests, owner) -> {
            ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.OK_DONE);
            ButtonType stay = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", quit, stay);
            alert.initOwner(owner);
            alert.setTitle("Quit Unlearn Explorer");
            alert.setHeaderText(
                    "Quit and lose " + requests + (requests == 1 ? " forget request?" : " forget requests?"));
            Label why = new Label("The models and histories made in this run are kept only while the app runs."
                    + " To keep requests, make them in a session (File ▸ New session…).");
            why.setWrapText(true);
            CheckBox stopAsking = new CheckBox("Don't ask again");
            stopAsking.setId("quit-stop-asking");
            alert.getDialogPane().setId("quit-question");
            alert.getDialogPane().setContent(new VBox(10, why, stopAsking));
            ButtonType answer = alert.showAndWait().orElse(stay);
            if (answer != quit) {
                return Answer.STAY;
            }
            return stopAsking.isSelected() ? Answer.QUIT_AND_STOP_ASKING : Answer.QUIT;
        };
    }
}
