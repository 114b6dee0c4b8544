package org.unlearn.model.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.TestData;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/** A certificate speaks the window's words: family names, columns and counts as people write them. */
class CertificateWordsTest {
    @TempDir
    Path tmp;

    private static ErasureRequest request(int[] ids, String filter, ErasureRequest.Method method) {
        return new ErasureRequest("REF-001", ids, filter, "art. 17", Instant.parse("2026-01-05T10:00:00Z"), method);
    }

    @Test
    void aKMeansCertificateHoldsNoRowOutAndNamesItsFamilyAndLossInWords() {
        try (Session s = Session.create(
                tmp.resolve("km"),
                TestData.sample("penguins.csv"),
                null,
                "kmeans",
                Map.of("k", "3"),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            s.forget(
                    request(null, "island == \"Torgersen\" and bill_length_mm > 45", ErasureRequest.Method.EXACT),
                    Progress.NONE);
            String html = Certificate.lastRequest(s, Instant.now());
            assertTrue(html.contains("<th>Held out to score</th><td>none: the model learns from every row"), html);
            assertFalse(html.contains("20.0%"), "k-means trains on every row");
            assertTrue(html.contains("<th>Model</th><td>Lloyd k-means"), html);
            assertFalse(html.contains("kmeans_loss"), html);
            assertTrue(html.contains(" (k-means loss)</td>"), html);
            assertTrue(
                    html.contains("a filter over the columns island and bill_length_mm")
                            || html.contains("a filter over the columns bill_length_mm and island"),
                    html);
            assertFalse(html.contains("columns ["), html);
        }
    }

    @Test
    void oneRowIsOneRowAndAQueuedRequestsRowsAreOnlyToBeRemoved() {
        try (Session s = Session.create(
                tmp.resolve("lr"),
                TestData.sample("credit_data.csv"),
                "Status",
                "logreg",
                Map.of(),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            int trained = s.trainingRows().rowId(0);
            s.forget(request(new int[] {trained}, null, ErasureRequest.Method.EXACT), Progress.NONE);
            String done = Certificate.lastRequest(s, Instant.now());
            assertTrue(done.contains("1 row was removed"), done);
            assertTrue(done.contains("It had been used to train the model."), done);
            assertFalse(done.contains("1 of them"), done);
            assertTrue(done.contains("<th>Model</th><td>Logistic regression"), done);
            assertTrue(done.contains("<th>Held out to score</th><td>20.0% ("), done);
            assertTrue(done.contains("<h2>Rows removed, by keyed digest</h2>"), done);
            // the chart sets counted work beside counted work; both wall times stay in the table, the forget's named
            assertTrue(done.contains("aria-label='work redone by forgetting against a full training'"), done);
            assertTrue(done.contains("Wall time of forgetting (run first: includes any one-time warm-up)"), done);
            assertTrue(done.contains("Retrain from scratch (for the check)"), done);

            s.forget(request(new int[] {s.trainingRows().rowId(0)}, null, ErasureRequest.Method.QUEUE), Progress.NONE);
            String queued = Certificate.lastRequest(s, Instant.now());
            assertTrue(queued.contains("<h2>Rows to be removed, by keyed digest</h2>"), queued);
            assertFalse(queued.contains("Rows removed"), queued);

            String all = Certificate.wholeSession(s, Instant.now());
            assertTrue(all.contains("1 row, exact"), "the session chart's bar: one row");
            // the requests table keeps a case reference and a time on one line (the PDF broke "REF-|001", "18:|18")
            assertTrue(all.contains("<td><span class=\"nb\">REF-001</span></td>"), all);
            assertTrue(all.contains("<span class=\"nb\">5 January 2026, 10:00:00 UTC</span>"), all);
            assertTrue(all.contains(".nb{white-space:nowrap}tr{page-break-inside:avoid}"), all);
            assertFalse(
                    java.util.regex.Pattern.compile("(?<![\\d,.])1 rows")
                            .matcher(all)
                            .find(),
                    all);
        }
    }
}
