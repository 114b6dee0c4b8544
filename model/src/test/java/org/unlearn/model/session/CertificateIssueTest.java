package org.unlearn.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/** The one way a certificate is issued, as the command line and the window both take it. */
class CertificateIssueTest {
    @TempDir
    Path tmp;

    private Session forgotOneRow() throws IOException {
        Session s = Session.create(
                tmp.resolve("session"),
                Passengers.write(tmp),
                "survived",
                "kmeans",
                Map.of(),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE);
        s.forget(
                new ErasureRequest(
                        "case-1",
                        new int[] {Passengers.ROW},
                        null,
                        "art. 17",
                        Instant.now(),
                        ErasureRequest.Method.EXACT),
                Progress.NONE);
        return s;
    }

    @Test
    void writesTheCertificateAndLogsWhatItCoversWithTheFilesHash() throws Exception {
        try (Session s = forgotOneRow()) {
            long head = s.head().count();
            Path out = tmp.resolve("certificate.html");
            long anchor = CertificateIssue.write(s, null, false, out, false, null);
            assertEquals(head, anchor, "anchored to the entry before its own");
            String html = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(html.contains("case-1"), "the last request's subject is on the page");
            List<Map<String, Object>> log = AuditLog.read(s.logFile());
            Map<String, Object> issued = log.get(log.size() - 1);
            assertEquals("certificate", issued.get("action"));
            assertEquals("last request", issued.get("certificate"));
            assertEquals("html", issued.get("format"));
            assertEquals(anchor, issued.get("anchored_to_entry"));
            assertEquals(sha256(Files.readAllBytes(out)), issued.get("sha256"));
        }
    }

    @Test
    void refusesAPdfWithNoLayoutAndWritesNothing() throws Exception {
        try (Session s = forgotOneRow()) {
            long head = s.head().count();
            Path out = tmp.resolve("certificate.pdf");
            BadInputException e =
                    assertThrows(BadInputException.class, () -> CertificateIssue.write(s, null, true, out, true, null));
            assertEquals(out + ": a PDF certificate cannot be written here; save it as .html", e.getMessage());
            assertFalse(Files.exists(out));
            assertEquals(head, s.head().count(), "nothing logged");
        }
    }

    @Test
    void refusesOverALogThatDoesNotVerify() throws Exception {
        try (Session s = forgotOneRow()) {
            Path log = s.logFile();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            Files.write(log, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
            Path out = tmp.resolve("certificate.html");
            CertificateIssue.LogDoesNotVerify e = assertThrows(
                    CertificateIssue.LogDoesNotVerify.class,
                    () -> CertificateIssue.write(s, null, true, out, false, null));
            assertTrue(e.getMessage().startsWith(s.folder() + ": the audit log does not verify: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; no certificate written"), e.getMessage());
            assertFalse(Files.exists(out));
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
