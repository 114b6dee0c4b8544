package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Q-k-means' grid width ε against what it buys on these rows: for each ε, the share of single-row deletions
 * the trained model would certify (checked on rows spread over the data, {@link QKMeans#certifiedShare}) and
 * its loss against Lloyd's with the same k, cap, tolerance and seed. A wider grid certifies more deletions
 * and costs loss; the figures let a person choose ε where most deletions certify at a loss they accept.
 *
 * @param rows       the rows measured on (all of them, or an even draw of a large dataset)
 * @param lloydLoss  Lloyd's mean squared distance to the nearest centroid on those rows
 * @param points     one per ε, in increasing ε
 */
public record EpsilonTradeoff(int rows, double lloydLoss, List<Point> points) {
    /** The widths tried, in the standardized features' standard deviations. */
    public static final double[] EPSILONS = {0.05, 0.1, 0.2, 0.5, 1, 2};

    /** Deletions checked per ε. */
    public static final int CHECKED = 100;

    /** A dataset larger than this is measured on an even draw of this many rows. */
    public static final int MAX_ROWS = 3000;

    /**
     * @param certified share of the checked single-row deletions certified
     * @param lossCost  the loss over Lloyd's, less one (0.03: 3% above Lloyd's)
     */
    public record Point(double epsilon, double certified, double loss, double lossCost) {}

    public EpsilonTradeoff {
        points = List.copyOf(points);
    }

    public static EpsilonTradeoff measure(TrainingSet data, QKMeans.Options base, long seed, Progress progress) {
        TrainingSet rows = evenDraw(data);
        LloydKMeans lloyd = LloydKMeans.fit(
                rows, new LloydKMeans.Options(base.k(), base.maxIterations(), base.tolerance()), seed, Progress.NONE);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < EPSILONS.length; i++) {
            progress.checkCancelled();
            progress.report(i / (double) EPSILONS.length, "Q-k-means at ε = " + EPSILONS[i]);
            QKMeans q = QKMeans.fit(
                    rows,
                    new QKMeans.Options(base.k(), base.maxIterations(), base.tolerance(), EPSILONS[i], base.gamma()),
                    seed,
                    Progress.NONE);
            double share = q.certifiedShare(CHECKED).fraction();
            points.add(new Point(EPSILONS[i], share, q.loss(), q.loss() / lloyd.loss() - 1));
        }
        progress.report(1, "Measured " + EPSILONS.length + " grid widths");
        return new EpsilonTradeoff(rows.size(), lloyd.loss(), points);
    }

    /** The narrowest ε that certifies more than half the deletions checked, if any does. */
    public Optional<Point> narrowestCertifyingMost() {
        return points.stream().filter(p -> p.certified() > 0.5).findFirst();
    }

    private static TrainingSet evenDraw(TrainingSet data) {
        if (data.size() <= MAX_ROWS) {
            return data;
        }
        int[] positions = new int[MAX_ROWS];
        for (int i = 0; i < MAX_ROWS; i++) {
            positions[i] = (int) ((long) i * data.size() / MAX_ROWS);
        }
        return data.select(positions);
    }
}
