package org.unlearn.model.linear;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Independent bands of work on up to some number of threads, each band taken by whichever thread is free (a
 * descheduled thread holds no one up). A band's result must depend on nothing another band writes, so the
 * bits depend on neither the threads nor who did which band.
 */
final class Bands {
    /** Multiply-adds from which a second thread pays for its hand-off (about 40 µs). */
    static final long PARALLEL_WORK = 400_000;

    private Bands() {}

    /** Runs band 0 .. bands − 1, on one thread when the whole is under {@link #PARALLEL_WORK}. */
    static void each(int bands, int threads, long work, IntConsumer band) {
        int workers = work < PARALLEL_WORK ? 1 : Math.min(threads, bands);
        if (workers <= 1) {
            for (int b = 0; b < bands; b++) {
                band.accept(b);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int b = next.getAndIncrement(); b < bands; b = next.getAndIncrement()) {
                band.accept(b);
            }
        });
    }

    /** The cores of this machine. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** n rounded up to a multiple of m. */
    static int up(int n, int m) {
        return (n + m - 1) / m * m;
    }
}
