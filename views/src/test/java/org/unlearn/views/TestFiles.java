package org.unlearn.views;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real files the view tests open: the shipped samples and the engine's refused test files. */
public final class TestFiles {
    private TestFiles() {}

    public static Path sampleFolder() {
        Path folder = Path.of(System.getProperty("unlearn.sample.data", "../sample-data"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("sample data missing: " + folder.toAbsolutePath());
        }
        return folder;
    }

    public static Path sample(String name) {
        return existing(sampleFolder().resolve(name));
    }

    /** A file the CSV reader refuses (model/src/test/resources/bad). */
    public static Path bad(String name) {
        return existing(sampleFolder()
                .toAbsolutePath()
                .getParent()
                .resolve("model/src/test/resources/bad")
                .resolve(name));
    }

    private static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("test file missing: " + file.toAbsolutePath());
        }
        return file;
    }
}
