package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

class KMeansWarmUpTest {
    @Test
    void startingTheWarmUpChangesNoFit() throws InterruptedException {
        TrainingSet data = KMeansData.sample("credit_data.csv", "Status");
        LloydKMeans.Options options = new LloydKMeans.Options(7, 20, 0);
        LloydKMeans before = LloydKMeans.fit(data, options, 5, Progress.NONE);
        KMeansWarmUp.start();
        KMeansWarmUp.start();
        List<Thread> warming = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("k-means warm-up"))
                .toList();
        assertTrue(warming.size() <= 1, "one warm-up per process, not " + warming.size());
        warming.forEach(t -> assertTrue(t.isDaemon(), "the warm-up never keeps the process alive"));
        LloydKMeans during = LloydKMeans.fit(data, options, 5, Progress.NONE);
        assertTrue(before.sameParameters(during));
        for (Thread t : warming) {
            t.join();
        }
        assertArrayEquals(
                before.centroids(),
                LloydKMeans.fit(data, options, 5, Progress.NONE).centroids());
    }

    @Test
    void theMadeUpPointsHaveTheClustersAsked() {
        Points points = KMeansWarmUp.madeUp(2048, 9, 7);
        assertEquals(2048, points.size());
        double[][] start = KeyedSeeding.chooseGreedy(points, 7, 1, false).centres(points);
        Lloyd.Run run = Lloyd.run(points, start, 50, 0, false, Progress.NONE);
        assertTrue(run.converged());
        assertTrue(run.loss() / points.size() < 0.5, "well separated clusters, loss " + run.loss() / points.size());
    }
}
