package org.unlearn.views.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a data file to open; the app shows a native chooser, tests answer directly. */
@FunctionalInterface
public interface FilePicker {
    /** The chosen file, or empty when the user changed their mind. */
    Optional<Path> pickDataFile();
}
