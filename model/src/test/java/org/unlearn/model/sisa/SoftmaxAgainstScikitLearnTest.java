package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.NumericColumn;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * One softmax at the defaults (S = 1, R = 1, 20 epochs) is within 1 point, either way, of scikit-learn's
 * LogisticRegression on the same encoded rows and split. On Statlog shuttle the reference is fitted to
 * convergence on the objective ours descends (C = 1 / (l2 · n), sklearn_softmax_oracle.sh same): there our 20 epochs
 * of SGD stop furthest short of that objective's minimum, so it is where the fixed budget shows first. On the
 * image sets that minimum over-fits, so the reference is the one with C tuned on held-out training rows
 * (sklearn_softmax_oracle.sh tuned); mnist_10k is the smallest of them, and one model there makes enough
 * updates to take the softmax's smaller step (Fashion-MNIST, where the full step missed by 1.15 points, is too
 * large to read in a unit test).
 */
class SoftmaxAgainstScikitLearnTest {
    @Test
    void theMonolithicSoftmaxIsWithinOnePointOfAConvergedScikitLearnOnShuttle() {
        Dataset expected = CsvReader.read(TestData.resource("sklearn_softmax_expected.csv"));
        Split split = oraclesSplit(expected, "statlog_shuttle.csv.gz", "Class");
        SoftmaxLearner ours = SoftmaxLearner.defaults();
        assertEquals(number(expected, "C"), 1 / (ours.l2() * split.train().size()), 1e-6, "the oracle's objective");

        SisaModel one = SisaModel.fit(split.train(), SisaOptions.of(1, 1, ours), 1, Progress.NONE);

        double accuracy = Quality.accuracy(one, split.test());
        double theirs = number(expected, "accuracy");
        assertTrue(Math.abs(accuracy - theirs) <= 0.01, "ours " + accuracy + ", scikit-learn " + theirs);
    }

    @Test
    void theMonolithicSoftmaxIsWithinOnePointOfATunedScikitLearnOnMnist() {
        Dataset expected = CsvReader.read(TestData.resource("sklearn_softmax_tuned_expected.csv"));
        Split split = oraclesSplit(expected, "mnist_10k.csv.gz", "label");
        SoftmaxLearner ours = SoftmaxLearner.defaults();
        long samples = EpochSchedule.samples(
                SisaOptions.DEFAULT_EPOCHS, 1, split.train().size());
        assertTrue(ours.meanStep(samples) < ours.learningRate(), "one model here takes the smaller step");

        SisaModel one = SisaModel.fit(split.train(), SisaOptions.of(1, 1, ours), 1, Progress.NONE);

        double accuracy = Quality.accuracy(one, split.test());
        double theirs = number(expected, "accuracy");
        assertTrue(Math.abs(accuracy - theirs) <= 0.01, "ours " + accuracy + ", scikit-learn tuned " + theirs);
    }

    /** The sample split as the oracle script split it (the bench's 80/20 by seed 1), checked against its row. */
    private static Split oraclesSplit(Dataset expected, String sample, String label) {
        TrainingSet all = PreparedData.load(TestData.sample(sample), label, Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
        Split split = Split.of(all, 0.2, 1);
        assertEquals(number(expected, "train_rows"), split.train().size(), "the oracle's split");
        assertEquals(number(expected, "test_rows"), split.test().size(), "the oracle's split");
        assertEquals(number(expected, "features"), split.train().dimension(), "the oracle's encoding");
        return split;
    }

    private static double number(Dataset table, String column) {
        return ((NumericColumn) table.column(column)).get(0);
    }
}
