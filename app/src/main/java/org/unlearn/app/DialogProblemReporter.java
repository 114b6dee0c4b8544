package org.unlearn.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.unlearn.views.common.Styles;

/** Problems as dialogs over the main window: a warning for a refusal, an error for a failure. */
final class DialogProblemReporter implements ProblemReporter {
    private static final double MAX_WIDTH = 560;
    private final Window owner;

    DialogProblemReporter(Window owner) {
        this.owner = owner;
    }

    @Override
    public void refused(String heading, String line) {
        show(Alert.AlertType.WARNING, heading, line);
    }

    @Override
    public void failed(String heading, String line) {
        show(Alert.AlertType.ERROR, heading, line);
    }

    private void show(Alert.AlertType type, String heading, String line) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("Unlearn Explorer");
        alert.setHeaderText(heading);
        Label text = new Label(line);
        text.setId("problem-line");
        text.setWrapText(true);
        // As wide as the line, up to a readable measure; longer lines wrap instead of widening the dialog.
        Text measure = new Text(line);
        measure.setFont(text.getFont());
        text.setPrefWidth(
                Math.min(MAX_WIDTH, Math.ceil(measure.getLayoutBounds().getWidth()) + 8));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("problem-dialog");
        Styles.apply(alert.getDialogPane());
        alert.setResizable(true);
        // Not showAndWait: the outcome's own handling goes on while the dialog is up.
        alert.show();
    }
}
