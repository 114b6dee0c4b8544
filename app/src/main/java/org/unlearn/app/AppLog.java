package org.unlearn.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every log record (ours and the libraries', through slf4j-jdk14) to a file, never to the
 * console: a user sees one-line errors, the log keeps the stack traces.
 */
public final class AppLog {
    private static Path file;

    private AppLog() {
    }

    /** The folder for settings and logs: {@code -Dunlearn.home}, or ~/.unlearn-explorer. */
    public static Path home() {
        String configured = System.getProperty("unlearn.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".unlearn-explorer");
    }

    public static synchronized void install() {
        if (file != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Path dir = home().resolve("logs");
            Files.createDirectories(dir);
            file = dir.resolve("unlearn.log");
            Handler handler = new FileHandler(dir.resolve("unlearn%g.log").toString(), 2_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            root.addHandler(handler);
            file = dir.resolve("unlearn0.log");
        } catch (IOException | RuntimeException e) {
            file = null;
        }
    }

    /** Where the log is written, for messages that point at it ("details in ..."). */
    public static String location() {
        return file == null ? "(no log file)" : file.toString();
    }

    public static Logger logger(Class<?> owner) {
        return Logger.getLogger(owner.getName());
    }
}
