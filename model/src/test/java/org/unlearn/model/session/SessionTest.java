package org.unlearn.model.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

class SessionTest {
    @TempDir
    Path tmp;

    private Session create(String model, Map<String, String> options) throws IOException {
        Path data = Passengers.write(tmp);
        return Session.create(
                tmp.resolve("session"), data, "survived", model, options, 42, 0.2, Storage.DEFAULT, Progress.NONE);
    }

    private static ErasureRequest byFilter(String filter, ErasureRequest.Method method) {
        return new ErasureRequest("case-2026-017", null, filter, "art. 17 request", Instant.now(), method);
    }

    private static ErasureRequest byIds(ErasureRequest.Method method, int... ids) {
        return new ErasureRequest("case-2026-018", ids, null, "art. 17 request", Instant.now(), method);
    }

    /**
     * Data minimization: after forgetting a person's row, no byte of any file the session wrote holds
     * their name, their ticket or their row's line; for every family.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {"kmeans", "qkmeans", "dckmeans", "sisa", "sisa-mlp", "sisa-tree", "logreg", "ridge", "dare"})
    void afterForgettingAPersonNoFileOfTheSessionHoldsTheirValues(String model) throws IOException {
        Path data = Passengers.write(tmp);
        String line = Files.readAllLines(data).get(Passengers.ROW);
        assertTrue(line.contains(Passengers.NAME));
        Map<String, String> options = StoredModelTest.options(model);
        try (Session s = Session.create(
                tmp.resolve("session"),
                data,
                "survived",
                StoredModelTest.family(model),
                options,
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            assertTrue(contains(tmp.resolve("session"), Passengers.NAME), "the copy holds the person before");
            Map<String, Object> r = s.forget(
                    byFilter("name == \"" + Passengers.NAME + "\"", ErasureRequest.Method.EXACT), Progress.NONE);
            assertEquals(List.of(Passengers.ROW), r.get("rows"));
            assertEquals(Boolean.TRUE, r.get("exact"), model + ": " + r);
            assertTrue(
                    s.modelStored()
                            && Files.isRegularFile(tmp.resolve("session").resolve(ModelFile.name(2))),
                    "the search below covers the stored model (SISA: every slice checkpoint)");
            s.exportData(tmp.resolve("remaining.csv"));
            Files.createDirectories(tmp.resolve("certificates"));
            String one = Certificate.lastRequest(s, Instant.now());
            Files.writeString(tmp.resolve("certificates/request.html"), one);
            Files.writeString(tmp.resolve("certificates/session.html"), Certificate.wholeSession(s, Instant.now()));
            assertTrue(
                    one.contains(s.head().hash()) && one.contains("<b>identical</b>") && one.contains("1 row (7)"),
                    "the certificate names the row, says it is exact and carries the log's head");
        }
        for (String secret : List.of(Passengers.NAME, "Elisabeth", Passengers.TICKET, line)) {
            assertFalse(contains(tmp.resolve("session"), secret), model + ": a session file holds " + secret);
            assertFalse(contains(tmp.resolve("remaining.csv"), secret), model + ": the export holds " + secret);
            assertFalse(contains(tmp.resolve("certificates"), secret), model + ": a certificate holds " + secret);
        }
        try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT)) {
            assertTrue(s.verifyLog().intact());
            assertEquals(3, s.head().count(), "create, forget, export");
            assertEquals(
                    s.requests().get(0).get("model_kept"),
                    s.modelHash(),
                    "the reopened session rebuilds the model the request kept, bit for bit");
        }
    }

    @Test
    void verifyingForgettingChecksTheCopyAndTheModelAndIsLogged() throws IOException {
        try (Session s = create("dckmeans", Map.of())) {
            s.forget(byIds(ErasureRequest.Method.EXACT, 4, Passengers.ROW), Progress.NONE);
            Map<String, Object> v = s.verifyForgetting(Progress.NONE);
            assertEquals(Boolean.TRUE, v.get("passed"), v.toString());
            assertEquals(3, s.head().count());
        }
        // a forgotten row's line put back into the copy (under another id) is found by its keyed digest
        Path dir = tmp.resolve("session");
        Path copy = dir.resolve("data-2.csv");
        List<String> lines = Files.readAllLines(Passengers.write(tmp));
        List<String> kept = new java.util.ArrayList<>(Files.readAllLines(copy));
        kept.set(1, lines.get(Passengers.ROW));
        Files.write(copy, kept);
        String json = Files.readString(dir.resolve("session.json"));
        String sha = org.unlearn.model.session.DataCopy.sha256(Files.readAllBytes(copy));
        Files.writeString(
                dir.resolve("session.json"),
                json.replaceAll(
                        "\"sha256\": \"[0-9a-f]{64}\",\n    \"rows\"", "\"sha256\": \"" + sha + "\",\n    \"rows\""));
        try (Session s = Session.open(dir, Storage.DEFAULT)) {
            Map<String, Object> v = s.verifyForgetting(Progress.NONE);
            assertEquals(Boolean.FALSE, v.get("contents_absent"), v.toString());
            assertEquals(Boolean.FALSE, v.get("passed"));
        }
    }

    @Test
    @SuppressWarnings("try") // the session is held open, never read: the second open must meet its lock
    void aSecondOpenOfTheSameSessionIsRefusedInOneLine() throws IOException {
        try (Session s = create("qkmeans", Map.of())) {
            BadInputException e =
                    assertThrows(BadInputException.class, () -> Session.open(tmp.resolve("session"), Storage.DEFAULT));
            assertTrue(e.getMessage().contains("open in another process"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        Session.open(tmp.resolve("session"), Storage.DEFAULT).close();
    }

    /** Fails the forget at each physical write step in turn: the session opens before or after, never between. */
    @Test
    void aCrashAtAnyStepOfAForgetLeavesTheSessionBeforeOrAfterIt() throws IOException {
        String before;
        try (Session s = create("logreg", Map.of())) {
            before = s.modelHash();
        }
        int[] rows = {3, Passengers.ROW, 40};
        int failures = 0;
        for (int failAt = 1; ; failAt++) {
            FailingStorage failing = new FailingStorage(failAt);
            boolean completed;
            try (Session s = Session.open(tmp.resolve("session"), failing)) {
                s.forget(byIds(ErasureRequest.Method.EXACT, rows), Progress.NONE);
                completed = !failing.failed;
            } catch (BadInputException e) {
                assertTrue(failing.failed, e.getMessage());
                completed = false;
            }
            try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT)) {
                AuditLog.Verification v = s.verifyLog();
                assertTrue(v.intact(), "after a crash at " + failing.where + ": " + v.problem());
                try (Stream<Path> files = Files.list(tmp.resolve("session"))) {
                    assertEquals(
                            1,
                            files.filter(f -> f.getFileName().toString().startsWith("data-")
                                            || f.toString().endsWith(".tmp"))
                                    .count(),
                            "one data copy, no temporary file");
                }
                try (Stream<Path> files = Files.list(tmp.resolve("session"))) {
                    assertEquals(
                            1,
                            files.filter(f -> f.getFileName().toString().startsWith("model-"))
                                    .count(),
                            "one stored model");
                }
                boolean after = s.forgottenRows().length > 0;
                if (after) {
                    assertArrayEquals(new int[] {3, Passengers.ROW, 40}, s.forgottenRows());
                    assertEquals(2, s.head().count());
                    assertEquals(1, s.requests().size());
                    assertEquals(Passengers.ROWS - 3, s.remainingRows());
                    assertEquals(s.requests().get(0).get("model_kept"), s.modelHash());
                    assertFalse(contains(tmp.resolve("session"), Passengers.NAME));
                } else {
                    assertEquals(1, s.head().count());
                    assertEquals(0, s.requests().size());
                    assertEquals(Passengers.ROWS, s.remainingRows());
                    assertEquals(before, s.modelHash());
                }
                assertTrue(s.modelStored(), "the model is read back, not retrained, after a crash at " + failing.where);
                if (after) {
                    break;
                }
            }
            assertFalse(completed, "a forget that did not fail must have been saved");
            failures++;
        }
        assertTrue(failures >= 8, "every step of the forget was failed in turn: " + failures);
    }

    @Test
    void badRequestsAreRefusedInOneLineWithNothingChanged() throws IOException {
        try (Session s = create("qkmeans", Map.of())) {
            s.forget(byIds(ErasureRequest.Method.EXACT, 5), Progress.NONE);
            AuditLog.Head head = s.head();
            assertRefused(
                    "matches no remaining row",
                    () -> s.forget(byFilter("age > 500", ErasureRequest.Method.EXACT), Progress.NONE));
            assertRefused(
                    "unknown column", () -> s.forget(byFilter("agee > 5", ErasureRequest.Method.EXACT), Progress.NONE));
            assertRefused(
                    "row 161 does not exist", () -> s.forget(byIds(ErasureRequest.Method.EXACT, 161), Progress.NONE));
            assertRefused(
                    "row 5 was already forgotten",
                    () -> s.forget(byIds(ErasureRequest.Method.EXACT, 5), Progress.NONE));
            assertEquals(head, s.head());
            assertEquals(1, s.requests().size());
        }
    }

    @Test
    void aChangedDataCopyOrRecipeOrAForeignFolderIsRefused() throws IOException {
        try (Session s = create("qkmeans", Map.of())) {
            assertEquals(Passengers.ROWS, s.remainingRows());
        }
        Path dir = tmp.resolve("session");
        Path copy = dir.resolve("data-1.csv");
        String original = Files.readString(copy);
        Files.writeString(copy, original.replace("male", "mole"));
        assertRefused("data copy data-1.csv is missing or does not match", () -> Session.open(dir, Storage.DEFAULT));
        Files.writeString(copy, original);

        Path manifest = dir.resolve("session.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replace("\"seed\": 42", "\"seed\": 43"));
        assertRefused("recipe in session.json does not match", () -> Session.open(dir, Storage.DEFAULT));
        Files.writeString(manifest, "{\"hello\": 1}");
        assertRefused("damaged or not a session folder", () -> Session.open(dir, Storage.DEFAULT));
        assertRefused("not an Unlearn Explorer session", () -> Session.open(tmp, Storage.DEFAULT));
    }

    /**
     * The kept encoding is anchored like the data copy: an edited category or scale is refused on opening in
     * one line, and so is one whose hash in session.json was recomputed (the log's sealed entry still differs).
     */
    @Test
    void anEditedEncodingIsRefusedEvenWithItsHashRecomputed() throws IOException {
        try (Session s = create("logreg", Map.of())) {
            s.forget(byIds(ErasureRequest.Method.EXACT, 9), Progress.NONE);
        }
        Path dir = tmp.resolve("session");
        Path manifest = dir.resolve("session.json");
        String json = Files.readString(manifest);
        Session.open(dir, Storage.DEFAULT).close();

        String category = json.replace("\"female\"", "\"Female\"");
        assertTrue(!category.equals(json) && category.contains("\"Female\""), "the encoding names the category");
        Files.writeString(manifest, category);
        assertRefused(
                "encoding in session.json does not match its recorded hash", () -> Session.open(dir, Storage.DEFAULT));

        java.util.regex.Matcher mean =
                java.util.regex.Pattern.compile("\"mean\": (-?[0-9.E-]+)").matcher(json);
        assertTrue(mean.find(), json);
        String scale = json.substring(0, mean.start(1)) + "1234.5" + json.substring(mean.end(1));
        Files.writeString(manifest, scale);
        assertRefused(
                "encoding in session.json does not match its recorded hash", () -> Session.open(dir, Storage.DEFAULT));

        Manifest edited = Manifest.fromMap(org.unlearn.model.util.Json.object(scale));
        String rehashed = scale.replace(edited.encodingSha256(), FixedEncoding.sha256(edited.encoding()));
        assertTrue(!rehashed.equals(scale), "the recorded hash was rewritten");
        Files.writeString(manifest, rehashed);
        assertRefused(
                "does not match the hash the audit log recorded in entry 2", () -> Session.open(dir, Storage.DEFAULT));

        Files.writeString(manifest, json);
        try (Session s = Session.open(dir, Storage.DEFAULT)) {
            assertTrue(s.verifyLog().intact());
        }
    }

    @Test
    void aCreationThatIsRefusedLeavesTheFolderEmpty() throws IOException {
        Path data = Passengers.write(tmp);
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        assertRefused(
                "needs",
                () -> Session.create(dir, data, "age", "logreg", Map.of(), 42, 0.2, Storage.DEFAULT, Progress.NONE));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        Session.create(dir, data, "survived", "logreg", Map.of(), 42, 0.2, Storage.DEFAULT, Progress.NONE)
                .close();
    }

    @Test
    void aQueuedRequestIsCarriedOutWithTheNextOne() throws IOException {
        try (Session s = create("logreg", Map.of())) {
            s.forget(byIds(ErasureRequest.Method.QUEUE, 10, 11), Progress.NONE);
            assertEquals(Passengers.ROWS, s.remainingRows(), "a queued request removes nothing yet");
            Map<String, Object> r = s.forget(byIds(ErasureRequest.Method.APPROXIMATE, 12), Progress.NONE);
            assertEquals(List.of("r1"), r.get("carried_out_with"));
            assertArrayEquals(new int[] {10, 11, 12}, s.forgottenRows());
            assertEquals("carried out with r2", s.requests().get(0).get("status"));
            @SuppressWarnings("unchecked")
            Map<String, Object> check = (Map<String, Object>) r.get("verification");
            assertTrue(
                    check.containsKey("relative_distance")
                            && check.containsKey("membership_auc")
                            && check.containsKey("feature_injection_left"),
                    check.toString());
            assertEquals(r.get("model_kept"), s.modelHash());
        }
    }

    /** The window and the session say the same of a held-out row: it leaves the evaluation set, the model stays. */
    @Test
    void forgettingAHeldOutRowLeavesTheModelAsItWas() throws IOException {
        try (Session s = create("logreg", Map.of())) {
            org.unlearn.model.data.PreparedData data = org.unlearn.model.data.PreparedData.load(
                    Passengers.write(tmp), "survived", org.unlearn.model.data.Encoding.Options.DEFAULT, Progress.NONE);
            org.unlearn.model.data.TrainingSet all = org.unlearn.model.family.Families.byCode("logreg")
                    .configure(
                            org.unlearn.model.family.Families.byCode("logreg").defaults())
                    .prepare(data.rows());
            org.unlearn.model.data.TrainingSet test =
                    org.unlearn.model.data.Split.of(all, 0.2, 42).test();
            int heldOut = test.rowId(0);
            Map<String, Object> r = s.forget(byIds(ErasureRequest.Method.EXACT, heldOut), Progress.NONE);
            assertEquals(
                    "row " + heldOut + " was held out to score the model, never trained on: it leaves the evaluation"
                            + " set (" + (test.size() - 1) + " rows now)",
                    r.get("how"),
                    r.toString());
            // nothing forgotten from the model, and the session keeps that very model (the copy is encoded as
            // the model was trained, so nothing is retrained)
            assertEquals(r.get("model_before"), r.get("model_after"));
            assertEquals(r.get("model_before"), r.get("model_kept"));
            assertEquals(r.get("model_before"), s.modelHash());
            assertEquals(1, ((Number) r.get("removed_not_trained")).intValue());
            // and the certificate claims no retrain that was never run (its "time" was a few nanoseconds)
            String html = Certificate.lastRequest(s, Instant.now());
            assertTrue(html.contains("none needed: no removed row had been trained on"), html);
            assertFalse(html.contains("compared with a model"), html);
            assertFalse(html.contains("<svg"), html);
        }
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable call) {
        BadInputException e = assertThrows(BadInputException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** True when any file under a path holds the text's UTF-8 bytes. */
    static boolean contains(Path path, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] hay = Files.readAllBytes(f);
                outer:
                for (int i = 0; i + needle.length <= hay.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (hay[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** Storage that fails at its n-th physical step, as a crash there would. */
    static final class FailingStorage extends Storage {
        private final int failAt;
        private int steps;
        boolean failed;
        String where = "(no step)";

        FailingStorage(int failAt) {
            this.failAt = failAt;
        }

        @Override
        protected void step(String what) throws IOException {
            if (++steps == failAt) {
                failed = true;
                where = "step " + failAt + " (" + what + ")";
                throw new IOException("simulated crash at " + what);
            }
        }
    }
}
