package org.unlearn.views.common;

import java.nio.file.Path;
import java.util.Objects;
import org.unlearn.model.data.PreparedData;

/**
 * A dataset the user asked to open: a file and, for a shipped sample, its label (null to infer one); or data
 * already read and encoded by its owner (a compliance session's copy, named as its source and encoded as the
 * session's model was trained), which is then shown as given instead of being read from the file.
 */
public record OpenRequest(Path file, String label, Job<PreparedData> prepared) {
    public OpenRequest {
        Objects.requireNonNull(file);
    }

    public OpenRequest(Path file, String label) {
        this(file, label, null);
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
