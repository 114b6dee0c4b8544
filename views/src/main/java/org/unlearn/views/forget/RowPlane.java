package org.unlearn.views.forget;

import org.unlearn.model.data.PcaProjection;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.views.data.ScatterData;

/**
 * Every row of the opened dataset placed on the data view's picture: the same principal components
 * (fitted with the same seed, so the two pictures agree) and the same drawn sample. Made once per
 * dataset, off the FX thread; the models' centroids are projected onto it too.
 */
final class RowPlane {
    private final TrainingSet rows;
    private final PcaProjection pca;
    private final double[] x;
    private final double[] y;
    private final int[] drawn;
    private final long seed;

    private RowPlane(TrainingSet rows, PcaProjection pca, double[] x, double[] y, int[] drawn, long seed) {
        this.rows = rows;
        this.pca = pca;
        this.x = x;
        this.y = y;
        this.drawn = drawn;
        this.seed = seed;
    }

    static RowPlane project(TrainingSet rows, long seed, Progress progress) {
        progress.report(Double.NaN, "Fitting the principal components of " + rows.name());
        PcaProjection pca = PcaProjection.fit(rows, seed);
        progress.checkCancelled();
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            double[] point = pca.project(rows.row(p));
            x[p] = point[0];
            y[p] = point[1];
        }
        return new RowPlane(rows, pca, x, y, ScatterData.drawnPositions(rows, seed), seed);
    }

    /** The rows the plane was made from: every row of the dataset, before anything was forgotten. */
    TrainingSet rows() {
        return rows;
    }

    /** A row's position in {@link #rows()}, or -1. */
    int positionOf(int rowId) {
        return rows.positionOf(rowId);
    }

    double x(int position) {
        return x[position];
    }

    double y(int position) {
        return y[position];
    }

    double[] project(double[] encoded) {
        return pca.project(encoded);
    }

    /** Positions of the rows drawn, ascending: all rows, or a seeded sample of {@link ScatterData#MAX_POINTS}. */
    int[] drawn() {
        return drawn.clone();
    }

    int drawnCount() {
        return drawn.length;
    }

    int drawnPosition(int i) {
        return drawn[i];
    }

    boolean isSampled() {
        return drawn.length < rows.size();
    }

    long seed() {
        return seed;
    }

    String xLabel() {
        return pca.xLabel();
    }

    String yLabel() {
        return pca.yLabel();
    }
}
