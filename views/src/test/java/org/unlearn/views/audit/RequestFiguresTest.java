package org.unlearn.views.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;

class RequestFiguresTest {
    @Test
    void aFailedVerificationNamesEachFailedCheckInWords() {
        Map<String, Object> v = Map.of(
                "ids_absent", true,
                "contents_absent", false,
                "model_as_recorded", true,
                "model_equals_retrain", false,
                "log_intact", true,
                "passed", false);
        assertEquals(
                "a forgotten row's content is still in the data copy under another id; the model differs from a"
                        + " retrain on the remaining rows",
                RequestFigures.failedChecks(v));
    }

    @Test
    void checksThatPassedAreNotNamed() {
        Map<String, Object> v =
                Map.of("ids_absent", true, "contents_absent", true, "model_as_recorded", false, "log_intact", true);
        assertEquals("the model held is not the one the last request recorded", RequestFigures.failedChecks(v));
    }

    /** The figures a reviewer found raw in a session's record, as the certificate and the forget view write them. */
    @Test
    void aRequestsFiguresReadInPlainWordsAndTheWindowsFormats() {
        Map<String, Object> r = new java.util.HashMap<>(Map.of(
                "id",
                "r1",
                "status",
                "done",
                "wall_ms",
                0.866637,
                "work_units",
                2268,
                "full_work_units",
                9198141,
                "work_unit",
                "gradient steps",
                "quality_metric",
                "accuracy",
                "quality_before",
                0.800224,
                "quality_after",
                0.8015));
        r.put(
                "verification",
                Map.of(
                        "identical", false,
                        "retrain_ms", 23.9865,
                        "distance", 2.84161E-6,
                        "relative_distance", 5.58045E-4,
                        "membership_auc", 0.612046,
                        "membership_auc_retrain", 0.612046,
                        "feature_injection_left", 1.51129E-16));
        String text = RequestFigures.describe(r);
        assertTrue(text.contains("Time taken: 867 µs\n"), text);
        assertTrue(text.contains("Work redone: 2,268 of 9,198,141 gradient steps (0.025%) of what a full"), text);
        assertTrue(text.contains("Quality (accuracy): 80.0% before, 80.2% after\n"), text);
        assertTrue(text.contains("The retrain took: 24.0 ms\n"), text);
        assertTrue(text.contains("Parameter distance to the retrain: 2.84 × 10⁻⁶ (relative 0.000558)\n"), text);
        assertTrue(text.contains("Membership attack (AUC, 0.5 = guessing): 0.6120 on the model, 0.6120 on"), text);
        assertTrue(text.contains("Injected marker's weight left (separate test model): 0.0%\n"), text);
        assertFalse(Pattern.compile("\\dE-?\\d").matcher(text).find(), text);
    }

    @Test
    void aRealSessionsRequestShowsNoRawNumber(@TempDir Path tmp) {
        AuditViewModel audit = new AuditViewModel(new ImmediateWork());
        try {
            audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "logreg");
            audit.rowsProperty().set("3, 5");
            audit.methodProperty().set(ErasureRequest.Method.EXACT);
            audit.forget();
            audit.selectedProperty().set(audit.shownRequests().get(0));
            String text = audit.detailsProperty().get();
            assertTrue(
                    Pattern.compile("(?m)^Time taken: [0-9.]+ (µs|ms|s)$")
                            .matcher(text)
                            .find(),
                    text);
            assertTrue(
                    Pattern.compile("(?m)^Quality \\(accuracy\\): [0-9.]+% before, [0-9.]+% after$")
                            .matcher(text)
                            .find(),
                    text);
            assertFalse(
                    text.lines()
                            .filter(l -> !l.startsWith("Model") && !l.startsWith("Data copy"))
                            .anyMatch(
                                    l -> Pattern.compile("\\dE-?\\d").matcher(l).find()),
                    text);
        } finally {
            audit.closeSession();
        }
    }
}
