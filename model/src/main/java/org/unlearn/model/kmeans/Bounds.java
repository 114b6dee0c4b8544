package org.unlearn.model.kmeans;

/**
 * Hamerly's bounds for Lloyd's iterations: per point, an upper bound on its distance to its own centre
 * and a lower bound on its distance to every other. When the centres move, the bounds move by at most
 * as much; a point whose upper bound stays below both its lower bound and half the distance from its
 * centre to the nearest other centre cannot change cluster, and needs no distances at all.
 *
 * <p>Every test keeps a margin larger than the rounding error of the distances, so a point is skipped
 * only when the exact kernel would certainly have kept it where it is: the iterations are Lloyd's,
 * bit for bit, only cheaper.
 */
final class Bounds {
    /** Relative slack on every bound update, far above the rounding of one addition. */
    private static final double SLACK = 1e-12;

    private final double[] upper;
    private final double[] lower;
    private final double[] margin;

    Bounds(Points points) {
        int n = points.size();
        upper = new double[n];
        lower = new double[n];
        margin = new double[n];
    }

    /** How far the centres moved, and how far apart the new ones are. */
    static final class Movement {
        final double[] moved;
        final double[] halfGap;
        final int farthest;
        final double most;
        final double secondMost;
        final double normBound;

        /** @param squaredShifts how far each centre moved, squared ({@link Centroids#squaredShifts}) */
        Movement(double[] squaredShifts, Centroids after) {
            int k = after.count();
            moved = new double[k];
            halfGap = new double[k];
            int far = 0;
            for (int c = 0; c < k; c++) {
                moved[c] = Math.sqrt(squaredShifts[c]);
                if (moved[c] > moved[far]) {
                    far = c;
                }
            }
            double second = 0;
            for (int c = 0; c < k; c++) {
                if (c != far) {
                    second = Math.max(second, moved[c]);
                }
            }
            farthest = far;
            most = moved[far];
            secondMost = second;
            for (int c = 0; c < k; c++) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int o = 0; o < k; o++) {
                    if (o != c) {
                        nearest = Math.min(nearest, Centroids.squaredDistance(after.centroid(c), after.centroid(o)));
                    }
                }
                halfGap[c] = Math.sqrt(nearest) / 2 * (1 - SLACK);
            }
            normBound = after.largestNorm();
        }
    }

    /** Sets a point's bounds from exact squared distances to its nearest and second-nearest centres. */
    void reset(int i, double d2, double second, double xNorm, double normBound, int dimension) {
        upper[i] = Math.sqrt(d2);
        lower[i] = Math.sqrt(second);
        margin[i] = roundingMargin(xNorm, normBound, dimension);
    }

    /**
     * Twice the largest error a kernel distance can carry: the squared distance ||x||² + ||c||² − 2x·c
     * is off by at most about 2(d + 4)·2^-53·(||x||² + ||c||²), and a square root's error by at most the
     * root of that.
     */
    static double roundingMargin(double xNorm, double normBound, int dimension) {
        return 2 * Math.sqrt((2.0 * dimension + 8) * 0x1p-53 * (xNorm + normBound)) + 1e-300;
    }

    /**
     * Moves a point's bounds with the centres. Returns true when the point certainly keeps its cluster;
     * false when its distances must be computed.
     */
    boolean keeps(int i, int label, Movement m, Centroids centres, Points points) {
        double u = (upper[i] + m.moved[label]) * (1 + SLACK);
        double l = (lower[i] - (label == m.farthest ? m.secondMost : m.most)) * (1 - SLACK);
        upper[i] = u;
        lower[i] = l;
        double bar = Math.max(m.halfGap[label], l);
        double eta = roundingMargin(points.norm(i), m.normBound, points.dimension());
        margin[i] = eta;
        if (u + eta <= bar) {
            return true;
        }
        u = Math.sqrt(centres.roughDistance(points.row(i), points.norm(i), label)) * (1 + SLACK);
        upper[i] = u;
        return u + eta <= bar;
    }
}
