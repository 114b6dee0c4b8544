package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * A team that shares the work of the batch orders (each part works out some passes' orders) sees the batches
 * one thread sees, in the same order, whatever its size, also when the budget ends part-way through a pass
 * and when a round has fewer passes left than parts.
 */
class TeamBatchesTest {
    @Test
    void everyPartOfATeamSeesTheBatchesOfOneThread() {
        TrainingSet data = SisaData.digits().train().whereRowId(id -> id % 9 == 0);
        int n = data.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = data.row(i);
            y[i] = data.label(i);
        }
        StepRows rows = new StepRows(x, y, data.rowIds(), data.classCount(), data.dimension(), 0);
        for (long samples : new long[] {n / 2, 3L * n + 7, 5L * n}) {
            List<String> one = new ArrayList<>();
            MiniBatches.run(rows, samples, 32, 11, Progress.NONE, (order, a, b) -> one.add(batch(order, a, b)));
            for (int threads = 2; threads <= 4; threads++) {
                int[][][] orders = MiniBatches.teamOrders(rows, threads);
                List<List<String>> seen = new ArrayList<>();
                for (int p = 0; p < threads; p++) {
                    seen.add(new ArrayList<>());
                }
                long[] done = new long[threads];
                try (UnitSplit team = new UnitSplit(threads)) {
                    team.together(
                            threads,
                            (part, parts) -> done[part] = MiniBatches.runTogether(
                                    rows, samples, 32, 11, Progress.NONE, team, part, orders, (order, a, b) -> {
                                        seen.get(part).add(batch(order, a, b));
                                        team.barrier(part);
                                    }));
                }
                for (int p = 0; p < threads; p++) {
                    assertEquals(one, seen.get(p), samples + " samples, part " + p + " of " + threads);
                    assertEquals(samples, done[p]);
                }
            }
        }
    }

    /** The row ids of one batch, in order. */
    private static String batch(int[] order, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (int i = a; i < b; i++) {
            out.append(order[i]).append(' ');
        }
        return out.toString();
    }
}
