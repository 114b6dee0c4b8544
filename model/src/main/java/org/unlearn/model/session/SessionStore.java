package org.unlearn.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.util.Json;
import org.unlearn.model.util.Storage;

/**
 * The commit protocol of a session folder. Every change is one commit: the new data copy and model state are
 * written under new names (temp file, fsync, rename), then the session file (naming them, with their hashes,
 * the new log head and the entry to append) replaces the old one atomically, then the entry is appended to the
 * log and the replaced files deleted. A crash before the session file's rename leaves the session as it was;
 * after it, opening finishes the append and the deletions ({@link #recover}).
 */
final class SessionStore {
    final SessionFolder folder;
    final Storage storage;
    final byte[] key;
    private Manifest manifest;

    SessionStore(SessionFolder folder, Storage storage, byte[] key, Manifest manifest) {
        this.folder = folder;
        this.storage = storage;
        this.key = key;
        this.manifest = manifest;
    }

    Manifest manifest() {
        return manifest;
    }

    /** Writes a model's state under the manifest's generation, before the commit that names it; its hash. */
    String writeModel(Manifest m, byte[] state) throws IOException {
        storage.writeAtomically(folder.file(m.modelFile()), state);
        return DataCopy.sha256(state);
    }

    /** The stored model's bytes, checked against the recorded hash. */
    byte[] readModel() {
        Path file = folder.file(manifest.modelFile());
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!DataCopy.sha256(bytes).equals(manifest.modelSha256())) {
                throw modelMismatch();
            }
            return bytes;
        } catch (IOException e) {
            throw modelMismatch();
        }
    }

    /** A whole model file an earlier version wrote ({@code why}: its layout), refused as such. */
    ModelMismatchException modelMismatch(String why) {
        return new ModelMismatchException(
                folder.dir,
                folder.dir + ": the stored model " + manifest.modelFile() + " was written by an earlier version (" + why
                        + "); nothing was changed (rebuilding it retrains it from the session's data copy)");
    }

    ModelMismatchException modelMismatch() {
        return new ModelMismatchException(
                folder.dir,
                folder.dir + ": the stored model " + manifest.modelFile()
                        + " is missing, damaged or does not match its recorded hash; nothing was changed (rebuilding it"
                        + " retrains it from the session's data copy)");
    }

    /**
     * One change, its new files already written: the session file (the commit point), the log entry, the
     * replaced files deleted. {@code next} carries everything but the head and the pending entry, set here.
     */
    void commit(String action, Map<String, Object> fields, Manifest next, List<String> replaced) throws IOException {
        AuditLog.Entry entry = AuditLog.seal(key, manifest.head(), Instant.now(), action, fields);
        Manifest committed = next.committed(entry.head(), entry.line());
        storage.writeAtomically(
                folder.manifest(), Json.pretty(committed.toMap()).getBytes(StandardCharsets.UTF_8));
        manifest = committed;
        AuditLog.append(folder.log(), entry, storage);
        for (String name : replaced) {
            if (!name.equals(committed.dataFile()) && !name.equals(committed.modelFile())) {
                storage.delete(folder.file(name));
            }
        }
    }

    /**
     * Finishes a change a crash interrupted after its commit point, and removes what it left behind; true when
     * the log's last entry was missing and was restored from the session file, which the commit had sealed it in.
     */
    boolean recover() throws IOException {
        boolean restored = false;
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
                restored = true;
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean staleCopy = name.startsWith("data-") && !name.equals(manifest.dataFile());
                boolean staleModel = name.startsWith("model-")
                        && (manifest.modelSha256() == null || !name.equals(manifest.modelFile()));
                if (staleCopy || staleModel || name.endsWith(".tmp")) {
                    storage.delete(f);
                }
            }
        }
        return restored;
    }

    /** Checks the recipe, the data copy and (unless it is to be rebuilt) the stored model against their hashes. */
    void checkHashes(boolean model) {
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
        checkEncoding();
        if (model && manifest.modelSha256() != null) {
            readModel();
        }
    }

    /**
     * The kept encoding against the hash recorded beside it and, when the log's chain holds, against the hash the
     * log's last entry that set it recorded (sealed under the key, so rewriting both in session.json is caught).
     * A session written before the encoding was kept has neither and passes.
     */
    private void checkEncoding() {
        if (manifest.encoding() == null) {
            return;
        }
        String own = FixedEncoding.sha256(manifest.encoding());
        if (!own.equals(manifest.encodingSha256())) {
            throw new BadInputException(folder.dir + ": the encoding in session.json does not match its recorded hash"
                    + " (it was changed outside the app)");
        }
        try {
            List<String> lines = AuditLog.lines(folder.log());
            if (!AuditLog.verify(lines, key, manifest.head()).intact()) {
                return; // verifying the log names what is wrong with it
            }
            List<Map<String, Object>> entries = AuditLog.read(folder.log());
            for (int i = entries.size() - 1; i >= 0; i--) {
                Object logged = entries.get(i).get("encoding_sha256");
                if (logged != null) {
                    if (!own.equals(logged)) {
                        throw new BadInputException(folder.dir + ": the encoding in session.json does not match the"
                                + " hash the audit log recorded in entry "
                                + entries.get(i).get("entry")
                                + " (it was changed outside the app)");
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Checks the audit log's chain under the session's key and its end against the recorded head. */
    AuditLog.Verification verifyLog() {
        try {
            return AuditLog.verify(folder.log(), key, manifest.head());
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }
}
