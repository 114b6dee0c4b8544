package org.unlearn.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.util.Storage;

class AuditLogTest {
    private final byte[] key = new byte[32];

    @TempDir
    Path dir;

    private Path log;
    private AuditLog.Head head = AuditLog.Head.EMPTY;

    private void writeFive() throws IOException {
        log = dir.resolve("audit.jsonl");
        for (int i = 1; i <= 5; i++) {
            AuditLog.Entry e = AuditLog.seal(
                    key,
                    head,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                    i == 1 ? "train" : "forget",
                    Map.of("rows", List.of(i, i + 10), "removed", 2));
            AuditLog.append(log, e, Storage.DEFAULT);
            head = e.head();
        }
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(AuditLog.lines(log));
    }

    private void write(List<String> lines) throws IOException {
        Files.writeString(log, String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"), StandardCharsets.UTF_8);
    }

    @Test
    void anIntactLogVerifiesAndEndsAtItsHead() throws IOException {
        writeFive();
        AuditLog.Verification v = AuditLog.verify(log, key, head);
        assertTrue(v.intact(), v.problem());
        assertEquals(head, v.found());
        assertEquals(5, head.count());
    }

    /** The attack the old plain SHA-256 chain let through: edit an entry, then recompute every later hash. */
    @Test
    void anEditWithTheHashesRecomputedIsCaughtAtTheEditedEntry() throws Exception {
        writeFive();
        List<String> lines = lines();
        String previous = "0".repeat(64);
        List<String> forged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String content = line.substring(0, line.lastIndexOf(",\"mac\":\"")) + "}";
            content = content.replaceAll("\"previous\":\"[0-9a-f]{64}\"", "\"previous\":\"" + previous + "\"");
            if (i == 2) {
                content = content.replace("[3,13]", "[4,13]");
            }
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
            forged.add(content.substring(0, content.length() - 1) + ",\"mac\":\"" + hash + "\"}");
            previous = hash;
        }
        write(forged);
        AuditLog.Verification v = AuditLog.verify(log, key, null);
        assertFalse(v.intact());
        assertEquals(1, v.firstBad(), "without the key, even the first re-sealed entry fails: " + v.problem());

        List<String> oneEdit = new ArrayList<>(lines);
        oneEdit.set(2, lines.get(2).replace("[3,13]", "[4,13]"));
        write(oneEdit);
        v = AuditLog.verify(log, key, head);
        assertEquals(3, v.firstBad(), v.problem());
        assertTrue(v.problem().startsWith("entry 3 "), v.problem());
    }

    @Test
    void cuttingOffTheTailIsCaughtByTheAnchoredHead() throws IOException {
        writeFive();
        List<String> lines = lines();
        write(lines.subList(0, 3));
        assertTrue(AuditLog.verify(log, key, null).intact(), "the cut log is a valid chain on its own");
        AuditLog.Verification v = AuditLog.verify(log, key, head);
        assertEquals(4, v.firstBad(), v.problem());
        assertTrue(v.problem().contains("entry 4 is missing"), v.problem());
    }

    @Test
    void reorderingIsCaughtAtTheFirstMovedEntry() throws IOException {
        writeFive();
        List<String> lines = lines();
        String second = lines.get(1);
        lines.set(1, lines.get(2));
        lines.set(2, second);
        write(lines);
        AuditLog.Verification v = AuditLog.verify(log, key, head);
        assertEquals(2, v.firstBad(), v.problem());
        assertTrue(v.problem().startsWith("entry 2 "), v.problem());
    }

    @Test
    void droppingOneEntryIsCaughtWhereItWas() throws IOException {
        writeFive();
        List<String> lines = lines();
        lines.remove(3);
        write(lines);
        AuditLog.Verification v = AuditLog.verify(log, key, head);
        assertEquals(4, v.firstBad(), v.problem());
        assertTrue(v.problem().startsWith("entry 4 is missing"), v.problem());
    }

    @Test
    void anotherKeyDoesNotVerify() throws IOException {
        writeFive();
        byte[] other = new byte[32];
        other[0] = 1;
        assertEquals(1, AuditLog.verify(log, other, head).firstBad());
    }

    @Test
    void rowDigestsAreKeyedAndHideTheCells() {
        List<String> row = List.of("Allen, Miss. Elisabeth Walton", "29");
        String d = AuditLog.rowDigest(key, row);
        assertEquals(d, AuditLog.rowDigest(key, row));
        byte[] other = key.clone();
        other[31] = 7;
        assertFalse(d.equals(AuditLog.rowDigest(other, row)));
        assertFalse(d.contains("Allen"));
    }
}
