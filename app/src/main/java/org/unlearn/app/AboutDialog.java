package org.unlearn.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help ▸ About: what the app is, its version, what it runs on, and where its log is. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Unlearn Explorer");
        about.setHeaderText("Unlearn Explorer " + version());
        Label text = new Label("Makes machine unlearning visible: load a dataset, train models that can forget,"
                + " and see what forgetting costs and changes.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + "\nLog: " + AppLog.location()
                + "\nLicence: MIT");
        text.setWrapText(true);
        text.setPrefWidth(480);
        about.getDialogPane().setContent(text);
        org.unlearn.views.common.Styles.apply(about.getDialogPane());
        about.show();
    }

    private static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
