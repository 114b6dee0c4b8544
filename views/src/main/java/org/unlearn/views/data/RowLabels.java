package org.unlearn.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.Column;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.TrainingSet;

/**
 * What the views say about a row beyond its encoded features: its label as the forget view's row table
 * shows it (its class, or its numeric target to four significant digits; empty for every row when no
 * column is the label), and its cells as read from the file, for the plane's hover card and the filter
 * expression. Worked out once per dataset and roles, off the FX thread, and shared by every model trained
 * on them.
 */
public final class RowLabels {
    private final Dataset dataset;
    private final TrainingSet rows;
    /** By position in {@link #rows}; null when there is no label column. */
    private final String[] texts;

    private RowLabels(Dataset dataset, TrainingSet rows, String[] texts) {
        this.dataset = dataset;
        this.rows = rows;
        this.texts = texts;
    }

    /**
     * @param dataset  the table the rows were encoded from
     * @param labelled whether a column is the label at all (a set without one still reports class 0)
     */
    static RowLabels of(Dataset dataset, TrainingSet rows, boolean labelled) {
        if (!labelled) {
            return new RowLabels(dataset, rows, null);
        }
        String[] texts = new String[rows.size()];
        for (int p = 0; p < texts.length; p++) {
            texts[p] = rows.isClassification()
                    ? rows.classes().get(rows.label(p))
                    : String.format(Locale.ROOT, "%.4g", rows.target(p));
        }
        return new RowLabels(dataset, rows, texts);
    }

    /** The label of a row of the dataset. */
    public String of(int rowId) {
        return texts == null ? "" : texts[rows.positionOf(rowId)];
    }

    /** The table the rows were read into, with every column as read (the filter expression's columns). */
    public Dataset dataset() {
        return dataset;
    }

    /** A row's cells as read, one "column: value" each ("missing" for an empty cell); empty for an unknown row. */
    public List<String> cells(int rowId) {
        int p = dataset.positionOf(rowId);
        if (p < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(dataset.columnCount());
        for (Column c : dataset.columns()) {
            out.add(c.name() + ": " + (c.isMissing(p) ? "missing" : c.text(p)));
        }
        return out;
    }
}
