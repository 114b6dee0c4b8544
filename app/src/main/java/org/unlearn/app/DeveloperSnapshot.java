package org.unlearn.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.OpenRequest;

/**
 * A hidden developer option for documentation screenshots: {@code -Dunlearn.screenshot=out.png}, with
 * {@code -Dunlearn.open=penguins} (a sample's name or file name, or a path) to open something first. Once
 * the background work has settled it saves the window's scene as PNG and quits.
 */
final class DeveloperSnapshot {
    /** Lets the charts and tables finish drawing after the last job; a screenshot, not a test, so waiting is fine. */
    private static final Duration SETTLE = Duration.millis(1500);

    private DeveloperSnapshot() {
    }

    static void armIfAsked(Stage stage, MainWindow window) {
        String target = System.getProperty("unlearn.screenshot");
        if (target == null) {
            return;
        }
        String open = System.getProperty("unlearn.open");
        if (open != null) {
            Optional<OpenRequest> request = find(window, open);
            if (request.isEmpty()) {
                System.err.println("error: unlearn.open: no sample or file named " + open);
                Platform.exit();
                return;
            }
            window.data().open(request.get());
        }
        whenSettled(window, () -> save(stage, Path.of(target)));
    }

    private static Optional<OpenRequest> find(MainWindow window, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (SampleCatalogue.Sample s : window.start().samples()) {
            String file = s.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (s.name().toLowerCase(Locale.ROOT).equals(wanted) || file.equals(wanted) || file.startsWith(wanted + ".")) {
                return Optional.of(new OpenRequest(s.file(), s.label()));
            }
        }
        Path path = Path.of(name);
        return Files.isRegularFile(path) ? Optional.of(OpenRequest.inferLabel(path)) : Optional.empty();
    }

    private static void whenSettled(MainWindow window, Runnable action) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(e -> {
            if (window.work().runningProperty().get()) {
                pause.playFromStart();
            } else {
                action.run();
            }
        });
        pause.play();
    }

    private static void save(Stage stage, Path target) {
        try {
            WritableImage image = stage.getScene().snapshot(null);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
            System.out.println("screenshot: " + target.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            AppLog.logger(DeveloperSnapshot.class).log(Level.SEVERE, "screenshot failed", e);
            System.err.println("error: screenshot failed: " + e.getMessage());
        }
        Platform.exit();
    }
}
