package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The random threshold's two promises: uniform in its interval, and kept by every sub-interval holding it. */
class KeyedPointsTest {
    @Test
    void thePointIsKeptByEverySubIntervalThatHoldsIt() {
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            long key = random.nextLong();
            double a = random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
            double b = a + Math.abs(random.nextGaussian()) * Math.pow(10, random.nextInt(7) - 3);
            double x = KeyedPoints.firstIn(key, a, b);
            assertTrue(a <= x && x < b, x + " outside [" + a + ", " + b + ")");
            double a2 = a + random.nextDouble() * (x - a);
            double b2 = Math.nextUp(x) + random.nextDouble() * (b - x);
            assertEquals(x, KeyedPoints.firstIn(key, a2, Math.min(b, b2)), "[" + a2 + ", " + b2 + ")");
            double c = x + random.nextDouble() * (b - x);
            if (c > x) {
                double y = KeyedPoints.firstIn(key, c, b);
                assertTrue(c <= y && y < b);
            }
        }
    }

    @Test
    void thePointIsUniformInItsInterval() {
        int[] bins = new int[10];
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double x = KeyedPoints.firstIn(i * 7919L + 3, -1.5, 2.5);
            bins[(int) ((x + 1.5) / 4 * 10)]++;
        }
        for (int count : bins) {
            assertTrue(Math.abs(count - n / 10) < 5 * Math.sqrt(n / 10.0), java.util.Arrays.toString(bins));
        }
    }

    @Test
    void anIntervalOutsideTheDomainHasNoPoint() {
        assertTrue(Double.isNaN(KeyedPoints.firstIn(1, 0x1p101, 0x1p102)));
        assertTrue(Double.isNaN(KeyedPoints.firstIn(1, 2, 2)));
        double x = KeyedPoints.firstIn(1, 1, Math.nextUp(1.0));
        assertEquals(1.0, x);
    }
}
