package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.util.Progress;

class DealingTest {
    private static TrainingSet penguins() {
        return PreparedData.load(TestData.sample("penguins.csv"), "species", Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
    }

    @Test
    void everyRowLandsInItsGroupOnceInTheDataOrder() {
        TrainingSet data = penguins().without(new int[] {4, 5, 40});
        TrainingSet[] groups = Dealing.byRowId(data, 3, id -> (id * 7) % 3);

        assertEquals(3, groups.length);
        int total = 0;
        for (int g = 0; g < 3; g++) {
            int group = g;
            int[] expected = Arrays.stream(data.rowIds())
                    .filter(id -> (id * 7) % 3 == group)
                    .toArray();
            assertArrayEquals(expected, groups[g].rowIds(), "group " + g);
            assertArrayEquals(
                    data.row(data.positionOf(expected[0])), groups[g].row(0), "group " + g + " keeps the features");
            total += groups[g].size();
        }
        assertEquals(data.size(), total);
    }

    @Test
    void aGroupNoRowFallsInIsEmpty() {
        TrainingSet data = penguins();
        TrainingSet[] groups = Dealing.byRowId(data, 4, id -> id % 2 == 0 ? 0 : 2);

        assertEquals(0, groups[1].size());
        assertEquals(0, groups[3].size());
        assertEquals(data.size(), groups[0].size() + groups[2].size());
    }
}
