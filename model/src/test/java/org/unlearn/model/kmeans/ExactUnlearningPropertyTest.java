package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.util.Progress;

/**
 * The promise: unlearn(train(D), R) == train(D \ R) with the same seed — identical centroids, identical
 * assignments, identical kept state — over long random sequences of forget requests on real data.
 */
class ExactUnlearningPropertyTest {
    /** Replays random requests, checking every step against a fresh training; returns how each was handled. */
    private static <M extends ClusteringModel<M>> Map<String, Integer> replay(
            TrainingSet data,
            Trainer<M> trainer,
            long seed,
            int requests,
            long sequenceSeed,
            Function<M, int[]> sometimesForce) {
        Random random = new Random(sequenceSeed);
        M model = trainer.train(data, seed, Progress.NONE);
        TrainingSet remaining = data;
        Map<String, Integer> methods = new TreeMap<>();
        for (int r = 0; r < requests; r++) {
            int[] ids = r % 10 == 9 && sometimesForce != null
                    ? sometimesForce.apply(model)
                    : KMeansData.request(random, remaining);
            Forgotten<M> forgotten = model.forget(ids, Progress.NONE);
            remaining = remaining.without(ids);
            M fresh = trainer.train(remaining, seed, Progress.NONE);
            String step = data.name() + " request " + (r + 1) + " (" + KMeansData.describe(ids) + ", "
                    + forgotten.report().method() + ")";
            assertTrue(forgotten.model().sameParameters(fresh), step + ": differs from a retrain from scratch");
            assertArrayEquals(fresh.centroids(), forgotten.model().centroids(), step + ": centroids");
            assertArrayEquals(fresh.assignments(), forgotten.model().assignments(), step + ": assignments");
            assertArrayEquals(
                    remaining.rowIds(), forgotten.model().trainingData().rowIds(), step + ": rows");
            assertEquals(remaining.size(), forgotten.model().provenance().trainingRows(), step + ": provenance");
            assertTrue(forgotten.report().exact(), step + ": reported as approximate");
            methods.merge(forgotten.report().method(), 1, Integer::sum);
            model = forgotten.model();
        }
        assertEquals(data.size() - remaining.size(), model.provenance().totalForgotten());
        return methods;
    }

    @Test
    void lloydRetrainsExactly() {
        replay(
                KMeansData.sample("iris.csv", "target_name"),
                LloydKMeans.trainer(LloydKMeans.Options.of(3)),
                7,
                60,
                1,
                null);
        replay(
                KMeansData.sample("penguins.csv", "species"),
                LloydKMeans.trainer(LloydKMeans.Options.of(3)),
                11,
                60,
                2,
                null);
        replay(
                KMeansData.sample("breast_cancer_wdbc.csv", "target"),
                LloydKMeans.trainer(new LloydKMeans.Options(4, 300, 0)),
                3,
                60,
                3,
                null);
    }

    @Test
    void qkmeansCertifiesOrResumesExactly() {
        Map<String, Integer> total = new TreeMap<>();
        Function<QKMeans, int[]> forgetASeed = m -> new int[] {(int) m.seedRowIds()[m.seedRowIds().length - 1]};
        merge(
                total,
                replay(
                        KMeansData.sample("iris.csv", "target_name"),
                        QKMeans.trainer(new QKMeans.Options(3, 300, 1e-4, 0.2, 0.2)),
                        5,
                        70,
                        4,
                        forgetASeed));
        merge(
                total,
                replay(
                        KMeansData.sample("iris.csv", "target_name"),
                        QKMeans.trainer(new QKMeans.Options(8, 300, 1e-2, 0.5, 0.6)),
                        6,
                        60,
                        5,
                        forgetASeed));
        merge(
                total,
                replay(
                        KMeansData.sample("penguins.csv", "species"),
                        QKMeans.trainer(new QKMeans.Options(5, 300, 1e-3, 0.1, 0.5)),
                        8,
                        120,
                        6,
                        forgetASeed));
        merge(
                total,
                replay(
                        KMeansData.sample("breast_cancer_wdbc.csv", "target"),
                        QKMeans.trainer(new QKMeans.Options(4, 300, 1e-4, 0.25, 0.2)),
                        9,
                        80,
                        7,
                        forgetASeed));
        merge(
                total,
                replay(
                        KMeansData.firstRows("statlog_shuttle.csv.gz", "Class", 3000),
                        QKMeans.trainer(QKMeans.Options.of(7)),
                        10,
                        80,
                        8,
                        forgetASeed));
        assertTrue(total.getOrDefault("certified", 0) > 50, "certified requests: " + total);
        assertTrue(total.getOrDefault("resume", 0) > 20, "resumed requests: " + total);
        assertTrue(total.getOrDefault("retrain", 0) >= 50, "re-seeded requests: " + total);
    }

    @Test
    void dckmeansRerunsOneLeafExactly() {
        replay(
                KMeansData.sample("penguins.csv", "species"),
                DCKMeans.trainer(new DCKMeans.Options(3, 300, 1e-4, 16, 4)),
                12,
                80,
                9,
                null);
        replay(
                KMeansData.sample("digits_8x8.csv", "target"),
                DCKMeans.trainer(new DCKMeans.Options(10, 300, 1e-4, 8, 8)),
                13,
                60,
                10,
                null);
        replay(
                KMeansData.sample("iris.csv", "target_name"),
                DCKMeans.trainer(new DCKMeans.Options(3, 300, 0, 8, 2)),
                14,
                60,
                11,
                null);
    }

    private static void merge(Map<String, Integer> total, Map<String, Integer> part) {
        part.forEach((k, v) -> total.merge(k, v, Integer::sum));
    }
}
