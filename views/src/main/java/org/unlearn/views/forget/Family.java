package org.unlearn.views.forget;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;

/**
 * The model families the view trains, each with the one line that says how it forgets and a tooltip that
 * says why: the k-means family, SISA ensembles, and the linear models with approximate deletion.
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
                    + " influence its leaf and that leaf's ancestors, so forgetting it re-runs those alone."),
    SISA("sisa", "SISA ensemble", "retrains one shard from a checkpoint",
            "Sharded, isolated, sliced, aggregated. Rows are dealt to S shards by a hash of (seed, row id); each shard"
                    + " trains its own model, slice by slice, keeping a checkpoint after every slice, and the models vote."
                    + " Forgetting a row retrains only its shard, from the checkpoint before the row's slice; the"
                    + " checkpoints that saw the row are deleted. Exact: the result equals training without the row."),
    LOGREG("logreg", "Logistic regression", "forgets approximately in milliseconds",
            "L2-regularized logistic regression trained to its unique optimum. A row can be forgotten exactly"
                    + " (retrain) or approximately in milliseconds: one Newton step with the remaining rows' Hessian"
                    + " (Guo et al.), an influence step, or the projective residual update (Izzo et al.). Approximate"
                    + " requests add to the model's debt until it is consolidated by an exact retrain."),
    RIDGE("ridge", "Ridge regression", "forgets approximately in milliseconds",
            "L2-regularized least squares, solved exactly. Forgetting a row can retrain, take a Newton or influence"
                    + " step, or apply the projective residual update, which for ridge lands on the exact retrain's"
                    + " projection onto the forgotten rows' span.");

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

    /** True for the k-means families, which learn no label and are scored by their loss. */
    public boolean clusters() {
        return this == LLOYD || this == QKMEANS || this == DCKMEANS;
    }

    /** True for the families with approximate deletion methods (exact, influence, newton, pru). */
    public boolean linear() {
        return this == LOGREG || this == RIDGE;
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
