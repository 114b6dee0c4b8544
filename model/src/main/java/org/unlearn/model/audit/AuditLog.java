package org.unlearn.model.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.unlearn.model.util.Json;
import org.unlearn.model.util.Storage;

/**
 * An append-only audit log in JSON Lines, one entry per line, each carrying the MAC of the entry before
 * it: a keyed chain (HMAC-SHA256 under a key kept by the log's owner, never exported). Without the key an
 * entry cannot be edited and re-sealed; the {@link Head} (entry count and last MAC) is kept outside the log
 * (in the session file and in every certificate), so cutting off the tail is caught as well.
 *
 * <p>Entries hold ids, counts and keyed digests, never a cell's value.
 */
public final class AuditLog {
    private static final String GENESIS = "0".repeat(64);
    private static final String MAC_FIELD = ",\"mac\":\"";

    /** Where the chain ends: how many entries, and the last entry's MAC. */
    public record Head(long count, String hash) {
        public static final Head EMPTY = new Head(0, GENESIS);

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries", count);
            m.put("hash", hash);
            return m;
        }

        public static Head fromMap(Map<?, ?> m) {
            return new Head(((Number) m.get("entries")).longValue(), (String) m.get("hash"));
        }

        @Override
        public String toString() {
            return entries(count) + ", last " + hash;
        }
    }

    /** One sealed entry: its line as written (no newline) and the head once it is appended. */
    public record Entry(String line, Head head) {}

    /**
     * The outcome of {@link #verify}.
     *
     * @param firstBad the number of the first entry that does not check out (from 1), or 0 when intact
     * @param problem  one line for people, or null when intact
     * @param found    the head the log itself ends at (up to the first bad entry)
     */
    public record Verification(long firstBad, String problem, Head found) {
        public boolean intact() {
            return firstBad == 0;
        }
    }

    private AuditLog() {}

    /** Seals the entry that follows {@code after}: numbered, timed, linked to the previous MAC and MACed. */
    public static Entry seal(byte[] key, Head after, Instant time, String action, Map<String, Object> fields) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("entry", after.count() + 1);
        content.put("time", time.toString());
        content.put("action", action);
        content.putAll(fields);
        content.put("previous", after.hash());
        String json = Json.write(content);
        String mac = mac(key, json);
        String line = json.substring(0, json.length() - 1) + MAC_FIELD + mac + "\"}";
        return new Entry(line, new Head(after.count() + 1, mac));
    }

    /** The MAC of the entry a sealed line follows (its "previous"), or null when the line is not a sealed entry. */
    public static String previousOf(String line) {
        try {
            Object previous = Json.object(line).get("previous");
            return previous instanceof String p ? p : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Appends a sealed entry and forces it to disk. */
    public static void append(Path log, Entry entry, Storage storage) throws IOException {
        storage.append(log, (entry.line() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The log's lines (a torn, unterminated last line is returned as it is, for {@link #verify} to name). */
    public static List<String> lines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Each entry as a map (the MAC included), for listing; entries that cannot be read are skipped. */
    public static List<Map<String, Object>> read(Path log) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : lines(log)) {
            try {
                out.add(Json.object(line));
            } catch (IllegalArgumentException e) {
                // verify names it; a listing shows what can be read
            }
        }
        return out;
    }

    /**
     * Checks the chain entry by entry (numbering, link to the previous MAC, own MAC under the key) and its
     * end against the head recorded outside the log ({@code anchored}; null to skip that check).
     */
    public static Verification verify(Path log, byte[] key, Head anchored) throws IOException {
        return verify(lines(log), key, anchored);
    }

    /** {@link #verify(Path, byte[], Head)} over lines already read. */
    public static Verification verify(List<String> lines, byte[] key, Head anchored) {
        String previous = GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            long n = i + 1;
            String line = lines.get(i);
            int cut = line.lastIndexOf(MAC_FIELD);
            if (cut < 0 || !line.endsWith("\"}")) {
                return bad(n, "entry " + n + " is not a sealed entry (cut off or rewritten)", i, previous);
            }
            String content = line.substring(0, cut) + "}";
            String mac = line.substring(cut + MAC_FIELD.length(), line.length() - 2);
            Map<String, Object> fields;
            try {
                fields = Json.object(content);
            } catch (IllegalArgumentException e) {
                return bad(n, "entry " + n + " cannot be read", i, previous);
            }
            Object number = fields.get("entry");
            if (!(number instanceof Long l) || l != n) {
                return bad(
                        n,
                        "entry " + n + " is missing or out of place (found entry " + number + " in its place)",
                        i,
                        previous);
            }
            if (!previous.equals(fields.get("previous"))) {
                return bad(
                        n,
                        "entry " + n + " does not follow entry " + (n - 1)
                                + " (an entry before it was changed, dropped or moved)",
                        i,
                        previous);
            }
            if (!mac(key, content).equals(mac)) {
                return bad(n, "entry " + n + " was changed after it was written (its MAC does not match)", i, previous);
            }
            previous = mac;
        }
        Head found = new Head(lines.size(), previous);
        if (anchored != null) {
            if (found.count() < anchored.count()) {
                return new Verification(
                        found.count() + 1,
                        "entry " + (found.count() + 1) + " is missing: the log ends after " + entries(found.count())
                                + " but " + anchored.count() + " were recorded (the log was cut)",
                        found);
            }
            if (found.count() > anchored.count()) {
                return new Verification(
                        anchored.count() + 1,
                        "entry " + (anchored.count() + 1) + " was added after the recorded end of the log ("
                                + entries(anchored.count()) + ")",
                        found);
            }
            if (!found.hash().equals(anchored.hash())) {
                return new Verification(
                        found.count(),
                        "entry " + found.count() + " is not the one recorded as the end of the log",
                        found);
            }
        }
        return new Verification(0, null, found);
    }

    /** The keyed digest of a row's cells: shows which row was forgotten to the key's holder, and nothing to others. */
    public static String rowDigest(byte[] key, List<String> cells) {
        Mac mac = hmac(key);
        for (String cell : cells) {
            mac.update((byte) 0x1f);
            mac.update(cell.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** A keyed digest of a text (e.g. a filter that may name a person): comparable, not readable. */
    public static String textDigest(byte[] key, String text) {
        return HexFormat.of().formatHex(hmac(key).doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh random 256-bit key. */
    public static byte[] freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static Verification bad(long n, String problem, int index, String previous) {
        return new Verification(n, problem, new Head(index, previous));
    }

    private static String mac(byte[] key, String content) {
        return HexFormat.of().formatHex(hmac(key).doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    static String entries(long n) {
        return n + (n == 1 ? " entry" : " entries");
    }
}
