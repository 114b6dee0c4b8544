package org.unlearn.model.kmeans;

import org.unlearn.model.data.TrainingSet;

/**
 * The points one k-means run clusters: feature rows, the key each point's random draws are tied to
 * (its row id, so a draw never depends on which other rows are present), optional weights (the
 * cluster sizes a divide-and-conquer node receives from its children), and squared norms for the
 * distance kernel.
 */
final class Points {
    /** Rows per tile of the panelled copy the distance kernel streams through ({@link TileDots}). */
    static final int TILE = 512;

    private final double[][] rows;
    private final double[][] tiles;
    private final long[] keys;
    private final double[] weights;
    private final double[] norms;
    private final int dimension;
    private final int fractionBits;
    private final TileDots kernel;

    /**
     * @param weights one positive weight per row, or null when every row weighs 1
     */
    Points(double[][] rows, long[] keys, double[] weights, int dimension) {
        if (rows.length != keys.length || (weights != null && weights.length != rows.length)) {
            throw new IllegalArgumentException("rows, keys and weights differ in length");
        }
        this.rows = rows;
        this.keys = keys;
        this.weights = weights;
        this.dimension = dimension;
        this.kernel = TileDots.forDimension(dimension);
        this.norms = new double[rows.length];
        this.tiles = new double[(rows.length + TILE - 1) / TILE][];
        double[] largest = new double[Blocks.count(rows.length)];
        Blocks.forEach(rows.length, true, (from, to, block) -> {
            double large = 0;
            for (int t = from / TILE; t * TILE < to; t++) {
                large = Math.max(large, transpose(t, t * TILE, Math.min(to, (t + 1) * TILE)));
            }
            largest[block] = large;
        });
        this.fractionBits =
                chooseFractionBits(java.util.Arrays.stream(largest).max().orElse(0));
    }

    /**
     * The fixed-point scale 2^bits for cluster sums: as fine as it can be while the sum of every
     * |weight · value| stays under 2^61, so no sum of any subset of points overflows a long.
     */
    private int chooseFractionBits(double largest) {
        double bound = largest * rows.length;
        if (!(bound > 0)) {
            return 0;
        }
        if (Double.isInfinite(bound)) {
            throw new org.unlearn.model.BadInputException(
                    "feature values too large to cluster; standardize the features");
        }
        return Math.min(200, 60 - Math.getExponent(bound));
    }

    /**
     * Copies rows [from, to) into tile t in the kernel's panels ({@link TileDots#index}), and in the same
     * pass sets their squared norms (summed in feature order, as {@link Centroids#squaredNorm} does) and
     * finds the largest |weight · value|.
     */
    private double transpose(int t, int from, int to) {
        double[] out = new double[kernel.paddedRows(to - from) * dimension];
        double large = 0;
        for (int i0 = from; i0 < to; i0 += 8) {
            int i1 = Math.min(to, i0 + 8);
            for (int j = 0; j < dimension; j++) {
                for (int i = i0; i < i1; i++) {
                    double v = rows[i][j];
                    out[kernel.index(i - from, j, dimension)] = v;
                    norms[i] += v * v;
                    large = Math.max(large, Math.abs(v * weight(i)));
                }
            }
        }
        tiles[t] = out;
        return large;
    }

    static Points of(TrainingSet set) {
        double[][] rows = new double[set.size()][];
        long[] keys = new long[set.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = set.row(i);
            keys[i] = set.rowId(i);
        }
        return new Points(rows, keys, null, set.dimension());
    }

    int size() {
        return rows.length;
    }

    int dimension() {
        return dimension;
    }

    double[] row(int i) {
        return rows[i];
    }

    /** Binary digits after the point in fixed-point cluster sums over these points. */
    int fractionBits() {
        return fractionBits;
    }

    /** The distance kernel for these points; their tiles are in its panels. */
    TileDots kernel() {
        return kernel;
    }

    /** Tile t (rows t·TILE onward) in the kernel's panels. */
    double[] tile(int t) {
        return tiles[t];
    }

    double norm(int i) {
        return norms[i];
    }

    long key(int i) {
        return keys[i];
    }

    double weight(int i) {
        return weights == null ? 1 : weights[i];
    }

    /** Sum of the weights (the row count when unweighted). */
    double totalWeight() {
        if (weights == null) {
            return rows.length;
        }
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }
}
