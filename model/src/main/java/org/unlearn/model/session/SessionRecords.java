package org.unlearn.model.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;

/**
 * A session's audit log read without its lock, while another process (the window) holds the session: reading
 * changes nothing, so it needs no lock, and it repairs nothing (the holder does that).
 */
public final class SessionRecords {
    private final SessionFolder folder;
    private final Manifest manifest;
    private final byte[] key;

    private SessionRecords(SessionFolder folder, Manifest manifest, byte[] key) {
        this.folder = folder;
        this.manifest = manifest;
        this.key = key;
    }

    /** Reads the session file and the key; refused in one line when the folder is not a session. */
    public static SessionRecords read(Path dir) {
        if (!Files.isRegularFile(dir.resolve(SessionFolder.MANIFEST))) {
            throw new BadInputException(dir + ": not an Unlearn Explorer session (no session.json)");
        }
        SessionFolder folder = SessionFolder.unlocked(dir);
        Manifest manifest;
        try {
            manifest = Manifest.fromMap(folder.readManifest());
        } catch (RuntimeException e) {
            throw folder.damaged("session.json is not a session file of this version");
        }
        return new SessionRecords(folder, manifest, folder.readKey());
    }

    /** The log's head as the session file records it. */
    public AuditLog.Head head() {
        return manifest.head();
    }

    /** The log's entries as recorded. */
    public List<Map<String, Object>> entries() {
        try {
            return AuditLog.read(folder.log());
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Checks the chain and its end against the recorded head. A last entry the session file has sealed but the
     * holder has not appended yet (a change being committed now) counts as written.
     */
    public AuditLog.Verification verify() {
        try {
            List<String> lines = AuditLog.lines(folder.log());
            AuditLog.Verification v = AuditLog.verify(lines, key, manifest.head());
            if (!v.intact()
                    && manifest.pending() != null
                    && lines.size() == manifest.head().count() - 1) {
                List<String> withPending = new ArrayList<>(lines);
                withPending.add(manifest.pending());
                AuditLog.Verification sealed = AuditLog.verify(withPending, key, manifest.head());
                return sealed.intact() ? sealed : v;
            }
            return v;
        } catch (IOException e) {
            throw new BadInputException(folder.log() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
