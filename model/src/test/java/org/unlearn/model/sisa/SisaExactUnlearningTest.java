package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.util.Progress;

/**
 * The promise: unlearn(train(D), R) == train(D \ R) with the same seed — every checkpoint of every
 * constituent identical bit for bit — over random sequences of forget requests on real data; and only the
 * shards holding a forgotten row are touched, from the slice of the earliest one.
 */
class SisaExactUnlearningTest {
    /** Replays random requests, checking every step against a fresh retrain; returns the final model. */
    private static SisaModel replay(TrainingSet data, SisaOptions options, long seed, int requests, long sequenceSeed) {
        Random random = new Random(sequenceSeed);
        SisaModel model = SisaModel.fit(data, options, seed, Progress.NONE);
        Trainer<SisaModel> retrainer = SisaModel.retrainer(
                options, options.sharding() instanceof BalancedSharding ? model.assignment() : null);
        TrainingSet remaining = data;
        for (int r = 0; r < requests; r++) {
            int[] ids = SisaData.request(random, remaining);
            Forgotten<SisaModel> forgotten = model.forget(ids, Progress.NONE);
            remaining = remaining.without(ids);
            SisaModel fresh = retrainer.train(remaining, seed, Progress.NONE);
            String step = options.learner().name() + " request " + (r + 1) + " (rows " + Arrays.toString(ids) + ")";
            assertTrue(forgotten.model().sameParameters(fresh), step + ": differs from a retrain from scratch");
            for (int s = 0; s < model.shardCount(); s++) {
                assertArrayEquals(
                        fresh.constituent(s).parameters(),
                        forgotten.model().constituent(s).parameters(),
                        step + ": shard " + s);
            }
            assertArrayEquals(
                    remaining.rowIds(), forgotten.model().trainingData().rowIds(), step + ": rows");
            assertTrue(forgotten.report().exact(), step);
            checkOnlyAffectedShardsRetrained(model, forgotten, ids, step);
            model = forgotten.model();
        }
        assertEquals(data.size() - remaining.size(), model.provenance().totalForgotten());
        return model;
    }

    private static void checkOnlyAffectedShardsRetrained(
            SisaModel before, Forgotten<SisaModel> forgotten, int[] ids, String step) {
        SisaRetrain detail = (SisaRetrain) forgotten.report().detail();
        Set<Integer> hit = new TreeSet<>();
        for (int id : ids) {
            hit.add(before.shardOf(id));
        }
        assertEquals(
                hit, new TreeSet<>(Arrays.stream(detail.shardIndices()).boxed().toList()), step + ": shards");
        SisaModel after = forgotten.model();
        int slices = before.sliceCount();
        for (int s = 0; s < before.shardCount(); s++) {
            if (!hit.contains(s)) {
                assertSame(before.constituent(s), after.constituent(s), step + ": untouched shard " + s + " rebuilt");
            }
        }
        for (SisaRetrain.ShardRetrain r : detail.shards()) {
            int earliest = Arrays.stream(r.rowIds()).map(before::sliceOf).min().orElseThrow();
            assertEquals(earliest, r.fromSlice(), step + ": resumed from the wrong slice");
            for (int slice = 0; slice < slices; slice++) {
                boolean deleted = detail.deletedCheckpoints().contains(new SisaRetrain.Cell(r.shard(), slice));
                assertEquals(slice >= earliest, deleted, step + ": checkpoint " + r.shard() + "/" + slice);
                int generation = after.checkpoint(r.shard(), slice).generation()
                        - before.checkpoint(r.shard(), slice).generation();
                assertEquals(deleted ? 1 : 0, generation, step + ": generation of " + r.shard() + "/" + slice);
            }
        }
        long work = detail.shards().stream()
                .mapToLong(SisaRetrain.ShardRetrain::workUnits)
                .sum();
        assertEquals(work, forgotten.report().workUnits(), step + ": work");
        assertTrue(forgotten.report().workUnits() <= forgotten.report().fullWorkUnits(), step);
    }

    @Test
    void softmaxForgetsExactly() {
        SisaOptions options = SisaOptions.of(6, 4, SoftmaxLearner.defaults()).withEpochs(6);
        SisaModel last = replay(SisaData.digits().train(), options, 7, 25, 1);
        assertTrue(SisaData.accuracy(last, SisaData.digits().test()) > 0.85);
    }

    /**
     * Long steps take a smaller mean step, computed from the step's budget: one row per batch makes the second
     * and third slice-steps of digits' 1,438 rows about 4,800 and 7,200 updates long, past the full step's 2,500.
     */
    @Test
    void softmaxForgetsExactlyWhereLongStepsTakeASmallerStep() {
        SoftmaxLearner learner = new SoftmaxLearner(0.05, 1, 1e-4);
        SisaOptions options = SisaOptions.of(1, 3, learner).withEpochs(10);
        int firstTwoSlices = SisaData.digits().train().size() * 2 / 3;
        assertTrue(
                learner.meanStep(EpochSchedule.samples(10, 3, firstTwoSlices)) < learner.learningRate(),
                "the second step takes a smaller step");
        replay(SisaData.digits().train(), options, 19, 4, 6);
    }

    @Test
    void mlpForgetsExactly() {
        SisaOptions options =
                new SisaOptions(4, 3, 3, new MlpLearner(16, 0.05, 16, 1e-4), Aggregation.VOTE, new KeyedSharding(), 0);
        replay(SisaData.digits().train(), options, 11, 12, 2);
    }

    @Test
    void treeForgetsExactlyWithOneSlice() {
        SisaOptions options = SisaOptions.of(5, 4, TreeLearner.defaults());
        SisaModel last = replay(SisaData.digits().train(), options, 13, 15, 3);
        assertEquals(1, last.sliceCount(), "a tree cannot resume, so R degenerates to 1");
    }

    @Test
    void softmaxOnPenguinsForgetsExactly() {
        replay(SisaData.sample("penguins.csv", "species"), SisaOptions.of(3, 5, SoftmaxLearner.defaults()), 5, 20, 4);
    }

    @Test
    void balancedShardsForgetExactlyAgainstTheSameTable() {
        SisaOptions options =
                SisaOptions.of(8, 3, SoftmaxLearner.defaults()).withEpochs(4).withSharding(new BalancedSharding());
        replay(SisaData.digits().train(), options, 17, 12, 5);
    }

    /** Why the balanced table is fixed at training time: a fresh deal of D \ R moves other rows. */
    @Test
    void aFreshBalancedDealIsNotTheExactRetrain() {
        TrainingSet data = SisaData.digits().train();
        SisaOptions options =
                SisaOptions.of(8, 3, SoftmaxLearner.defaults()).withEpochs(2).withSharding(new BalancedSharding());
        SisaModel model = SisaModel.fit(data, options, 17, Progress.NONE);
        int[] sizes = model.shardSizes();
        assertTrue(
                Arrays.stream(sizes).max().orElseThrow()
                                - Arrays.stream(sizes).min().orElseThrow()
                        <= 1,
                Arrays.toString(sizes));
        int victim = data.rowId(0);
        SisaModel forgotten = model.forget(new int[] {victim}, Progress.NONE).model();
        TrainingSet remaining = data.without(victim);
        SisaModel freshDeal = SisaModel.retrainer(options, null).train(remaining, 17, Progress.NONE);
        assertFalse(forgotten.sameParameters(freshDeal));
        int moved = 0;
        for (int p = 0; p < remaining.size(); p++) {
            moved += model.shardOf(remaining.rowId(p)) != freshDeal.shardOf(remaining.rowId(p)) ? 1 : 0;
        }
        assertTrue(moved > 0, "a fresh deal moved no row");
    }

    @Test
    void forgetProneShardsKeepFlaggedRowsApart() {
        TrainingSet data = SisaData.digits().train();
        int[] flagged = Arrays.stream(data.rowIds()).filter(id -> id % 10 == 0).toArray();
        SisaOptions options = SisaOptions.of(10, 3, SoftmaxLearner.defaults())
                .withEpochs(4)
                .withSharding(new ForgetProneSharding(flagged, 2));
        SisaModel model = replay(data, options, 19, 8, 6);
        for (int id : data.rowIds()) {
            assertEquals(id % 10 == 0, model.shardOf(id) < 2, "row " + id);
        }
        Forgotten<SisaModel> f = model.forget(new int[] {flagged[3], flagged[7], flagged[11]}, Progress.NONE);
        for (int shard : ((SisaRetrain) f.report().detail()).shardIndices()) {
            assertTrue(shard < 2, "a flagged row's request retrained shard " + shard);
        }
    }

    @Test
    void parallelTrainingAndForgettingEqualOneThread() {
        TrainingSet data = SisaData.digits().train();
        for (Learner learner : new Learner[] {SoftmaxLearner.defaults(), new MlpLearner(8, 0.05, 16, 1e-4)}) {
            SisaOptions options = SisaOptions.of(6, 3, learner).withEpochs(3);
            SisaModel one = SisaModel.fit(data, options.withThreads(1), 23, Progress.NONE);
            SisaModel many = SisaModel.fit(data, options.withThreads(4), 23, Progress.NONE);
            assertTrue(one.sameParameters(many), learner.name() + ": training");
            int[] batch = Arrays.copyOf(
                    Arrays.stream(data.rowIds()).filter(id -> id % 97 == 3).toArray(), 12);
            SisaModel oneForgot = one.forget(batch, Progress.NONE).model();
            SisaModel manyForgot = many.forget(batch, Progress.NONE).model();
            assertTrue(oneForgot.sameParameters(manyForgot), learner.name() + ": forgetting");
        }
    }

    @Test
    void aBatchRetrainsEachShardOnceFromItsEarliestSlice() {
        TrainingSet data = SisaData.digits().train();
        SisaModel model = SisaModel.fit(
                data, SisaOptions.of(4, 5, SoftmaxLearner.defaults()).withEpochs(3), 29, Progress.NONE);
        int[] batch = Arrays.copyOf(model.shardRowIds(2), 30);
        var plan = model.plan(batch);
        Forgotten<SisaModel> f = model.forget(batch, Progress.NONE);
        SisaRetrain detail = (SisaRetrain) f.report().detail();
        assertArrayEquals(new int[] {2}, detail.shardIndices());
        assertArrayEquals(((SisaRetrain) plan.detail()).shardIndices(), detail.shardIndices());
        assertEquals(plan.detail(), plan.detail());
        assertEquals(((SisaRetrain) plan.detail()).deletedCheckpoints(), detail.deletedCheckpoints());
        assertTrue(f.report().workUnits() <= plan.workUnits(), "the plan predicts the work with the rows still in");
        assertTrue(f.report().retrainedFraction() < 0.3, f.report().summary());
        assertTrue(
                f.report().summary().startsWith("retrained shard 3 of 4 from slice "),
                f.report().summary());
    }

    @Test
    void slicingKeepsTheTotalWorkOfEEpochs() {
        TrainingSet data = SisaData.digits().train();
        SisaModel sliced = SisaModel.fit(
                data, SisaOptions.of(3, 5, SoftmaxLearner.defaults()).withEpochs(12), 31, Progress.NONE);
        SisaModel whole = SisaModel.fit(
                data, SisaOptions.of(3, 1, SoftmaxLearner.defaults()).withEpochs(12), 31, Progress.NONE);
        assertEquals(12L * data.size(), whole.trainingWork());
        double ratio = sliced.trainingWork() / (double) whole.trainingWork();
        assertTrue(Math.abs(ratio - 1) < 0.1, "sliced work / unsliced work = " + ratio);
        int[][] cells = sliced.cellCounts();
        assertEquals(
                data.size(), Arrays.stream(cells).flatMapToInt(Arrays::stream).sum());
        for (int s = 0; s < 3; s++) {
            assertEquals(Arrays.stream(cells[s]).sum(), sliced.checkpoint(s, 4).rows());
        }
    }
}
