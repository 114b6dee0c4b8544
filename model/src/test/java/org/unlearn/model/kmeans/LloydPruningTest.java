package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Hamerly's bounds only skip work: with and without them, Lloyd's iterations are the same bit for bit.
 * On few features and many centres they skip most distances; on many features (where they settle less than
 * half the points) the run stops using them, so they never cost more than a pass; below
 * {@link Lloyd#PRUNE_FROM} centres they are not used at all.
 */
class LloydPruningTest {
    @Test
    void boundsChangeNothingButTheWork() {
        Object[][] cases = {
            {"iris.csv", "target_name", Lloyd.PRUNE_FROM},
            {"breast_cancer_wdbc.csv", "target", Lloyd.PRUNE_FROM + 2},
            {"digits_8x8.csv", "target", Lloyd.PRUNE_FROM},
            {"penguins.csv", "species", Lloyd.PRUNE_FROM + 1},
            {"credit_data.csv", "Status", Lloyd.PRUNE_FROM}
        };
        for (Object[] c : cases) {
            // the first 1,500 rows of the larger files: as many cases, in a few seconds
            TrainingSet data = KMeansData.firstRows((String) c[0], (String) c[1], 1500);
            int k = (Integer) c[2];
            Points points = Points.of(data);
            for (long seed = 0; seed < 4; seed++) {
                double[][] start = KeyedSeeding.choose(points, k, seed, true).centres(points);
                for (double tol : new double[] {0, 1e-4}) {
                    Lloyd.Run plain = Lloyd.run(points, start, 100, tol, true, false, Progress.NONE);
                    Lloyd.Run pruned = Lloyd.run(points, start, 100, tol, seed % 2 == 0, true, Progress.NONE);
                    String what = c[0] + " k=" + k + " seed " + seed + " tol " + tol;
                    assertArrayEquals(plain.centroids(), pruned.centroids(), what);
                    assertArrayEquals(plain.labels(), pruned.labels(), what);
                    assertArrayEquals(plain.weights(), pruned.weights(), what);
                    assertEquals(plain.iterations(), pruned.iterations(), what);
                    assertEquals(plain.loss(), pruned.loss(), 0, what);
                    assertTrue(pruned.work() <= plain.work() + (long) points.size() * (k + 1), what);
                }
            }
        }
    }

    @Test
    void boundsSkipMostDistancesWithManyCentresOnFewFeatures() {
        TrainingSet data = KMeansData.sample("statlog_shuttle.csv.gz", "Class");
        Points points = Points.of(data);
        int k = 20;
        double[][] start = KeyedSeeding.chooseGreedy(points, k, 1, true).centres(points);
        Lloyd.Run plain = Lloyd.run(points, start, 10, 0, true, false, Progress.NONE);
        Lloyd.Run pruned = Lloyd.run(points, start, 10, 0, true, true, Progress.NONE);
        assertArrayEquals(plain.centroids(), pruned.centroids());
        assertArrayEquals(plain.labels(), pruned.labels());
        assertTrue(
                pruned.work() < plain.work() * 0.6,
                "the bounds skipped too little, " + pruned.work() + " of " + plain.work());
    }

    @Test
    void fewCentresRunWithoutBounds() {
        TrainingSet data = KMeansData.sample("credit_data.csv", "Status");
        Points points = Points.of(data);
        int k = Lloyd.PRUNE_FROM - 1;
        double[][] start = KeyedSeeding.chooseGreedy(points, k, 3, true).centres(points);
        Lloyd.Run plain = Lloyd.run(points, start, 300, 0, true, false, Progress.NONE);
        Lloyd.Run asked = Lloyd.run(points, start, 300, 0, true, true, Progress.NONE);
        assertArrayEquals(plain.labels(), asked.labels());
        assertEquals(plain.work(), asked.work(), "below " + Lloyd.PRUNE_FROM + " centres every distance is computed");
        assertEquals((long) points.size() * k * (plain.iterations() + 1), asked.work());
    }
}
