package org.unlearn.views.forget;

import java.util.List;
import java.util.Locale;
import org.unlearn.views.common.ChartStyle;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.PointSeries;
import org.unlearn.views.data.RowPlane;

/**
 * What the picture shows of one model: its rows on the data view's plane, coloured by cluster; its
 * centroids; optionally where the centroids were before the last request; a note on what is drawn; and
 * fixed bounds, so forgetting does not rescale the axes and a moved centroid is seen to move.
 *
 * @param previous the centroids before the last request, or null when they are not shown
 */
public record ClusterPicture(String xLabel, String yLabel, List<PointSeries> clusters, PointSeries centroids,
                             PointSeries previous, String note, double minX, double maxX, double minY, double maxY) {
    /** Picked rows drawn at most; more are still picked and forgotten, and the pick's summary says how many. */
    static final int MAX_PICKED_DRAWN = RowPlane.MAX_DRAWN;
    private static final double MARGIN = 0.04;

    public ClusterPicture {
        clusters = List.copyOf(clusters);
    }

    static ClusterPicture of(ModelState state, ModelState before) {
        RowPlane plane = state.plane();
        List<String> classes = state.rows().classes();
        List<PointSeries> clusters = plane.grouped(state.groups(), p -> state.clusterOf(plane.rows().rowId(p)),
                c -> state.clusters() ? String.format(Locale.ROOT, "cluster %d (%s)", c + 1, Figures.rows(state.clusterSize(c)))
                        : "predicted " + (c < classes.size() ? classes.get(c) : "class " + (c + 1)) + " ("
                        + Figures.rows(state.clusterSize(c)) + ")");
        Bounds bounds = new Bounds();
        for (int p : plane.drawn()) {
            bounds.add(plane.x(p), plane.y(p));
        }
        PointSeries centroids = centroids("centroids", state, bounds);
        PointSeries previous = before == null ? null : centroids("centroids before the last request", before, bounds);
        bounds.pad();
        int shown = clusters.stream().mapToInt(PointSeries::size).sum();
        return new ClusterPicture(plane.xLabel(), plane.yLabel(), clusters, centroids, previous,
                note(plane, state, shown), bounds.minX, bounds.maxX, bounds.minY, bounds.maxY);
    }

    /** The positions of the picked rows drawn: the first {@link #MAX_PICKED_DRAWN} (the lowest ids). */
    static int[] drawnPicks(RowPlane plane, RowSelection picked) {
        return plane.positionsOf(picked.ids(), MAX_PICKED_DRAWN);
    }

    /** The picked rows' points, so many at most that a huge pick cannot stall the chart. */
    static PointSeries picked(RowPlane plane, RowSelection picked) {
        return plane.points("picked for forgetting", -1, drawnPicks(plane, picked));
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
                return new double[] {-ChartStyle.MIN_RANGE, ChartStyle.MIN_RANGE};
            }
            double range = Math.max(ChartStyle.MIN_RANGE, max - min);
            double middle = (min + max) / 2;
            double half = range * (0.5 + MARGIN);
            return new double[] {middle - half, middle + half};
        }
    }
}
