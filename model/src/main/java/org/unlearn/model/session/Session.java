package org.unlearn.model.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * A compliance session: a folder holding the recipe, the session's own copy of the data (rewritten
 * without the forgotten rows at every request), the model's stored state, the request history, the audit
 * log and its key. This class runs requests; {@link SessionStore} commits them, {@link HeldModel} holds the
 * model over the copy and {@link SessionCreation} makes new folders.
 *
 * <p>The model is stored ({@link ModelFile}) and read back on opening, without training, when its family
 * can store it; otherwise it is rebuilt by training on the copy with the recipe's seed. Every copy is encoded
 * with the encoding fitted when the session was created ({@link FixedEncoding}), so after a request the session
 * keeps the request's own model, without training again (an exact request's model equals the retrain from
 * scratch on the remaining rows; an approximate one's is measured against that retrain, which is kept instead).
 */
public final class Session implements AutoCloseable {
    final SessionStore store;
    private final SessionFolder folder;
    private final Storage storage;
    private final byte[] key;
    final HeldModel held;

    /** Whether opening restored the log's last entry (see {@link #restoredLastEntry()}). */
    private boolean restoredLastEntry;

    Session(SessionFolder folder, Storage storage, byte[] key, Manifest manifest) {
        this.store = new SessionStore(folder, storage, key, manifest);
        this.folder = folder;
        this.storage = storage;
        this.key = key;
        this.held = new HeldModel(store, folder, key);
    }

    /**
     * Creates a session folder from a data file: copies the data, trains the model and logs it.
     *
     * @param options the family's options by name (see {@link Recipe})
     */
    public static Session create(
            Path dir,
            Path dataFile,
            String label,
            String model,
            Map<String, String> options,
            long seed,
            double testFraction,
            Storage storage,
            Progress progress) {
        return SessionCreation.create(dir, dataFile, label, model, options, seed, testFraction, storage, progress);
    }

    /**
     * Opens a session folder: takes its lock, finishes a change a crash interrupted, removes files no
     * longer part of it, and checks the recipe and the data copy against their recorded hashes.
     */
    public static Session open(Path dir, Storage storage) {
        return open(dir, storage, false);
    }

    /**
     * Opens a session whose stored model is missing or damaged ({@link ModelMismatchException}) and rebuilds the
     * model by training on the data copy with the recipe's seed; the new state is stored and the rebuild logged.
     * What the copy and the recipe hold is checked as on any opening.
     */
    public static Session rebuild(Path dir, Storage storage) {
        return open(dir, storage, true);
    }

    /** Opens a session to read or add to its records (the log, an export) without loading or checking its model. */
    public static Session openForRecords(Path dir, Storage storage) {
        return open(dir, storage, null);
    }

    /** @param rebuild true to retrain the model, false to check it, null to leave it until it is loaded */
    private static Session open(Path dir, Storage storage, Boolean rebuild) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such session folder");
        }
        if (!Files.isRegularFile(dir.resolve(SessionFolder.MANIFEST))) {
            throw new BadInputException(dir + ": not an Unlearn Explorer session (no session.json)");
        }
        SessionFolder folder = SessionFolder.lock(dir);
        try {
            Manifest manifest;
            try {
                manifest = Manifest.fromMap(folder.readManifest());
            } catch (RuntimeException e) {
                throw folder.damaged("session.json is not a session file of this version");
            }
            Session session = new Session(folder, storage, folder.readKey(), manifest);
            session.restoredLastEntry = session.store.recover();
            session.store.checkHashes(Boolean.FALSE.equals(rebuild));
            if (Boolean.TRUE.equals(rebuild)) {
                session.held.rebuildModel();
            }
            return session;
        } catch (IOException e) {
            folder.close();
            throw new BadInputException(
                    dir + ": cannot be repaired after an interrupted change (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    private Manifest manifest() {
        return store.manifest();
    }

    public Path folder() {
        return folder.dir;
    }

    public Recipe recipe() {
        return manifest().recipe();
    }

    /** The request history, oldest first, as recorded (ids, counts, digests, hashes and figures; no values). */
    public List<Map<String, Object>> requests() {
        return manifest().requests();
    }

    /**
     * True when opening found the audit log's last entry missing — a write interrupted after its commit point,
     * or a cut — and appended it again from the session file, where the commit had sealed it; the chain and
     * the anchored head then hold. Said aloud so that no repair of an evidence file goes unnoticed.
     */
    public boolean restoredLastEntry() {
        return restoredLastEntry;
    }

    /** The audit log's head as the session file records it. */
    public AuditLog.Head head() {
        return manifest().head();
    }

    public int remainingRows() {
        return manifest().remaining().length;
    }

    /** The row id of each data row of the current data copy, in file order (its rows are the ones that remain). */
    public int[] copyRowIds() {
        return manifest().remaining().clone();
    }

    /** The current data copy's file. */
    public Path dataCopy() {
        return folder.file(manifest().dataFile());
    }

    public int[] forgottenRows() {
        return manifest().forgotten().clone();
    }

    public String dataSha256() {
        return manifest().dataSha256();
    }

    public Path logFile() {
        return folder.log();
    }

    /** Checks the audit log's chain under the session's key and its end against the recorded head. */
    public AuditLog.Verification verifyLog() {
        return store.verifyLog();
    }

    /** The log's entries as recorded. */
    public List<Map<String, Object>> logEntries() {
        try {
            return AuditLog.read(folder.log());
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** True when the session stores its model's state (read back on opening), false when it retrains it. */
    public boolean modelStored() {
        return manifest().modelSha256() != null;
    }

    /** The model the session holds now, read back or rebuilt; for tests and views that show it. */
    public org.unlearn.model.forget.UnlearningModel<?> model() {
        return held.load(Progress.NONE).model().model;
    }

    /**
     * The current data copy as the model sees it: named as the source file, under the session's row ids, and
     * encoded as the model was trained (for a view that shows the session's model on its rows).
     */
    public PreparedData preparedData() {
        return held.load(Progress.NONE).prepared();
    }

    /** The rows the model the session holds is trained on, encoded as it was. */
    public org.unlearn.model.data.TrainingSet trainingRows() {
        return held.load(Progress.NONE).model().train;
    }

    /** The rows held out to score the model (drawn when the session was created); null for clustering. */
    public org.unlearn.model.data.TrainingSet heldOutRows() {
        return held.load(Progress.NONE).model().test;
    }

    /**
     * The remaining rows a filter over the data's columns matches, by the session's ids: the rows a request
     * by that filter takes (less any already queued). Refused in one line when the filter cannot be read.
     */
    public int[] rowsMatching(String filter) {
        Dataset data = held.load(Progress.NONE).data();
        return org.unlearn.model.data.RowFilter.parse(filter, data).matchingRowIds(data);
    }

    /** The content hash of the model the session holds now (rebuilding it if needed). */
    public String modelHash() {
        return ModelHash.of(held.load(Progress.NONE).model().model);
    }

    /**
     * Carries out an erasure request and records it; returns the request's record. Refused, with nothing
     * changed, when the rows are not there to forget or the log does not verify.
     */
    public Map<String, Object> forget(ErasureRequest request, Progress progress) {
        AuditLog.Verification v = verifyLog();
        if (!v.intact()) {
            throw new BadInputException(
                    folder.dir + ": the audit log does not verify (" + v.problem() + "); nothing was changed");
        }
        Loaded l = held.load(progress.range(0, 0.3));
        ErasureRun run = new ErasureRun(l.data(), l.model(), manifest(), key);
        ErasureRun.Result result = run.carryOut(request, progress.range(0.3, 1));
        List<Map<String, Object>> requests = new ArrayList<>(manifest().requests());
        for (int i = 0; i < requests.size(); i++) {
            if (result.dequeued().contains(requests.get(i).get("id"))) {
                Map<String, Object> done = new LinkedHashMap<>(requests.get(i));
                done.put("status", "carried out with " + result.record().get("id"));
                requests.set(i, done);
            }
        }
        requests.add(result.record());
        try {
            if (result.removed().length == 0) {
                store.commit(
                        "queue",
                        result.logFields(),
                        manifest()
                                .next(
                                        manifest().generation(),
                                        manifest().dataSha256(),
                                        manifest().remaining(),
                                        manifest().forgotten(),
                                        requests),
                        List.of());
                return result.record();
            }
            int[] removed = result.removed();
            int[] sortedRemoved = removed.clone();
            Arrays.sort(sortedRemoved);
            byte[] copy = DataCopy.keep(
                    l.bytes(), l.read(), manifest().remaining(), id -> Arrays.binarySearch(sortedRemoved, id) < 0);
            int[] remaining = Arrays.stream(manifest().remaining())
                    .filter(id -> Arrays.binarySearch(sortedRemoved, id) < 0)
                    .toArray();
            int[] forgotten = java.util.stream.IntStream.concat(
                            Arrays.stream(manifest().forgotten()), Arrays.stream(removed))
                    .sorted()
                    .toArray();
            Manifest next =
                    manifest().next(manifest().generation() + 1, DataCopy.sha256(copy), remaining, forgotten, requests);
            Path nextCopy = folder.file(next.dataFile());
            storage.writeAtomically(nextCopy, copy);
            HeldModel.Kept rebuilt = held.keep(nextCopy, copy, next, l, result.kept());
            next = held.withStoredModel(rebuilt.manifest(), rebuilt.loaded().model());
            String kept = ModelHash.of(rebuilt.loaded().model().model);
            Map<String, Object> fields = result.logFields();
            for (Map<String, Object> m : List.of(fields, result.record())) {
                m.put("data_sha256", next.dataSha256());
                m.put("model_kept", kept);
            }
            if (next.encodingSha256() != null) {
                fields.put("encoding_sha256", next.encodingSha256());
            }
            store.commit(
                    "forget",
                    fields,
                    next,
                    List.of(manifest().dataFile(), manifest().modelFile()));
            held.set(rebuilt.loaded());
            return result.record();
        } catch (IOException e) {
            throw new BadInputException(folder.dir + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Verify forgetting: checks that no forgotten row is in the data copy (by id, and by the keyed digest of
     * its cells under any id), that the model the session holds is the one the last request kept and equals a
     * model trained from scratch on the copy, and that the log holds; appends the outcome to the log and returns it (each check, true when it passed).
     */
    public Map<String, Object> verifyForgetting(Progress progress) {
        AuditLog.Verification chain = verifyLog();
        if (!chain.intact()) {
            throw new BadInputException(
                    folder.dir + ": the audit log does not verify (" + chain.problem() + "); nothing was changed");
        }
        Loaded l = held.load(progress);
        Map<String, Object> fields = ForgettingCheck.run(l, manifest(), key);
        logOnly("verify", fields);
        return fields;
    }

    /** Records in the log that a certificate was issued; {@link CertificateIssue} is the one caller. */
    void logCertificate(Map<String, Object> fields) {
        logOnly("certificate", new LinkedHashMap<>(fields));
    }

    /** Appends an entry that changes nothing else (a verification, an export): the session file keeps its state. */
    private void logOnly(String action, Map<String, Object> fields) {
        try {
            store.commit(
                    action,
                    fields,
                    manifest()
                            .next(
                                    manifest().generation(),
                                    manifest().dataSha256(),
                                    manifest().remaining(),
                                    manifest().forgotten(),
                                    manifest().requests()),
                    List.of());
        } catch (IOException e) {
            throw new BadInputException(folder.dir + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the rows that remain, as the session's copy holds them, for the controller to replace the source with. */
    public void exportData(Path out) {
        try {
            NamedFile.write(
                    storage, out, Files.readAllBytes(folder.file(manifest().dataFile())));
        } catch (IOException e) {
            throw new BadInputException(manifest().dataFile() + ": cannot be read (" + Storage.reason(e) + ")", e);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rows", manifest().remaining().length);
        fields.put("data_sha256", manifest().dataSha256());
        logOnly("export", fields);
    }

    @Override
    public void close() {
        folder.close();
    }
}
