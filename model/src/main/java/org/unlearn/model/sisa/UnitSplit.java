package org.unlearn.model.sisa;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.unlearn.model.util.CancelledException;

/**
 * Data parallelism inside one shard's training, for a request that retrains a single shard while the
 * other cores are idle. A mini-batch's work is split by the units it computes (the rows' forward passes,
 * then each output class or hidden unit's gradient and update), never by summing partial gradients: every
 * number is computed by one thread in the order a single thread would use, so any thread count gives the
 * same weights bit for bit.
 *
 * <p>A mini-batch is a fraction of a millisecond of work split twice, so the hand-off must cost microseconds:
 * the helpers live as long as this object and wait for the next range by spinning briefly, then parking (an
 * executor's queue and futures cost tens of microseconds per hand-off and made two threads barely faster
 * than one).
 */
final class UnitSplit implements AutoCloseable {
    /** Runs the units [from, to) of a loop whose units are independent. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    /**
     * How long a waiting thread spins before it parks: long enough to catch a partner finishing its half of
     * the same batch on an idle core, short enough that on a busy machine (where the partner may not be
     * running at all) the wait costs little more than parking at once.
     */
    private static final long SPIN_NANOS = 10_000;

    /** Helpers allowed whatever the cores. */
    private static final int MOST_ALWAYS = 4;

    private final int threads;
    private final Thread[] helpers;
    private final Thread owner;
    /** Bumped by the owner to start a round; helper q runs part q of it. */
    private volatile int round;

    private volatile Body body;
    private volatile int units;
    private volatile int parts;
    private volatile boolean closed;
    private volatile boolean ownerParked;
    private volatile RuntimeException failure;
    private final AtomicInteger pending = new AtomicInteger();
    /** 1 while helper q may be parked (read by the owner after it starts a round, so no wake-up is lost). */
    private final AtomicIntegerArray parked;

    UnitSplit(int threads) {
        // Threads beyond the cores only wait for one another (the result never depends on the count), and a
        // thread count typed as a billion must not start a billion threads; four are always allowed, so
        // uneven splits are exercised on any machine.
        this.threads = Math.max(
                1, Math.min(threads, Math.max(MOST_ALWAYS, Runtime.getRuntime().availableProcessors())));
        this.owner = Thread.currentThread();
        this.helpers = new Thread[this.threads - 1];
        this.parked = new AtomicIntegerArray(Math.max(1, this.threads - 1));
        for (int q = 0; q < helpers.length; q++) {
            int part = q + 1;
            helpers[q] = new Thread(() -> help(part), "sisa-batch-helper");
            helpers[q].setDaemon(true);
            helpers[q].start();
        }
    }

    /** Units 0..n−1 in as many contiguous ranges as there are threads, this thread taking the first. */
    void forEach(int n, Body body) {
        int p = Math.min(threads, n);
        if (p <= 1) {
            body.run(0, n);
            return;
        }
        this.body = body;
        this.units = n;
        this.parts = p;
        failure = null;
        pending.set(helpers.length);
        round++;
        for (int q = 0; q < helpers.length; q++) {
            if (parked.get(q) == 1) {
                LockSupport.unpark(helpers[q]);
            }
        }
        body.run(0, (int) ((long) n / p));
        awaitHelpers();
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    private void awaitHelpers() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (pending.get() != 0) {
            if (System.nanoTime() < spinUntil) {
                pause();
                continue;
            }
            ownerParked = true;
            if (pending.get() != 0) {
                LockSupport.parkNanos(this, 1_000_000);
            }
            ownerParked = false;
            if (Thread.interrupted()) {
                throw new CancelledException();
            }
        }
    }

    /** One wait step of a spin: tells the core this is a busy-wait. */
    private static void pause() {
        Thread.onSpinWait();
    }

    private void help(int part) {
        int seen = 0;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (round == seen && !closed) {
                if (System.nanoTime() < spinUntil) {
                    pause();
                    continue;
                }
                parked.set(part - 1, 1);
                if (round == seen && !closed) {
                    LockSupport.parkNanos(this, 10_000_000);
                }
                parked.set(part - 1, 0);
            }
            if (closed) {
                return;
            }
            seen = round;
            int n = units;
            int p = parts;
            if (part < p) {
                try {
                    body.run((int) ((long) n * part / p), (int) ((long) n * (part + 1) / p));
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (pending.decrementAndGet() == 0 && ownerParked) {
                LockSupport.unpark(owner);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : helpers) {
            LockSupport.unpark(t);
        }
    }
}
