package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.PointSeries;

/**
 * What the picture shows of one model: its rows on the data view's plane, coloured by cluster; its
 * centroids; optionally where the centroids were before the last request; a note on what is drawn; and
 * fixed bounds, so forgetting does not rescale the axes and a moved centroid is seen to move.
 *
 * @param previous the centroids before the last request, or null when they are not shown
 */
public record ClusterPicture(String xLabel, String yLabel, List<PointSeries> clusters, PointSeries centroids,
                             PointSeries previous, String note, double minX, double maxX, double minY, double maxY) {
    /** Encoded features are standardized, so components vary on the order of one; a smaller range is noise. */
    private static final double MIN_RANGE = 1.0;
    private static final double MARGIN = 0.04;

    public ClusterPicture {
        clusters = List.copyOf(clusters);
    }

    static ClusterPicture of(RowPlane plane, ModelState state, ModelState before) {
        int k = state.k();
        int[] counts = new int[k];
        int[] drawn = plane.drawn();
        int[] cluster = new int[drawn.length];
        int shown = 0;
        for (int i = 0; i < drawn.length; i++) {
            cluster[i] = state.clusterOf(plane.rows().rowId(drawn[i]));
            if (cluster[i] >= 0) {
                counts[cluster[i]]++;
                shown++;
            }
        }
        double[][] xs = new double[k][];
        double[][] ys = new double[k][];
        int[][] ids = new int[k][];
        for (int c = 0; c < k; c++) {
            xs[c] = new double[counts[c]];
            ys[c] = new double[counts[c]];
            ids[c] = new int[counts[c]];
        }
        int[] filled = new int[k];
        Bounds bounds = new Bounds();
        for (int i = 0; i < drawn.length; i++) {
            int p = drawn[i];
            bounds.add(plane.x(p), plane.y(p));
            int c = cluster[i];
            if (c >= 0) {
                int at = filled[c]++;
                xs[c][at] = plane.x(p);
                ys[c][at] = plane.y(p);
                ids[c][at] = plane.rows().rowId(p);
            }
        }
        List<PointSeries> clusters = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            clusters.add(new PointSeries(String.format(Locale.ROOT, "cluster %d (%s)", c + 1, Figures.rows(state.clusterSize(c))),
                    c, xs[c], ys[c], ids[c]));
        }
        PointSeries centroids = centroids("centroids", state, bounds);
        PointSeries previous = before == null ? null : centroids("centroids before the last request", before, bounds);
        bounds.pad();
        return new ClusterPicture(plane.xLabel(), plane.yLabel(), clusters, centroids, previous,
                note(plane, state, shown), bounds.minX, bounds.maxX, bounds.minY, bounds.maxY);
    }

    /** The picked rows' points, at most {@code cap} of them (the lowest ids), so a huge pick cannot stall the chart. */
    static PointSeries picked(RowPlane plane, RowSelection picked, int cap) {
        int n = Math.min(cap, picked.size());
        double[] x = new double[n];
        double[] y = new double[n];
        int[] ids = new int[n];
        int filled = 0;
        for (int i = 0; i < picked.size() && filled < n; i++) {
            int p = plane.positionOf(picked.id(i));
            if (p >= 0) {
                x[filled] = plane.x(p);
                y[filled] = plane.y(p);
                ids[filled] = picked.id(i);
                filled++;
            }
        }
        return new PointSeries("picked for forgetting", -1, java.util.Arrays.copyOf(x, filled),
                java.util.Arrays.copyOf(y, filled), java.util.Arrays.copyOf(ids, filled));
    }

    private static PointSeries centroids(String name, ModelState state, Bounds bounds) {
        int k = state.k();
        double[] x = new double[k];
        double[] y = new double[k];
        int[] none = new int[k];
        for (int c = 0; c < k; c++) {
            double[] point = state.projectedCentroid(c);
            x[c] = point[0];
            y[c] = point[1];
            none[c] = -1;
            bounds.add(x[c], y[c]);
        }
        return new PointSeries(name, -1, x, y, none);
    }

    private static String note(RowPlane plane, ModelState state, int shown) {
        int forgotten = plane.rows().size() - state.size();
        String drawn = plane.isSampled()
                ? String.format(Locale.ROOT, "%s of %s rows drawn (seeded sample, seed %d); picked rows are always drawn",
                Figures.count(shown), Figures.count(state.size()), plane.seed())
                : "all " + Figures.rows(state.size());
        return forgotten == 0 ? drawn : drawn + "; " + Figures.rows(forgotten) + " forgotten and gone from the picture";
    }

    /** The drawn points' and centroids' extent, grown to a readable range with a margin. */
    private static final class Bounds {
        private double minX = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        void add(double x, double y) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        void pad() {
            double[] xs = padded(minX, maxX);
            double[] ys = padded(minY, maxY);
            minX = xs[0];
            maxX = xs[1];
            minY = ys[0];
            maxY = ys[1];
        }

        private static double[] padded(double min, double max) {
            if (!(min <= max)) {
                return new double[] {-MIN_RANGE, MIN_RANGE};
            }
            double range = Math.max(MIN_RANGE, max - min);
            double middle = (min + max) / 2;
            double half = range * (0.5 + MARGIN);
            return new double[] {middle - half, middle + half};
        }
    }
}
