package org.unlearn.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.util.Progress;

class ReplayTest {
    private static final long SEED = 7;
    private final TrainingSet penguins = PreparedData.load(
                    TestData.sample("penguins.csv"), "species", Encoding.Options.DEFAULT, Progress.NONE)
            .rows();
    private final List<int[]> requests =
            List.of(new int[] {5}, new int[] {17, 40, 41}, new int[] {160}, new int[] {300, 2});

    @Test
    void exactUnlearningAndRetrainingFromScratchAgreeOnTheQualityAfterEveryRequest() {
        QKMeans.Options options = QKMeans.Options.of(3);
        Replay.Line unlearned = Replay.run(
                Replay.Contender.unlearning("Q-k-means", QKMeans.trainer(options), QKMeans::loss),
                penguins,
                SEED,
                requests,
                Progress.NONE);
        Replay.Line retrained = Replay.run(
                Replay.Contender.retraining("Q-k-means retrained", QKMeans.trainer(options), QKMeans::loss),
                penguins,
                SEED,
                requests,
                Progress.NONE);

        assertEquals(
                List.of(1, 4, 5, 7),
                unlearned.steps().stream().map(Replay.Step::forgotten).toList());
        assertEquals(unlearned.trainedQuality(), retrained.trainedQuality());
        for (int i = 0; i < requests.size(); i++) {
            Replay.Step u = unlearned.steps().get(i);
            Replay.Step r = retrained.steps().get(i);
            assertEquals(r.quality(), u.quality(), "loss after request " + (i + 1));
            assertTrue(u.exact() && r.exact());
            assertTrue(u.workUnits() >= 0 && u.workUnits() <= u.fullWorkUnits());
            assertEquals(Replay.UNKNOWN, r.workUnits());
            assertFalse(r.certified());
        }
    }

    @Test
    void eachContenderTrainsOnTheSameRowsWithTheSameSeed() {
        LloydKMeans.Options options = LloydKMeans.Options.of(3);
        Replay.Line line = Replay.run(
                Replay.Contender.unlearning("Lloyd", LloydKMeans.trainer(options), LloydKMeans::loss),
                penguins,
                SEED,
                List.of(),
                Progress.NONE);
        LloydKMeans direct = LloydKMeans.fit(penguins, options, SEED, Progress.NONE);
        assertEquals(direct.loss(), line.trainedQuality());
        assertTrue(line.steps().isEmpty());
    }

    @Test
    void aRunCarriedOnFromItsFirstRequestsEndsWhereOneRunOfAllOfThemEnds() {
        QKMeans.Options options = QKMeans.Options.of(3);
        Replay.Contender<QKMeans> retrain =
                Replay.Contender.retraining("Q-k-means retrained", QKMeans.trainer(options), QKMeans::loss);
        List<int[]> asked = List.of(new int[] {4}, new int[] {9, 10}, new int[] {30});
        Replay.Line whole = Replay.run(retrain, penguins, SEED, asked, Progress.NONE);

        Replay.Run<QKMeans> first = Replay.carryOn(retrain, null, penguins, SEED, asked.subList(0, 1), Progress.NONE);
        Replay.Run<QKMeans> rest = Replay.carryOn(retrain, first, penguins, SEED, asked, Progress.NONE);

        assertEquals(1, first.line().steps().size());
        assertEquals(
                whole.steps().stream().map(Replay.Step::quality).toList(),
                rest.line().steps().stream().map(Replay.Step::quality).toList());
        assertEquals(
                List.of(1, 3, 4),
                rest.line().steps().stream().map(Replay.Step::forgotten).toList());
        assertEquals(penguins.size() - 4, rest.model().trainingData().size());
        assertThrows(
                IllegalArgumentException.class,
                () -> Replay.carryOn(retrain, rest, penguins, SEED, asked.subList(0, 2), Progress.NONE));
    }

    @Test
    void timesLeftAreRoundedAsPeopleSayThem() {
        assertEquals("under a second", Replay.roughly(java.time.Duration.ofMillis(300)));
        assertEquals("7 s", Replay.roughly(java.time.Duration.ofMillis(7_200)));
        assertEquals("45 s", Replay.roughly(java.time.Duration.ofSeconds(44)));
        assertEquals("3 min", Replay.roughly(java.time.Duration.ofSeconds(170)));
        assertEquals("1 h 10 min", Replay.roughly(java.time.Duration.ofMinutes(70)));
    }
}
