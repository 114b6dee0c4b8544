package org.unlearn.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help ▸ About: what the app is, its version, what it runs on, where its log is, and the libraries it bundles. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Unlearn Explorer");
        about.setHeaderText("Unlearn Explorer " + version());
        List<BundledLibraries.Library> libraries = BundledLibraries.present(BundledLibraries.listed(), jarFolder());
        Label text = new Label("Makes machine unlearning visible: load a dataset, train models that can forget,"
                + " and see what forgetting costs and changes.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?")
                + "\nLog: " + AppLog.location()
                + "\nLicence: " + BundledLibraries.licence(libraries));
        text.setWrapText(true);
        text.setPrefWidth(480);
        about.getDialogPane().setContent(text);
        if (!libraries.isEmpty()) {
            TextArea list = new TextArea("Third-party libraries (" + libraries.size() + "):\n"
                    + libraries.stream().map(BundledLibraries.Library::toString).collect(Collectors.joining("\n")));
            list.setEditable(false);
            list.setPrefRowCount(12);
            about.getDialogPane().setExpandableContent(list);
        }
        org.unlearn.views.common.Styles.apply(about.getDialogPane());
        about.show();
    }

    private static Path jarFolder() {
        try {
            return Path.of(AboutDialog.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (Exception e) {
            return null;
        }
    }

    private static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
