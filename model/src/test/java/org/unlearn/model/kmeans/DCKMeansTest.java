package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

class DCKMeansTest {
    private static final TrainingSet WDBC = KMeansData.sample("breast_cancer_wdbc.csv", "target");

    @Test
    void aDeletionRerunsItsLeafAndTheLeafsAncestorsOnly() {
        DCKMeans model = DCKMeans.fit(WDBC, new DCKMeans.Options(2, 300, 1e-4, 16, 4), 5, Progress.NONE);
        assertEquals(2, model.options().height());
        assertEquals(WDBC.size(), Arrays.stream(model.leafSizes()).sum());
        int id = WDBC.rowId(100);
        int leaf = model.leafOf(id);
        Forgotten<DCKMeans> f = model.forget(new int[] {id}, Progress.NONE);
        DCKMeans.Rerun rerun = (DCKMeans.Rerun) f.report().detail();
        assertArrayEquals(new int[] {leaf}, rerun.leaves());
        assertEquals(3, rerun.nodes(), "the leaf, its parent and the root");
        int[] before = model.leafSizes();
        int[] after = f.model().leafSizes();
        before[leaf]--;
        assertArrayEquals(before, after, "only the row's own leaf loses a row");
        assertTrue(
                f.report().retrainedFraction() < 0.2,
                "re-running one leaf of 16 redoes " + f.report().retrainedFraction() + " of the training");
        assertEquals(
                model.plan(new int[] {id}).summary().replace("re-runs", "re-ran"),
                f.report().summary());
    }

    @Test
    void clustersAboutAsWellAsLloyd() {
        double[] ratios = new double[7];
        for (int seed = 0; seed < ratios.length; seed++) {
            double dc = DCKMeans.fit(WDBC, DCKMeans.Options.of(2), seed, Progress.NONE)
                    .loss();
            double lloyd = LloydKMeans.fit(WDBC, LloydKMeans.Options.of(2), seed, Progress.NONE)
                    .loss();
            ratios[seed] = dc / lloyd;
        }
        Arrays.sort(ratios);
        assertTrue(ratios[3] <= 1.05, "median DC-k-means / Lloyd loss " + ratios[3]);
    }

    @Test
    void leavesWithFewerRowsThanClustersStillWork() {
        TrainingSet iris = KMeansData.sample("iris.csv", "target_name");
        DCKMeans model = DCKMeans.fit(iris, new DCKMeans.Options(3, 300, 1e-4, 64, 64), 1, Progress.NONE);
        assertTrue(Arrays.stream(model.leafSizes()).min().orElseThrow() < 3);
        assertEquals(3, model.k());
        int id = iris.rowId(0);
        assertTrue(model.forget(new int[] {id}, Progress.NONE)
                .model()
                .sameParameters(DCKMeans.fit(iris.without(id), model.options(), 1, Progress.NONE)));
    }

    @Test
    void refusesATreeThatCannotBeBuilt() {
        assertEquals(
                "12 leaves is not a power of the width 4 (try width 12 for a tree of height 1)",
                assertThrows(BadInputException.class, () -> new DCKMeans.Options(3, 10, 0, 12, 4))
                        .getMessage());
        assertEquals(
                "the tree's width must be 2 or more, not 1",
                assertThrows(BadInputException.class, () -> new DCKMeans.Options(3, 10, 0, 1, 1))
                        .getMessage());
    }
}
