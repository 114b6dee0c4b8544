package org.unlearn.model.linear;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GramKernel} on the Vector API: a tile of four rows of h by two registers of columns, eight
 * accumulators in registers for the whole chunk, so each row of the chunk costs two loads and four
 * broadcasts for eight fused multiply-adds (lane j: t[r][j] · t[r][i] + h, the scalar kernel's arithmetic).
 */
final class VectorGram extends GramKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int W = S.length();

    @Override
    int block() {
        return 2 * W;
    }

    @Override
    void band(double[] t, int rows, int stride, double[] h, int i0) {
        for (int j0 = 0; j0 <= i0 + 3; j0 += 2 * W) {
            int h0 = i0 * stride + j0;
            int h1 = h0 + stride;
            int h2 = h1 + stride;
            int h3 = h2 + stride;
            DoubleVector a00 = DoubleVector.fromArray(S, h, h0);
            DoubleVector a01 = DoubleVector.fromArray(S, h, h0 + W);
            DoubleVector a10 = DoubleVector.fromArray(S, h, h1);
            DoubleVector a11 = DoubleVector.fromArray(S, h, h1 + W);
            DoubleVector a20 = DoubleVector.fromArray(S, h, h2);
            DoubleVector a21 = DoubleVector.fromArray(S, h, h2 + W);
            DoubleVector a30 = DoubleVector.fromArray(S, h, h3);
            DoubleVector a31 = DoubleVector.fromArray(S, h, h3 + W);
            for (int r = 0; r < rows; r++) {
                int b = r * stride;
                DoubleVector y0 = DoubleVector.fromArray(S, t, b + j0);
                DoubleVector y1 = DoubleVector.fromArray(S, t, b + j0 + W);
                DoubleVector x0 = DoubleVector.broadcast(S, t[b + i0]);
                DoubleVector x1 = DoubleVector.broadcast(S, t[b + i0 + 1]);
                DoubleVector x2 = DoubleVector.broadcast(S, t[b + i0 + 2]);
                DoubleVector x3 = DoubleVector.broadcast(S, t[b + i0 + 3]);
                a00 = y0.fma(x0, a00);
                a01 = y1.fma(x0, a01);
                a10 = y0.fma(x1, a10);
                a11 = y1.fma(x1, a11);
                a20 = y0.fma(x2, a20);
                a21 = y1.fma(x2, a21);
                a30 = y0.fma(x3, a30);
                a31 = y1.fma(x3, a31);
            }
            a00.intoArray(h, h0);
            a01.intoArray(h, h0 + W);
            a10.intoArray(h, h1);
            a11.intoArray(h, h1 + W);
            a20.intoArray(h, h2);
            a21.intoArray(h, h2 + W);
            a30.intoArray(h, h3);
            a31.intoArray(h, h3 + W);
        }
    }
}
