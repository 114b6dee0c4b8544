package org.unlearn.model.kmeans;

import java.util.Arrays;

/**
 * Decides whether forgetting some rows leaves a Q-k-means run unchanged, by replaying every kept
 * iteration without them. For each iteration it recomputes, exactly, everything the rows could have
 * influenced: the sums and sizes of the clusters they sat in; the centroid of every cluster whose
 * centroid depends on the row count (those under the balance threshold γn/k, which moves when n does);
 * the quantized cells of those centroids; the loss, and with it the early-stopping decision and the
 * choice of the final centroids. If nothing moves, the deletion is certified and the kept state is
 * updated to exactly what a fresh run without the rows would keep. Otherwise it names the first
 * iteration that changes, so the run can resume from the one before it.
 */
final class DeletionCheck {
    /**
     * @param resumeAt  −1 when certified; 0 when a forgotten row was a seed (seed again); t ≥ 1 when
     *                  iteration t is the first to change
     * @param kept      iterations 0 .. resumeAt − 1, updated for the rows' removal (null unless resumeAt ≥ 1)
     * @param certified the updated run when certified, else null
     * @param work      point-centroid distances computed
     * @param reason    one line for people
     * @param labels    the cluster each removed row sat in, iteration by iteration: row r in iteration t's
     *                  clusters at {@code t·rows + r} (empty when a row was a seed)
     * @param moved     the centroid whose cell changed in iteration {@code resumeAt}, −1 when none did (certified,
     *                  or the run changed otherwise)
     */
    record Outcome(
            int resumeAt,
            QHistory.Builder kept,
            QHistory certified,
            long work,
            String reason,
            int[] labels,
            int moved) {
        boolean isCertified() {
            return resumeAt < 0;
        }
    }

    private DeletionCheck() {}

    static Outcome check(QHistory h, QKMeans.Options options, double[][] rows, long[] keys) {
        for (long key : keys) {
            for (long seedKey : h.seedKeys) {
                if (key == seedKey) {
                    return new Outcome(
                            0, null, null, 0, "row " + key + " was a k-means++ seed: seeding again", new int[0], -1);
                }
            }
        }
        int last = h.last;
        int k = h.k;
        int d = h.d;
        int removed = rows.length;
        int[] labels = new int[(last + 1) * removed];
        ExactSums losses = h.losses.copy();
        for (int r = 0; r < removed; r++) {
            double norm = Centroids.squaredNorm(rows[r]);
            for (int t = 0; t <= last; t++) {
                double[] d2 = new double[1];
                labels[t * removed + r] = nearest(h, t, rows[r], norm, d2);
                losses.subtract(t, ExactSums.loss(d2[0]));
            }
        }
        long work = (long) (last + 1) * k * removed;
        double oldBalance = options.gamma() * h.rows / options.k();
        double newBalance = options.gamma() * (h.rows - removed) / options.k();
        ExactSums sums = h.sums.copy();
        int[] sizes = h.sizes.clone();
        boolean[] touched = new boolean[k];
        for (int t = 1; t <= last; t++) {
            Arrays.fill(touched, false);
            for (int r = 0; r < removed; r++) {
                int c = labels[(t - 1) * removed + r];
                touched[c] = true;
                sums.subtractRow((t * k + c) * d, rows[r]);
                sizes[t * k + c]--;
            }
            for (int c = 0; c < k; c++) {
                if (touched[c] || h.sizes[t * k + c] < oldBalance) {
                    double[] exact = QuantizedLloyd.centre(
                            sums, (t * k + c) * d, sizes[t * k + c], newBalance, h.centroids, ((t - 1) * k + c) * d, d);
                    long[] cells = QuantizedLloyd.cells(exact, options.epsilon(), h.phases, t * d);
                    if (!Arrays.equals(cells, 0, d, h.cells, (t * k + c) * d, (t * k + c + 1) * d)) {
                        return resume(
                                h,
                                t,
                                sums,
                                sizes,
                                losses,
                                work,
                                "centroid " + (c + 1) + " moves in iteration " + t + " of " + last,
                                labels,
                                c);
                    }
                }
            }
            boolean stopsNow = QuantizedLloyd.stops(
                    losses.value(t - 1, ExactSums.LOSS_BITS),
                    losses.value(t, ExactSums.LOSS_BITS),
                    options.tolerance());
            if (stopsNow != (t == last && h.stoppedEarly)) {
                return resume(
                        h,
                        t,
                        sums,
                        sizes,
                        losses,
                        work,
                        "the early stop moves: the loss " + (stopsNow ? "stops" : "keeps") + " improving at iteration "
                                + t,
                        labels,
                        -1);
            }
        }
        if (last > 0
                && QuantizedLloyd.best(
                                last,
                                losses.value(last - 1, ExactSums.LOSS_BITS),
                                losses.value(last, ExactSums.LOSS_BITS))
                        != h.best) {
            return resume(
                    h,
                    last,
                    sums,
                    sizes,
                    losses,
                    work,
                    "the final choice between the last two iterations" + " flips",
                    labels,
                    -1);
        }
        return new Outcome(
                -1, null, h.withExactState(sums, sizes, losses, h.rows - removed), work, h.certifiedReason, labels, -1);
    }

    /** Iterations before {@code t}, with their exact state already updated, ready to resume from. */
    private static Outcome resume(
            QHistory h,
            int t,
            ExactSums sums,
            int[] sizes,
            ExactSums losses,
            long work,
            String reason,
            int[] labels,
            int moved) {
        QHistory updated = h.withExactState(sums, sizes, losses, h.rows);
        return new Outcome(t, QHistory.Builder.prefix(updated, t), null, work, reason, labels, moved);
    }

    /**
     * The nearest of iteration t's centroids, with the kernel's arithmetic ({@link TileDots}): dot products
     * one fused multiply-add per feature in feature order, scores ||c||² − 2 x·c, the first smallest,
     * ||x||² + score clamped at 0.
     */
    private static int nearest(QHistory h, int t, double[] x, double xNorm, double[] d2) {
        int best = 0;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int c = 0; c < h.k; c++) {
            int at = (t * h.k + c) * h.d;
            double dot = 0;
            for (int j = 0; j < h.d; j++) {
                dot = Math.fma(x[j], h.centroids[at + j], dot);
            }
            double score = h.norms[t * h.k + c] - 2 * dot;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        d2[0] = Math.max(0, xNorm + bestScore);
        return best;
    }
}
