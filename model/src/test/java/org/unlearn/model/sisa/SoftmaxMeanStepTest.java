package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The softmax's mean step per slice-step: the full learning rate where a SISA shard trains, less for one model
 * on an image set of 10,000 rows, from the step's budget alone (docs/BENCHMARKS.md measured both).
 */
class SoftmaxMeanStepTest {
    private final SoftmaxLearner softmax = SoftmaxLearner.defaults();

    @Test
    void everySliceStepOfADefaultEnsembleTakesTheFullStep() {
        // S = 10, R = 5, 20 epochs on Fashion-MNIST's 48,000 training rows: 1,000 updates in the last step.
        int shardRows = 48_000 / SisaOptions.DEFAULT_SHARDS;
        int slices = SisaOptions.DEFAULT_SLICES;
        for (int r = 1; r <= slices; r++) {
            long samples = EpochSchedule.samples(SisaOptions.DEFAULT_EPOCHS, slices, shardRows * r / slices);
            assertEquals(softmax.learningRate(), softmax.meanStep(samples), "step " + r);
        }
    }

    @Test
    void oneModelOnAnImageSetTakesLessAndOnFashionMnistsWholeTrainingSetHalf() {
        // 10,000 rows for 20 epochs: 6,250 updates, a step sqrt(2,500 / 6,250) of the rate.
        double tenThousand = softmax.meanStep(EpochSchedule.samples(SisaOptions.DEFAULT_EPOCHS, 1, 10_000));
        assertEquals(softmax.learningRate() * Math.sqrt(0.4), tenThousand, 1e-15);
        long all = EpochSchedule.samples(SisaOptions.DEFAULT_EPOCHS, 1, 48_000);
        assertEquals(softmax.learningRate() / 2, softmax.meanStep(all));
        assertEquals(softmax.learningRate() / 2, softmax.meanStep(all * 10), "never less than half");
    }

    @Test
    void theStepShrinksAsTheUpdatesGrowAndCountsBatchesNotRows() {
        double previous = Double.MAX_VALUE;
        for (long samples = 1; samples < 1_000_000; samples = samples * 3 / 2 + 1) {
            double step = softmax.meanStep(samples);
            assertTrue(step <= previous && step >= softmax.learningRate() / 2, samples + " samples: " + step);
            previous = step;
        }
        // 200,000 samples are 6,250 batches of 32 but 1,562 of 128.
        SoftmaxLearner wide = new SoftmaxLearner(0.05, 128, 1e-4);
        assertEquals(wide.learningRate(), wide.meanStep(200_000));
        assertTrue(softmax.meanStep(200_000) < softmax.learningRate());
    }
}
