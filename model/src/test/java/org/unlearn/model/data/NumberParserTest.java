package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberParserTest {
    private final NumberParser parser = new NumberParser();

    private boolean parse(String s) {
        return parser.parse(s.toCharArray(), 0, s.length());
    }

    @Test
    void agreesWithJavaOnRandomDecimals() {
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextInt(1_000_000) / Math.pow(10, random.nextInt(8));
                case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
                case 2 -> random.nextLong();
                default -> Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL);
            };
            String s = (i % 3 == 0 ? String.format("%.6f", v) : Double.toString(v));
            assertTrue(parse(s), s);
            assertEquals(Double.parseDouble(s), parser.value(), s);
        }
    }

    @Test
    void tellsIntegersFromDecimals() {
        assertTrue(parse("-42"));
        assertTrue(parser.integral());
        assertTrue(parse("42.0"));
        assertFalse(parser.integral());
        assertTrue(parse(" 1e3 "));
        assertEquals(1000, parser.value());
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String s : new String[] {"", "-", ".", "1.2.3", "1e", "12a", "0x10", "1,5", "e5", "--1"}) {
            assertFalse(parse(s), s);
        }
        assertTrue(parse("-inf"));
        assertEquals(Double.NEGATIVE_INFINITY, parser.value());
    }
}
