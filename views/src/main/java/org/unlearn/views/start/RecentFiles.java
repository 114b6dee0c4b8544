package org.unlearn.views.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files the user opened lately, newest first, at most {@link #MAX}, each once. The app saves the list
 * when it changes; the start screen and File ▸ Open Recent show it.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** @param remembered the list as saved, newest first; duplicates and entries past {@link #MAX} are dropped */
    public RecentFiles(List<Path> remembered) {
        List<Path> kept = new ArrayList<>();
        for (Path p : remembered) {
            Path file = normal(p);
            if (!kept.contains(file) && kept.size() < MAX) {
                kept.add(file);
            }
        }
        files.setAll(kept);
    }

    /** Puts a file that was just opened at the top (moving it there if it was listed already). */
    public void opened(Path file) {
        Path p = normal(file);
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
    }

    public void remove(Path file) {
        files.remove(normal(file));
    }

    public void clear() {
        files.clear();
    }

    /** Newest first; read-only (change it through {@link #opened}, {@link #remove} and {@link #clear}). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
