package org.unlearn.model.linear;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Tiles} on the Vector API: four rows of c by two registers of columns, eight accumulators in
 * registers for the whole run of m, so each m costs two loads and four broadcasts for eight fused
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
