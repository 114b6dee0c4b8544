package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.NumericColumn;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.StringColumn;
import org.unlearn.model.util.Progress;

/**
 * Accuracy against scikit-learn's RandomForestClassifier at equal trees and depth, on the same encoded rows and
 * split (sklearn_forest_oracle.sh). The paper's claim is "within a point or so"; the bench measures it on more
 * data and seeds (docs/BENCHMARKS.md). Here the margin asserted is the one that holds over seeds on these test
 * sets of ~300 and ~900 rows, where one point is 3 and 9 rows; the reference is the mean over five of its seeds.
 */
class DareAgainstScikitLearnTest {
    private static final Dataset EXPECTED = CsvReader.read(TestData.resource("sklearn_forest_expected.csv"));

    private static void compare(Split split, String file, long seed, double margin) {
        int row = rowOf(file);
        int trees = (int) number("trees", row);
        int depth = (int) number("depth", row);
        assertEquals(number("train_rows", row), split.train().size(), "the oracle's split");
        assertEquals(number("test_rows", row), split.test().size(), "the oracle's split");
        DareOptions options = DareOptions.defaults().withTrees(trees).withDepths(depth, 1);
        double dare = DareData.accuracy(DareForest.fit(split.train(), options, seed, Progress.NONE), split.test());
        double theirs = number("accuracy_mean", row);
        assertTrue(dare >= theirs - margin, file + ": DaRE " + dare + " against scikit-learn " + theirs);
    }

    @Test
    void creditIsAsAccurateAsScikitLearnsForest() {
        compare(DareData.credit(), "credit_data.csv", 1, 0.02);
    }

    @Test
    void attritionIsAsAccurateAsScikitLearnsForest() {
        compare(DareData.attrition(), "employee_attrition.csv", 1, 0.02);
    }

    private static int rowOf(String file) {
        StringColumn files = (StringColumn) EXPECTED.column("file");
        for (int i = 0; i < EXPECTED.rowCount(); i++) {
            if (files.text(i).equals(file)) {
                return i;
            }
        }
        throw new AssertionError("no oracle row for " + file);
    }

    private static double number(String column, int row) {
        return ((NumericColumn) EXPECTED.column(column)).get(row);
    }
}
