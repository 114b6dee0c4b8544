package org.unlearn.model.dare;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.unlearn.model.data.TrainingSet;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/** Smile's RandomForest (bootstrap, ⌊√d⌋ features per node, every threshold) on the same rows, for comparison. */
final class SmileForest {
    private static final String LABEL = "dare_label";

    private SmileForest() {}

    /** Accuracy on the test rows of a Smile forest of the given trees and depth, grown on the training rows. */
    static double accuracy(TrainingSet train, TrainingSet test, int trees, int maxDepth, long seed) {
        RandomForest forest = RandomForest.fit(
                Formula.lhs(LABEL),
                frame(train),
                trees,
                TreeGrower.featuresPerNode(train.dimension()),
                SplitRule.GINI,
                maxDepth,
                train.size(),
                1,
                1.0,
                null,
                LongStream.range(seed, seed + trees));
        int[] predicted = forest.predict(frame(test));
        int right = 0;
        for (int p = 0; p < test.size(); p++) {
            right += predicted[p] == test.label(p) ? 1 : 0;
        }
        return right / (double) test.size();
    }

    private static DataFrame frame(TrainingSet rows) {
        String[] names =
                IntStream.range(0, rows.dimension()).mapToObj(j -> "x" + j).toArray(String[]::new);
        double[][] x = new double[rows.size()][];
        int[] y = new int[rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            x[p] = rows.row(p);
            y[p] = rows.label(p);
        }
        return DataFrame.of(x, names).merge(IntVector.of(LABEL, y));
    }
}
