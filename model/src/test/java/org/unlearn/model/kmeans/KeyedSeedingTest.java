package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;

/** Keyed k-means++ samples as k-means++ does, and its choices survive the removal of rows not chosen. */
class KeyedSeedingTest {
    private static final TrainingSet IRIS = KMeansData.sample("iris.csv", "target_name");

    /** Pearson's statistic of observed against expected counts. */
    private static double chiSquare(long[] observed, double[] expected) {
        double s = 0;
        for (int i = 0; i < observed.length; i++) {
            s += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
        }
        return s;
    }

    @Test
    void firstSeedIsUniformAndSecondFollowsSquaredDistance() {
        Points points = Points.of(IRIS);
        int n = points.size();
        int trials = 30_000;
        long[] first = new long[n];
        long[] second = new long[n];
        for (long seed = 0; seed < trials; seed++) {
            int[] chosen = KeyedSeeding.choose(points, 2, seed, false).positions();
            first[chosen[0]]++;
            second[chosen[1]]++;
        }
        double[] uniform = new double[n];
        java.util.Arrays.fill(uniform, trials / (double) n);
        // 149 degrees of freedom: the 99.9% point of chi-square is about 211.
        assertTrue(chiSquare(first, uniform) < 211, "first seed not uniform: " + chiSquare(first, uniform));
        double[] expected = new double[n];
        for (int f = 0; f < n; f++) {
            double total = 0;
            double[] d2 = new double[n];
            for (int i = 0; i < n; i++) {
                d2[i] = Centroids.squaredDistance(points.row(i), points.row(f));
                total += d2[i];
            }
            for (int i = 0; i < n; i++) {
                expected[i] += trials / (double) n * d2[i] / total;
            }
        }
        double statistic = chiSquare(second, expected);
        assertTrue(statistic < 211, "second seed does not follow D²: chi-square " + statistic);
    }

    @Test
    void removingRowsThatWereNotChosenKeepsTheSeeds() {
        Random random = new Random(3);
        for (long seed = 0; seed < 40; seed++) {
            KeyedSeeding.Result full = KeyedSeeding.choose(Points.of(IRIS), 5, seed, true);
            TrainingSet fewer = IRIS;
            for (int r = 0; r < 60; r++) {
                int id = fewer.rowId(random.nextInt(fewer.size()));
                boolean chosen = false;
                for (long key : full.keys()) {
                    chosen |= key == id;
                }
                if (!chosen) {
                    fewer = fewer.without(id);
                }
            }
            assertArrayEquals(
                    full.keys(),
                    KeyedSeeding.choose(Points.of(fewer), 5, seed, false).keys(),
                    "seed " + seed);
        }
    }

    @Test
    void greedySeedingIsTheSameOnOneThreadAsOnAllAndSeedsBetterThanOneTrial() {
        TrainingSet digits = KMeansData.sample("digits_8x8.csv", "target");
        Points points = Points.of(digits);
        double plain = 0;
        double greedy = 0;
        for (long seed = 0; seed < 20; seed++) {
            KeyedSeeding.Result one = KeyedSeeding.chooseGreedy(points, 10, seed, false);
            assertArrayEquals(
                    one.keys(),
                    KeyedSeeding.chooseGreedy(points, 10, seed, true).keys(),
                    "seed " + seed);
            greedy += potential(points, one.centres(points));
            plain += potential(
                    points, KeyedSeeding.choose(points, 10, seed, false).centres(points));
        }
        assertTrue(greedy < 0.97 * plain, "greedy seeds leave " + greedy + ", one trial " + plain);
    }

    private static double potential(Points points, double[][] centres) {
        double s = 0;
        for (int i = 0; i < points.size(); i++) {
            double m = Double.POSITIVE_INFINITY;
            for (double[] c : centres) {
                m = Math.min(m, Centroids.squaredDistance(points.row(i), c));
            }
            s += m;
        }
        return s;
    }
}
