package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/**
 * The deletion check is an exact replay: for every single row of real datasets, it certifies the
 * deletion exactly when a retrain from scratch without that row walks the same centroid trajectory
 * (same seeds, same grid cells in every iteration, same stop, same final choice), and when it does not,
 * it names the first iteration where the retrain differs.
 */
class DeletionCheckTest {
    @Test
    void certifiesExactlyTheDeletionsARetrainConfirms() {
        int certified = 0;
        certified +=
                everyRow(KMeansData.sample("iris.csv", "target_name"), new QKMeans.Options(3, 300, 1e-4, 0.3, 0.2), 1);
        certified +=
                everyRow(KMeansData.sample("iris.csv", "target_name"), new QKMeans.Options(6, 300, 1e-3, 0.5, 0.8), 2);
        certified +=
                everyRow(KMeansData.sample("penguins.csv", "species"), new QKMeans.Options(4, 300, 1e-2, 0.2, 0.5), 3);
        assertTrue(certified > 20, "only " + certified + " deletions were certified: the test exercises too little");
    }

    /** Checks every row of the data; returns how many deletions were certified. */
    private static int everyRow(TrainingSet data, QKMeans.Options options, long seed) {
        QKMeans model = QKMeans.fit(data, options, seed, Progress.NONE);
        QHistory original = model.history();
        int certified = 0;
        for (int p = 0; p < data.size(); p++) {
            int id = data.rowId(p);
            QKMeans fresh = QKMeans.fit(data.without(id), options, seed, Progress.NONE);
            int firstDifference = firstDifference(original, fresh.history());
            ForgetPlan plan = model.plan(new int[] {id});
            String where = data.name() + " row " + id + " (" + options + ")";
            assertEquals(firstDifference < 0, plan.certified(), where + ": " + plan.summary());
            Forgotten<QKMeans> forgotten = model.forget(new int[] {id}, Progress.NONE);
            assertEquals(plan.certified(), forgotten.report().certified(), where);
            QKMeans.Check check = (QKMeans.Check) forgotten.report().detail();
            assertEquals(firstDifference, check.resumedAt(), where + ": " + check.reason());
            assertTrue(forgotten.model().sameParameters(fresh), where + ": differs from the retrain");
            if (plan.certified()) {
                certified++;
                assertArrayEquals(model.centroids(), forgotten.model().centroids(), where);
            }
        }
        return certified;
    }

    /**
     * −1 when the retrain's trajectory is the original's; 0 when its seeds differ; else the first
     * iteration whose cells, stop decision or final choice differ.
     */
    private static int firstDifference(QHistory original, QHistory retrained) {
        if (!Arrays.equals(original.seedKeys, retrained.seedKeys)) {
            return 0;
        }
        int common = Math.min(original.lastIteration(), retrained.lastIteration());
        for (int t = 1; t <= common; t++) {
            if (!Arrays.deepEquals(original.cellsOf(t), retrained.cellsOf(t))) {
                return t;
            }
        }
        if (original.lastIteration() != retrained.lastIteration()) {
            return common;
        }
        return original.best == retrained.best ? -1 : original.lastIteration();
    }
}
