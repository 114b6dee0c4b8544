package org.unlearn.model.linear;

/**
 * The scalar micro-kernel shared by the Gram ({@link GramKernel}) and the factorisations ({@link Tiles}): four
 * by four running sums, c[c0 + i · cs + j] += Σ_m x[x0 + i · xLane + m · xStep] · y[y0 + j + m · yStep] for i, j
 * &lt; 4 and m in [from, to), every entry one chain of fused multiply-adds in m order. The layouts differ only
 * in their strides (a chunk's rows, a chunk's panels, a factor's rows and columns), so the bits are the same
 * whichever layout feeds it, and the same as the SIMD kernels'.
 */
final class FourByFour {
    private FourByFour() {}

    static void tile(
            double[] x,
            int x0,
            int xLane,
            int xStep,
            double[] y,
            int y0,
            int yStep,
            double[] c,
            int c0,
            int cs,
            int from,
            int to) {
        int c1 = c0 + cs;
        int c2 = c1 + cs;
        int c3 = c2 + cs;
        int l2 = 2 * xLane;
        int l3 = 3 * xLane;
        double s00 = c[c0], s01 = c[c0 + 1], s02 = c[c0 + 2], s03 = c[c0 + 3];
        double s10 = c[c1], s11 = c[c1 + 1], s12 = c[c1 + 2], s13 = c[c1 + 3];
        double s20 = c[c2], s21 = c[c2 + 1], s22 = c[c2 + 2], s23 = c[c2 + 3];
        double s30 = c[c3], s31 = c[c3 + 1], s32 = c[c3 + 2], s33 = c[c3 + 3];
        for (int m = from; m < to; m++) {
            int xm = x0 + m * xStep;
            int ym = y0 + m * yStep;
            double y0m = y[ym];
            double y1 = y[ym + 1];
            double y2 = y[ym + 2];
            double y3 = y[ym + 3];
            double x0m = x[xm];
            double x1 = x[xm + xLane];
            double x2 = x[xm + l2];
            double x3 = x[xm + l3];
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
}
