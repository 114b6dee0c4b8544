package org.unlearn.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Engine;
import org.unlearn.model.util.Json;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * A compliance session: a folder holding the recipe, the session's own copy of the data (rewritten
 * without the forgotten rows at every request), the request history, the audit log and its key.
 *
 * <p>The model is not stored: it is rebuilt on opening by training on the copy with the recipe's seed.
 * For exact requests that is the same model, bit for bit, as forgetting produced; an approximate request's
 * model is measured when it is made, and the session keeps the exact one (it is consolidated on saving).
 *
 * <p>Every change is one commit: the new data copy is written under a new name, then the session file
 * (naming the copy, with the new log head and the entry to append) replaces the old one atomically, then
 * the entry is appended to the log and the old copy deleted. A crash before the session file's rename
 * leaves the session as it was; after it, opening finishes the append and the deletion.
 */
public final class Session implements AutoCloseable {
    private final SessionFolder folder;
    private final Storage storage;
    private final byte[] key;
    private Manifest manifest;
    private Loaded loaded;

    /** The data copy as read, and the model rebuilt from it, loaded when first needed. */
    private record Loaded(byte[] bytes, Dataset read, Dataset data, SessionModel<?> model) {}

    private Session(SessionFolder folder, Storage storage, byte[] key, Manifest manifest) {
        this.folder = folder;
        this.storage = storage;
        this.key = key;
        this.manifest = manifest;
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
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
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
        Recipe recipe = new Recipe(
                dataFile.getFileName().toString(),
                DataCopy.sha256(raw),
                read.rowCount(),
                label,
                model,
                options,
                seed,
                testFraction,
                Engine.version());
        Configured<?> family = recipe.family();
        Map<String, String> given = new java.util.TreeMap<>();
        family.options()
                .given()
                .forEach(name -> given.put(name, family.options().text(name)));
        recipe = new Recipe(
                recipe.source(),
                recipe.sourceSha256(),
                recipe.sourceRows(),
                label,
                family.code(),
                given,
                seed,
                testFraction,
                recipe.engine());
        if (family.family().group().supervised() && label == null) {
            throw new BadInputException("model \"" + model + "\" learns a label: name the label column");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new BadInputException("the held-out share must be in [0, 1), not " + testFraction);
        }
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
            PreparedData data = prepare(folder.file(Manifest.dataFile(1)), recipe, ids);
            int[] heldOut = heldOut(family, data, recipe);
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
                    null);
            Session session = new Session(folder, storage, key, start);
            SessionModel<?> built = SessionModel.build(family, data, heldOut, seed, progress.range(0.2, 1));
            session.loaded = new Loaded(copy, CsvReader.read(folder.file(Manifest.dataFile(1))), data.dataset(), built);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("recipe_sha256", start.recipeSha256());
            fields.put("source_sha256", recipe.sourceSha256());
            fields.put("data_sha256", start.dataSha256());
            fields.put("rows", ids.length);
            fields.put("training_rows", built.train.size());
            fields.put("held_out_rows", heldOut.length);
            fields.put("family", model);
            fields.put("seed", seed);
            fields.put("model", ModelHash.of(built.model));
            session.commit("create", fields, start, null);
            return session;
        } catch (IOException e) {
            abandon(folder);
            throw new BadInputException(dir + ": cannot be written (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            abandon(folder);
            throw e;
        }
    }

    /** A creation that failed before its commit leaves no file behind (the folder as it was given: empty). */
    private static void abandon(SessionFolder folder) {
        folder.close();
        if (Files.exists(folder.manifest())) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // what cannot be deleted is named by the next create's "not empty" refusal
        }
    }

    /**
     * Opens a session folder: takes its lock, finishes a change a crash interrupted, removes files no
     * longer part of it, and checks the recipe and the data copy against their recorded hashes.
     */
    public static Session open(Path dir, Storage storage) {
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
            session.recover();
            session.checkHashes();
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

    public Path folder() {
        return folder.dir;
    }

    public Recipe recipe() {
        return manifest.recipe();
    }

    /** The request history, oldest first, as recorded (ids, counts, digests, hashes and figures; no values). */
    public List<Map<String, Object>> requests() {
        return manifest.requests();
    }

    /** The audit log's head as the session file records it. */
    public AuditLog.Head head() {
        return manifest.head();
    }

    public int remainingRows() {
        return manifest.remaining().length;
    }

    /** The row id of each data row of the current data copy, in file order (its rows are the ones that remain). */
    public int[] copyRowIds() {
        return manifest.remaining().clone();
    }

    /** The current data copy's file. */
    public Path dataCopy() {
        return folder.file(manifest.dataFile());
    }

    public int[] forgottenRows() {
        return manifest.forgotten().clone();
    }

    public String dataSha256() {
        return manifest.dataSha256();
    }

    public Path logFile() {
        return folder.log();
    }

    /** Checks the audit log's chain under the session's key and its end against the recorded head. */
    public AuditLog.Verification verifyLog() {
        try {
            return AuditLog.verify(folder.log(), key, manifest.head());
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The log's entries as recorded. */
    public List<Map<String, Object>> logEntries() {
        try {
            return AuditLog.read(folder.log());
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
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
        ErasureRun run = new ErasureRun(l.data(), l.model(), manifest, key);
        ErasureRun.Result result = run.carryOut(request, progress.range(0.3, 1));
        List<Map<String, Object>> requests = new ArrayList<>(manifest.requests());
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
                commit(
                        "queue",
                        result.logFields(),
                        manifest.next(
                                manifest.generation(),
                                manifest.dataSha256(),
                                manifest.remaining(),
                                manifest.forgotten(),
                                requests),
                        null);
                return result.record();
            }
            int[] removed = result.removed();
            int[] sortedRemoved = removed.clone();
            Arrays.sort(sortedRemoved);
            byte[] copy = DataCopy.keep(
                    l.bytes(), l.read(), manifest.remaining(), id -> Arrays.binarySearch(sortedRemoved, id) < 0);
            int[] remaining = Arrays.stream(manifest.remaining())
                    .filter(id -> Arrays.binarySearch(sortedRemoved, id) < 0)
                    .toArray();
            int[] forgotten = java.util.stream.IntStream.concat(
                            Arrays.stream(manifest.forgotten()), Arrays.stream(removed))
                    .sorted()
                    .toArray();
            Manifest next =
                    manifest.next(manifest.generation() + 1, DataCopy.sha256(copy), remaining, forgotten, requests);
            Path nextCopy = folder.file(next.dataFile());
            storage.writeAtomically(nextCopy, copy);
            Loaded rebuilt = load(nextCopy, next, Progress.NONE);
            String kept = ModelHash.of(rebuilt.model().model);
            Map<String, Object> fields = result.logFields();
            for (Map<String, Object> m : List.of(fields, result.record())) {
                m.put("data_sha256", next.dataSha256());
                m.put("model_kept", kept);
            }
            commit("forget", fields, next, manifest.dataFile());
            loaded = rebuilt;
            return result.record();
        } catch (IOException e) {
            throw new BadInputException(folder.dir + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Verify forgetting: checks that no forgotten row is in the data copy (by id, and by the keyed digest of
     * its cells under any id), that the model rebuilt from the copy is the one the last request kept, and that
     * the log holds; appends the outcome to the log and returns it (each check, true when it passed).
     */
    public Map<String, Object> verifyForgetting(Progress progress) {
        AuditLog.Verification chain = verifyLog();
        if (!chain.intact()) {
            throw new BadInputException(
                    folder.dir + ": the audit log does not verify (" + chain.problem() + "); nothing was changed");
        }
        Loaded l = load(progress);
        java.util.Set<Object> forgottenDigests = new java.util.HashSet<>();
        for (Map<String, Object> r : manifest.requests()) {
            if (r.get("row_digests") instanceof List<?> digests && !"queued".equals(r.get("status"))) {
                forgottenDigests.addAll(digests);
            }
        }
        boolean idsGone =
                Arrays.stream(manifest.forgotten()).allMatch(id -> l.data().positionOf(id) < 0);
        boolean contentGone = true;
        for (int p = 0; p < l.data().rowCount() && contentGone; p++) {
            contentGone =
                    !forgottenDigests.contains(AuditLog.rowDigest(key, l.data().rowText(p)));
        }
        String modelNow = ModelHash.of(l.model().model);
        Object expected = null;
        for (Map<String, Object> r : manifest.requests()) {
            if (r.get("model_kept") != null) {
                expected = r.get("model_kept");
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("forgotten_rows", manifest.forgotten().length);
        fields.put("ids_absent", idsGone);
        fields.put("contents_absent", contentGone);
        fields.put("model", modelNow);
        fields.put("model_as_recorded", expected == null || expected.equals(modelNow));
        fields.put("log_intact", true);
        fields.put("passed", idsGone && contentGone && (expected == null || expected.equals(modelNow)));
        try {
            commit(
                    "verify",
                    fields,
                    manifest.next(
                            manifest.generation(),
                            manifest.dataSha256(),
                            manifest.remaining(),
                            manifest.forgotten(),
                            manifest.requests()),
                    null);
        } catch (IOException e) {
            throw new BadInputException(folder.dir + ": cannot be written (" + e.getMessage() + ")", e);
        }
        return fields;
    }

    /** Writes the rows that remain, as the session's copy holds them, for the controller to replace the source with. */
    public void exportData(Path out) {
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException(out + ": its folder does not exist");
        }
        try {
            storage.writeAtomically(target, Files.readAllBytes(folder.file(manifest.dataFile())));
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot be written (" + e.getMessage() + ")", e);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rows", manifest.remaining().length);
        fields.put("data_sha256", manifest.dataSha256());
        try {
            commit(
                    "export",
                    fields,
                    manifest.next(
                            manifest.generation(),
                            manifest.dataSha256(),
                            manifest.remaining(),
                            manifest.forgotten(),
                            manifest.requests()),
                    null);
        } catch (IOException e) {
            throw new BadInputException(folder.dir + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        folder.close();
    }

    /**
     * One change, the new copy (if any) already written under its new name: the session file (the commit
     * point), the log entry, the replaced copy deleted. {@code next} carries everything but the head and the pending entry, set here.
     */
    private void commit(String action, Map<String, Object> fields, Manifest next, String replacedCopy)
            throws IOException {
        AuditLog.Entry entry = AuditLog.seal(key, manifest.head(), Instant.now(), action, fields);
        Manifest committed = new Manifest(
                next.recipe(),
                next.recipeSha256(),
                next.generation(),
                next.dataSha256(),
                next.remaining(),
                next.heldOut(),
                next.forgotten(),
                next.requests(),
                entry.head(),
                entry.line());
        storage.writeAtomically(
                folder.manifest(), Json.pretty(committed.toMap()).getBytes(StandardCharsets.UTF_8));
        manifest = committed;
        loaded = null;
        AuditLog.append(folder.log(), entry, storage);
        if (replacedCopy != null) {
            storage.delete(folder.file(replacedCopy));
        }
    }

    /** Finishes a change a crash interrupted after its commit point, and removes what it left behind. */
    private void recover() throws IOException {
        Path log = folder.log();
        List<String> lines = AuditLog.lines(log);
        boolean torn = Files.exists(log) && Files.size(log) > 0 && !endsWithNewline(log);
        List<String> complete = torn ? lines.subList(0, lines.size() - 1) : lines;
        // Roll forward only a log that is intact up to the entry the commit was to follow; anything else is
        // left exactly as found, for verification to name.
        if (manifest.pending() != null && complete.size() == manifest.head().count() - 1) {
            AuditLog.Verification v = AuditLog.verify(complete, key, null);
            if (v.intact() && v.found().hash().equals(AuditLog.previousOf(manifest.pending()))) {
                if (torn) {
                    storage.truncate(
                            log, Files.size(log) - lines.get(lines.size() - 1).getBytes(StandardCharsets.UTF_8).length);
                }
                storage.append(log, (manifest.pending() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean staleCopy = name.startsWith("data-") && !name.equals(manifest.dataFile());
                if (staleCopy || name.endsWith(".tmp")) {
                    storage.delete(f);
                }
            }
        }
    }

    private void checkHashes() {
        if (!manifest.recipe().sha256().equals(manifest.recipeSha256())) {
            throw new BadInputException(folder.dir + ": the recipe in session.json does not match its recorded hash"
                    + " (it was changed outside the app)");
        }
        Path copy = folder.file(manifest.dataFile());
        try {
            if (!Files.isRegularFile(copy)
                    || !DataCopy.sha256(Files.readAllBytes(copy)).equals(manifest.dataSha256())) {
                throw new BadInputException(folder.dir + ": the data copy " + manifest.dataFile()
                        + " is missing or does not match its recorded hash (it was changed outside the app)");
            }
        } catch (IOException e) {
            throw new BadInputException(copy + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private Loaded load(Progress progress) {
        if (loaded == null) {
            loaded = load(folder.file(manifest.dataFile()), manifest, progress);
        }
        return loaded;
    }

    private static Loaded load(Path copy, Manifest m, Progress progress) {
        try {
            byte[] bytes = Files.readAllBytes(copy);
            Dataset read = CsvReader.read(copy);
            PreparedData data = prepare(copy, m.recipe(), m.remaining());
            SessionModel<?> model = SessionModel.build(
                    m.recipe().family(), data, m.heldOut(), m.recipe().seed(), progress);
            return new Loaded(bytes, read, data.dataset(), model);
        } catch (IOException e) {
            throw new BadInputException(copy + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static PreparedData prepare(Path copy, Recipe recipe, int[] ids) {
        Dataset read = CsvReader.read(copy);
        if (read.rowCount() != ids.length) {
            throw new BadInputException(
                    copy + ": holds " + read.rowCount() + " rows, the session records " + ids.length);
        }
        Dataset data = read.withRowIds(recipe.source(), ids);
        return PreparedData.prepare(ColumnRoles.infer(data, recipe.label()), Encoding.Options.DEFAULT);
    }

    private static int[] heldOut(Configured<?> family, PreparedData data, Recipe recipe) {
        if (!family.family().group().supervised()) {
            return new int[0];
        }
        TrainingSet all = family.prepare(data.rows());
        return Split.of(all, recipe.testFraction(), recipe.seed()).test().rowIds();
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }

    private static boolean isEmptyFolder(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
