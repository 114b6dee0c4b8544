package org.unlearn.model.kmeans;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Splits row loops into fixed blocks. The blocks depend only on the row count, never on how many
 * threads run them, so anything combined block by block in block order (sums of doubles) comes out
 * bit for bit the same whether the blocks ran in parallel or one after another.
 *
 * <p>In parallel the calling thread and the common pool's workers take blocks one at a time from a shared
 * counter until none is left. A pass over 58,000 rows is about a millisecond: a parallel stream cut it into
 * four tasks of fourteen blocks, so a worker that woke late left the caller three of them (1.5× the even
 * split), and each pass allocated its scratch arrays once per block; here the two threads end within a block
 * of each other, and each allocates its scratch once per pass.
 */
final class Blocks {
    static final int SIZE = 1024;

    /** Workers besides the caller that may join a pass (the common pool's parallelism). */
    private static final int HELPERS = Math.max(0, ForkJoinPool.getCommonPoolParallelism());

    /**
     * Helpers out: queued, working or lingering. A pass asks for helpers only up to {@link #HELPERS} out, so a
     * helper that lingers into the next pass is not joined by a queued one per pass (they piled up behind it,
     * each holding its pass's arrays and each lingering in turn when it finally ran).
     */
    private static final AtomicInteger OUT = new AtomicInteger();

    /** Spins waiting for a helper's last block (a block is tens of microseconds) before yielding the core. */
    private static final int SPINS = 1 << 12;

    /**
     * How long a helper that ran out of blocks watches for the next pass before returning to the pool (0: it
     * returns at once). Watching 200 µs was meant to spare a fit's back-to-back passes a worker's wake-up, but on
     * the quiet VM it gained nothing (shuttle's warm fit 17.8 ms watching, 17.4 ms not, in one run: docs/BENCHMARKS.md,
     * issue 17's fourth round) while it kept a core busy after every pass, so it is off unless asked for.
     */
    private static final long LINGER_NANOS =
            Runtime.getRuntime().availableProcessors() < 2 ? 0 : Long.getLong("unlearn.blocksLingerMicros", 0) * 1000;

    /** The latest parallel pass started, for a lingering helper to join. */
    private static volatile Pass<?> latest;

    /** A body run over the rows [from, to) of one block. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to, int block);
    }

    /** A body given the scratch its thread made for this pass (one per thread, reused across its blocks). */
    @FunctionalInterface
    interface ScratchBody<S> {
        void run(int from, int to, int block, S scratch);
    }

    private Blocks() {}

    static int count(int rows) {
        return (rows + SIZE - 1) / SIZE;
    }

    static void forEach(int rows, boolean parallel, Body body) {
        forEach(rows, parallel, () -> null, (from, to, block, none) -> body.run(from, to, block));
    }

    /** As {@link #forEach(int, boolean, Body)}; each thread that takes a block first asks {@code scratch} for its own. */
    static <S> void forEach(int rows, boolean parallel, Supplier<S> scratch, ScratchBody<S> body) {
        int blocks = count(rows);
        if (!parallel || blocks < 2 || HELPERS == 0) {
            S own = scratch.get();
            for (int b = 0; b < blocks; b++) {
                body.run(b * SIZE, Math.min(rows, (b + 1) * SIZE), b, own);
            }
            return;
        }
        Pass<S> pass = new Pass<>(rows, blocks, scratch, body);
        latest = pass;
        ForkJoinPool pool = ForkJoinPool.commonPool();
        int wanted = Math.min(HELPERS, blocks - 1);
        for (int out = OUT.get(); out < wanted; out = OUT.get()) {
            if (OUT.compareAndSet(out, out + 1)) {
                pool.execute(pass::help);
            }
        }
        pass.work();
        try {
            pass.awaitEnd();
        } finally {
            // Not kept past its end: its body holds the caller's arrays. (A pass started in between by another
            // thread may lose its lingering helper this way; its own queued helper still runs.)
            if (latest == pass) {
                latest = null;
            }
        }
    }

    /**
     * One parallel pass. A helper that starts after every block was taken finds none and returns; the caller
     * waits only for blocks already taken, which running threads finish, so a pass never waits on a queue.
     */
    private static final class Pass<S> {
        private final int rows;
        private final int blocks;
        private final Supplier<S> scratch;
        private final ScratchBody<S> body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger ended = new AtomicInteger();
        private volatile Throwable failure;

        Pass(int rows, int blocks, Supplier<S> scratch, ScratchBody<S> body) {
            this.rows = rows;
            this.blocks = blocks;
            this.scratch = scratch;
            this.body = body;
        }

        /**
         * A helper's part: this pass's blocks, then any pass started while it lingers. Leaving, it looks once
         * more: a pass published after its last look saw it still out and asked for no helper.
         */
        void help() {
            Pass<?> pass = this;
            while (true) {
                while (pass != null) {
                    pass.work();
                    pass = nextPass(pass);
                }
                OUT.decrementAndGet();
                pass = latest;
                if (pass == null || pass.next.get() >= pass.blocks) {
                    return;
                }
                OUT.incrementAndGet();
            }
        }

        private static Pass<?> nextPass(Pass<?> done) {
            if (LINGER_NANOS <= 0) {
                return null;
            }
            long until = System.nanoTime() + LINGER_NANOS;
            do {
                Pass<?> next = latest;
                if (next != null && next != done && next.next.get() < next.blocks) {
                    return next;
                }
                Thread.onSpinWait();
            } while (System.nanoTime() < until);
            return null;
        }

        void work() {
            S own = null;
            boolean made = false;
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                try {
                    // After a failure the remaining blocks are only counted, so the caller's wait still ends
                    if (failure == null) {
                        if (!made) {
                            own = scratch.get();
                            made = true;
                        }
                        body.run(b * SIZE, Math.min(rows, (b + 1) * SIZE), b, own);
                    }
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    }
                } finally {
                    ended.incrementAndGet();
                }
            }
        }

        void awaitEnd() {
            for (int spin = 0; ended.get() < blocks; spin++) {
                if (spin < SPINS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new java.lang.reflect.UndeclaredThrowableException(t);
            }
        }
    }
}
