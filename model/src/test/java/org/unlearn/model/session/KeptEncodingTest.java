package org.unlearn.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * A session encodes every copy with the encoding fitted when it was created: a forget keeps the request's own
 * model (no training on a re-fitted encoding), the model equals a retrain from scratch on the remaining rows
 * in that encoding, and a category only the forgotten row had leaves the session file.
 */
class KeptEncodingTest {
    private static final String CABIN = "Z-ALLEN-CABIN";

    @TempDir
    Path tmp;

    /** The passengers with a "cabin" column: A, B or C, and for row 7 alone a cabin nobody else has. */
    private Path passengersWithCabins() throws IOException {
        List<String> lines = Files.readAllLines(Passengers.write(tmp), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",cabin");
        for (int i = 1; i < lines.size(); i++) {
            out.add(lines.get(i) + "," + (i == Passengers.ROW ? CABIN : String.valueOf((char) ('A' + i % 3))));
        }
        Path file = tmp.resolve("passengers-cabins.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"qkmeans", "sisa", "logreg", "dare"})
    void aForgetKeepsItsOwnModelInTheEncodingItWasTrainedWith(String model) throws IOException {
        Path session = tmp.resolve("session");
        String kept;
        try (Session s = Session.create(
                session,
                passengersWithCabins(),
                "survived",
                StoredModelTest.family(model),
                StoredModelTest.options(model),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            int features = s.trainingRows().dimension();
            assertTrue(
                    Files.readString(session.resolve(SessionFolder.MANIFEST)).contains(CABIN),
                    "while row 7 is there the kept encoding names its cabin (the search below can fail)");
            Map<String, Object> r = s.forget(
                    new ErasureRequest(
                            "case-7",
                            null,
                            "cabin == \"" + CABIN + "\"",
                            null,
                            Instant.now(),
                            ErasureRequest.Method.EXACT),
                    Progress.NONE);
            assertEquals(List.of(Passengers.ROW), r.get("rows"));
            assertEquals(Boolean.TRUE, r.get("exact"), model + ": forget equals the retrain without the row: " + r);
            kept = (String) r.get("model_kept");
            // The session keeps the request's model: no retrain on an encoding re-fitted to the remaining rows.
            assertEquals(r.get("model_after"), kept, model);
            assertEquals(kept, s.modelHash(), model);
            assertEquals(features, s.trainingRows().dimension(), model + ": the features keep their places");
            assertFalse(SessionTest.contains(session, CABIN), model + ": a session file still names the cabin");
        }
        try (Session s = Session.open(session, Storage.DEFAULT)) {
            assertEquals(kept, s.modelHash(), model + ": reopened, the session holds the model the request kept");
            Map<String, Object> v = s.verifyForgetting(Progress.NONE);
            assertEquals(Boolean.TRUE, v.get("passed"), model + ": " + v);
        }
    }

    /** A session written before sessions kept their encoding re-fits it on its copy and retrains, as it did. */
    @org.junit.jupiter.api.Test
    void aSessionWithoutAKeptEncodingRefitsItAsBefore() throws IOException {
        Path session = tmp.resolve("session");
        Session.create(
                        session,
                        Passengers.write(tmp),
                        "survived",
                        "qkmeans",
                        Map.of(),
                        42,
                        0.2,
                        Storage.DEFAULT,
                        Progress.NONE)
                .close();
        Path file = session.resolve(SessionFolder.MANIFEST);
        String json = Files.readString(file);
        int from = json.indexOf("\"encoding\": {");
        int to = json.indexOf("\"log\": {");
        assertTrue(from > 0 && to > from, json);
        Files.writeString(file, json.substring(0, from) + "\"encoding\": null,\n  " + json.substring(to));
        try (Session s = Session.open(session, Storage.DEFAULT)) {
            Map<String, Object> r = s.forget(
                    new ErasureRequest(
                            null, new int[] {Passengers.ROW}, null, null, Instant.now(), ErasureRequest.Method.EXACT),
                    Progress.NONE);
            assertEquals(Boolean.TRUE, r.get("exact"), r.toString());
            assertEquals(r.get("model_kept"), s.modelHash());
            assertEquals(Boolean.TRUE, s.verifyForgetting(Progress.NONE).get("passed"));
        }
        assertFalse(Files.readString(file).contains("\"encoding\": {"), "nor does it start keeping one");
    }
}
