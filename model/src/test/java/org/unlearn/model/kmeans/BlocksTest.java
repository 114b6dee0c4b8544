package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class BlocksTest {
    private static final int ROWS = 58_000;

    @Test
    void everyBlockRunsOnceOverItsOwnRows() {
        for (boolean parallel : new boolean[] {false, true}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(ROWS);
            AtomicIntegerArray runs = new AtomicIntegerArray(Blocks.count(ROWS));
            for (int pass = 0; pass < 50; pass++) {
                Blocks.forEach(ROWS, parallel, (from, to, block) -> {
                    assertEquals(block * Blocks.SIZE, from);
                    runs.incrementAndGet(block);
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                    }
                });
            }
            for (int i = 0; i < ROWS; i++) {
                assertEquals(50, seen.get(i), "row " + i);
            }
            for (int b = 0; b < runs.length(); b++) {
                assertEquals(50, runs.get(b), "block " + b);
            }
        }
    }

    @Test
    void aThreadsScratchIsNeverSharedWithAnotherThread() {
        AtomicBoolean clash = new AtomicBoolean();
        for (int pass = 0; pass < 200; pass++) {
            Blocks.forEach(ROWS, true, AtomicBoolean::new, (from, to, block, busy) -> {
                if (!busy.compareAndSet(false, true)) {
                    clash.set(true);
                }
                for (int i = from; i < to; i += 64) {
                    Thread.onSpinWait();
                }
                busy.set(false);
            });
        }
        assertFalse(clash.get());
    }

    @Test
    void backToBackPassesNeverHaveMoreHelpersOutThanThePoolHas() {
        int most = 0;
        for (int pass = 0; pass < 500; pass++) {
            Blocks.forEach(ROWS, true, (from, to, block) -> {});
            most = Math.max(most, (int) ForkJoinPool.commonPool().getQueuedSubmissionCount());
        }
        assertTrue(
                most <= Math.max(1, ForkJoinPool.getCommonPoolParallelism()),
                most + " helpers queued after back-to-back passes");
    }

    @Test
    void aFailingBlockFailsTheLoopAfterEveryBlockEnded() {
        for (boolean parallel : new boolean[] {false, true}) {
            IllegalStateException thrown = new IllegalStateException("block 5");
            AtomicIntegerArray running = new AtomicIntegerArray(1);
            IllegalStateException caught = assertThrows(
                    IllegalStateException.class,
                    () -> Blocks.forEach(ROWS, parallel, (from, to, block) -> {
                        running.incrementAndGet(0);
                        try {
                            if (block == 5) {
                                throw thrown;
                            }
                        } finally {
                            running.decrementAndGet(0);
                        }
                    }));
            assertSame(thrown, caught);
            assertEquals(0, running.get(0));
        }
    }
}
