package org.unlearn.model.linear;

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
        if (!Boolean.getBoolean("unlearn.scalarKernel")
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (Tiles) Class.forName("org.unlearn.model.linear.VectorTiles")
                        .getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                // the module is there but unusable: the scalar kernel gives the same bits
            }
        }
        return SCALAR;
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
            int c1 = c0 + cs;
            int c2 = c1 + cs;
            int c3 = c2 + cs;
            double s00 = c[c0], s01 = c[c0 + 1], s02 = c[c0 + 2], s03 = c[c0 + 3];
            double s10 = c[c1], s11 = c[c1 + 1], s12 = c[c1 + 2], s13 = c[c1 + 3];
            double s20 = c[c2], s21 = c[c2 + 1], s22 = c[c2 + 2], s23 = c[c2 + 3];
            double s30 = c[c3], s31 = c[c3 + 1], s32 = c[c3 + 2], s33 = c[c3 + 3];
            for (int m = 0; m < rows; m++) {
                int ym = y0 + 4 * m;
                int xm = x0 + 4 * m;
                double y0m = t[ym];
                double y1 = t[ym + 1];
                double y2 = t[ym + 2];
                double y3 = t[ym + 3];
                double x0m = t[xm];
                double x1 = t[xm + 1];
                double x2 = t[xm + 2];
                double x3 = t[xm + 3];
                s00 = Math.fma(x0m, y0m, s00);
                s01 = Math.fma(x0m, y1, s01);
                s02 = Math.fma(x0m, y2, s02);
                s03 = Math.fma(x0m, y3, s03);
                s10 = Math.fma(x1, y0m, s10);
                s11 = Math.fma(x1, y1, s11);
                s12 = Math.fma(x1, y2, s12);
                s13 = Math.fma(x1, y3, s13);
                s20 = Math.fma(x2, y0m, s20);
                s21 = Math.fma(x2, y1, s21);
                s22 = Math.fma(x2, y2, s22);
                s23 = Math.fma(x2, y3, s23);
                s30 = Math.fma(x3, y0m, s30);
                s31 = Math.fma(x3, y1, s31);
                s32 = Math.fma(x3, y2, s32);
                s33 = Math.fma(x3, y3, s33);
            }
            c[c0] = s00;
            c[c0 + 1] = s01;
            c[c0 + 2] = s02;
            c[c0 + 3] = s03;
            c[c1] = s10;
            c[c1 + 1] = s11;
            c[c1 + 2] = s12;
            c[c1 + 3] = s13;
            c[c2] = s20;
            c[c2 + 1] = s21;
            c[c2 + 2] = s22;
            c[c2 + 3] = s23;
            c[c3] = s30;
            c[c3 + 1] = s31;
            c[c3 + 2] = s32;
            c[c3 + 3] = s33;
        }

        @Override
        void tile(
                double[] a, int a0, int as, double[] b, int b0, int bs, double[] c, int c0, int cs, int from, int to) {
            int a1 = a0 + as;
            int a2 = a1 + as;
            int a3 = a2 + as;
            int c1 = c0 + cs;
            int c2 = c1 + cs;
            int c3 = c2 + cs;
            double s00 = c[c0], s01 = c[c0 + 1], s02 = c[c0 + 2], s03 = c[c0 + 3];
            double s10 = c[c1], s11 = c[c1 + 1], s12 = c[c1 + 2], s13 = c[c1 + 3];
            double s20 = c[c2], s21 = c[c2 + 1], s22 = c[c2 + 2], s23 = c[c2 + 3];
            double s30 = c[c3], s31 = c[c3 + 1], s32 = c[c3 + 2], s33 = c[c3 + 3];
            for (int m = from; m < to; m++) {
                int bm = b0 + m * bs;
                double y0 = b[bm];
                double y1 = b[bm + 1];
                double y2 = b[bm + 2];
                double y3 = b[bm + 3];
                double x0 = a[a0 + m];
                double x1 = a[a1 + m];
                double x2 = a[a2 + m];
                double x3 = a[a3 + m];
                s00 = Math.fma(x0, y0, s00);
                s01 = Math.fma(x0, y1, s01);
                s02 = Math.fma(x0, y2, s02);
                s03 = Math.fma(x0, y3, s03);
                s10 = Math.fma(x1, y0, s10);
                s11 = Math.fma(x1, y1, s11);
                s12 = Math.fma(x1, y2, s12);
                s13 = Math.fma(x1, y3, s13);
                s20 = Math.fma(x2, y0, s20);
                s21 = Math.fma(x2, y1, s21);
                s22 = Math.fma(x2, y2, s22);
                s23 = Math.fma(x2, y3, s23);
                s30 = Math.fma(x3, y0, s30);
                s31 = Math.fma(x3, y1, s31);
                s32 = Math.fma(x3, y2, s32);
                s33 = Math.fma(x3, y3, s33);
            }
            c[c0] = s00;
            c[c0 + 1] = s01;
            c[c0 + 2] = s02;
            c[c0 + 3] = s03;
            c[c1] = s10;
            c[c1 + 1] = s11;
            c[c1 + 2] = s12;
            c[c1 + 3] = s13;
            c[c2] = s20;
            c[c2 + 1] = s21;
            c[c2 + 2] = s22;
            c[c2 + 3] = s23;
            c[c3] = s30;
            c[c3 + 1] = s31;
            c[c3 + 2] = s32;
            c[c3 + 3] = s33;
        }
    }
}
