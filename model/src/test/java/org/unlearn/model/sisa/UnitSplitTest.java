package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The hand-off between a shard's training thread and its helpers: every unit once, failures reach the caller. */
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
}
