package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.TestData;
import org.unlearn.model.util.Progress;

/** RemainingRows holds exactly what TrainingSet.without would, however many rows are forgotten. */
class RemainingRowsTest {
    @Test
    void agreesWithTrainingSetWithoutOverALongSequence() {
        TrainingSet penguins = PreparedData.load(
                        TestData.sample("penguins.csv"), "species", Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
        Random random = new Random(5);
        RemainingRows rows = RemainingRows.of(penguins);
        TrainingSet expected = penguins;
        for (int step = 0; step < 300; step++) {
            int[] ids = {
                expected.rowId(random.nextInt(expected.size())), expected.rowId(random.nextInt(expected.size()))
            };
            rows = rows.without(ids);
            expected = expected.without(ids);
            assertEquals(expected.size(), rows.size(), "step " + step);
            for (int id : ids) {
                assertFalse(rows.contains(id));
            }
            if (step % 25 == 0 || expected.size() < 40) {
                assertArrayEquals(expected.rowIds(), rows.toTrainingSet().rowIds(), "step " + step);
                int id = expected.rowId(expected.size() / 2);
                assertTrue(rows.contains(id));
                assertArrayEquals(expected.row(expected.size() / 2), rows.row(id));
            }
            if (expected.size() < 10) {
                break;
            }
        }
        RemainingRows last = rows;
        int gone = penguins.rowId(0) == expected.rowId(0) ? -1 : penguins.rowId(0);
        if (gone > 0) {
            assertEquals(
                    "penguins.csv: row " + gone + " is not in the training data (already forgotten, held out"
                            + " for testing, or never read)",
                    assertThrows(BadInputException.class, () -> last.without(new int[] {gone}))
                            .getMessage());
        }
        assertArrayEquals(
                new int[] {expected.rowId(0), expected.rowId(1)},
                last.requireAll(new int[] {expected.rowId(1), expected.rowId(0), expected.rowId(1)}));
    }
}
