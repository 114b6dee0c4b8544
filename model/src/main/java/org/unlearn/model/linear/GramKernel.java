package org.unlearn.model.linear;

import java.util.concurrent.atomic.AtomicInteger;
import org.unlearn.model.util.VectorKernels;

/**
 * The inner loop of {@link Gram}: h[i][j] += Σ_r t[r][i] t[r][j] over a chunk of rows, for a band of four
 * i and the columns j up to the band's diagonal. Every implementation sums each entry the same way, one
 * fused multiply-add per row in row order ({@code h = Math.fma(t[r][i], t[r][j], h)}), so the Hessian has
 * the same bits whichever kernel, band or thread computes it. With the Vector API present (the JVM started
 * with {@code --add-modules jdk.incubator.vector}) a tile is four rows of h by two registers of columns;
 * without it, four by four scalars.
 */
abstract class GramKernel {
    /** The scalar kernel (declared first: {@link #choose()} may return it). */
    static final GramKernel SCALAR = new ScalarGram();
    /** The SIMD kernel when this JVM has the Vector API, else the scalar one. */
    static final GramKernel BEST = choose();
    /**
     * Columns from which the SIMD kernel is used. Below, a Hessian is too small to pay for the Vector API's
     * slow start (its operations run unintrinsified, allocating, until C2 compiles the kernel): breast
     * cancer's 31 columns trained 400 times slower in a short run.
     */
    static final int WIDE_FROM = 64;

    /**
     * Narrow Grams after which a process warms the SIMD kernel up on a background thread: a process that
     * trains and retrains narrow models (a session, a benchmark) then gets its speed, twice the scalar
     * kernel's at 28 columns, without paying its slow start on a request; a short run never starts it.
     */
    static final int WARM_AFTER = 16;

    private static final AtomicInteger NARROW = new AtomicInteger();
    private static volatile boolean narrowReady;

    /** The kernel for rows of d + 1 columns (the same bits whichever it is). */
    static GramKernel forWidth(int d1) {
        if (d1 >= WIDE_FROM || narrowReady) {
            return BEST;
        }
        if (BEST != SCALAR && NARROW.incrementAndGet() == WARM_AFTER) {
            Thread warm = new Thread(GramKernel::warmUp, "unlearn-gram-warm-up");
            warm.setDaemon(true);
            warm.setPriority(Thread.MIN_PRIORITY);
            warm.start();
        }
        return SCALAR;
    }

    /**
     * Runs the SIMD kernel on a small dummy chunk until the JIT has compiled it (its time per call has dropped
     * below the scalar kernel's), then hands it to narrow Grams. Bounded: at most {@value #WARM_CALLS} calls
     * and {@value #WARM_NANOS} ns, after which narrow Grams keep the scalar kernel. Uncompiled, the Vector API
     * allocates a box per operation; the old warm-up's 64-row chunks and 40,000 calls kept a core and the
     * collector busy for seconds under load, slowing the requests timed meanwhile (a 1.9× round of the
     * one-row ridge step).
     */
    private static void warmUp() {
        int stride = BEST.block() * 2;
        int rows = 8;
        double[] t = new double[rows * stride];
        for (int i = 0; i < t.length; i++) {
            t[i] = (i % 7) * 0.125;
        }
        double[] h = new double[stride * stride];
        long scalar = Long.MAX_VALUE;
        for (int i = 0; i < 2000; i++) {
            long start = System.nanoTime();
            SCALAR.band(t, rows, stride, h, stride - 4);
            scalar = Math.min(scalar, System.nanoTime() - start);
        }
        long begin = System.nanoTime();
        for (int calls = 0; calls < WARM_CALLS && System.nanoTime() - begin < WARM_NANOS; calls += 100) {
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                BEST.band(t, rows, stride, h, stride - 4);
            }
            if ((System.nanoTime() - start) / 100 <= scalar) {
                narrowReady = true;
                return;
            }
        }
    }

    /** The warm-up's bounds: C2 compiles a method after about 15,000 calls and loop iterations. */
    private static final int WARM_CALLS = 60_000;

    private static final long WARM_NANOS = 1_500_000_000L;

    /** Columns a tile spans: rows of t and h are padded to a multiple of it. */
    abstract int block();

    /**
     * @param t      the chunk's rows, row r's (scaled) features at {@code r · stride}, zero past d + 1
     * @param rows   rows in the chunk
     * @param stride the padded width of t and h
     * @param h      the running sums, entry (i, j) at {@code i · stride + j}
     * @param i0     the band's first row (a multiple of 4)
     */
    abstract void band(double[] t, int rows, int stride, double[] h, int i0);

    private static GramKernel choose() {
        return VectorKernels.load(GramKernel.class, "org.unlearn.model.linear.VectorGram", SCALAR);
    }

    /** Four by four running sums in scalars. */
    static final class ScalarGram extends GramKernel {
        @Override
        int block() {
            return 4;
        }

        @Override
        void band(double[] t, int rows, int stride, double[] h, int i0) {
            for (int j0 = 0; j0 <= i0; j0 += 4) {
                tile(t, rows, stride, h, i0, j0);
            }
        }

        private static void tile(double[] t, int rows, int stride, double[] h, int i0, int j0) {
            FourByFour.tile(t, i0, 1, stride, t, j0, stride, h, i0 * stride + j0, stride, 0, rows);
        }
    }
}
