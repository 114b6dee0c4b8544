package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The documented rules of vote and mean aggregation, ties included. */
class SisaAggregationTest {
    @Test
    void voteCountsMostProbableClassesAndBreaksTiesBySummedProbabilityThenIndex() {
        double[][] twoEach = {{0.6, 0.4, 0}, {0.55, 0.45, 0}, {0.1, 0.9, 0}, {0.2, 0.8, 0}};
        double[] out = new double[3];
        // two votes each for classes 0 and 1; class 1's summed probability (2.55) beats class 0's (1.45)
        assertEquals(1, Aggregation.VOTE.combine(twoEach, out));
        assertArrayEquals(new double[] {0.5, 0.5, 0}, out);
        double[][] mirror = {{0.7, 0.3}, {0.3, 0.7}};
        assertEquals(0, Aggregation.VOTE.combine(mirror, new double[2]), "a full tie goes to the lower index");
        double[][] majority = {{0.9, 0.1}, {0.4, 0.6}, {0.45, 0.55}};
        assertEquals(1, Aggregation.VOTE.combine(majority, new double[2]), "two votes beat one confident vote");
    }

    @Test
    void meanAveragesProbabilities() {
        double[][] majority = {{0.9, 0.1}, {0.4, 0.6}, {0.45, 0.55}};
        double[] out = new double[2];
        assertEquals(0, Aggregation.MEAN.combine(majority, out), "one confident constituent outweighs two unsure");
        assertEquals(1.75 / 3, out[0], 1e-15);
        assertEquals(0, Aggregation.MEAN.combine(new double[][] {{0.5, 0.5}}, new double[2]), "tie to the lower index");
    }

    @Test
    void theEpochScheduleSpendsEEpochsOverAllSlices() {
        assertEquals(20 * 1000, EpochSchedule.samples(20, 1, 1000));
        long total = 0;
        for (int r = 1; r <= 5; r++) {
            total += EpochSchedule.samples(20, 5, 200 * r);
        }
        assertEquals(20 * 1000, total, "e' = 2e/(R+1) on slices 1..r of equal size adds up to e epochs");
    }
}
