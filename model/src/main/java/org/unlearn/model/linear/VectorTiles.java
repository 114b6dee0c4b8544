package org.unlearn.model.linear;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Tiles} on the Vector API (both forms, the factorisations' and the Gram's panels): four rows of c by
 * two registers of columns, eight accumulators in registers for the whole run of m, so each m costs two loads and four broadcasts for eight fused
 * multiply-adds (lane j: a[i][m] · b[m][j] + c, the scalar kernel's arithmetic).
 */
final class VectorTiles extends Tiles {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int W = S.length();

    @Override
    int width() {
        return 2 * W;
    }

    @Override
    void pack(double[] x, int d, double s, double[] t, int b, int panel) {
        int c0 = 0;
        for (; c0 + 2 * W <= d; c0 += 2 * W, b += panel) {
            DoubleVector.fromArray(S, x, c0).mul(s).intoArray(t, b);
            DoubleVector.fromArray(S, x, c0 + W).mul(s).intoArray(t, b + W);
        }
        if (c0 < d) {
            // the tail in scalars: JDK 17 does not compile a masked load to one instruction
            for (int c = 0; c < 2 * W; c++) {
                t[b + c] = c0 + c < d ? s * x[c0 + c] : 0;
            }
        }
    }

    @Override
    void panel(double[] t, int x0, int y0, int rows, double[] c, int c0, int cs) {
        int c1 = c0 + cs;
        int c2 = c1 + cs;
        int c3 = c2 + cs;
        DoubleVector s00 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, c0 + W);
        DoubleVector s10 = DoubleVector.fromArray(S, c, c1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, c1 + W);
        DoubleVector s20 = DoubleVector.fromArray(S, c, c2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, c2 + W);
        DoubleVector s30 = DoubleVector.fromArray(S, c, c3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, c3 + W);
        for (int m = 0; m < rows; m++) {
            int ym = y0 + 2 * W * m;
            int xm = x0 + 2 * W * m;
            DoubleVector y0m = DoubleVector.fromArray(S, t, ym);
            DoubleVector y1 = DoubleVector.fromArray(S, t, ym + W);
            DoubleVector x0m = DoubleVector.broadcast(S, t[xm]);
            DoubleVector x1 = DoubleVector.broadcast(S, t[xm + 1]);
            DoubleVector x2 = DoubleVector.broadcast(S, t[xm + 2]);
            DoubleVector x3 = DoubleVector.broadcast(S, t[xm + 3]);
            s00 = y0m.fma(x0m, s00);
            s01 = y1.fma(x0m, s01);
            s10 = y0m.fma(x1, s10);
            s11 = y1.fma(x1, s11);
            s20 = y0m.fma(x2, s20);
            s21 = y1.fma(x2, s21);
            s30 = y0m.fma(x3, s30);
            s31 = y1.fma(x3, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + W);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + W);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + W);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + W);
    }

    @Override
    void tile(double[] a, int a0, int as, double[] b, int b0, int bs, double[] c, int c0, int cs, int from, int to) {
        int a1 = a0 + as;
        int a2 = a1 + as;
        int a3 = a2 + as;
        int c1 = c0 + cs;
        int c2 = c1 + cs;
        int c3 = c2 + cs;
        DoubleVector s00 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, c0 + W);
        DoubleVector s10 = DoubleVector.fromArray(S, c, c1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, c1 + W);
        DoubleVector s20 = DoubleVector.fromArray(S, c, c2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, c2 + W);
        DoubleVector s30 = DoubleVector.fromArray(S, c, c3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, c3 + W);
        for (int m = from; m < to; m++) {
            int bm = b0 + m * bs;
            DoubleVector y0 = DoubleVector.fromArray(S, b, bm);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bm + W);
            DoubleVector x0 = DoubleVector.broadcast(S, a[a0 + m]);
            DoubleVector x1 = DoubleVector.broadcast(S, a[a1 + m]);
            DoubleVector x2 = DoubleVector.broadcast(S, a[a2 + m]);
            DoubleVector x3 = DoubleVector.broadcast(S, a[a3 + m]);
            s00 = y0.fma(x0, s00);
            s01 = y1.fma(x0, s01);
            s10 = y0.fma(x1, s10);
            s11 = y1.fma(x1, s11);
            s20 = y0.fma(x2, s20);
            s21 = y1.fma(x2, s21);
            s30 = y0.fma(x3, s30);
            s31 = y1.fma(x3, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + W);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + W);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + W);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + W);
    }
}
