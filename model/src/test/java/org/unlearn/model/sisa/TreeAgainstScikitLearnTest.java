package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.NumericColumn;
import org.unlearn.model.data.StringColumn;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * One tree (S = 1, R = 1) against scikit-learn's DecisionTreeClassifier at the same depth and leaf size, on the
 * same rows (every fifth file row held out; sklearn_tree_oracle.py). Both grow CART with Gini over every feature
 * and midpoint thresholds, so they differ only where two splits are exactly as good (scikit-learn then takes
 * one by a random feature order, ours the first feature): the held-out accuracy must be within 2 points and the
 * number of leaves within 5%.
 */
class TreeAgainstScikitLearnTest {
    private static final double POINTS = 0.02;
    private static final double LEAVES = 0.05;

    @Test
    void ourTreeIsWithinTwoPointsOfScikitLearnsOnBreastCancerAndDigits() {
        Dataset expected = CsvReader.read(TestData.resource("sklearn_tree_expected.csv"));
        StringColumn files = (StringColumn) expected.column("file");
        StringBuilder report = new StringBuilder();
        boolean within = true;
        for (int i = 0; i < expected.rowCount(); i++) {
            TrainingSet all = SisaData.sample(files.text(i), "target");
            int[] test = IntStream.range(0, all.size()).filter(p -> p % 5 == 0).toArray();
            int[] train = IntStream.range(0, all.size()).filter(p -> p % 5 != 0).toArray();
            assertEquals(number(expected, "train_rows", i), train.length, "the oracle's split");
            assertEquals(number(expected, "test_rows", i), test.length, "the oracle's split");
            TreeLearner learner =
                    new TreeLearner((int) number(expected, "depth", i), (int) number(expected, "node_size", i));
            SisaModel one = SisaModel.fit(all.select(train), SisaOptions.of(1, 1, learner), 1, Progress.NONE);

            double ours = Quality.accuracy(one, all.select(test));
            double theirs = number(expected, "accuracy", i);
            int leaves = leaves(((TreeConstituent) one.constituent(0)).root());
            double theirLeaves = number(expected, "leaves", i);
            report.append(String.format(
                    "%n%s %s: accuracy ours %.4f, scikit-learn %.4f; leaves %d, %d",
                    files.text(i), learner, ours, theirs, leaves, (int) theirLeaves));
            within &= Math.abs(ours - theirs) <= POINTS && Math.abs(leaves - theirLeaves) <= LEAVES * theirLeaves;
        }
        assertTrue(within, report.toString());
    }

    private static int leaves(CartNode node) {
        return node instanceof CartNode.Split s ? leaves(s.left()) + leaves(s.right()) : 1;
    }

    private static double number(Dataset table, String column, int row) {
        return ((NumericColumn) table.column(column)).get(row);
    }
}
