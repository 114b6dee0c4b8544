package org.unlearn.model.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Regressor;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/** A session stores its model and continues from it: same content, same answers, and it forgets exactly. */
class StoredModelTest {
    @TempDir
    Path tmp;

    static Map<String, String> options(String model) {
        return switch (model) {
            case "sisa" -> Map.of("shards", "3", "slices", "2", "epochs", "3");
            case "sisa-mlp" -> Map.of("shards", "3", "slices", "2", "epochs", "2", "learner", "mlp");
            case "sisa-tree" -> Map.of("shards", "3", "learner", "tree");
            case "logreg-certified" -> Map.of("epsilon", "1", "delta", "1e-4", "sigma", "1");
            default -> Map.of();
        };
    }

    static String family(String model) {
        return model.replaceAll("-.*", "");
    }

    /** Every answer the model gives on its own rows, as numbers. */
    static double[] answers(UnlearningModel<?> m) {
        TrainingSet rows = m.trainingData();
        double[] out = new double[rows.size()];
        for (int p = 0; p < out.length; p++) {
            double[] x = rows.row(p);
            out[p] = m instanceof Classifier c
                    ? c.predict(x) + c.probabilities(x)[0]
                    : m instanceof Regressor r ? r.predict(x) : ((Clusterer) m).nearest(x);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kmeans",
                "qkmeans",
                "dckmeans",
                "sisa",
                "sisa-mlp",
                "sisa-tree",
                "logreg",
                "logreg-certified",
                "ridge",
                "dare"
            })
    void aReopenedSessionHoldsTheSameModelWithoutTrainingAndForgetsExactly(String model) throws IOException {
        Path data = Passengers.write(tmp);
        String hash;
        double[] answers;
        try (Session s = Session.create(
                tmp.resolve("session"),
                data,
                "survived",
                family(model),
                options(model),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            assertTrue(s.modelStored(), model + ": the family stores its model");
            hash = s.modelHash();
            answers = answers(s.model());
        }
        try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT)) {
            assertEquals(hash, s.modelHash(), model + ": the model read back has the content it was stored with");
            assertArrayEquals(answers, answers(s.model()), model + ": and gives the same answers");
            Map<String, Object> r = s.forget(
                    new ErasureRequest(
                            "case-1",
                            new int[] {3, Passengers.ROW, 40},
                            null,
                            "art. 17",
                            Instant.now(),
                            ErasureRequest.Method.EXACT),
                    Progress.NONE);
            assertEquals(Boolean.TRUE, r.get("exact"), model + ": forgetting after reopening equals a retrain: " + r);
            assertTrue(s.modelStored(), model + ": the kept model is stored again");
        }
        try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT);
                var files = Files.list(tmp.resolve("session"))) {
            assertEquals(
                    1,
                    files.filter(f -> f.getFileName().toString().startsWith("model-"))
                            .count());
            assertTrue(s.verifyForgetting(Progress.NONE).get("passed").equals(Boolean.TRUE), model);
        }
    }

    /** The approximate steps of a linear model read back, each from the same model, hashed. */
    private static java.util.List<String> steps(UnlearningModel<?> model) {
        org.unlearn.model.linear.LinearModel<?> m = (org.unlearn.model.linear.LinearModel<?>) model;
        TrainingSet rows = m.trainingData();
        int[] ids = {rows.rowId(0), rows.rowId(5), rows.rowId(9)};
        java.util.List<String> out = new java.util.ArrayList<>();
        for (org.unlearn.model.linear.DeletionMethod method : org.unlearn.model.linear.DeletionMethod.values()) {
            try {
                out.add(method + " "
                        + ModelHash.of(m.forget(ids, method, Progress.NONE).model()));
            } catch (org.unlearn.model.BadInputException e) {
                out.add(method + " refused"); // certified removal takes no projective update
            }
        }
        return out;
    }

    /** What a linear model's approximate steps need (the Hessian's inverse, the anchor) is stored: same steps, bit for bit. */
    @ParameterizedTest
    @ValueSource(strings = {"logreg", "logreg-certified", "ridge"})
    void aLinearModelReadBackTakesTheSameApproximateSteps(String model) throws IOException {
        Path data = Passengers.write(tmp);
        java.util.List<String> before;
        try (Session s = Session.create(
                tmp.resolve("session"),
                data,
                "survived",
                family(model),
                options(model),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            before = steps(s.model());
        }
        try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT)) {
            assertEquals(before, steps(s.model()));
        }
    }

    /** A k-means session on the passengers in tmp/session, closed; the content hash of its stored model. */
    private String kmeansSession() throws IOException {
        try (Session s = Session.create(
                tmp.resolve("session"),
                Passengers.write(tmp),
                "survived",
                "kmeans",
                Map.of(),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            return s.modelHash();
        }
    }

    @Test
    void aWholeModelFileOfAnEarlierLayoutIsRefusedAsSuchAndRebuilt() throws IOException {
        String hash = kmeansSession();
        Path file = tmp.resolve("session").resolve(ModelFile.name(1));
        byte[] bytes = Files.readAllBytes(file);
        String fileHash = DataCopy.sha256(bytes);
        // the header: format name, format version, the family's code, then the layout, made one earlier here
        int layout = 4 + ModelFile.FORMAT.length() + 4 + 4 + "kmeans".length();
        java.nio.ByteBuffer.wrap(bytes)
                .putInt(layout, java.nio.ByteBuffer.wrap(bytes).getInt(layout) - 1);
        Files.write(file, bytes);
        Path manifest = tmp.resolve("session").resolve("session.json");
        String recorded = Files.readString(manifest);
        assertTrue(recorded.contains(fileHash), "session.json records the file's hash");
        Files.writeString(manifest, recorded.replace(fileHash, DataCopy.sha256(bytes)));

        ModelMismatchException e;
        try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT)) {
            e = org.junit.jupiter.api.Assertions.assertThrows(ModelMismatchException.class, s::model);
        }
        assertTrue(
                e.getMessage().contains("written by an earlier version (a kmeans model stored in layout")
                        && !e.getMessage().contains("damaged")
                        && !e.getMessage().contains("\n"),
                e.getMessage());
        try (Session s = Session.rebuild(tmp.resolve("session"), Storage.DEFAULT)) {
            assertEquals(hash, s.modelHash(), "the rebuilt model is today's layout again");
        }
    }

    @Test
    void aDamagedModelFileIsRefusedInOneLineAndRebuiltOnlyWhenAsked() throws IOException {
        String hash = kmeansSession();
        Path file = tmp.resolve("session").resolve(ModelFile.name(1));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 1;
        Files.write(file, bytes);
        ModelMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(
                ModelMismatchException.class, () -> Session.open(tmp.resolve("session"), Storage.DEFAULT));
        assertTrue(e.getMessage().contains("model-1.bin") && !e.getMessage().contains("\n"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "refusing changes nothing");
        try (Session s = Session.rebuild(tmp.resolve("session"), Storage.DEFAULT)) {
            assertEquals(hash, s.modelHash(), "retraining on the copy gives the model back");
            assertTrue(s.verifyLog().intact());
            assertEquals(
                    "rebuild", s.logEntries().get(s.logEntries().size() - 1).get("action"));
        }
        try (Session s = Session.open(tmp.resolve("session"), Storage.DEFAULT)) {
            assertEquals(hash, s.modelHash());
        }
    }
}
