package org.unlearn.model.linear;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;

/**
 * Σ wᵢ x̃ᵢx̃ᵢᵀ over the rows, the O(nd²) heart of a Newton iteration, cache-blocked: rows go in chunks of
 * {@value #CHUNK}, copied (scaled by √wᵢ) into a padded row-major block (from {@value #PANELS_FROM} columns into
 * panels of the kernel's width), and the lower triangle is accumulated in bands of four rows by {@link GramKernel} (SIMD when the
 * Vector API is present). EJML's
 * general products read a column of a tall matrix with a stride per element, several times slower at
 * n = 10,000, d = 785.
 *
 * <p>Deterministic whatever the number of threads. A wide Gram (from {@value #WIDE_HEIGHT} rows of h) deals
 * its 4-row bands to the cores: every entry is one chain of fused multiply-adds over all rows in row order.
 * A narrow one has too few bands to share, so its rows go in fixed blocks of {@value #BLOCK}: each block's
 * Gram is one such chain over its rows, whichever thread computes it, and the blocks' Grams are added in
 * block order.
 */
final class Gram {
    private static final int CHUNK = 64;
    /** Rows per block of a narrow Gram: fixed, so the sums do not depend on the threads. */
    static final int BLOCK = 512;
    /** Rows of h (padded to 4) from which the bands are shared out instead of the rows. */
    static final int WIDE_HEIGHT = 64;
    /** Columns from which a chunk is packed in panels (see {@link #inPanels}). */
    static final int PANELS_FROM = 128;
    /**
     * Multiply-adds of a narrow Gram from which a second thread pays for its hand-off: on the quiet 2-core VM
     * credit's ridge retrain (a Gram of 1.75 million) took 0.236–0.252 ms on one thread against 0.256–0.272 ms
     * on two, in one run (docs/BENCHMARKS.md, issue 17's fourth round).
     */
    static final long PARALLEL_WORK = 2_000_000;

    private Gram() {}

    /**
     * Σ wᵢ x̃ᵢx̃ᵢᵀ, given √wᵢ per row (null for all ones), on as many cores as pay (the bits do not depend on
     * it).
     */
    static DMatrixRMaj of(TrainingSet rows, double[] sqrtW) {
        return of(rows, sqrtW, threadsFor(rows, false));
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
     * Σ x̃ᵢx̃ᵢᵀ (the same bits as {@link #of(TrainingSet, double[])} without weights) and, in the same pass,
     * Σ yᵢx̃ᵢ into {@code xty}: y rides along as one more column of the chunk, so the kernel sums yᵢx̃ᵢ as the
     * Gram's row d + 1 (one fused multiply-add per row in row order, within a block).
     */
    static DMatrixRMaj withResponse(TrainingSet rows, double[] y, double[] xty) {
        return withResponse(rows, y, xty, threadsFor(rows, true));
    }

    /** With a given number of threads (the bits do not depend on it). */
    static DMatrixRMaj withResponse(TrainingSet rows, double[] y, double[] xty, int threads) {
        return of(rows, null, y, xty, threads, GramKernel.forWidth(rows.dimension() + 1));
    }

    /** Wide: the bands over the cores; narrow: the row blocks, on two or more cores once the work pays. */
    private static int threadsFor(TrainingSet rows, boolean response) {
        int cores = Runtime.getRuntime().availableProcessors();
        int d1 = rows.dimension() + 1;
        if (wide(d1)) {
            return Math.max(1, Math.min(cores, height(d1, false) / 4 / 8));
        }
        int height = height(d1, response);
        long work = (long) rows.size() * height * height / 2;
        return work < PARALLEL_WORK ? 1 : Math.max(1, Math.min(RowBlocks.threads(), blocks(rows.size())));
    }

    /** Wide or narrow by the rows' width alone, so a Gram has the same bits with or without y. */
    private static boolean wide(int d1) {
        return height(d1, false) >= WIDE_HEIGHT;
    }

    private static int height(int d1, boolean response) {
        return (d1 + (response ? 1 : 0) + 3) / 4 * 4;
    }

    private static int blocks(int n) {
        return (n + BLOCK - 1) / BLOCK;
    }

    private static DMatrixRMaj of(
            TrainingSet rows, double[] sqrtW, double[] y, double[] xty, int threads, GramKernel kernel) {
        int d1 = rows.dimension() + 1;
        int height = height(d1, y != null);
        int stride = (height + kernel.block() - 1) / kernel.block() * kernel.block();
        double[] h = wide(d1)
                ? byBands(rows, sqrtW, y, height, stride, kernel, threads)
                : byRowBlocks(rows, sqrtW, y, height, stride, kernel, threads);
        if (y != null) {
            System.arraycopy(h, d1 * stride, xty, 0, d1);
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

    /** The 4-row bands b ≡ part (mod threads) on each thread, every band over all rows in row order. */
    private static double[] byBands(
            TrainingSet rows, double[] sqrtW, double[] y, int height, int stride, GramKernel kernel, int threads) {
        double[] h = new double[height * stride];
        int n = rows.size();
        if (threads <= 1) {
            accumulate(rows, sqrtW, y, new double[CHUNK * stride], stride, kernel, 0, n, h, 0, 1);
        } else {
            IntStream.range(0, threads)
                    .parallel()
                    .forEach(part -> accumulate(
                            rows, sqrtW, y, new double[CHUNK * stride], stride, kernel, 0, n, h, part, threads));
        }
        return h;
    }

    /**
     * Each block of {@value #BLOCK} rows into its own sums (blocks taken by whichever thread is free), then
     * the blocks' sums added in block order.
     */
    private static double[] byRowBlocks(
            TrainingSet rows, double[] sqrtW, double[] y, int height, int stride, GramKernel kernel, int threads) {
        int n = rows.size();
        int blocks = blocks(n);
        double[][] partial = new double[blocks][];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            double[] t = new double[CHUNK * stride];
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                double[] h = new double[height * stride];
                accumulate(rows, sqrtW, y, t, stride, kernel, b * BLOCK, Math.min(n, (b + 1) * BLOCK), h, 0, 1);
                partial[b] = h;
            }
        };
        int workers = Math.min(threads, blocks);
        if (workers <= 1) {
            worker.run();
        } else {
            IntStream.range(0, workers).parallel().forEach(w -> worker.run());
        }
        double[] h = partial[0];
        for (int b = 1; b < blocks; b++) {
            double[] p = partial[b];
            for (int i = 0; i < h.length; i++) {
                h[i] += p[i];
            }
        }
        return h;
    }

    /** Where column c of the chunk's row r lies in its panels of w columns. */
    private static int at(int c, int r, int w, int panel) {
        return c / w * panel + r * w + c % w;
    }

    /** Rows [from, to) into h, the bands b ≡ part (mod parts) of the lower triangle, chunk after chunk. */
    private static void accumulate(
            TrainingSet rows,
            double[] sqrtW,
            double[] y,
            double[] t,
            int stride,
            GramKernel kernel,
            int from,
            int to,
            double[] h,
            int part,
            int parts) {
        if (rows.dimension() + 1 >= PANELS_FROM) {
            inPanels(
                    rows,
                    sqrtW,
                    y,
                    t,
                    stride,
                    kernel == GramKernel.SCALAR ? Tiles.SCALAR : Tiles.BEST,
                    from,
                    to,
                    h,
                    part,
                    parts);
            return;
        }
        int d = rows.dimension();
        int height = h.length / stride;
        for (int start = from; start < to; start += CHUNK) {
            int m = Math.min(CHUNK, to - start);
            for (int r = 0; r < m; r++) {
                double[] x = rows.row(start + r);
                int b = r * stride;
                if (sqrtW == null) {
                    System.arraycopy(x, 0, t, b, d);
                    t[b + d] = 1;
                } else {
                    double s = sqrtW[start + r];
                    for (int f = 0; f < d; f++) {
                        t[b + f] = s * x[f];
                    }
                    t[b + d] = s;
                }
                if (y != null) {
                    t[b + d + 1] = y[start + r];
                }
            }
            for (int i0 = 4 * part; i0 < height; i0 += 4 * parts) {
                kernel.band(t, m, stride, h, i0);
            }
        }
    }

    /**
     * The same for a wide Gram, the chunk packed in panels of the kernel's width (each panel's rows one after
     * the other), so a tile streams its panel contiguously instead of reading a line of every long row: 0.8–0.9
     * of the row layout's CPU on MNIST's 675 columns, 1.1–1.2 on attrition's 73 (the packing's share).
     */
    private static void inPanels(
            TrainingSet rows,
            double[] sqrtW,
            double[] y,
            double[] t,
            int stride,
            Tiles kernel,
            int from,
            int to,
            double[] h,
            int part,
            int parts) {
        int d = rows.dimension();
        int height = h.length / stride;
        int w = kernel.width();
        int panel = CHUNK * w;
        for (int start = from; start < to; start += CHUNK) {
            int m = Math.min(CHUNK, to - start);
            for (int r = 0; r < m; r++) {
                double s = sqrtW == null ? 1 : sqrtW[start + r];
                // s · x: the same bits as x when s = 1
                kernel.pack(rows.row(start + r), d, s, t, r * w, panel);
                t[at(d, r, w, panel)] = s;
                if (y != null) {
                    t[at(d + 1, r, w, panel)] = y[start + r];
                }
            }
            for (int i0 = 4 * part; i0 < height; i0 += 4 * parts) {
                int x = i0 / w * panel + i0 % w;
                for (int j0 = 0; j0 <= i0 + 3; j0 += w) {
                    kernel.panel(t, x, j0 / w * panel, m, h, i0 * stride + j0, stride);
                }
            }
        }
    }
}
