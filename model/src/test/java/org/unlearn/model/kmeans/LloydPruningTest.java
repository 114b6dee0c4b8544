package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Hamerly's bounds only skip work: with and without them, Lloyd's iterations are the same bit for bit.
 * On few features they skip most distances; on many (where they settle less than half the points) the
 * run stops using them, so they never cost more than a pass.
 */
class LloydPruningTest {
    @Test
    void boundsChangeNothingButTheWork() {
        Object[][] cases = {
            {"iris.csv", "target_name", 3},
            {"breast_cancer_wdbc.csv", "target", 5},
            {"digits_8x8.csv", "target", 10},
            {"penguins.csv", "species", 4},
            {"credit_data.csv", "Status", 6}
        };
        for (Object[] c : cases) {
            TrainingSet data = KMeansData.sample((String) c[0], (String) c[1]);
            int k = (Integer) c[2];
            Points points = Points.of(data);
            for (long seed = 0; seed < 4; seed++) {
                double[][] start = KeyedSeeding.choose(points, k, seed, true).centres(points);
                for (double tol : new double[] {0, 1e-4}) {
                    Lloyd.Run plain = Lloyd.run(points, start, 300, tol, true, false, Progress.NONE);
                    Lloyd.Run pruned = Lloyd.run(points, start, 300, tol, seed % 2 == 0, true, Progress.NONE);
                    String what = c[0] + " k=" + k + " seed " + seed + " tol " + tol;
                    assertArrayEquals(plain.centroids(), pruned.centroids(), what);
                    assertArrayEquals(plain.labels(), pruned.labels(), what);
                    assertArrayEquals(plain.weights(), pruned.weights(), what);
                    assertEquals(plain.iterations(), pruned.iterations(), what);
                    assertEquals(plain.loss(), pruned.loss(), 0, what);
                    assertTrue(pruned.work() <= plain.work() + (long) points.size() * (k + 1), what);
                    if (data.dimension() <= 8 && plain.iterations() > 5) {
                        assertTrue(
                                pruned.work() < plain.work() * 0.6,
                                what + ": the bounds skipped too little, " + pruned.work() + " of " + plain.work());
                    }
                }
            }
        }
    }
}
