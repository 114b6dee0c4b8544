package org.unlearn.views.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;

/**
 * What the Audit view refuses, and that a refusal changes nothing: a certificate over a log that does not verify
 * (as the command line refuses it), a PDF it cannot lay out, a damaged session opened over the one open.
 */
class AuditRefusalsTest {
    private final ImmediateWork work = new ImmediateWork();
    private final AuditViewModel audit = new AuditViewModel(work);

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @AfterEach
    void close() {
        audit.closeSession();
    }

    private void forget(String rows, String subject) {
        audit.rowsProperty().set(rows);
        audit.subjectProperty().set(subject);
        audit.methodProperty().set(ErasureRequest.Method.EXACT);
        audit.forget();
    }

    @Test
    void noCertificateIsWrittenOverALogThatDoesNotVerify() throws IOException {
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "qkmeans");
        forget("5", "case-1");
        forget("6", "case-2");
        Path log = tmp.resolve("s/audit.jsonl");
        Files.writeString(log, Files.readString(log).replace("\"rows\":[5]", "\"rows\":[9]"));

        Path certificate = tmp.resolve("over-a-broken-log.html");
        audit.exportCertificate(certificate, true);
        String said = audit.resultProperty().get();
        assertTrue(said.startsWith(tmp.resolve("s") + ": the audit log does not verify: "), said);
        assertTrue(said.contains("entry 2 was changed") && said.endsWith("; no certificate written"), said);
        assertFalse(Files.exists(certificate), "a certificate was issued over a broken log");
        audit.exportCertificate(tmp.resolve("one.html"), false);
        assertFalse(Files.exists(tmp.resolve("one.html")), "nor one of a single request");
    }

    @Test
    void aCertificateNamedPdfIsLaidOutByThePdfWriterAndNeverFilledWithHtml() throws IOException {
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "qkmeans");
        forget("5", "case-1");
        Path pdf = tmp.resolve("c.pdf");
        audit.exportCertificate(pdf, false);
        assertFalse(Files.exists(pdf), "HTML written into a .pdf file");
        assertTrue(
                audit.resultProperty().get().contains("save it as .html"),
                audit.resultProperty().get());

        audit.writePdfWith(html -> ("%PDF-stand-in " + html.length()).getBytes(StandardCharsets.UTF_8));
        audit.exportCertificate(pdf, false);
        assertTrue(
                Files.readString(pdf).startsWith("%PDF-stand-in "),
                audit.resultProperty().get());
        Path html = tmp.resolve("c.HTML");
        audit.exportCertificate(html, false);
        assertTrue(Files.readString(html).contains("case-1"), "an .html name keeps the HTML page");
    }

    @Test
    void aCertificateIssuedInTheWindowIsRecordedInTheLogAsTheCommandLineRecordsIt() throws Exception {
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "qkmeans");
        forget("5", "case-1");
        Path html = tmp.resolve("c.html");
        audit.exportCertificate(html, true);
        String last = Files.readAllLines(tmp.resolve("s/audit.jsonl")).stream()
                .reduce((a, b) -> b)
                .orElseThrow();
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(html)));
        assertTrue(last.contains("\"certificate\"") && last.contains("whole session"), last);
        assertTrue(last.contains(sha), "the log names the written file's SHA-256: " + last);
        assertTrue(audit.logIntactProperty().get(), "the log still verifies");
    }

    @Test
    void theRemainingRowsAreExportedWithoutTheForgottenOnesAndLogged() throws Exception {
        Path source = TestFiles.sample("penguins.csv");
        audit.create(tmp.resolve("s"), source, "species", "qkmeans");
        forget("5", "case-1");
        Path out = tmp.resolve("remaining.csv");
        audit.exportData(out);
        java.util.List<String> written = Files.readAllLines(out);
        java.util.List<String> original = Files.readAllLines(source);
        assertEquals(original.size() - 1, written.size(), audit.resultProperty().get());
        java.util.List<String> missing = new java.util.ArrayList<>(original);
        missing.removeAll(written);
        assertEquals(java.util.List.of(original.get(5)), missing, "only the forgotten row (id 5, line 6) is left out");
        assertTrue(
                audit.resultProperty().get().startsWith("343 rows written to "),
                audit.resultProperty().get());
        String last = Files.readAllLines(tmp.resolve("s/audit.jsonl")).stream()
                .reduce((a, b) -> b)
                .orElseThrow();
        assertTrue(last.contains("\"export\""), last);
    }

    @Test
    void failingToOpenADamagedSessionLeavesTheOpenOneAsItWas() throws IOException {
        audit.create(tmp.resolve("damaged"), TestFiles.sample("penguins.csv"), "species", "qkmeans");
        audit.closeSession();
        try (var files = Files.list(tmp.resolve("damaged"))) {
            Path model = files.filter(f -> f.getFileName().toString().matches("model-\\d+\\.bin"))
                    .findFirst()
                    .orElseThrow();
            byte[] bytes = Files.readAllBytes(model);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(model, bytes);
        }
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "qkmeans");
        forget("5", "case-1");
        String title = audit.titleProperty().get();
        audit.open(tmp.resolve("missing"));
        assertEquals(
                tmp.resolve("s"),
                audit.session().folder(),
                audit.resultProperty().get());
        assertTrue(audit.resultProperty().get().contains("no such session folder"));

        audit.open(tmp.resolve("damaged"));
        assertTrue(audit.openProperty().get(), "the open session was closed by a failed open");
        assertEquals(tmp.resolve("s"), audit.session().folder());
        assertEquals(title, audit.titleProperty().get());
        assertEquals(1, audit.shownRequests().size());
        assertEquals(
                tmp.resolve("damaged"),
                audit.rebuildableProperty().get(),
                audit.resultProperty().get());
        forget("6", "case-2");
        assertEquals(2, audit.shownRequests().size(), "the session kept open still takes requests");

        audit.rebuild();
        assertEquals(
                tmp.resolve("damaged"),
                audit.session().folder(),
                audit.resultProperty().get());
        // the session left was closed, its lock released: another opener may have it now
        AuditViewModel other = new AuditViewModel(work);
        other.open(tmp.resolve("s"));
        assertTrue(other.openProperty().get(), other.resultProperty().get());
        other.closeSession();
    }

    @Test
    void aSearchFindingNothingSaysSoRatherThanThatThereIsNoRequest() {
        assertEquals("No erasure request yet", HistoryPlaceholder.text(""));
        assertEquals("No erasure request yet", HistoryPlaceholder.text("  "));
        assertEquals("No request matches “case-9”", HistoryPlaceholder.text(" case-9 "));
    }
}
