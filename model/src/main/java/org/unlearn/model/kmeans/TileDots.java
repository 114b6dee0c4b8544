package org.unlearn.model.kmeans;

import org.unlearn.model.util.VectorKernels;

/**
 * The distance kernel's inner product: x·c for every row of a tile and every centroid. Every
 * implementation computes each product the same way, one fused multiply-add per feature in feature order
 * from 0 ({@code dot = Math.fma(x[j], c[j], dot)}), so a row's products are the same function of that row
 * alone whichever kernel, tile position or thread computes them; the single-row paths
 * ({@link Centroids#nearest}, {@link DeletionCheck}) repeat the same arithmetic.
 *
 * <p>Rows sit in a tile in panels of {@link #width} rows: feature j of row i at
 * {@code (i / W) · W · d + j · W + i % W}, W the width. With the Vector API present (the JVM started with
 * {@code --add-modules jdk.incubator.vector}) a panel is one SIMD register wide and the kernel keeps a
 * 4 × 4 block of rows × centroids in registers; without it a panel is the whole tile (column-major) and
 * the JIT vectorizes the long loops down its columns.
 */
abstract class TileDots {
    /** The column kernel, for few features and when the Vector API is absent. */
    static final TileDots COLUMNS = new ColumnDots();
    /** The SIMD kernel when this JVM has the Vector API, else the column kernel. */
    static final TileDots WIDE = choose();
    /**
     * Features from which the SIMD kernel is used. Below it a dot product is too short to pay for the
     * Vector API's slow start (its operations run unintrinsified, allocating, until C2 compiles the
     * kernel), and the column kernel's long loops over 512 rows are already vectorized.
     */
    static final int WIDE_FROM = Integer.getInteger("unlearn.wideFrom", 32);

    /** The kernel for points of d features: one of two classes, so its call site stays bimorphic. */
    static TileDots forDimension(int d) {
        return d >= WIDE_FROM ? WIDE : COLUMNS;
    }

    abstract int width();

    /** Rows a tile of {@code len} rows is padded to, so the kernel runs whole blocks of panels. */
    abstract int paddedRows(int len);

    /**
     * @param tile       rows in panels, padded to {@link #paddedRows}
     * @param centroids  one row each
     * @param transposed feature j of centroid c at {@code j · padded + c}; zeros for c ≥ k
     * @param padded     the centroid count rounded up to a multiple of 4
     * @param out        x·c for row i of the tile at {@code c · Points.TILE + i}
     */
    abstract void dots(
            double[] tile, int len, int d, double[][] centroids, double[] transposed, int padded, double[] out);

    int index(int i, int j, int d) {
        return index(i, j, d, width());
    }

    /** Where feature j of row i sits in a tile of panels {@code width} rows wide. */
    static int index(int i, int j, int d, int width) {
        return (i / width) * width * d + j * width + i % width;
    }

    /** x·c in the kernel's arithmetic, for one row. */
    static double dot(double[] x, double[] c, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s = Math.fma(x[j], c[j], s);
        }
        return s;
    }

    private static TileDots choose() {
        return VectorKernels.load(TileDots.class, "org.unlearn.model.kmeans.VectorDots", COLUMNS);
    }
}
