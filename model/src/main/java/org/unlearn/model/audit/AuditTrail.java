package org.unlearn.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.util.Json;

/**
 * An append-only, hash-chained record of what was trained and forgotten: each entry's hash covers the
 * previous entry's, so editing or dropping any entry breaks every later link ({@link #firstBrokenLink}).
 *
 * <p>Rows are identified by id and by an HMAC-SHA256 digest of their cells under a key that stays with
 * the trail's owner and is never exported: the holder of the key can show that a given row was the one
 * forgotten, while the exported trail reveals nothing of the row's values (a plain hash of a short row
 * could be guessed by trying values).
 */
public final class AuditTrail {
    private static final String GENESIS = "0".repeat(64);

    private final Dataset dataset;
    private final byte[] digestKey;
    private final List<AuditEntry> entries = new ArrayList<>();

    /** A trail for one dataset, with a fresh random digest key. */
    public AuditTrail(Dataset dataset) {
        this(dataset, freshKey());
    }

    /** A trail for one dataset with a given digest key (kept by the caller, never exported). */
    public AuditTrail(Dataset dataset, byte[] digestKey) {
        this.dataset = dataset;
        this.digestKey = digestKey.clone();
    }

    public synchronized AuditEntry recordTraining(Provenance model) {
        return append("train", model, new int[0], true, "trained " + model.family() + " on " + model.trainingRows()
                + " rows (seed " + model.seed() + ")");
    }

    public synchronized AuditEntry recordForget(Provenance model, ForgetReport report) {
        return append("forget", model, report.rowIds(), report.exact(), report.summary());
    }

    public synchronized AuditEntry recordConsolidation(Provenance model) {
        return append("consolidate", model, new int[0], true, "retrained exactly; approximate debt cleared");
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The keyed digest of a row's cells, as the trail records it. */
    public String rowDigest(int rowId) {
        int p = dataset.positionOf(rowId);
        if (p < 0) {
            throw new IllegalArgumentException("no row " + rowId + " in " + dataset.name());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(dataset.name().getBytes(StandardCharsets.UTF_8));
            for (String cell : dataset.rowText(p)) {
                mac.update((byte) 0x1f);
                mac.update(cell.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Index of the first entry whose hash or link does not check out, or -1 when the chain is intact. */
    public synchronized int firstBrokenLink() {
        return firstBrokenLink(entries);
    }

    /** Checks a list of entries (e.g. read back from an export) link by link. */
    public static int firstBrokenLink(List<AuditEntry> chain) {
        String previous = GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            AuditEntry e = chain.get(i);
            if (!e.previousHash().equals(previous) || !e.hash().equals(hash(e))) {
                return i;
            }
            previous = e.hash();
        }
        return -1;
    }

    /** The trail as JSON lines, one entry per line (no digest key). */
    public synchronized String toJsonLines() {
        StringBuilder out = new StringBuilder();
        for (AuditEntry e : entries) {
            out.append(Json.write(e.toMap())).append('\n');
        }
        return out.toString();
    }

    private AuditEntry append(String action, Provenance model, int[] rowIds, boolean exact, String summary) {
        List<String> digests = new ArrayList<>(rowIds.length);
        for (int id : rowIds) {
            digests.add(rowDigest(id));
        }
        String previous = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
        AuditEntry unsigned = new AuditEntry(entries.size() + 1L, Instant.now(), action, model.id(), model.parentId(),
                model.family(), model.method(), model.seed(), rowIds, digests, exact, summary, previous, "");
        AuditEntry signed = new AuditEntry(unsigned.sequence(), unsigned.time(), action, model.id(), model.parentId(),
                model.family(), model.method(), model.seed(), rowIds, digests, exact, summary, previous, hash(unsigned));
        entries.add(signed);
        return signed;
    }

    private static String hash(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Json.write(e.content()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("SHA-256 unavailable", ex);
        }
    }

    private static byte[] freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
