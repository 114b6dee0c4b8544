package org.unlearn.model.sisa;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.unlearn.model.util.CancelledException;

/**
 * Data parallelism inside one shard's training, for a request that retrains a single shard while the
 * other cores are idle. A mini-batch's work is split by the units it computes (rows, output classes or
 * hidden units), never by summing partial gradients: every number is computed by one thread in the order a
 * single thread would use, so any thread count gives the same weights bit for bit.
 *
 * <p>A mini-batch is a fraction of a millisecond of work, so a hand-off must cost microseconds: the helpers
 * live as long as this object and wait by spinning briefly, then parking (an executor's queue and futures
 * cost tens of microseconds per hand-off and made two threads barely faster than one). Two ways in:
 * {@link #forEach} hands one loop's ranges over and waits for them (two meetings per loop), and
 * {@link #together} runs one member per thread for a whole training, the members meeting once per batch at
 * {@link #barrier}.
 */
final class UnitSplit implements AutoCloseable {
    /** Runs the units [from, to) of a loop whose units are independent. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    /** One thread's share of a team's work: part {@code part} of {@code parts}, meeting the others at the barrier. */
    @FunctionalInterface
    interface Member {
        void run(int part, int parts);
    }

    /**
     * How long a waiting thread spins before it parks: long enough to catch a partner finishing its half of
     * the same batch on an idle core, short enough that on a busy machine (where the partner may not be
     * running at all) the wait costs little more than parking at once.
     */
    private static final long SPIN_NANOS = 10_000;

    /** Multiply-adds of a batch from which one meeting per batch pays: a guess between the two measured sets. */
    private static final long MEETING_PAYS = 40_000;

    /** Helpers allowed whatever the cores. */
    private static final int MOST_ALWAYS = 4;

    private final int threads;
    private final Thread[] helpers;
    private final Thread owner;
    /** Bumped by the owner to start a round; helper q runs part q of it. */
    private volatile int round;

    /** {@link #SPIN_NANOS}, or 0 for a team with more threads than cores, whose partner is often not running. */
    private final long spinNanos;

    private boolean helpersStarted;

    private volatile Body body;
    private volatile int units;
    private volatile int parts;
    private volatile boolean closed;
    private volatile boolean ownerParked;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicInteger pending = new AtomicInteger();
    /** 1 while helper q may be parked (read by the owner after it starts a round, so no wake-up is lost). */
    private final AtomicIntegerArray parked;

    /** The team's barrier: members arrived in this generation, and the generation (bumped by the last in). */
    private final AtomicInteger arrived = new AtomicInteger();

    private volatile int generation;
    private volatile int teamSize;
    private volatile boolean broken;
    /** 1 while part q of the team may be parked at the barrier (part 0 is the owner). */
    private final AtomicIntegerArray waiting;

    UnitSplit(int threads) {
        // Threads beyond the cores only wait for one another (the result never depends on the count), and a
        // thread count typed as a billion must not start a billion threads; four are always allowed, so
        // uneven splits are exercised on any machine.
        this.threads = Math.max(
                1, Math.min(threads, Math.max(MOST_ALWAYS, Runtime.getRuntime().availableProcessors())));
        this.owner = Thread.currentThread();
        this.helpers = new Thread[this.threads - 1];
        this.parked = new AtomicIntegerArray(Math.max(1, this.threads - 1));
        this.waiting = new AtomicIntegerArray(this.threads);
        this.spinNanos = this.threads <= Runtime.getRuntime().availableProcessors() ? SPIN_NANOS : 0;
    }

    /**
     * Started at the first loop that splits, not with the team: a softmax step whose batches are too small to
     * split never uses them, and a thread's start is a fiftieth of a small shard's request.
     */
    private void startHelpers() {
        if (helpersStarted) {
            return;
        }
        helpersStarted = true;
        for (int q = 0; q < helpers.length; q++) {
            int part = q + 1;
            helpers[q] = new Thread(() -> help(part), "sisa-batch-helper");
            helpers[q].setDaemon(true);
            helpers[q].start();
        }
    }

    /**
     * Whether splitting every mini-batch of this many multiply-adds over the team gains time: below it, each
     * thread's half is a few microseconds, about what the meeting costs (on the two-core VM of
     * docs/BENCHMARKS.md a Landsat satellite batch, 7,000 multiply-adds, gained 3% on two threads; an MNIST
     * batch, 250,000, gained 80%).
     */
    static boolean worthMeetingPerBatch(long multiplyAdds) {
        return multiplyAdds >= MEETING_PAYS;
    }

    /** The threads work is split over, this one included. */
    int threads() {
        return threads;
    }

    /** Units 0..n−1 in as many contiguous ranges as there are threads, this thread taking the first. */
    void forEach(int n, Body body) {
        int p = Math.min(threads, n);
        if (p <= 1) {
            body.run(0, n);
            return;
        }
        startHelpers();
        this.body = body;
        this.units = n;
        this.parts = p;
        failure.set(null);
        pending.set(helpers.length);
        round++;
        for (int q = 0; q < helpers.length; q++) {
            if (parked.get(q) == 1) {
                LockSupport.unpark(helpers[q]);
            }
        }
        RuntimeException own = null;
        try {
            body.run(0, (int) ((long) n / p));
        } catch (RuntimeException e) {
            own = e;
        }
        awaitHelpers();
        RuntimeException helper = failure.get();
        if (own != null && (helper == null || !(own instanceof TeamBroken))) {
            throw own;
        }
        if (helper != null) {
            throw helper;
        }
    }

    /**
     * Runs {@code member} on {@code parts} threads at once (at most {@link #threads()}; this thread is part 0)
     * and returns when every part has returned. A failure in one part breaks the barrier, so no other part
     * waits for it forever; the first real failure reaches the caller.
     */
    void together(int parts, Member member) {
        int p = Math.max(1, Math.min(parts, threads));
        teamSize = p;
        arrived.set(0);
        broken = false;
        forEach(p, (from, to) -> {
            try {
                member.run(from, p);
            } catch (RuntimeException | Error e) {
                breakTeam();
                throw e;
            }
        });
    }

    /** Called by every part of {@link #together} in turn: returns once all of them have called it. */
    void barrier(int part) {
        int gen = generation;
        if (arrived.incrementAndGet() == teamSize) {
            arrived.set(0);
            generation = gen + 1;
            wakeTeam();
            return;
        }
        long spinUntil = System.nanoTime() + spinNanos;
        while (generation == gen) {
            if (broken || closed) {
                throw new TeamBroken();
            }
            if (System.nanoTime() < spinUntil) {
                pause();
                continue;
            }
            waiting.set(part, 1);
            if (generation == gen && !broken) {
                LockSupport.parkNanos(this, 1_000_000);
            }
            waiting.set(part, 0);
            if (part == 0 && Thread.interrupted()) {
                breakTeam();
                throw new CancelledException();
            }
        }
    }

    private void breakTeam() {
        broken = true;
        wakeTeam();
    }

    private void wakeTeam() {
        for (int q = 0; q < waiting.length(); q++) {
            if (waiting.get(q) == 1) {
                LockSupport.unpark(q == 0 ? owner : helpers[q - 1]);
            }
        }
    }

    private void awaitHelpers() {
        long spinUntil = System.nanoTime() + spinNanos;
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
                breakTeam();
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
            long spinUntil = System.nanoTime() + spinNanos;
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
                    failure.accumulateAndGet(e, UnitSplit::firstReal);
                } catch (Error e) {
                    // A helper that died here would leave the owner waiting for it forever.
                    failure.accumulateAndGet(new IllegalStateException(e), UnitSplit::firstReal);
                }
            }
            if (pending.decrementAndGet() == 0 && ownerParked) {
                LockSupport.unpark(owner);
            }
        }
    }

    /** The failure to report: the first that is not only another part's failure seen at the barrier. */
    private static RuntimeException firstReal(RuntimeException kept, RuntimeException next) {
        return kept == null || (kept instanceof TeamBroken && !(next instanceof TeamBroken)) ? next : kept;
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : helpers) {
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }

    /** Thrown at the barrier in a part whose partner failed: the partner's failure is the one reported. */
    private static final class TeamBroken extends RuntimeException {
        TeamBroken() {
            super("another part of the batch failed", null, false, false);
        }
    }
}
