package org.unlearn.views.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.unlearn.model.data.PcaProjection;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;
import org.unlearn.views.common.PointSeries;

/**
 * Every row of the opened dataset placed on the plane of its first two principal components, and the rows
 * drawn there. Made once per dataset (and roles), off the FX thread, where the data view projects; the
 * forget view draws its clusters on the same plane, so the two pictures agree, and projects the models'
 * centroids onto it. Drawing is capped at {@link #MAX_DRAWN} rows, chosen by row key under the seed, so
 * the same rows are drawn every time and a forgotten row's neighbours do not change.
 */
public final class RowPlane {
    public static final int MAX_DRAWN = 5000;
    private static final long PURPOSE = RowKeys.purpose("scatter-sample");

    private final TrainingSet rows;
    private final PcaProjection pca;
    private final double[] x;
    private final double[] y;
    private final int[] drawn;
    private final long seed;

    private RowPlane(TrainingSet rows, PcaProjection pca, double[][] xy, int[] drawn, long seed) {
        this.rows = rows;
        this.pca = pca;
        this.x = xy[0];
        this.y = xy[1];
        this.drawn = drawn;
        this.seed = seed;
    }

    /** Fits the components (the seed picks PCA's row sample and the drawn rows) and projects every row. */
    public static RowPlane project(TrainingSet rows, long seed, Progress progress) {
        progress.report(Double.NaN, "Fitting the principal components of " + rows.name());
        PcaProjection pca = PcaProjection.fit(rows, seed);
        progress.checkCancelled();
        progress.report(0.8, "Projecting " + rows.name());
        return new RowPlane(rows, pca, pca.projectAll(rows), drawnPositions(rows, seed), seed);
    }

    /**
     * The positions drawn when a set has more than {@link #MAX_DRAWN} rows (all of them otherwise), ascending:
     * the same rows under the same seed wherever they are drawn.
     */
    private static int[] drawnPositions(TrainingSet set, long seed) {
        int n = set.size();
        if (n <= MAX_DRAWN) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        // The key's upper bits decide the order; the position rides in the lowest bits, as few as n needs.
        long mask = (1L << (32 - Integer.numberOfLeadingZeros(n - 1))) - 1;
        long[] keyed = new long[n];
        for (int p = 0; p < n; p++) {
            keyed[p] = (RowKeys.key(seed, PURPOSE, set.rowId(p)) & ~mask) | p;
        }
        Arrays.sort(keyed);
        int[] out = new int[MAX_DRAWN];
        for (int i = 0; i < MAX_DRAWN; i++) {
            out[i] = (int) (keyed[i] & mask);
        }
        Arrays.sort(out);
        return out;
    }

    /** The rows the plane was made from: every row of the dataset, before anything was forgotten. */
    public TrainingSet rows() {
        return rows;
    }

    /** A row's position in {@link #rows()}, or -1. */
    public int positionOf(int rowId) {
        return rows.positionOf(rowId);
    }

    public double x(int position) {
        return x[position];
    }

    public double y(int position) {
        return y[position];
    }

    /** Where an encoded point (a centroid) lies on the plane: {x, y}. */
    public double[] project(double[] encoded) {
        return pca.project(encoded);
    }

    /** Positions of the rows drawn, ascending: all rows, or a seeded sample of {@link #MAX_DRAWN}. */
    public int[] drawn() {
        return drawn.clone();
    }

    public int drawnCount() {
        return drawn.length;
    }

    public boolean isSampled() {
        return drawn.length < rows.size();
    }

    public long seed() {
        return seed;
    }

    public String xLabel() {
        return pca.xLabel();
    }

    public String yLabel() {
        return pca.yLabel();
    }

    /** The share of the variance each of the two components explains. */
    public double[] explainedVariance() {
        return pca.explainedVariance();
    }

    /** Some rows' points as one series, in the order of their positions. */
    public PointSeries points(String name, int colour, int[] positions) {
        double[] xs = new double[positions.length];
        double[] ys = new double[positions.length];
        int[] ids = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            xs[i] = x[positions[i]];
            ys[i] = y[positions[i]];
            ids[i] = rows.rowId(positions[i]);
        }
        return new PointSeries(name, colour, xs, ys, ids);
    }

    /**
     * The drawn rows as one series per group (a class, a cluster), coloured by the group's index; a row
     * whose group is negative (no longer held) is left out.
     *
     * @param groupOf the group of a row, by its position in {@link #rows()}
     */
    public List<PointSeries> grouped(int groups, IntUnaryOperator groupOf, IntFunction<String> name) {
        int[] group = new int[drawn.length];
        int[] counts = new int[groups];
        for (int i = 0; i < drawn.length; i++) {
            group[i] = groupOf.applyAsInt(drawn[i]);
            if (group[i] >= 0) {
                counts[group[i]]++;
            }
        }
        int[][] members = new int[groups][];
        for (int g = 0; g < groups; g++) {
            members[g] = new int[counts[g]];
        }
        int[] filled = new int[groups];
        for (int i = 0; i < drawn.length; i++) {
            if (group[i] >= 0) {
                members[group[i]][filled[group[i]]++] = drawn[i];
            }
        }
        PointSeries[] out = new PointSeries[groups];
        Arrays.setAll(out, g -> points(name.apply(g), g, members[g]));
        return List.of(out);
    }

    /** The positions of the first {@code cap} of these rows that are on the plane. */
    public int[] positionsOf(int[] rowIds, int cap) {
        int[] out = new int[Math.min(cap, rowIds.length)];
        int n = 0;
        for (int i = 0; i < rowIds.length && n < out.length; i++) {
            int p = positionOf(rowIds[i]);
            if (p >= 0) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The row nearest to (x, y) within the ellipse of radii rx, ry: among the drawn rows still held, and the
     * rows at {@code alsoPositions} (the picked rows shown). Returns its id, or -1 when no row is that near.
     */
    public int nearest(double px, double py, double rx, double ry, IntPredicate held, int[] alsoPositions) {
        int best = -1;
        double bestDistance = 1;
        for (int p : drawn) {
            double d = distance(p, px, py, rx, ry);
            if (d <= bestDistance && held.test(rows.rowId(p))) {
                best = rows.rowId(p);
                bestDistance = d;
            }
        }
        for (int p : alsoPositions) {
            double d = distance(p, px, py, rx, ry);
            if (d <= bestDistance) {
                best = rows.rowId(p);
                bestDistance = d;
            }
        }
        return best;
    }

    /** The ids of the given rows that lie inside a rectangle (corners in any order), drawn or not. */
    public int[] inside(TrainingSet among, double x0, double y0, double x1, double y1) {
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
}
