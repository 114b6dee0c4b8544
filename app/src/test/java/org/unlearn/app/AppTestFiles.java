package org.unlearn.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real files the app tests open: the shipped samples and the engine's refused test files. */
final class AppTestFiles {
    private AppTestFiles() {
    }

    static Path sampleFolder() {
        return existing(Path.of(System.getProperty("unlearn.sample.data", "../sample-data")));
    }

    static Path sample(String name) {
        return existing(sampleFolder().resolve(name));
    }

    static Path bad(String name) {
        return existing(sampleFolder().toAbsolutePath().getParent().resolve("model/src/test/resources/bad").resolve(name));
    }

    private static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("test file missing: " + file.toAbsolutePath());
        }
        return file;
    }
}
