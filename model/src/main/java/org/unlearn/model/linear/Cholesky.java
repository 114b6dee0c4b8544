package org.unlearn.model.linear;

import java.util.concurrent.atomic.AtomicBoolean;
import org.ejml.data.DMatrixRMaj;

/**
 * H = LLᵀ for a symmetric positive definite H, blocked for the cache and the SIMD {@link Tiles} kernel: L is
 * worked out in column blocks of {@value #BLOCK}; each block's diagonal rows first, on the calling thread,
 * then the rows below it in bands of four, taken by whichever thread is free. Every entry of L is one chain
 * of fused multiply-adds, L[i][j] = (H[i][j] − Σ_{m<j} L[i][m] L[j][m]) / L[j][j] with m in increasing
 * order (the root instead of the division on the diagonal), computed by one thread: so the factor has the
 * same bits on any number of threads, with either kernel and any tile width (CholeskyTest). EJML's
 * unblocked factor of MNIST's 675 × 675 Gram took 40 ms of one core; numpy's LAPACK, a few.
 */
final class Cholesky {
    /** Columns per block: the rows below a block are shared out once per block. */
    static final int BLOCK = 64;

    private final int d;
    private final int stride;
    /** L row-major, row i at i · stride, entries above the diagonal meaningless; rows padded to 4. */
    private final double[] l;

    private Cholesky(int d, int stride, double[] l) {
        this.d = d;
        this.stride = stride;
        this.l = l;
    }

    /** The factor of h's lower triangle, on as many cores as pay; null when h is not positive definite. */
    static Cholesky of(DMatrixRMaj h) {
        return of(h, Runtime.getRuntime().availableProcessors(), Tiles.forWidth(h.numRows));
    }

    /** With a given number of threads and kernel (the bits depend on neither). */
    static Cholesky of(DMatrixRMaj h, int threads, Tiles kernel) {
        int d = h.numRows;
        int w = kernel.width();
        int stride = (d + w - 1) / w * w;
        int rows = (d + 3) / 4 * 4;
        double[] l = new double[rows * stride];
        for (int i = 0; i < d; i++) {
            System.arraycopy(h.data, i * d, l, i * stride, i + 1);
        }
        // nt[m][j] = −L[j][m]: the factor's columns, negated, as rows the kernel reads along
        double[] nt = new double[d * stride];
        for (int j0 = 0; j0 < d; j0 += BLOCK) {
            int j1 = Math.min(d, j0 + BLOCK);
            int from = j0;
            int to = j1;
            for (int i0 = j0; i0 < j1; i0 += 4) {
                if (!band(l, nt, d, stride, kernel, i0, from, to)) {
                    return null;
                }
            }
            int bands = (d - j1 + 3) / 4;
            AtomicBoolean failed = new AtomicBoolean();
            Bands.each(bands, threads, (long) (d - j1) * BLOCK * j1, b -> {
                if (!band(l, nt, d, stride, kernel, j1 + 4 * b, from, to)) {
                    failed.set(true);
                }
            });
            if (failed.get()) {
                return null;
            }
        }
        return new Cholesky(d, stride, l);
    }

    /**
     * Rows i0..i0 + 3 of L in columns [from, to): the kernel takes each tile's chains up to the tile, then each
     * entry finishes its chain inside the tile, column by column, the rows in order (row j of a diagonal
     * tile is done before the rows below it use it). False when a pivot is not positive.
     */
    private static boolean band(double[] l, double[] nt, int d, int stride, Tiles kernel, int i0, int from, int to) {
        int last = Math.min(d, i0 + 4) - 1;
        int w = kernel.width();
        for (int t0 = from; t0 < to && t0 <= last; t0 += w) {
            kernel.tile(l, stride, nt, stride, l, stride, i0, t0, 0, t0);
            int tEnd = Math.min(t0 + w, Math.min(to, last + 1));
            for (int j = t0; j < tEnd; j++) {
                int jr = j * stride;
                for (int i = Math.max(i0, j); i <= last; i++) {
                    int ir = i * stride;
                    double x = l[ir + j];
                    for (int m = t0; m < j; m++) {
                        x = Math.fma(l[ir + m], nt[m * stride + j], x);
                    }
                    if (i == j) {
                        if (!(x > 0)) {
                            return false;
                        }
                        x = Math.sqrt(x);
                    } else {
                        x = x / l[jr + j];
                    }
                    l[ir + j] = x;
                    nt[j * stride + i] = -x;
                }
            }
        }
        return true;
    }

    int size() {
        return d;
    }

    /** L[j][j]. */
    double pivot(int j) {
        return l[j * stride + j];
    }

    /** L as a d × d matrix, zero above the diagonal. */
    DMatrixRMaj lower() {
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            System.arraycopy(l, i * stride, out.data, i * d, i + 1);
        }
        return out;
    }

    /**
     * H⁻¹b: Ly = b row by row (each entry's dot product in four running sums by m mod 4), then Lᵀx = y from the
     * last row up, each solved entry taken out of the rest by an axpy along its row of L.
     */
    double[] solve(double[] b) {
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            int ir = i * stride;
            y[i] = (b[i] - FourSums.dot(l, ir, y, i)) / l[ir + i];
        }
        for (int i = d - 1; i >= 0; i--) {
            int ir = i * stride;
            double x = y[i] / l[ir + i];
            y[i] = x;
            double minus = -x;
            for (int m = 0; m < i; m++) {
                y[m] = Math.fma(l[ir + m], minus, y[m]);
            }
        }
        return y;
    }

    /**
     * Solves LY = B in place for the d rows of y (row a at a · ys, rows padded to a multiple of 4, columns to
     * the kernel's width past cols): Y[a] = (B[a] − Σ_{b<a} L[a][b] Y[b]) / L[a][a], each entry one chain in b
     * order, the kernel taking the rows above each band of four.
     */
    void forward(double[] y, int ys, int cols, Tiles kernel) {
        int w = kernel.width();
        double[] nl = new double[Bands.up(d, 4) * stride];
        for (int i = 0; i < d; i++) {
            for (int m = 0; m < i; m++) {
                nl[i * stride + m] = -l[i * stride + m];
            }
        }
        for (int a0 = 0; a0 < d; a0 += 4) {
            for (int t0 = 0; t0 < cols; t0 += w) {
                kernel.tile(nl, a0 * stride, stride, y, t0, ys, y, a0 * ys + t0, ys, 0, a0);
            }
            int last = Math.min(d, a0 + 4) - 1;
            for (int a = a0; a <= last; a++) {
                int ar = a * ys;
                double pivot = l[a * stride + a];
                for (int j = 0; j < cols; j++) {
                    double x = y[ar + j];
                    for (int b = a0; b < a; b++) {
                        x = Math.fma(nl[a * stride + b], y[b * ys + j], x);
                    }
                    y[ar + j] = x / pivot;
                }
            }
        }
    }

    /** H⁻¹ = L⁻ᵀL⁻¹ on as many cores as pay. */
    DMatrixRMaj inverse() {
        return inverse(Runtime.getRuntime().availableProcessors(), Tiles.forWidth(d));
    }

    /**
     * N = −L⁻¹ in bands of four rows (each band's chains over the rows above it by the kernel, then inside the
     * band), then H⁻¹ = NᵀN, lower triangle, its bands shared out as the factor's are; the same bits on any
     * number of threads and either kernel.
     */
    DMatrixRMaj inverse(int threads, Tiles kernel) {
        int w = kernel.width();
        int s = (d + w - 1) / w * w;
        int rows = (d + 3) / 4 * 4;
        double[] a = new double[rows * s];
        for (int i = 0; i < d; i++) {
            System.arraycopy(l, i * stride, a, i * s, i + 1);
        }
        double[] n = new double[rows * s];
        for (int i0 = 0; i0 < d; i0 += 4) {
            int last = Math.min(d, i0 + 4) - 1;
            for (int i = i0; i <= last; i++) {
                n[i * s + i] = 1;
            }
            for (int t0 = 0; t0 <= last; t0 += w) {
                kernel.tile(a, s, n, s, n, s, i0, t0, t0, i0);
            }
            for (int i = i0; i <= last; i++) {
                int ir = i * s;
                double pivot = a[ir + i];
                for (int c = 0; c <= i; c++) {
                    double x = n[ir + c];
                    for (int m = i0; m < i; m++) {
                        x = Math.fma(a[ir + m], n[m * s + c], x);
                    }
                    n[ir + c] = -(x / pivot);
                }
            }
        }
        double[] nt = new double[rows * s];
        for (int m = 0; m < d; m++) {
            for (int i = 0; i <= m; i++) {
                nt[i * s + m] = n[m * s + i];
            }
        }
        double[] x = new double[rows * s];
        Bands.each(rows / 4, threads, (long) d * d * d / 6, b -> {
            int i0 = 4 * b;
            for (int t0 = 0; t0 <= Math.min(d - 1, i0 + 3); t0 += w) {
                kernel.tile(nt, s, n, s, x, s, i0, t0, i0, d);
            }
        });
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double v = x[i * s + j];
                out.data[i * d + j] = v;
                out.data[j * d + i] = v;
            }
        }
        return out;
    }
}
