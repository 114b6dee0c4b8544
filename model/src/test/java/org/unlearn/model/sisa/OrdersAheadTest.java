package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * A trainer whose batch orders a helper works out ahead sees the batches one thread sees, in the same order,
 * whether the helper keeps up or falls behind, also when the budget ends part-way through a pass.
 */
class OrdersAheadTest {
    @Test
    void theTrainerSeesTheBatchesOfOneThreadWhetherOrNotTheHelperKeepsUp() {
        StepRows rows = rows();
        int n = rows.size();
        for (long samples : new long[] {n / 2, n, 3L * n + 7, 9L * n}) {
            List<String> one = new ArrayList<>();
            MiniBatches.run(rows, samples, 32, 11, Progress.NONE, (order, a, b) -> one.add(batch(order, a, b)));
            for (boolean slowTrainer : new boolean[] {false, true}) {
                List<String> seen = new ArrayList<>();
                long done;
                try (UnitSplit team = new UnitSplit(2)) {
                    done = OrdersAhead.run(rows, samples, 32, 11, Progress.NONE, team, (order, a, b) -> {
                        seen.add(batch(order, a, b));
                        if (slowTrainer) {
                            // Long enough for the helper to fill every slot it may and wait for the trainer.
                            long until = System.nanoTime() + 200_000;
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                        }
                    });
                }
                assertEquals(one, seen, samples + " samples, slow trainer " + slowTrainer);
                assertEquals(samples, done);
            }
        }
    }

    @Test
    void oneThreadWorksOutItsOwnOrders() {
        StepRows rows = rows();
        List<String> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (UnitSplit alone = new UnitSplit(1)) {
            OrdersAhead.run(rows, 3L * rows.size(), 32, 5, Progress.NONE, alone, (order, a, b) -> {
                seen.add(batch(order, a, b));
                threads.add(Thread.currentThread().getName());
            });
        }
        List<String> one = new ArrayList<>();
        MiniBatches.run(rows, 3L * rows.size(), 32, 5, Progress.NONE, (order, a, b) -> one.add(batch(order, a, b)));
        assertEquals(one, seen);
        assertFalse(threads.isEmpty());
        assertTrue(threads.stream().allMatch(Thread.currentThread().getName()::equals), "batches on the caller");
    }

    private static StepRows rows() {
        TrainingSet data = SisaData.digits().train().whereRowId(id -> id % 5 == 0);
        int n = data.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = data.row(i);
            y[i] = data.label(i);
        }
        return new StepRows(x, y, data.rowIds(), data.classCount(), data.dimension(), 0);
    }

    /** The row positions of one batch, in order. */
    private static String batch(int[] order, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (int i = a; i < b; i++) {
            out.append(order[i]).append(' ');
        }
        return out.toString();
    }
}
