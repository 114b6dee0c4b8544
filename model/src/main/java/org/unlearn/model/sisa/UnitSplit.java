package org.unlearn.model.sisa;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.unlearn.model.util.CancelledException;

/**
 * Data parallelism inside one shard's training, for a request that retrains a single shard while the
 * other cores are idle. A mini-batch's work is split by the units it computes (the rows' forward passes,
 * then each output class or hidden unit's gradient and update), never by summing partial gradients: every
 * number is computed by one thread in the order a single thread would use, so any thread count gives the
 * same weights bit for bit.
 */
final class UnitSplit implements AutoCloseable {
    /** Runs the units [from, to) of a loop whose units are independent. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService helpers;

    UnitSplit(int threads) {
        this.threads = Math.max(1, threads);
        this.helpers = this.threads == 1
                ? null
                : Executors.newFixedThreadPool(this.threads - 1, r -> {
                    Thread t = new Thread(r, "sisa-batch-helper");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Units 0..n−1 in as many contiguous ranges as there are threads, this thread taking the first. */
    void forEach(int n, Body body) {
        int parts = Math.min(threads, n);
        if (parts <= 1) {
            body.run(0, n);
            return;
        }
        List<Future<?>> others = new ArrayList<>(parts - 1);
        for (int q = 1; q < parts; q++) {
            int from = (int) ((long) n * q / parts);
            int to = (int) ((long) n * (q + 1) / parts);
            others.add(helpers.submit(() -> body.run(from, to)));
        }
        body.run(0, (int) ((long) n / parts));
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
