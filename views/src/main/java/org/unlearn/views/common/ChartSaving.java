package org.unlearn.views.common;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.unlearn.model.BadInputException;

/**
 * Saves charts on the app's one background executor, so a large SVG or a slow disk never holds the window
 * still; the user is told when the file is being written, when it is written, and in one line when it is not.
 */
public final class ChartSaving {
    private final BackgroundWork work;

    public ChartSaving(BackgroundWork work) {
        this.work = Objects.requireNonNull(work);
    }

    /**
     * Copies the chart (on the FX thread, where it is drawn on screen) and writes the copy off it.
     *
     * @param context what the chart was made of, for the line under its title; empty for none
     * @param told    gets each line to show, on the FX thread: "Saving drift.svg…", then "Saved drift.svg" or
     *                what went wrong
     */
    public void save(JFreeChart chart, Path file, String context, Consumer<String> told) {
        JFreeChart copy = ChartExport.copyOf(chart, context);
        String name = file.getFileName().toString();
        told.accept("Saving " + name + "…");
        work.submit(
                "Save " + name,
                progress -> {
                    try {
                        ChartExport.write(copy, file);
                    } catch (UncheckedIOException e) {
                        // a full disk or a folder without permission is the user's to fix: one line, no dialog
                        throw new BadInputException(e.getMessage());
                    }
                    return file;
                },
                outcome -> told.accept(line(outcome, name)));
    }

    private static String line(Outcome<Path> outcome, String name) {
        if (outcome instanceof Outcome.Succeeded<Path>) {
            return "Saved " + name;
        }
        if (outcome instanceof Outcome.Refused<Path> r) {
            return r.message();
        }
        if (outcome instanceof Outcome.Cancelled<Path>) {
            return name + " not saved: cancelled";
        }
        return name + " not saved: something unexpected went wrong (details in the log)";
    }
}
