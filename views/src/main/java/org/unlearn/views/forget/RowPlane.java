package org.unlearn.views.forget;

import org.unlearn.views.common.PointSeries;
import java.util.Arrays;
import java.util.function.IntPredicate;
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

    /**
     * The row nearest to (x, y) within the ellipse of radii rx, ry: among the drawn rows the model still
     * holds, and the picked rows shown. Returns its id, or -1 when no row is that near.
     */
    int nearest(double x, double y, double rx, double ry, IntPredicate held, PointSeries picked) {
        int best = -1;
        double bestDistance = 1;
        for (int p : drawn) {
            double d = distance(p, x, y, rx, ry);
            if (d <= bestDistance && held.test(rows.rowId(p))) {
                best = rows.rowId(p);
                bestDistance = d;
            }
        }
        for (int i = 0; picked != null && i < picked.size(); i++) {
            double d = distance(positionOf(picked.rowId(i)), x, y, rx, ry);
            if (d <= bestDistance) {
                best = picked.rowId(i);
                bestDistance = d;
            }
        }
        return best;
    }

    /** The ids of the given rows that lie inside a rectangle (corners in any order), drawn or not. */
    int[] inside(TrainingSet among, double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        double bottom = Math.min(y0, y1);
        double top = Math.max(y0, y1);
        int[] ids = new int[among.size()];
        int n = 0;
        for (int i = 0; i < among.size(); i++) {
            int p = positionOf(among.rowId(i));
            if (x[p] >= left && x[p] <= right && y[p] >= bottom && y[p] <= top) {
                ids[n++] = among.rowId(i);
            }
        }
        return Arrays.copyOf(ids, n);
    }

    private double distance(int position, double px, double py, double rx, double ry) {
        double dx = (x[position] - px) / rx;
        double dy = (y[position] - py) / ry;
        return dx * dx + dy * dy;
    }

    /** Positions of the rows drawn, ascending: all rows, or a seeded sample of {@link ScatterData#MAX_POINTS}. */
    int[] drawn() {
        return drawn.clone();
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
