package org.unlearn.model.kmeans;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel on the Vector API: four panels (four registers of rows) against four centroids at once,
 * sixteen accumulators that stay in registers for the whole pass over the features, so each feature costs
 * four loads and four broadcasts for sixteen fused multiply-adds. A tile of rows is at most 32 × 784
 * doubles here, read from cache once per block of four centroids.
 */
final class VectorDots extends TileDots {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int W = S.length();

    @Override
    int width() {
        return W;
    }

    @Override
    int paddedRows(int len) {
        int block = 4 * W;
        return (len + block - 1) / block * block;
    }

    @Override
    void dots(double[] tile, int len, int d, double[][] centroids, double[] transposed, int padded, double[] out) {
        int panel = W * d;
        int rows = paddedRows(len);
        int t = Points.TILE;
        for (int p = 0; p < rows; p += 4 * W) {
            int b0 = p * d;
            for (int c = 0; c < padded; c += 4) {
                DoubleVector a00 = DoubleVector.zero(S);
                DoubleVector a01 = a00;
                DoubleVector a02 = a00;
                DoubleVector a03 = a00;
                DoubleVector a10 = a00;
                DoubleVector a11 = a00;
                DoubleVector a12 = a00;
                DoubleVector a13 = a00;
                DoubleVector a20 = a00;
                DoubleVector a21 = a00;
                DoubleVector a22 = a00;
                DoubleVector a23 = a00;
                DoubleVector a30 = a00;
                DoubleVector a31 = a00;
                DoubleVector a32 = a00;
                DoubleVector a33 = a00;
                for (int j = 0; j < d; j++) {
                    int x = b0 + j * W;
                    int cj = j * padded + c;
                    DoubleVector x0 = DoubleVector.fromArray(S, tile, x);
                    DoubleVector x1 = DoubleVector.fromArray(S, tile, x + panel);
                    DoubleVector x2 = DoubleVector.fromArray(S, tile, x + 2 * panel);
                    DoubleVector x3 = DoubleVector.fromArray(S, tile, x + 3 * panel);
                    DoubleVector w0 = DoubleVector.broadcast(S, transposed[cj]);
                    DoubleVector w1 = DoubleVector.broadcast(S, transposed[cj + 1]);
                    DoubleVector w2 = DoubleVector.broadcast(S, transposed[cj + 2]);
                    DoubleVector w3 = DoubleVector.broadcast(S, transposed[cj + 3]);
                    a00 = x0.fma(w0, a00);
                    a01 = x0.fma(w1, a01);
                    a02 = x0.fma(w2, a02);
                    a03 = x0.fma(w3, a03);
                    a10 = x1.fma(w0, a10);
                    a11 = x1.fma(w1, a11);
                    a12 = x1.fma(w2, a12);
                    a13 = x1.fma(w3, a13);
                    a20 = x2.fma(w0, a20);
                    a21 = x2.fma(w1, a21);
                    a22 = x2.fma(w2, a22);
                    a23 = x2.fma(w3, a23);
                    a30 = x3.fma(w0, a30);
                    a31 = x3.fma(w1, a31);
                    a32 = x3.fma(w2, a32);
                    a33 = x3.fma(w3, a33);
                }
                int o = c * t + p;
                a00.intoArray(out, o);
                a10.intoArray(out, o + W);
                a20.intoArray(out, o + 2 * W);
                a30.intoArray(out, o + 3 * W);
                a01.intoArray(out, o + t);
                a11.intoArray(out, o + t + W);
                a21.intoArray(out, o + t + 2 * W);
                a31.intoArray(out, o + t + 3 * W);
                a02.intoArray(out, o + 2 * t);
                a12.intoArray(out, o + 2 * t + W);
                a22.intoArray(out, o + 2 * t + 2 * W);
                a32.intoArray(out, o + 2 * t + 3 * W);
                a03.intoArray(out, o + 3 * t);
                a13.intoArray(out, o + 3 * t + W);
                a23.intoArray(out, o + 3 * t + 2 * W);
                a33.intoArray(out, o + 3 * t + 3 * W);
            }
        }
    }
}
