package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The hand-off between a shard's training thread and its helpers: every unit once, failures reach the caller. */
@Isolated // counts the JVM's threads: no other class may start any meanwhile
class UnitSplitTest {
    @Test
    void everyUnitRunsOnceInEveryRoundWhateverTheThreadCount() {
        for (int threads = 1; threads <= 4; threads++) {
            try (UnitSplit split = new UnitSplit(threads)) {
                for (int round = 0; round < 2_000; round++) {
                    int n = round % 37;
                    AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(1, n));
                    split.forEach(n, (from, to) -> {
                        for (int u = from; u < to; u++) {
                            seen.incrementAndGet(u);
                        }
                    });
                    int[] counts = new int[n];
                    for (int u = 0; u < n; u++) {
                        counts[u] = seen.get(u);
                    }
                    int[] once = new int[n];
                    java.util.Arrays.fill(once, 1);
                    assertArrayEquals(once, counts, threads + " threads, round " + round);
                }
            }
        }
    }

    @Test
    void aBillionThreadsAskedForStartNoMoreThanTheCoresOrFour() {
        int before = Thread.activeCount();
        try (UnitSplit split = new UnitSplit(1_000_000_000)) {
            int[] seen = new int[64];
            split.forEach(64, (from, to) -> {
                for (int u = from; u < to; u++) {
                    seen[u]++;
                }
            });
            assertEquals(64, java.util.Arrays.stream(seen).sum());
            int allowed = Math.max(4, Runtime.getRuntime().availableProcessors());
            assertTrue(Thread.activeCount() - before <= allowed, Thread.activeCount() - before + " threads started");
        }
    }

    @Test
    void aFailureInAHelpersRangeReachesTheCallerAndTheSplitGoesOn() {
        try (UnitSplit split = new UnitSplit(3)) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> split.forEach(9, (from, to) -> {
                        if (from >= 6) {
                            throw new IllegalStateException("unit " + from);
                        }
                    }));
            assertEquals("unit 6", e.getMessage());
            int[] sum = new int[1];
            split.forEach(1, (from, to) -> sum[0] += to - from);
            assertEquals(1, sum[0]);
        }
    }

    @Test
    void noPartOfATeamPassesTheBarrierBeforeEveryPartHasReachedIt() {
        for (int threads = 1; threads <= 4; threads++) {
            try (UnitSplit split = new UnitSplit(threads)) {
                AtomicIntegerArray reached = new AtomicIntegerArray(threads);
                int[] behind = new int[threads];
                split.together(threads, (part, parts) -> {
                    for (int round = 1; round <= 3_000; round++) {
                        reached.set(part, round);
                        split.barrier(part);
                        for (int q = 0; q < parts; q++) {
                            if (reached.get(q) < round) {
                                behind[part]++;
                            }
                        }
                        // A second meeting, so nobody marks the next round while another still checks this one.
                        split.barrier(part);
                    }
                });
                assertArrayEquals(new int[threads], behind, threads + " threads");
            }
        }
    }

    @Test
    void aFailureOfOnePartReachesTheCallerWhileTheOthersWaitAtTheBarrier() {
        for (int failing = 0; failing < 3; failing++) {
            int culprit = failing;
            try (UnitSplit split = new UnitSplit(3)) {
                IllegalStateException e = assertThrows(
                        IllegalStateException.class,
                        () -> split.together(3, (part, parts) -> {
                            for (int round = 0; round < 100; round++) {
                                if (part == culprit && round == 50) {
                                    throw new IllegalStateException("part " + part);
                                }
                                split.barrier(part);
                            }
                        }));
                assertEquals("part " + culprit, e.getMessage());
                int[] count = new int[1];
                split.together(1, (part, parts) -> count[0] += parts);
                assertEquals(1, count[0], "the split goes on after a broken team");
            }
        }
    }

    @Test
    void theHelpersEndWhenTheSplitIsClosed() throws InterruptedException {
        List<Thread> before = helpers();
        List<Thread> started;
        try (UnitSplit split = new UnitSplit(4)) {
            split.together(4, (part, parts) -> split.barrier(part));
            started = helpers().stream().filter(t -> !before.contains(t)).toList();
            assertEquals(3, started.size(), "three helpers beside this thread");
        }
        for (Thread helper : started) {
            helper.join(60_000);
            assertTrue(!helper.isAlive(), helper + " still runs after close");
        }
    }

    /** The live helper threads of every split. */
    private static List<Thread> helpers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("sisa-batch-helper") && t.isAlive())
                .toList();
    }
}
