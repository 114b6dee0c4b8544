package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;

class EncodingTest {
    private final Dataset credit = CsvReader.read(TestData.sample("credit_data.csv"));
    private final Encoding encoding = Encoding.fit(ColumnRoles.infer(credit, "Status"));
    private final TrainingSet rows = encoding.encode(credit);

    @Test
    void oneHotsCategoricalsAndScalesNumbers() {
        // 9 numeric columns + Home(6) + Marital(5) + Records(2) + Job(4) levels.
        assertEquals(9 + 6 + 5 + 2 + 4, rows.dimension());
        assertEquals(List.of("bad", "good"), rows.classes());
        assertTrue(rows.features().contains("Home=rent"));
        assertEquals(credit.rowCount(), rows.size());
    }

    @Test
    void noMissingValueSurvivesAndNumbersAreStandardized() {
        int income = rows.features().indexOf("Income");
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (double v : rows.row(i)) {
                assertTrue(Double.isFinite(v));
            }
            sum += rows.row(i)[income];
            sq += rows.row(i)[income] * rows.row(i)[income];
        }
        // Imputed with the mean, so the mean stays 0; the spread shrinks below 1 by the imputed share.
        assertEquals(0, sum / rows.size(), 1e-9);
        assertTrue(sq / rows.size() < 1 && sq / rows.size() > 0.9);
    }

    @Test
    void aNewRowGivenAsTextEncodesLikeTheSameRowRead() {
        int p = 41;
        double[] again = encoding.encodeRow(col -> credit.column(col).text(p));
        assertArrayEquals(rows.row(p), again, 1e-12);
    }

    @Test
    void everyStepIsRecordedForPeople() {
        List<String> lines = encoding.describe();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Home: one-hot over 6 levels")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Income: integer; missing ->")));
        assertTrue(lines.get(lines.size() - 1).startsWith("Status: label, 2 classes"));
    }

    @Test
    void rowIdsSurviveEncodingAndSubsetting() {
        TrainingSet without = rows.without(3, 4000);
        assertEquals(rows.size() - 2, without.size());
        assertEquals(-1, without.positionOf(3));
        assertEquals(rows.row(rows.positionOf(5)), without.row(without.positionOf(5)));
    }
}
