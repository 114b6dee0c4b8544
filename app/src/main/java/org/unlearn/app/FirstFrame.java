package org.unlearn.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A hidden option for measuring start-up: {@code -Dunlearn.firstFrame=true} prints one line on stderr once the
 * window has been shown and its first pulse has run, with the milliseconds since the process started (the
 * launcher and the JVM included) and the wall clock, so a script can time a packaged launcher from outside too;
 * {@code =quit} then quits.
 */
final class FirstFrame {
    private FirstFrame() {}

    static void reportIfAsked(Stage stage) {
        String asked = System.getProperty("unlearn.firstFrame");
        if (asked == null) {
            return;
        }
        stage.setOnShown(e -> Platform.runLater(() -> {
            Instant now = Instant.now();
            String sinceStart = ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(start -> Long.toString(Duration.between(start, now).toMillis()))
                    .orElse("?");
            System.err.println("first frame: " + sinceStart + " ms after the process started (epoch ms "
                    + now.toEpochMilli() + ")");
            if (asked.equals("quit")) {
                Platform.exit();
            }
        }));
    }
}
