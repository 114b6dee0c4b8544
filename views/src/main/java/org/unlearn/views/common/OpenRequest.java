package org.unlearn.views.common;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A dataset the user asked to open: a file and, for a shipped sample, its label (null to infer one).
 */
public record OpenRequest(Path file, String label) {
    public OpenRequest {
        Objects.requireNonNull(file);
    }

    public static OpenRequest inferLabel(Path file) {
        return new OpenRequest(file, null);
    }

    /** The file's name, for titles and messages. */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
