package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-made %.3g gives Formatter's digits, at the edges of its two forms and over many magnitudes. */
class ThreeFiguresTest {
    @Test
    void sameAsTheFormatter() {
        double[] edges = {
            0.0,
            -0.0,
            1,
            9.995e-5,
            9.994999e-5,
            1e-4,
            0.0001,
            0.00012345,
            999.4,
            999.5,
            1000,
            0.5,
            0.125,
            0.1255,
            1.005,
            2.675,
            1.2345e-10,
            9.999e-10,
            1e100,
            1.5e-300,
            4.9e-324,
            Double.MAX_VALUE,
            123.45,
            12.345,
            -3.14159,
            -1e-7,
            Double.NaN,
            Double.POSITIVE_INFINITY
        };
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.3g", v), ThreeFigures.of(v), "at " + v);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double v = Math.pow(10, random.nextDouble(-20, 8)) * (random.nextBoolean() ? 1 : -1);
            if (i % 3 == 0) {
                // a value with few digits, where ties (…5) are frequent
                v = Math.round(v * 1e4) / 1e4;
            }
            assertEquals(String.format(Locale.ROOT, "%.3g", v), ThreeFigures.of(v), "at " + v);
        }
    }
}
