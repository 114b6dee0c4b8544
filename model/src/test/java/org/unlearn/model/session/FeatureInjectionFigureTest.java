package org.unlearn.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * The review's puzzle: a certified logistic model 9e-12 from its retrain showed "100% of the marker's weight
 * left". Certified training adds a random linear term to the objective, so a retrain keeps weight on the marker
 * too; the figure is now set beside the retrain's, and the rows' own influence left is stated.
 */
class FeatureInjectionFigureTest {
    @TempDir
    Path tmp;

    private Map<?, ?> check(Map<String, String> options) {
        Path data = org.unlearn.model.TestData.sample("credit_data.csv");
        try (Session s = Session.create(
                tmp.resolve("s" + options.size()),
                data,
                "Status",
                "logreg",
                options,
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            Map<String, Object> r = s.forget(
                    new ErasureRequest(
                            "case-1",
                            new int[] {5, 6, 7},
                            null,
                            "art. 17",
                            Instant.now(),
                            ErasureRequest.Method.APPROXIMATE),
                    Progress.NONE);
            String page = Certificate.lastRequest(s, Instant.now());
            assertTrue(
                    page.contains("a retrain from scratch without the rows leaves"), "the page sets both side by side");
            assertTrue(page.contains("Of the weight the rows themselves put on the marker"));
            return (Map<?, ?>) r.get("verification");
        }
    }

    private static double figure(Map<?, ?> check, String name) {
        return ((Number) check.get(name)).doubleValue();
    }

    @Test
    void underCertifiedTrainingTheRetrainKeepsMarkerWeightTooAndTheRowsInfluenceIsGone() {
        Map<?, ?> check = check(Map.of("epsilon", "1", "delta", "1e-4", "sigma", "1"));
        double left = figure(check, "feature_injection_left");
        double retrain = figure(check, "feature_injection_left_retrain");
        assertTrue(retrain > 0.05, "the noise puts weight on the marker in the retrain: " + check);
        assertEquals(retrain, left, 0.01, "forgetting leaves what the retrain leaves: " + check);
        assertTrue(figure(check, "feature_injection_influence_left") < 0.01, check.toString());
    }

    @Test
    void withoutTrainingNoiseTheRetrainLeavesNothingAndTheFiguresAgree() {
        Map<?, ?> check = check(Map.of());
        assertEquals(0.0, figure(check, "feature_injection_left_retrain"), 1e-12);
        assertEquals(figure(check, "feature_injection_left"), figure(check, "feature_injection_influence_left"), 1e-12);
    }
}
