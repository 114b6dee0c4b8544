package org.unlearn.views.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
