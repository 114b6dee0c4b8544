package org.unlearn.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import org.unlearn.views.common.Theme;
import org.unlearn.views.start.RecentFiles;

/**
 * What the app remembers across runs, in a small properties file: the window's place, the theme, the last
 * dataset and the recent files. It lives in {@link AppLog#home()} ({@code -Dunlearn.home}, else
 * ~/.unlearn-explorer), so tests point it elsewhere and never touch the user's. A missing or unreadable
 * file gives the defaults; a failed save is logged and otherwise ignored (remembering is a convenience).
 */
final class Settings {
    static final String FILE_NAME = "settings.properties";
    private static final String RECENT = "recent.";
    private static final String RECENT_SESSIONS = "session.recent.";
    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings in the app's home folder. */
    static Settings inHome() {
        return load(AppLog.home().resolve(FILE_NAME));
    }

    static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An expected condition (a hand-edited or half-written file): one line, no stack trace.
                AppLog.logger(Settings.class)
                        .log(
                                Level.WARNING,
                                "settings unreadable (" + e.getMessage() + "), using the defaults: " + file);
                settings.values.clear();
            }
        }
        return settings;
    }

    Path file() {
        return file;
    }

    Optional<WindowPlace> window() {
        try {
            String w = values.getProperty("window.width");
            if (w == null) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlace(
                    number("window.x"),
                    number("window.y"),
                    Double.parseDouble(w),
                    number("window.height"),
                    Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    void window(WindowPlace place) {
        values.setProperty("window.x", Double.toString(place.x()));
        values.setProperty("window.y", Double.toString(place.y()));
        values.setProperty("window.width", Double.toString(place.width()));
        values.setProperty("window.height", Double.toString(place.height()));
        values.setProperty("window.maximized", Boolean.toString(place.maximized()));
    }

    Theme theme() {
        return Theme.ofCode(values.getProperty("theme")).orElse(Theme.LIGHT);
    }

    void theme(Theme theme) {
        values.setProperty("theme", theme.code());
    }

    /** False once the user asked not to be asked before quitting throws forget requests away. */
    boolean askBeforeQuitting() {
        return !"false".equals(values.getProperty("ask.quit"));
    }

    void askBeforeQuitting(boolean ask) {
        values.setProperty("ask.quit", Boolean.toString(ask));
    }

    /** The dataset open when the app last ran, or null. */
    Path lastDataset() {
        String last = values.getProperty("dataset.last");
        return last == null || last.isBlank() ? null : Path.of(last);
    }

    void lastDataset(Path file) {
        if (file == null) {
            values.remove("dataset.last");
        } else {
            values.setProperty("dataset.last", file.toAbsolutePath().toString());
        }
    }

    /** The recent files, newest first. */
    List<Path> recent() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            String f = values.getProperty(RECENT + i);
            if (f != null && !f.isBlank()) {
                files.add(Path.of(f));
            }
        }
        return files;
    }

    void recent(List<Path> files) {
        for (int i = 0; i < RecentFiles.MAX; i++) {
            values.remove(RECENT + i);
        }
        for (int i = 0; i < Math.min(RecentFiles.MAX, files.size()); i++) {
            values.setProperty(RECENT + i, files.get(i).toAbsolutePath().toString());
        }
    }

    /** The compliance sessions opened lately, newest first. */
    List<Path> recentSessions() {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            String f = values.getProperty(RECENT_SESSIONS + i);
            if (f != null && !f.isBlank()) {
                dirs.add(Path.of(f));
            }
        }
        return dirs;
    }

    void recentSessions(List<Path> dirs) {
        for (int i = 0; i < RecentFiles.MAX; i++) {
            values.remove(RECENT_SESSIONS + i);
        }
        for (int i = 0; i < Math.min(RecentFiles.MAX, dirs.size()); i++) {
            values.setProperty(RECENT_SESSIONS + i, dirs.get(i).toAbsolutePath().toString());
        }
    }

    /** Where the dividers of a view's split panes were (each between 0 and 1), or empty. */
    Optional<double[]> dividers(String view) {
        String text = values.getProperty("dividers." + view);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.util.Arrays.stream(text.split(","))
                    .mapToDouble(Double::parseDouble)
                    .toArray());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void dividers(String view, double[] positions) {
        values.setProperty(
                "dividers." + view,
                java.util.Arrays.stream(positions)
                        .mapToObj(Double::toString)
                        .collect(java.util.stream.Collectors.joining(",")));
    }

    /** Presentation mode's type size relative to the normal (1 when never changed). */
    double fontScale() {
        try {
            return Double.parseDouble(values.getProperty("presentation.scale", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    void fontScale(double scale) {
        values.setProperty("presentation.scale", Double.toString(scale));
    }

    boolean highContrast() {
        return Boolean.parseBoolean(values.getProperty("presentation.contrast"));
    }

    void highContrast(boolean on) {
        values.setProperty("presentation.contrast", Boolean.toString(on));
    }

    /** Writes the file whole (to a temporary file first, then moved over), so a crash never leaves half of it. */
    void save() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Unlearn Explorer settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            AppLog.logger(Settings.class).log(Level.WARNING, "settings not saved: " + file, e);
        }
    }

    private double number(String key) {
        return Double.parseDouble(values.getProperty(key));
    }
}
