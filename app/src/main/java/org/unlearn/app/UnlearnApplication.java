package org.unlearn.app;

import java.nio.file.Path;
import java.util.logging.Level;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.Styles;
import org.unlearn.views.common.Theme;

/** The JavaFX application: builds the main window from the views and wires them to the engine. */
public final class UnlearnApplication extends Application {
    private static final double WIDTH = 1320;
    private static final double HEIGHT = 860;
    private FxBackgroundWork work;
    private WindowPlacer placer;

    private static java.util.Optional<double[]> screenshotSize() {
        String size = System.getProperty("unlearn.size", "");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{3,5})x(\\d{3,5})").matcher(size.strip());
        return m.matches()
                ? java.util.Optional.of(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))})
                : java.util.Optional.empty();
    }

    @Override
    public void start(Stage stage) {
        ProblemReporter problems = new DialogProblemReporter(stage);
        catchUnexpected(problems);
        work = new FxBackgroundWork(problems, AppLog.logger(FxBackgroundWork.class), AppLog::location);
        Settings settings = settingsForThisRun();
        // -Dunlearn.theme=dark (for screenshots) wins over the remembered theme for this run, without replacing it.
        Styles.setTheme(Theme.ofCode(System.getProperty("unlearn.theme")).orElse(settings.theme()));
        Path samples = SampleCatalogue.locate(jarFolder()).orElse(null);
        MainWindow window = new MainWindow(work, samples, new DataFileChooser(stage), problems, settings);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // -Dunlearn.size=1920x1080: a screenshot at another window size than the default.
        double[] size = screenshotSize().orElse(new double[] {WIDTH, HEIGHT});
        Scene scene = Styles.apply(
                new Scene(window, Math.min(size[0], screen.getWidth()), Math.min(size[1], screen.getHeight())));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (System.getProperty("unlearn.screenshot") == null) {
            placer = WindowPlacer.placeAndRemember(stage, settings, WIDTH, HEIGHT);
        }
        stage.titleProperty().bind(window.sessions().titleBinding());
        // Closing the window asks first when forget requests would be lost, as Quit does.
        stage.setOnCloseRequest(e -> {
            if (!window.sessions().mayQuit()) {
                e.consume();
            }
        });
        FirstFrame.reportIfAsked(stage);
        stage.show();
        DeveloperSnapshot.armIfAsked(stage, window);
    }

    /**
     * The user's settings; a developer screenshot run gets fresh ones instead (unless {@code -Dunlearn.home}
     * names a folder), so screenshots look the same on every machine and leave the user's recent files alone.
     */
    private static Settings settingsForThisRun() {
        if (System.getProperty("unlearn.screenshot") != null && System.getProperty("unlearn.home") == null) {
            try {
                return Settings.load(java.nio.file.Files.createTempDirectory("unlearn-snapshot")
                        .resolve(Settings.FILE_NAME));
            } catch (java.io.IOException e) {
                AppLog.logger(UnlearnApplication.class).log(Level.WARNING, "no temporary settings folder", e);
            }
        }
        return Settings.inHome();
    }

    @Override
    public void stop() {
        if (placer != null) {
            placer.remember();
        }
        if (work != null) {
            work.shutdown();
        }
    }

    /** A bug in an event handler goes to the log; the user gets one line saying where. */
    private static void catchUnexpected(ProblemReporter problems) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            AppLog.logger(UnlearnApplication.class).log(Level.SEVERE, "unexpected error on the FX thread", e);
            problems.failed(
                    "Something went wrong", "Something unexpected went wrong. The details are in " + AppLog.location());
        });
    }

    private static Path jarFolder() {
        try {
            Path code = Path.of(UnlearnApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return code.getParent();
        } catch (Exception e) {
            return null;
        }
    }
}
