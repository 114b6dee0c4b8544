package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;

class SplitAndProjectionTest {
    private final TrainingSet iris = PreparedData.prepare(
                    ColumnRoles.infer(CsvReader.read(TestData.sample("iris.csv")), "target"), Encoding.Options.DEFAULT)
            .rows();

    @Test
    void splitIsStratifiedAndReproducible() {
        Split a = Split.of(iris, 0.2, 7);
        assertEquals(30, a.test().size());
        assertArrayEquals(new int[] {10, 10, 10}, a.test().classCounts());
        assertArrayEquals(a.test().rowIds(), Split.of(iris, 0.2, 7).test().rowIds());
        assertFalse(
                Arrays.equals(a.test().rowIds(), Split.of(iris, 0.2, 8).test().rowIds()));
    }

    @Test
    void pcaOfStandardizedIrisExplainsWhatScikitLearnSays() {
        // sklearn: PCA(2).fit(StandardScaler().fit_transform(iris)).explained_variance_ratio_ = [0.7296, 0.2285]
        PcaProjection pca = PcaProjection.fit(iris, 1);
        assertEquals(0.7296, pca.explainedVariance()[0], 1e-4);
        assertEquals(0.2285, pca.explainedVariance()[1], 1e-4);
        double[][] points = pca.projectAll(iris);
        assertEquals(0, Arrays.stream(points[0]).average().orElseThrow(), 1e-9);
    }
}
