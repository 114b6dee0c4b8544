package org.unlearn.views.forget;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;

/**
 * The k-means family models the view trains, each with the one line that says how it forgets and a
 * tooltip that says why.
 */
public enum Family {
    LLOYD(LloydKMeans.FAMILY, "Lloyd k-means", "retrains from scratch",
            "The baseline. Lloyd's k-means from k-means++ seeds has no shortcut: forgetting a row means training"
                    + " again on the rows that remain. Exact by construction, and as slow as training."),
    QKMEANS(QKMeans.FAMILY, "Q-k-means", "certifies most deletions",
            "Centroids are rounded to a grid of width ε. Forgetting a row replays every kept iteration without it;"
                    + " when no centroid leaves its grid cell the deletion is certified: the model is provably what a"
                    + " retrain without the row would give, and nothing is retrained. Otherwise the run resumes from"
                    + " the first iteration that changes."),
    DCKMEANS(DCKMeans.FAMILY, "DC-k-means", "re-runs one leaf",
            "Divide and conquer. Rows are dealt to the leaves of a tree by a hash of (seed, row id); each leaf"
                    + " clusters its own rows and each inner node clusters its children's centroids. A row can only"
                    + " influence its leaf and that leaf's ancestors, so forgetting it re-runs those alone.");

    private final String code;
    private final String title;
    private final String oneLine;
    private final String explanation;

    Family(String code, String title, String oneLine, String explanation) {
        this.code = code;
        this.title = title;
        this.oneLine = oneLine;
        this.explanation = explanation;
    }

    /** The engine's name for the family, as the command line's {@code --model} and the sample catalogue write it. */
    public String code() {
        return code;
    }

    /** The family of an engine code ("qkmeans"), whatever its case. */
    public static Optional<Family> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }

    public String title() {
        return title;
    }

    /** How the family forgets, in a few words ("certifies most deletions"). */
    public String oneLine() {
        return oneLine;
    }

    /** Why it forgets that way, for a tooltip. */
    public String explanation() {
        return explanation;
    }

    public boolean usesGrid() {
        return this == QKMEANS;
    }

    public boolean usesTree() {
        return this == DCKMEANS;
    }

    @Override
    public String toString() {
        return title + " — " + oneLine;
    }
}
