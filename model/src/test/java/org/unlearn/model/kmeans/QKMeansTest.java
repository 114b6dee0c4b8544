package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

class QKMeansTest {
    @Test
    void quantizationCostsLittleLoss() {
        for (String[] c : new String[][] {
            {"breast_cancer_wdbc.csv", "target", "2"},
            {"digits_8x8.csv", "target", "10"},
            {"penguins.csv", "species", "3"}
        }) {
            TrainingSet data = KMeansData.sample(c[0], c[1]);
            int k = Integer.parseInt(c[2]);
            double[] ratios = new double[9];
            for (int seed = 0; seed < ratios.length; seed++) {
                double q = QKMeans.fit(data, QKMeans.Options.of(k), seed, Progress.NONE)
                        .loss();
                double lloyd = LloydKMeans.fit(data, LloydKMeans.Options.of(k), seed, Progress.NONE)
                        .loss();
                ratios[seed] = q / lloyd;
            }
            Arrays.sort(ratios);
            assertTrue(ratios[4] <= 1.10, c[0] + ": median Q-k-means / Lloyd loss " + ratios[4]);
        }
    }

    @Test
    void chosenCentroidsLieOnTheirIterationsGrid() {
        TrainingSet data = KMeansData.sample("breast_cancer_wdbc.csv", "target");
        QKMeans.Options options = new QKMeans.Options(3, 300, 1e-4, 0.1, 0.2);
        QKMeans model = QKMeans.fit(data, options, 4, Progress.NONE);
        int t = model.chosenIteration();
        assertTrue(t > 0, "the run stopped before its first quantized iteration");
        double[] phase = QuantizedLloyd.phase(4, t, data.dimension());
        for (double[] c : model.centroids()) {
            for (int j = 0; j < c.length; j++) {
                double cell = c[j] / options.epsilon() + phase[j] - 0.5;
                assertEquals(Math.rint(cell), cell, 1e-6, "coordinate " + j + " off the grid");
            }
        }
        assertEquals(model.centroids().length, 3);
        assertTrue(model.iterations() < 300 && model.stoppedEarly(), "should stop when the loss stops improving");
    }

    @Test
    void planPredictsWhatForgetDoes() {
        TrainingSet data = KMeansData.sample("penguins.csv", "species");
        QKMeans model = QKMeans.fit(data, QKMeans.Options.of(3), 2, Progress.NONE);
        int certified = 0;
        for (int p = 0; p < data.size(); p += 7) {
            int[] ids = {data.rowId(p)};
            ForgetPlan plan = model.plan(ids);
            Forgotten<QKMeans> f = model.forget(ids, Progress.NONE);
            assertEquals(plan.certified(), f.report().certified(), "row " + ids[0]);
            // the plan says what the request then does; for a rerun it adds that its length is not known
            assertTrue(
                    plan.summary()
                            .replace("retrains", "retrained")
                            .startsWith(f.report().summary()),
                    "row " + ids[0] + ": " + plan.summary() + " / " + f.report().summary());
            assertTrue(
                    plan.foretold(f.report().workUnits()),
                    "row " + ids[0] + ": " + f.report().workUnits());
            if (plan.certified()) {
                certified++;
                assertEquals("certified", f.model().provenance().method());
                assertEquals(plan.workUnits(), f.report().workUnits());
                assertTrue(plan.retrainedFraction() < 0.01, "a certified deletion redoes almost nothing");
            }
        }
        assertTrue(certified > 0, "no deletion was certified");
    }

    @Test
    void refusesWhatItCannotDo() {
        TrainingSet iris = KMeansData.sample("iris.csv", "target_name");
        QKMeans model = QKMeans.fit(iris, QKMeans.Options.of(3), 1, Progress.NONE);
        assertEquals(
                "iris.csv: row 151 is not in the training data (already forgotten, held out for testing, or never"
                        + " read)",
                assertThrows(BadInputException.class, () -> model.forget(new int[] {151}, Progress.NONE))
                        .getMessage());
        QKMeans fewer = model.forget(new int[] {1}, Progress.NONE).model();
        assertThrows(BadInputException.class, () -> fewer.forget(new int[] {1}, Progress.NONE));
        int[] all = Arrays.stream(iris.rowIds()).filter(id -> id > 3).toArray();
        assertEquals(
                "iris.csv: 2 rows cannot make 3 clusters",
                assertThrows(BadInputException.class, () -> fewer.forget(all, Progress.NONE))
                        .getMessage());
        assertEquals(
                "epsilon (the grid width) must be more than 0, not 0.0",
                assertThrows(BadInputException.class, () -> new QKMeans.Options(3, 10, 0, 0, 0.2))
                        .getMessage());
        assertEquals(
                "gamma (the balance share) must be in [0, 1), not 1.0",
                assertThrows(BadInputException.class, () -> new QKMeans.Options(3, 10, 0, 0.1, 1))
                        .getMessage());
        assertEquals(
                "k must be 1 or more, not 0",
                assertThrows(BadInputException.class, () -> QKMeans.Options.of(0))
                        .getMessage());
    }

    @Test
    void certifiedShareSaysBeforeAnyRequestWhatForgettingWillDo() {
        TrainingSet digits = KMeansData.sample("digits_8x8.csv", "target");
        QKMeans fine = QKMeans.fit(digits, new QKMeans.Options(10, 300, 1e-4, 0.05, 0.2), 1, Progress.NONE);
        QKMeans coarse = QKMeans.fit(digits, new QKMeans.Options(10, 300, 1e-4, 2, 0.2), 1, Progress.NONE);
        int sample = 30;
        QKMeans.CertifiedShare none = fine.certifiedShare(sample);
        QKMeans.CertifiedShare some = coarse.certifiedShare(sample);
        // 61 pixels on a grid of width 0.05: a single row moves some centroid across a cell in iteration 1
        assertEquals(0, none.certified(), "fine grid: " + none);
        assertTrue(none.meanResumeAt() >= 1, "fine grid: " + none);
        assertTrue(some.certified() > 0 && some.certified() < sample, "coarse grid: " + some);
        int forgotCertified = 0;
        for (int i = 0; i < sample; i++) {
            int p = i * digits.size() / sample;
            forgotCertified += coarse.forget(new int[] {digits.rowId(p)}, Progress.NONE)
                            .report()
                            .certified()
                    ? 1
                    : 0;
        }
        assertEquals(some.certified(), forgotCertified, "the share counts the requests forget certifies");
    }
}
