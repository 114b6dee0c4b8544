package org.unlearn.views.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a chart (.png or .svg); the app shows a native chooser, tests answer directly. */
@FunctionalInterface
public interface ChartFilePicker {
    /** The chosen file, or empty when the user changed their mind. */
    Optional<Path> pickChartFile(String suggestedName);
}
