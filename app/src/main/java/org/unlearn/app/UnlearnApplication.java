package org.unlearn.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.start.StartView;
import org.unlearn.views.start.StartViewModel;

/** The JavaFX application: builds the main window from the views and wires them to the engine. */
public final class UnlearnApplication extends Application {
    @Override
    public void start(Stage stage) {
        StartViewModel start = new StartViewModel(SampleCatalogue.locate(jarFolder()).orElse(null));
        stage.setTitle("Unlearn Explorer");
        stage.setScene(new Scene(new StartView(start), 1100, 720));
        stage.show();
    }

    private static Path jarFolder() {
        try {
            Path code = Path.of(UnlearnApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent();
        } catch (Exception e) {
            return null;
        }
    }
}
