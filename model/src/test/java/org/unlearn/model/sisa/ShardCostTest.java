package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

class ShardCostTest {
    @Test
    void saysHowManyRowsEachConstituentSees() {
        TrainingSet train = SisaData.digits().train();
        String words = ShardCost.plain(train, 10);
        assertTrue(
                words.contains(
                        "Each of the 10 constituents learns from about " + String.format("%,d", train.size() / 10)),
                words);
        assertTrue(ShardCost.plain(train, 1).startsWith("One model learns from all"), ShardCost.plain(train, 1));
    }

    @Test
    void measuresWhatTenShardsCostOnSmallData() {
        TrainingSet digits = SisaData.digits().train();
        SisaOptions options = SisaOptions.of(10, 5, SoftmaxLearner.defaults()).withEpochs(5);
        ShardCost.Measured m = ShardCost.measure(digits, options, 3, Progress.NONE);
        // ~115 rows per constituent: the ensemble is measurably less accurate than one model on ~1,150 rows.
        assertTrue(m.single() > 0.8 && m.ensemble() > 0.5, m.plain());
        assertTrue(m.pointsLost() > 0.5, m.plain());
        assertEquals(100 * (m.single() - m.ensemble()), m.pointsLost(), 1e-9);
        assertTrue(m.plain().contains("10 shards") && m.plain().contains("cost"), m.plain());
    }
}
