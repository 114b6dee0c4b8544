package org.unlearn.model.linear;

import org.unlearn.model.util.VectorKernels;

/**
 * The inner loop of the dense factorisations ({@link Cholesky}, {@link Woodbury}): for four rows i of c and a
 * tile of {@link #width()} columns j, c[i][j] = c[i][j] + Σ_m a[i][m] · b[m][j] over m in [from, to), every
 * entry one chain of fused multiply-adds in m order ({@code c = Math.fma(a[i][m], b[m][j], c)}). The SIMD and
 * the scalar kernel do the same arithmetic, so a result has the same bits whichever kernel, tile width or
 * thread computes it. With the Vector API present (the JVM started with
 * {@code --add-modules jdk.incubator.vector}) a tile is four rows by two registers of columns, as in
 * {@link VectorGram}; without it, four by four scalars.
 */
abstract class Tiles {
    /** The scalar kernel (declared first: {@link #choose()} may return it). */
    static final Tiles SCALAR = new ScalarTiles();
    /** The SIMD kernel when this JVM has the Vector API, else the scalar one. */
    static final Tiles BEST = choose();

    /**
     * The kernel for a d × d problem: below {@link GramKernel#WIDE_FROM} columns the Vector API's slow start (it
     * runs unintrinsified until C2 compiles the kernel) costs more than it saves; the bits are the same.
     */
    static Tiles forWidth(int d) {
        return d >= GramKernel.WIDE_FROM ? BEST : SCALAR;
    }

    /** Columns a tile spans: rows of b and c must be readable and writable that far past j0. */
    abstract int width();

    /**
     * Rows i0..i0 + 3 of c, columns j0..j0 + width().
     *
     * @param a  row i of a at {@code i · as}; rows i0..i0 + 3 must exist
     * @param b  row m of b at {@code m · bs}, columns j0..j0 + width() readable
     * @param c  row i of c at {@code i · cs}, columns j0..j0 + width() writable
     */
    void tile(double[] a, int as, double[] b, int bs, double[] c, int cs, int i0, int j0, int from, int to) {
        tile(a, i0 * as, as, b, j0, bs, c, i0 * cs + j0, cs, from, to);
    }

    /**
     * The same with offsets: c[c0 + r · cs + j] += Σ_m a[a0 + r · as + m] · b[b0 + m · bs + j] for r &lt; 4 and
     * j &lt; width().
     */
    abstract void tile(
            double[] a, int a0, int as, double[] b, int b0, int bs, double[] c, int c0, int cs, int from, int to);

    /**
     * The Gram's form, over a chunk packed in panels of width() columns (each panel's rows one after the other,
     * so both reads stream): c[c0 + r · cs + j] += Σ_m t[x0 + m · width() + r] · t[y0 + m · width() + j] for
     * r &lt; 4, j &lt; width() and m &lt; rows, each entry one chain of fused multiply-adds in m order, as in
     * {@link #tile}. The panel's width is a constant of the kernel, so the JIT proves the reads in bounds once.
     */
    abstract void panel(double[] t, int x0, int y0, int rows, double[] c, int c0, int cs);

    /**
     * Packs s · x[c] for c &lt; d into a chunk's panels of width() columns: column c at {@code c / width() ·
     * panel + b + c % width()} (b the row's place in its panel); a panel's columns past d become zero.
     */
    abstract void pack(double[] x, int d, double s, double[] t, int b, int panel);

    private static Tiles choose() {
        return VectorKernels.load(Tiles.class, "org.unlearn.model.linear.VectorTiles", SCALAR);
    }

    /** Four by four running sums in scalars. */
    static final class ScalarTiles extends Tiles {
        @Override
        int width() {
            return 4;
        }

        @Override
        void pack(double[] x, int d, double s, double[] t, int b, int panel) {
            for (int c0 = 0; c0 < d; c0 += 4, b += panel) {
                int end = Math.min(4, d - c0);
                for (int c = 0; c < end; c++) {
                    t[b + c] = s * x[c0 + c];
                }
                for (int c = end; c < 4; c++) {
                    t[b + c] = 0;
                }
            }
        }

        @Override
        void panel(double[] t, int x0, int y0, int rows, double[] c, int c0, int cs) {
            FourByFour.tile(t, x0, 1, 4, t, y0, 4, c, c0, cs, 0, rows);
        }

        @Override
        void tile(
                double[] a, int a0, int as, double[] b, int b0, int bs, double[] c, int c0, int cs, int from, int to) {
            FourByFour.tile(a, a0, as, 1, b, b0, bs, c, c0, cs, from, to);
        }
    }
}
