package org.unlearn.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.data.ColumnRoles;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * A compliance session: a folder holding the recipe, the session's own copy of the data (rewritten
 * without the forgotten rows at every request), the model's stored state, the request history, the audit
 * log and its key. This class runs requests; {@link SessionStore} commits them.
 *
 * <p>The model is stored ({@link ModelFile}) and read back on opening, without training, when its family
 * can store it; otherwise it is rebuilt by training on the copy with the recipe's seed. Every copy is encoded
 * with the encoding fitted when the session was created ({@link FixedEncoding}), so after a request the session
 * keeps the request's own model, without training again (an exact request's model equals the retrain from
 * scratch on the remaining rows; an approximate one's is measured against that retrain, which is kept instead).
 */
public final class Session implements AutoCloseable {
    private final SessionStore store;
    private final SessionFolder folder;
    private final Storage storage;
    private final byte[] key;
    private Loaded loaded;

    /** Whether opening restored the log's last entry (see {@link #restoredLastEntry()}). */
    private boolean restoredLastEntry;

    private Session(SessionFolder folder, Storage storage, byte[] key, Manifest manifest) {
        this.store = new SessionStore(folder, storage, key, manifest);
        this.folder = folder;
        this.storage = storage;
        this.key = key;
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
        if (Files.exists(dir) && !SessionFolder.isEmpty(dir)) {
            throw new BadInputException(dir + ": already exists and is not empty; give a new folder for the session");
        }
        byte[] raw;
        byte[] text;
        try {
            raw = Files.readAllBytes(dataFile);
            text = DataCopy.readSource(dataFile);
        } catch (IOException e) {
            throw new BadInputException(dataFile + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Dataset read = CsvReader.read(dataFile, progress.range(0, 0.2));
        Recipe recipe = Recipe.checked(dataFile, DataCopy.sha256(raw), read, label, model, options, seed, testFraction);
        Configured<?> family = recipe.family();
        ColumnRoles.infer(read, label);
        int[] ids = read.rowIds();
        byte[] copy = DataCopy.keep(text, read, ids, id -> true);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be created (" + e.getMessage() + ")", e);
        }
        SessionFolder folder = SessionFolder.lock(dir);
        try {
            byte[] key = AuditLog.freshKey();
            storage.writeAtomically(
                    folder.file(SessionFolder.KEY),
                    HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII));
            storage.writeAtomically(folder.file(Manifest.dataFile(1)), copy);
            Dataset readCopy = CsvReader.read(folder.file(Manifest.dataFile(1)));
            PreparedData data = Loaded.prepare(folder.file(Manifest.dataFile(1)), readCopy, recipe, ids, null);
            int[] heldOut = Loaded.heldOut(family, data, recipe);
            Manifest start = new Manifest(
                    recipe,
                    recipe.sha256(),
                    1,
                    DataCopy.sha256(copy),
                    ids,
                    heldOut,
                    new int[0],
                    List.of(),
                    AuditLog.Head.EMPTY,
                    null,
                    null,
                    data.encoding());
            Session session = new Session(folder, storage, key, start);
            SessionModel<?> built = SessionModel.build(family, data, heldOut, seed, progress.range(0.2, 1));
            start = session.withStoredModel(start, built);
            session.loaded = new Loaded(copy, readCopy, data, built);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("recipe_sha256", start.recipeSha256());
            fields.put("source_sha256", recipe.sourceSha256());
            fields.put("data_sha256", start.dataSha256());
            if (start.encodingSha256() != null) {
                fields.put("encoding_sha256", start.encodingSha256());
            }
            fields.put("rows", ids.length);
            fields.put("training_rows", built.train.size());
            fields.put("held_out_rows", heldOut.length);
            fields.put("family", model);
            fields.put("seed", seed);
            fields.put("model", ModelHash.of(built.model));
            fields.put("model_stored", start.modelSha256() != null);
            session.store.commit("create", fields, start, List.of());
            return session;
        } catch (IOException e) {
            SessionFolder.abandon(folder);
            throw new BadInputException(dir + ": cannot be written (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            SessionFolder.abandon(folder);
            throw e;
        }
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

    private static Session open(Path dir, Storage storage, boolean rebuild) {
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
            session.store.checkHashes(!rebuild);
            if (rebuild) {
                session.rebuildModel();
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
        return load(Progress.NONE).model().model;
    }

    /**
     * The current data copy as the model sees it: named as the source file, under the session's row ids, and
     * encoded as the model was trained (for a view that shows the session's model on its rows).
     */
    public PreparedData preparedData() {
        return load(Progress.NONE).prepared();
    }

    /** The rows the model the session holds is trained on, encoded as it was. */
    public org.unlearn.model.data.TrainingSet trainingRows() {
        return load(Progress.NONE).model().train;
    }

    /** The rows held out to score the model (drawn when the session was created); null for clustering. */
    public org.unlearn.model.data.TrainingSet heldOutRows() {
        return load(Progress.NONE).model().test;
    }

    /**
     * The remaining rows a filter over the data's columns matches, by the session's ids: the rows a request
     * by that filter takes (less any already queued). Refused in one line when the filter cannot be read.
     */
    public int[] rowsMatching(String filter) {
        Dataset data = load(Progress.NONE).data();
        return org.unlearn.model.data.RowFilter.parse(filter, data).matchingRowIds(data);
    }

    /** The content hash of the model the session holds now (rebuilding it if needed). */
    public String modelHash() {
        return ModelHash.of(load(Progress.NONE).model().model);
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
        Loaded l = load(progress.range(0, 0.3));
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
            Kept rebuilt = keep(nextCopy, copy, next, l, result.kept());
            next = withStoredModel(rebuilt.manifest, rebuilt.loaded.model());
            String kept = ModelHash.of(rebuilt.loaded.model().model);
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
            loaded = rebuilt.loaded;
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
        Loaded l = load(progress);
        Map<String, Object> fields = ForgettingCheck.run(l, manifest(), key);
        logOnly("verify", fields);
        return fields;
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
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException(out + ": its folder does not exist");
        }
        try {
            storage.writeAtomically(
                    target, Files.readAllBytes(folder.file(manifest().dataFile())));
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written (" + e.getMessage() + ")", e);
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

    /** Writes the model's state for the manifest's generation, when its family can store it; the manifest naming it. */
    private Manifest withStoredModel(Manifest m, SessionModel<?> model) throws IOException {
        java.util.Optional<byte[]> state = model.state();
        return state.isPresent() ? m.withModel(store.writeModel(m, state.get())) : m.withModel(null);
    }

    private record Kept(Manifest manifest, Loaded loaded) {}

    /**
     * The new copy encoded as the model was trained and the request's model over it (no training). The
     * session file then writes every category or class only forgotten rows had as a digest; a session written
     * before sessions kept their encoding re-fits it on the copy and trains, as it did then.
     */
    private Kept keep(Path nextCopy, byte[] copy, Manifest next, Loaded before, UnlearningModel<?> model) {
        if (next.encoding() == null || model == null) {
            return new Kept(next, load(nextCopy, next, Progress.NONE));
        }
        Dataset read = CsvReader.read(nextCopy);
        PreparedData data = Loaded.prepare(nextCopy, read, next.recipe(), next.remaining(), next.encoding());
        Manifest redacted = next.withEncoding(FixedEncoding.withoutAbsentValues(next.encoding(), data.dataset(), key));
        PreparedData shown = new PreparedData(
                data.dataset(),
                data.roles(),
                redacted.encoding(),
                redacted.encoding().encode(data.dataset()));
        return new Kept(redacted, new Loaded(copy, read, shown, before.model().keeping(model, shown, next.heldOut())));
    }

    /** Rebuilds the model by training on the data copy, stores it and logs the rebuild. */
    private void rebuildModel() throws IOException {
        Manifest m = manifest();
        Loaded l = load(folder.file(m.dataFile()), m.withModel(null), Progress.NONE);
        Manifest next = withStoredModel(m, l.model());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reason", "the stored model was missing or did not match its recorded hash");
        fields.put("model", ModelHash.of(l.model().model));
        fields.put("model_stored", next.modelSha256() != null);
        store.commit("rebuild", fields, next, List.of());
        loaded = l;
    }

    private synchronized Loaded load(Progress progress) {
        if (loaded == null) {
            loaded = load(folder.file(manifest().dataFile()), manifest(), progress);
        }
        return loaded;
    }

    /** The copy and the model: read back from its stored state when there is one, else trained on the copy. */
    private Loaded load(Path copy, Manifest m, Progress progress) {
        try {
            byte[] bytes = Files.readAllBytes(copy);
            Dataset read = CsvReader.read(copy);
            PreparedData data = Loaded.prepare(copy, read, m.recipe(), m.remaining(), m.encoding());
            SessionModel<?> model;
            if (m.modelSha256() != null && m == manifest()) {
                byte[] state = store.readModel();
                try {
                    model = SessionModel.restore(
                            m.recipe().family(), data, m.heldOut(), m.recipe().seed(), state);
                } catch (IOException | RuntimeException e) {
                    throw store.modelMismatch();
                }
            } else {
                model = SessionModel.build(
                        m.recipe().family(), data, m.heldOut(), m.recipe().seed(), progress);
            }
            return new Loaded(bytes, read, data, model);
        } catch (IOException e) {
            throw new BadInputException(copy + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
