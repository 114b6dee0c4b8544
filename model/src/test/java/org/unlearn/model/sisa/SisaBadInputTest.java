package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Every refusal is one line naming what was wrong. */
class SisaBadInputTest {
    private static String refusal(Executable e) {
        String message = assertThrows(BadInputException.class, e).getMessage();
        assertTrue(!message.contains("\n"), message);
        return message;
    }

    @Test
    void shardAndSliceCountsOutOfRange() {
        assertEquals(
                "SISA needs 1 shard or more, not 0", refusal(() -> SisaOptions.of(0, 5, SoftmaxLearner.defaults())));
        assertEquals(
                "SISA needs 1 slice per shard or more, not 0",
                refusal(() -> SisaOptions.of(5, 0, SoftmaxLearner.defaults())));
        TrainingSet iris = SisaData.sample("iris.csv", "target_name");
        assertEquals(
                "iris.csv: 151 shards is more than the 150 training rows",
                refusal(() ->
                        SisaModel.fit(iris, SisaOptions.of(151, 1, SoftmaxLearner.defaults()), 1, Progress.NONE)));
    }

    @Test
    void aShardWithoutSomeClassIsRefusedAtTraining() {
        TrainingSet iris = SisaData.sample("iris.csv", "target_name");
        String message =
                refusal(() -> SisaModel.fit(iris, SisaOptions.of(40, 1, SoftmaxLearner.defaults()), 1, Progress.NONE));
        assertTrue(
                message.matches(
                        "iris.csv: shard \\d+ of 40 gets no rows( of class \\d of 3 \\(50 rows in all\\))?; use fewer"
                                + " shards.*"),
                message);
        // balanced sharding spreads each class over every shard, so the same S is accepted
        SisaModel balanced = SisaModel.fit(
                iris,
                SisaOptions.of(40, 1, SoftmaxLearner.defaults()).withSharding(new BalancedSharding()),
                1,
                Progress.NONE);
        assertEquals(40, balanced.shardCount());
    }

    @Test
    void forgettingNeverRefusesForAClassLeavingAShard() {
        TrainingSet penguins = SisaData.sample("penguins.csv", "species");
        SisaOptions options = SisaOptions.of(2, 2, SoftmaxLearner.defaults()).withEpochs(2);
        SisaModel model = SisaModel.fit(penguins, options, 3, Progress.NONE);
        int chinstrap = penguins.classes().indexOf("Chinstrap");
        int[] shardZeroChinstrap = Arrays.stream(model.shardRowIds(0))
                .filter(id -> penguins.label(penguins.positionOf(id)) == chinstrap)
                .toArray();
        SisaModel forgotten = model.forget(shardZeroChinstrap, Progress.NONE).model();
        assertTrue(forgotten.sameParameters(
                SisaModel.retrainer(options, null).train(penguins.without(shardZeroChinstrap), 3, Progress.NONE)));
        assertThrows(
                BadInputException.class,
                () -> SisaModel.fit(penguins.without(shardZeroChinstrap), options, 3, Progress.NONE),
                "a fresh training with that S is refused, the exact retrain is not");
    }

    @Test
    void aLabelWithOneClass() {
        TrainingSet iris = SisaData.sample("iris.csv", "target_name");
        TrainingSet setosa = iris.whereRowId(id -> iris.label(iris.positionOf(id)) == 0);
        assertEquals(
                "iris.csv: the label has only one class; a classifier needs two or more",
                refusal(() -> SisaModel.fit(setosa, SisaOptions.of(2, 1, TreeLearner.defaults()), 1, Progress.NONE)));
    }

    @Test
    void learnerOptionsAndNames() {
        assertEquals("unknown learner \"svm\" (learners: softmax, mlp, tree)", refusal(() -> Learners.byName("svm")));
        assertEquals(
                "softmax: the learning rate must be more than 0, not -1.0",
                refusal(() -> new SoftmaxLearner(-1, 32, 0)));
        assertEquals("mlp: the hidden layer needs 1 unit or more, not 0", refusal(() -> new MlpLearner(0, 0.1, 8, 0)));
        assertEquals(
                "SISA needs 1 epoch or more, not 0",
                refusal(() -> SisaOptions.of(2, 2, SoftmaxLearner.defaults()).withEpochs(0)));
        assertEquals(
                "forget-prone sharding reserves 3 of 3 shards for flagged rows; leave at least one for the others",
                refusal(() -> SisaModel.fit(
                        SisaData.sample("iris.csv", "target_name"),
                        SisaOptions.of(3, 1, SoftmaxLearner.defaults())
                                .withSharding(new ForgetProneSharding(new int[] {1}, 3)),
                        1,
                        Progress.NONE)));
    }

    @Test
    void forgettingARowTwice() {
        TrainingSet iris = SisaData.sample("iris.csv", "target_name");
        SisaModel model = SisaModel.fit(
                iris, SisaOptions.of(2, 2, SoftmaxLearner.defaults()).withEpochs(1), 1, Progress.NONE);
        SisaModel once = model.forget(new int[] {5}, Progress.NONE).model();
        assertTrue(refusal(() -> once.forget(new int[] {5}, Progress.NONE))
                .startsWith("iris.csv: row 5 is not in the training data"));
    }
}
