package org.unlearn.model.sisa;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.unlearn.model.util.Progress;

/**
 * The batches of {@link MiniBatches#run}, the same in the same order, with a second thread working out the
 * passes' orders ahead while this one trains: for a shard whose mini-batch is a few microseconds of work
 * (Landsat satellite: 32 rows × 36 features × 6 classes) a thread meeting per batch costs as much as the half
 * batch it saves, but a pass's order (a key per row and a sort, an eighth of the training there) needs no
 * weights, so the helper can compute it with no meeting at all.
 *
 * <p>The trainer never waits for the helper: a pass whose order is not ready yet (the helper is behind, or
 * not running on a loaded machine) it works out itself, so the helper can only take work off it. The helper
 * keeps at most {@link #AHEAD} passes ready and sleeps otherwise.
 */
final class OrdersAhead {
    /**
     * Passes the helper may have ready: a slot is rewritten only once the trainer has moved past its pass. A
     * satellite step is about seven passes, so the helper usually works out a whole step's orders in one go:
     * on this VM a wake-up costs about what one pass's order does.
     */
    private static final int AHEAD = 8;

    /** One helper for the process, gone after a second without work, so an idle app keeps no thread. */
    private static final ThreadPoolExecutor HELPER = helper();

    private final StepRows rows;
    private final long seed;
    private final int passes;
    private final int[][] slots;
    /** The pass whose order slot s holds, −1 while it is being written. */
    private final AtomicIntegerArray slotPass = new AtomicIntegerArray(AHEAD);

    private volatile int training;
    /** The pass the helper works out next. */
    private volatile int helperNext = 1;

    private volatile boolean finished;
    private volatile boolean helperAsleep;
    private volatile Thread helper;

    private OrdersAhead(StepRows rows, long samples, long seed) {
        this.rows = rows;
        this.seed = seed;
        this.passes = (int) ((samples + rows.size() - 1) / rows.size());
        this.slots = new int[AHEAD][rows.size()];
        for (int s = 0; s < AHEAD; s++) {
            slotPass.set(s, -1);
        }
    }

    /**
     * Runs {@code samples} sample visits in batches of {@code batchSize} on this thread, the helper working out
     * the orders ahead when {@code team} allows a second thread.
     *
     * @return the samples visited
     */
    static long run(
            StepRows rows,
            long samples,
            int batchSize,
            long seed,
            Progress progress,
            UnitSplit team,
            MiniBatches.Batch batch) {
        if (team.threads() < 2 || rows.size() == 0 || samples <= rows.size()) {
            return MiniBatches.run(rows, samples, batchSize, seed, progress, batch);
        }
        MiniBatches.checkSize(rows);
        OrdersAhead ahead = new OrdersAhead(rows, samples, seed);
        // Never joined: a helper that is late (busy with the last step's orders, or not scheduled) only means
        // this thread works out more orders itself, and it stops as soon as it sees the step finished.
        HELPER.execute(ahead::workAhead);
        return ahead.train(samples, batchSize, progress, batch);
    }

    private long train(long samples, int batchSize, Progress progress, MiniBatches.Batch batch) {
        int n = rows.size();
        long[] keys = new long[n];
        int[] own = new int[n];
        long done = 0;
        try {
            for (int pass = 0; done < samples; pass++) {
                progress.checkCancelled();
                training = pass;
                if (helperNext - pass <= AHEAD / 2) {
                    wakeHelper(); // half its lead used: it works out the next half in one go
                }
                int slot = pass % AHEAD;
                int[] order;
                if (slotPass.get(slot) == pass) {
                    order = slots[slot];
                } else {
                    MiniBatches.orderOf(rows.rowIds(), MiniBatches.passSeed(seed, pass), keys, own);
                    order = own;
                }
                int take = (int) Math.min(n, samples - done);
                for (int from = 0; from < take; from += batchSize) {
                    batch.apply(order, from, Math.min(take, from + batchSize));
                }
                done += take;
            }
        } finally {
            finished = true;
            wakeHelper();
        }
        return done;
    }

    private void workAhead() {
        helper = Thread.currentThread();
        try {
            workAheadOfTraining();
        } finally {
            helper = null;
        }
    }

    private void workAheadOfTraining() {
        long[] keys = new long[rows.size()];
        // Pass 0 is the trainer's own: it needs it at once.
        for (int pass = 1; pass < passes; pass++) {
            while (!finished && pass - training >= AHEAD) {
                helperAsleep = true;
                if (!finished && pass - training >= AHEAD) {
                    LockSupport.parkNanos(this, 1_000_000);
                }
                helperAsleep = false;
            }
            if (finished) {
                return;
            }
            if (pass <= training) {
                pass = training; // the trainer got there first and worked it out itself
                continue;
            }
            helperNext = pass;
            int slot = pass % AHEAD;
            slotPass.set(slot, -1);
            MiniBatches.orderOf(rows.rowIds(), MiniBatches.passSeed(seed, pass), keys, slots[slot]);
            slotPass.set(slot, pass);
        }
    }

    private static ThreadPoolExecutor helper() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "sisa-order-helper");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private void wakeHelper() {
        Thread h = helper;
        if (helperAsleep && h != null) {
            LockSupport.unpark(h);
        }
    }
}
