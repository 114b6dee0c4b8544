package org.unlearn.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find real data: the shipped samples, the shared datasets, and test resources. */
public final class TestData {
    private TestData() {}

    /** A file shipped in sample-data/. */
    public static Path sample(String name) {
        Path folder = Path.of(System.getProperty("unlearn.sample.data", "../sample-data"));
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("sample data missing: " + file.toAbsolutePath());
        }
        return file;
    }

    /** The shared datasets folder next to the repository; tests that need it are skipped without it. */
    public static Path sharedFolder() {
        Path folder = Path.of(System.getProperty("unlearn.shared.datasets", "../../shared/datasets"));
        assumeTrue(Files.isDirectory(folder), "shared datasets not found at " + folder.toAbsolutePath());
        return folder;
    }

    public static Path shared(String name) {
        return sharedFolder().resolve(name);
    }

    /** A test resource file. */
    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }
}
