package org.unlearn.model.linear;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Sums over rows on every core with the same bits as on one: the rows go in fixed blocks of
 * {@value #BLOCK}, each block is summed in row order into its own vector, and the block sums are added
 * in block order. The blocks do not depend on the number of threads, so neither do the results.
 */
final class RowBlocks {
    static final int BLOCK = 1024;

    /** Adds rows [from, to) into acc. */
    interface Block {
        void add(int from, int to, double[] acc);
    }

    /**
     * Threads a sum over fixed row blocks may use: every core, or fewer by the system property
     * {@code unlearn.rowBlockThreads} (a benchmark's knob: the bits are the same on any number). Two threads
     * in lock-step halve a narrow Gram on an idle machine and lose to one on a busy one, where the second
     * thread may wait milliseconds for a core.
     */
    static int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(cores, Integer.getInteger("unlearn.rowBlockThreads", cores)));
    }

    private RowBlocks() {}

    /** Σ over all n rows, as a vector of the given length. */
    static double[] sum(int n, int length, Block block) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        if (blocks <= 1) {
            double[] acc = new double[length];
            block.add(0, n, acc);
            return acc;
        }
        double[][] partial = new double[blocks][];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            double[] acc = new double[length];
            block.add(b * BLOCK, Math.min(n, (b + 1) * BLOCK), acc);
            partial[b] = acc;
        });
        double[] out = partial[0];
        for (int b = 1; b < blocks; b++) {
            for (int j = 0; j < length; j++) {
                out[j] += partial[b][j];
            }
        }
        return out;
    }

    /**
     * Σ over all n rows in fixed blocks of {@code block} rows, on up to {@code threads} threads that each take
     * the next block not yet taken (a descheduled thread holds no one up); the block sums are added in block
     * order, so the bits depend on neither the threads nor who summed which block.
     */
    static double[] sum(int n, int block, int length, int threads, Block add) {
        int blocks = (n + block - 1) / block;
        double[][] partial = new double[blocks][];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                double[] acc = new double[length];
                add.add(b * block, Math.min(n, (b + 1) * block), acc);
                partial[b] = acc;
            }
        };
        int workers = Math.min(threads, blocks);
        if (workers <= 1) {
            worker.run();
        } else {
            IntStream.range(0, workers).parallel().forEach(w -> worker.run());
        }
        double[] out = partial[0];
        for (int b = 1; b < blocks; b++) {
            for (int j = 0; j < length; j++) {
                out[j] += partial[b][j];
            }
        }
        return out;
    }

    /** Runs an action on every block of rows, in parallel; for work each row does on its own. */
    static void each(int n, java.util.function.BiConsumer<Integer, Integer> action) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        if (blocks <= 1) {
            action.accept(0, n);
            return;
        }
        IntStream.range(0, blocks).parallel().forEach(b -> action.accept(b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
    }
}
