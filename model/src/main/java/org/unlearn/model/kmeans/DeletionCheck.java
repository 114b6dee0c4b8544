package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
     * @param kept      iterations 0 .. resumeAt − 1, updated for the rows' removal (all of them when certified)
     * @param certified the updated run when certified, else null
     * @param work      point-centroid distances computed
     * @param reason    one line for people
     */
    record Outcome(int resumeAt, List<QIteration> kept, QuantizedLloyd.History certified, long work, String reason) {
        boolean isCertified() {
            return resumeAt < 0;
        }
    }

    private DeletionCheck() {
    }

    static Outcome check(QuantizedLloyd.History h, QKMeans.Options options, double[][] rows, long[] keys) {
        int last = h.lastIteration();
        for (long key : keys) {
            for (long seedKey : h.seedKeys()) {
                if (key == seedKey) {
                    return new Outcome(0, List.of(), null, 0, "row " + key + " was a k-means++ seed: seeding again");
                }
            }
        }
        int removed = rows.length;
        int[][] labels = new int[last + 1][removed];
        ExactSums[] losses = new ExactSums[last + 1];
        double[] d2 = new double[1];
        double[] norms = new double[removed];
        for (int r = 0; r < removed; r++) {
            norms[r] = Centroids.squaredNorm(rows[r]);
        }
        int k = h.iteration(0).centroids().length;
        for (int t = 0; t <= last; t++) {
            Centroids table = new Centroids(h.iteration(t).centroids(), rows.length == 0 ? 0 : rows[0].length);
            ExactSums loss = h.iteration(t).loss().copy();
            for (int r = 0; r < removed; r++) {
                labels[t][r] = table.nearest(rows[r], norms[r], d2, 0);
                loss.subtract(0, ExactSums.loss(d2[0]));
            }
            losses[t] = loss;
        }
        long work = (long) (last + 1) * k * removed;
        double oldBalance = options.gamma() * h.rows() / options.k();
        double newBalance = options.gamma() * (h.rows() - removed) / options.k();
        List<QIteration> kept = new ArrayList<>(last + 1);
        kept.add(h.iteration(0).withLoss(losses[0]));
        for (int t = 1; t <= last; t++) {
            QIteration it = h.iteration(t);
            double[][] previous = h.iteration(t - 1).centroids();
            ExactSums[] sums = it.sums().clone();
            int[] sizes = it.sizes().clone();
            boolean[] touched = new boolean[k];
            for (int r = 0; r < removed; r++) {
                int c = labels[t - 1][r];
                if (!touched[c]) {
                    sums[c] = sums[c].copy();
                    touched[c] = true;
                }
                sums[c].subtractRow(0, rows[r]);
                sizes[c]--;
            }
            for (int c = 0; c < k; c++) {
                if (touched[c] || it.sizes()[c] < oldBalance) {
                    double[] exact = QuantizedLloyd.centre(sums[c], sizes[c], newBalance, previous[c]);
                    if (!Arrays.equals(QuantizedLloyd.cells(exact, options.epsilon(), it.phase()), it.grid()[c])) {
                        return new Outcome(t, kept, null, work, "centroid " + (c + 1) + " moves in iteration " + t
                                + " of " + last);
                    }
                }
            }
            boolean stopsNow = QuantizedLloyd.stops(losses[t - 1].value(0, ExactSums.LOSS_BITS),
                    losses[t].value(0, ExactSums.LOSS_BITS), options.tolerance());
            if (stopsNow != (t == last && h.stoppedEarly())) {
                return new Outcome(t, kept, null, work, "the early stop moves: the loss "
                        + (stopsNow ? "stops" : "keeps") + " improving at iteration " + t);
            }
            kept.add(new QIteration(it.centroids(), it.grid(), it.phase(), sums, sizes, losses[t]));
        }
        if (QuantizedLloyd.best(kept) != h.best()) {
            return new Outcome(last, new ArrayList<>(kept.subList(0, last)), null, work, "the final choice between the last two"
                    + " iterations flips");
        }
        QuantizedLloyd.History updated = new QuantizedLloyd.History(h.seedKeys(), kept, h.stoppedEarly(), h.best(),
                h.rows() - removed);
        return new Outcome(-1, kept, updated, work, "certified: no centroid moves in any of " + last + " iterations");
    }
}
