package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures people read: every one with its unit, none with more digits than it means. */
class FiguresTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "400|<1 µs",
                "4500|4.5 µs",
                "41000|41 µs",
                "2400000|2.40 ms",
                "18300000|18.3 ms",
                "301000000|301 ms",
                "1356000000|1.36 s"
            })
    void durationsCarryTheirUnit(long nanos, String shown) {
        assertEquals(shown, Figures.duration(Duration.ofNanos(nanos)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0%",
                "0.0000001|<0.001%",
                "0.0000162|0.0016%",
                "0.0059|0.59%",
                "0.0336|3.4%",
                "0.65|65%",
                "1|100%"
            })
    void sharesKeepWhatTheyMean(double share, String shown) {
        assertEquals(shown, Figures.percent(share));
    }

    @Test
    void twoLinesAreTheSameWhateverTheirCaseAndSeparators() {
        assertTrue(Figures.sameLine("Re-runs leaf 6 of 16 (3,623 rows)", "re-runs leaf 6 of 16 (3623 rows)"));
        assertFalse(Figures.sameLine("Resumes from iteration 2 of 4", "centroid 1 moves in iteration 2 of 4"));
    }

    @Test
    void changesAreSignedAndDistancesLoseTrailingZeros() {
        assertEquals("−0.0047", Figures.change(-0.00471));
        assertEquals("+0.0021", Figures.change(0.00214));
        assertEquals("±0", Figures.change(0));
        assertEquals("0.000322", Figures.distance(0.00032199));
        assertEquals("0.024", Figures.distance(0.02400001));
    }
}
