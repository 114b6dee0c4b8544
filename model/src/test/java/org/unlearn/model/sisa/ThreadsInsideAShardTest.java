package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.CancelledException;
import org.unlearn.model.util.Progress;

/**
 * A shard's training split over threads (a request retraining one shard on every core) gives the same
 * weights bit for bit as one thread, for every thread count, uneven splits included.
 */
@Isolated // counts the JVM's threads: no other class may start any meanwhile
class ThreadsInsideAShardTest {
    @Test
    void oneThreadEqualsTwoThreeAndFourForEveryStep() {
        TrainingSet data = SisaData.digits().train();
        int n = data.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = data.row(i);
            y[i] = data.label(i);
        }
        StepRows rows = new StepRows(x, y, data.rowIds(), data.classCount(), data.dimension(), 0);
        // Digits' default batches are too small to split by classes (a helper works out the batch orders
        // instead); batches of 64 rows are split.
        Learner[] learners = {
            SoftmaxLearner.defaults(), new SoftmaxLearner(0.05, 64, 1e-4), new MlpLearner(13, 0.05, 32, 1e-4)
        };
        for (Learner learner : learners) {
            Learner.Step one = learner.train(null, rows, 3L * n, 7, Progress.NONE, 1);
            assertTrue(
                    one.model()
                            .sameAs(learner.train(null, rows, 3L * n, 7, Progress.NONE)
                                    .model()),
                    learner.name() + ": the plain step is the one-thread step");
            for (int threads = 2; threads <= 4; threads++) {
                Learner.Step many = learner.train(null, rows, 3L * n, 7, Progress.NONE, threads);
                assertTrue(one.model().sameAs(many.model()), learner.name() + ": " + threads + " threads");
                assertEquals(one.work(), many.work());
                Learner.Step resumed = learner.train(one.model(), rows, n + 5L, 8, Progress.NONE, threads);
                assertTrue(
                        resumed.model()
                                .sameAs(learner.train(one.model(), rows, n + 5L, 8, Progress.NONE, 1)
                                        .model()),
                        learner.name() + ": resumed on " + threads + " threads");
            }
        }
    }

    @Test
    void aRequestRetrainingOneShardOnFourThreadsIsExact() {
        TrainingSet data = SisaData.digits().train();
        SisaOptions options = SisaOptions.of(5, 3, SoftmaxLearner.defaults()).withEpochs(4);
        SisaModel four = SisaModel.fit(data, options.withThreads(4), 31, Progress.NONE);
        int id = data.rowId(100);
        SisaModel forgot = four.forget(new int[] {id}, Progress.NONE).model();
        SisaModel fresh = SisaModel.fit(data.without(id), options.withThreads(1), 31, Progress.NONE);
        assertTrue(forgot.sameParameters(fresh), "one request on four threads equals a one-thread retrain");
    }

    @Test
    void aTrainingCancelledOnFourThreadsStopsWithTheCancellationAndLeavesNoHelperRunning() throws InterruptedException {
        TrainingSet data = SisaData.digits().train();
        int n = data.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = data.row(i);
            y[i] = data.label(i);
        }
        StepRows rows = new StepRows(x, y, data.rowIds(), data.classCount(), data.dimension(), 0);
        for (Learner learner : new Learner[] {SoftmaxLearner.defaults(), new MlpLearner(13, 0.05, 32, 1e-4)}) {
            AtomicInteger checks = new AtomicInteger();
            Progress cancelledOnThirdPass = new Progress() {
                @Override
                public void report(double fraction, String message) {}

                @Override
                public boolean isCancelled() {
                    return checks.incrementAndGet() >= 3;
                }
            };
            assertThrows(
                    CancelledException.class,
                    () -> learner.train(null, rows, 10L * n, 7, cancelledOnThirdPass, 4),
                    learner.name());
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("sisa-batch-helper")) {
                    t.join(60_000);
                    assertTrue(!t.isAlive(), learner.name() + ": a helper still runs after the cancellation");
                }
            }
        }
    }
}
