package org.unlearn.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.PcaProjection;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;
import org.unlearn.views.plane.Grouping;
import org.unlearn.views.plane.PlaneContent;

/**
 * The data view's picture: the dataset's plane with every row coloured by class (one colour without a
 * class label), the rows' cells for the hover card, and a note saying what was sampled.
 */
public record ScatterData(RowPlane plane, PlaneContent content) {
    /** The name of the grouping by the label's classes, wherever the plane offers it. */
    public static final String BY_CLASS = "class";

    /** The data view's picture of a prepared dataset, made as the data view makes it (the plane's benchmark draws it). */
    public static ScatterData of(PreparedData prepared, long seed, Progress progress) {
        RowLabels labels = RowLabels.of(
                prepared.dataset(), prepared.rows(), prepared.encoding().labelColumn() != null);
        return project(prepared.rows(), prepared.dataset().rowCount(), labels, seed, progress);
    }

    /**
     * @param rowsRead how many rows the file had, to say how many lack a label and are left out
     */
    static ScatterData project(TrainingSet set, int rowsRead, RowLabels labels, long seed, Progress progress) {
        RowPlane plane = RowPlane.project(set, seed, progress);
        PlaneContent content = plane.content()
                .grouping(byClass(plane))
                .details(p -> labels.cells(set.rowId(p)))
                .note(note(plane, rowsRead))
                .build();
        double[] explained = plane.explainedVariance();
        progress.report(
                1,
                String.format(
                        Locale.ROOT,
                        "Projected %s rows of %s: the two components explain %.0f%% and %.0f%%" + " of the variance",
                        Figures.count(set.size()),
                        set.name(),
                        100 * explained[0],
                        100 * explained[1]));
        return new ScatterData(plane, content);
    }

    /** Every row of the plane by its class; one group of "rows" when there is no class label. */
    public static Grouping byClass(RowPlane plane) {
        TrainingSet set = plane.rows();
        return set.isClassification()
                ? Grouping.of(
                        BY_CLASS,
                        set.size(),
                        set.classCount(),
                        set::label,
                        c -> set.classes().get(c))
                : Grouping.single("rows", set.size(), "rows");
    }

    public String xLabel() {
        return plane.xLabel();
    }

    public String yLabel() {
        return plane.yLabel();
    }

    public String note() {
        return content.note();
    }

    /** "all 344 rows", and how PCA was fitted and how many rows lacked a label when that is worth saying. */
    private static String note(RowPlane plane, int rowsRead) {
        List<String> parts = new ArrayList<>();
        int n = plane.rows().size();
        String shown = "all " + Figures.count(n) + " rows";
        if (plane.isFittedOnSample()) {
            shown += ", PCA fitted on " + Figures.count(PcaProjection.MAX_SAMPLE) + " (seed " + plane.seed() + ")";
        }
        parts.add(shown);
        if (rowsRead > n) {
            parts.add(Figures.count(rowsRead - n) + " rows without a label left out");
        }
        return String.join("; ", parts);
    }
}
