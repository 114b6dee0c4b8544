package org.unlearn.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.PcaProjection;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.PointSeries;

/**
 * The data view's picture: the dataset's plane with its drawn rows grouped by class, and a note saying
 * what was sampled.
 */
public record ScatterData(RowPlane plane, List<PointSeries> series, String note) {
    public ScatterData {
        series = List.copyOf(series);
    }

    /**
     * @param rowsRead how many rows the file had, to say how many lack a label and are left out
     */
    static ScatterData project(TrainingSet set, int rowsRead, long seed, Progress progress) {
        RowPlane plane = RowPlane.project(set, seed, progress);
        List<PointSeries> series = set.isClassification()
                ? plane.grouped(set.classCount(), set::label, c -> set.classes().get(c))
                : List.of(plane.points("rows", -1, plane.drawn()));
        double[] explained = plane.explainedVariance();
        progress.report(1, String.format(Locale.ROOT, "Projected %s rows of %s: the two components explain %.0f%% and %.0f%%"
                + " of the variance", Figures.count(plane.drawnCount()), set.name(), 100 * explained[0], 100 * explained[1]));
        return new ScatterData(plane, series, note(plane, rowsRead));
    }

    public String xLabel() {
        return plane.xLabel();
    }

    public String yLabel() {
        return plane.yLabel();
    }

    /** How many rows are drawn. */
    public int drawn() {
        return plane.drawnCount();
    }

    private static String note(RowPlane plane, int rowsRead) {
        List<String> parts = new ArrayList<>();
        int n = plane.rows().size();
        int drawn = plane.drawnCount();
        String shown = drawn < n ? Figures.count(drawn) + " of " + Figures.count(n) + " rows drawn"
                : "all " + Figures.count(n) + " rows";
        boolean pcaSampled = n > PcaProjection.MAX_SAMPLE;
        if (pcaSampled) {
            shown += ", PCA fitted on " + Figures.count(PcaProjection.MAX_SAMPLE);
        }
        parts.add(drawn < n || pcaSampled ? shown + " (seed " + plane.seed() + ")" : shown);
        if (rowsRead > n) {
            parts.add(Figures.count(rowsRead - n) + " rows without a label left out");
        }
        return String.join("; ", parts);
    }
}
