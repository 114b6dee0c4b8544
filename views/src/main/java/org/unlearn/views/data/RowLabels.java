package org.unlearn.views.data;

import java.util.Locale;
import org.unlearn.model.data.TrainingSet;

/**
 * Each row's label as the forget view's row table shows it: its class, or its numeric target to four
 * significant digits; empty for every row when no column is the label. Worked out once per dataset and
 * roles, off the FX thread, and shared by every model trained on them.
 */
public final class RowLabels {
    private final TrainingSet rows;
    /** By position in {@link #rows}; null when there is no label column. */
    private final String[] texts;

    private RowLabels(TrainingSet rows, String[] texts) {
        this.rows = rows;
        this.texts = texts;
    }

    /**
     * @param labelled whether a column is the label at all (a set without one still reports class 0)
     */
    static RowLabels of(TrainingSet rows, boolean labelled) {
        if (!labelled) {
            return new RowLabels(rows, null);
        }
        String[] texts = new String[rows.size()];
        for (int p = 0; p < texts.length; p++) {
            texts[p] = rows.isClassification() ? rows.classes().get(rows.label(p))
                    : String.format(Locale.ROOT, "%.4g", rows.target(p));
        }
        return new RowLabels(rows, texts);
    }

    /** The label of a row of the dataset. */
    public String of(int rowId) {
        return texts == null ? "" : texts[rows.positionOf(rowId)];
    }
}
