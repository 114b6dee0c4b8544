package org.unlearn.model.linear;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;

/**
 * Σ wᵢ x̃ᵢx̃ᵢᵀ over the rows, the O(nd²) heart of a Newton iteration, cache-blocked: rows go in chunks of
 * {@value #CHUNK}, copied (scaled by √wᵢ) into a padded row-major block, and the lower triangle is
 * accumulated in bands of four rows by {@link GramKernel} (SIMD when the Vector API is present). EJML's
 * general products read a column of a tall matrix with a stride per element, several times slower at
 * n = 10,000, d = 785. Deterministic: every entry is one chain of fused multiply-adds in row order.
 */
final class Gram {
    private static final int CHUNK = 64;

    private Gram() {}

    /**
     * Σ wᵢ x̃ᵢx̃ᵢᵀ, given √wᵢ per row (null for all ones). The 4-row bands of the lower triangle are
     * dealt round-robin to the cores; each band is summed by one thread over the chunks in row order, so
     * every entry has the same bits whatever the number of threads.
     */
    static DMatrixRMaj of(TrainingSet rows, double[] sqrtW) {
        int bands = (rows.dimension() + 4) / 4;
        return of(rows, sqrtW, Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), bands / 8)));
    }

    /** With a given number of threads (the bits do not depend on it). */
    static DMatrixRMaj of(TrainingSet rows, double[] sqrtW, int threads) {
        return of(rows, sqrtW, threads, GramKernel.forWidth(rows.dimension() + 1));
    }

    /** With a given kernel (the bits do not depend on it either). */
    static DMatrixRMaj of(TrainingSet rows, double[] sqrtW, int threads, GramKernel kernel) {
        return of(rows, sqrtW, null, null, threads, kernel);
    }

    /**
     * Σ x̃ᵢx̃ᵢᵀ (the same bits as {@link #of(TrainingSet, double[])} without weights) and, in the same pass over
     * the rows, Σ yᵢx̃ᵢ into {@code xty} (one fused multiply-add per row in row order), for the closed form.
     */
    static DMatrixRMaj withResponse(TrainingSet rows, double[] y, double[] xty) {
        int bands = (rows.dimension() + 4) / 4;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), bands / 8));
        return of(rows, null, y, xty, threads, GramKernel.forWidth(rows.dimension() + 1));
    }

    private static DMatrixRMaj of(
            TrainingSet rows, double[] sqrtW, double[] y, double[] xty, int threads, GramKernel kernel) {
        int d1 = rows.dimension() + 1;
        int height = (d1 + 3) / 4 * 4;
        int stride = (height + kernel.block() - 1) / kernel.block() * kernel.block();
        double[] h = new double[height * stride];
        if (threads <= 1) {
            accumulateBands(rows, sqrtW, y, xty, h, stride, kernel, 0, 1);
        } else {
            IntStream.range(0, threads)
                    .parallel()
                    .forEach(part ->
                            accumulateBands(rows, sqrtW, part == 0 ? y : null, xty, h, stride, kernel, part, threads));
        }
        DMatrixRMaj out = new DMatrixRMaj(d1, d1);
        for (int i = 0; i < d1; i++) {
            for (int j = 0; j <= i; j++) {
                double v = h[i * stride + j];
                out.data[i * d1 + j] = v;
                out.data[j * d1 + i] = v;
            }
        }
        return out;
    }

    /** The bands b ≡ part (mod parts) of the lower triangle, over every chunk of rows; Σ yᵢx̃ᵢ when y is given. */
    private static void accumulateBands(
            TrainingSet rows,
            double[] sqrtW,
            double[] y,
            double[] xty,
            double[] h,
            int stride,
            GramKernel kernel,
            int part,
            int parts) {
        int n = rows.size();
        int d = rows.dimension();
        int height = h.length / stride;
        double[] t = new double[CHUNK * stride];
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            if (y != null) {
                copyWithResponse(rows, y, xty, t, start, m, stride);
            } else {
                for (int r = 0; r < m; r++) {
                    double[] x = rows.row(start + r);
                    double s = sqrtW == null ? 1 : sqrtW[start + r];
                    int b = r * stride;
                    for (int f = 0; f < d; f++) {
                        t[b + f] = s * x[f];
                    }
                    t[b + d] = s;
                }
            }
            for (int i0 = 4 * part; i0 < height; i0 += 4 * parts) {
                kernel.band(t, m, stride, h, i0);
            }
        }
    }

    private static void copyWithResponse(
            TrainingSet rows, double[] y, double[] xty, double[] t, int start, int m, int stride) {
        int d = rows.dimension();
        for (int r = 0; r < m; r++) {
            double[] x = rows.row(start + r);
            double yr = y[start + r];
            int b = r * stride;
            System.arraycopy(x, 0, t, b, d);
            // an axpy over the columns, which the JIT turns into vector fused multiply-adds
            for (int f = 0; f < d; f++) {
                xty[f] = Math.fma(x[f], yr, xty[f]);
            }
            t[b + d] = 1;
            xty[d] += yr;
        }
    }
}
