package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.OptionCost;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

class ShardCostTableTest {
    @Test
    void comparesTheUsualShardCountsAndTheChosenOneLeavingOutShardsOfFewerThanTenRows() {
        assertArrayEquals(new int[] {2, 5, 7, 10, 20}, ShardCostTable.shardCounts(7, 8_000));
        assertArrayEquals(new int[] {2, 5, 10}, ShardCostTable.shardCounts(1, 150));
        assertArrayEquals(new int[] {2, 5, 10, 20, 50}, ShardCostTable.shardCounts(50, 8_000));
    }

    @Test
    void eachShardCountsAccuracyIsTheEnsemblesOnTheHeldOutFifthAndItsRequestsShareFallsWithS() {
        TrainingSet digits = SisaData.digits().train();
        SisaOptions options = SisaOptions.of(10, 5, SoftmaxLearner.defaults()).withEpochs(4);
        OptionCost cost = ShardCostTable.measure(digits, options, 5, Progress.NONE);

        Split split = Split.of(digits, 0.2, 5);
        SisaModel five = SisaModel.fit(
                split.train(), SisaOptions.of(5, 5, SoftmaxLearner.defaults()).withEpochs(4), 5, Progress.NONE);
        SisaModel one = SisaModel.fit(
                split.train(), SisaOptions.of(1, 1, SoftmaxLearner.defaults()).withEpochs(4), 5, Progress.NONE);
        assertEquals(Quality.accuracy(one, split.test()), cost.reference());
        OptionCost.Point atFive = cost.points().stream()
                .filter(p -> p.value().equals("5"))
                .findFirst()
                .orElseThrow();
        assertEquals(Quality.accuracy(five, split.test()), atFive.quality());
        assertEquals(split.test().size(), cost.heldOut());
        // Uniformly placed rows: a request from slice r of R redoes steps r..R, about (2R + 1) / 3R of a shard.
        for (OptionCost.Point p : cost.points()) {
            double expected = 11.0 / 15 / Integer.parseInt(p.value());
            assertEquals(expected, p.requestShare(), 0.25 * expected, p.value() + " shards");
            assertTrue(p.requestMs() > 0 && p.trainMs() > 0, p.toString());
            assertEquals("", p.refused());
        }
        assertEquals("20", cost.points().get(cost.points().size() - 1).value(), "1,150 rows carry 20 shards");
    }
}
