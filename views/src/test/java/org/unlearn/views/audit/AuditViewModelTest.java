package org.unlearn.views.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;

/** The Audit view's model on a real session: requests, the search by subject, verification, certificates. */
class AuditViewModelTest {
    private final ImmediateWork work = new ImmediateWork();
    private final AuditViewModel audit = new AuditViewModel(work);

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        audit.closeSession();
    }

    private void forget(String rows, String subject, ErasureRequest.Method method) {
        audit.rowsProperty().set(rows);
        audit.subjectProperty().set(subject);
        audit.methodProperty().set(method);
        audit.forget();
    }

    @Test
    void aSessionsRequestsAreListedSearchableVerifiedAndCertified() throws IOException {
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "qkmeans");
        assertTrue(audit.openProperty().get(), () -> "not opened: " + work.outcomes());
        assertTrue(audit.logIntactProperty().get());
        assertEquals("session s (saved)", audit.sessionNameProperty().get());
        assertTrue(
                audit.integrityProperty().get().startsWith("Audit log holds: 1 entry"),
                audit.integrityProperty().get());

        audit.reasonProperty().set("GDPR art. 17");
        forget("12, 40-42", "case-1", ErasureRequest.Method.EXACT);
        // carried out, the form is cleared for the next person's request; the method is the officer's practice
        assertEquals(
                java.util.List.of("", "", ""),
                java.util.List.of(
                        audit.rowsProperty().get(),
                        audit.subjectProperty().get(),
                        audit.reasonProperty().get()),
                audit.resultProperty().get());
        assertEquals(ErasureRequest.Method.EXACT, audit.methodProperty().get());
        forget("100", "case-2", ErasureRequest.Method.EXACT);
        assertEquals(2, audit.shownRequests().size(), audit.resultProperty().get());
        assertTrue(
                audit.titleProperty().get().contains("5 forgotten"),
                audit.titleProperty().get());
        // the family by its name, as everywhere in the window; its code is for the command line
        assertTrue(
                audit.titleProperty().get().startsWith("s — Q-k-means on penguins.csv"),
                audit.titleProperty().get());
        assertEquals(4, audit.shownRequests().get(0).rows());
        assertEquals("yes", audit.shownRequests().get(0).exact());

        audit.subjectSearchProperty().set("CASE-2");
        assertEquals(1, audit.shownRequests().size());
        assertEquals("r2", audit.shownRequests().get(0).id());
        audit.selectedProperty().set(audit.shownRequests().get(0));
        assertTrue(
                audit.detailsProperty().get().contains("Model kept: "),
                audit.detailsProperty().get());
        assertTrue(audit.detailsProperty().get().contains("Subject reference: case-2\n"));
        assertTrue(audit.detailsProperty().get().contains("Rows: 1 row: 100\n"));
        assertTrue(audit.detailsProperty().get().contains("Equal to a retrain from scratch: yes\n"));
        assertFalse(audit.detailsProperty().get().contains("[]"), "no raw empty list");
        assertFalse(
                java.util.regex.Pattern.compile("(?m)^[a-z]+(_[a-z]+)+: ")
                        .matcher(audit.detailsProperty().get())
                        .find(),
                audit.detailsProperty().get());
        audit.subjectSearchProperty().set("");

        forget("12", "case-3", ErasureRequest.Method.EXACT);
        assertTrue(
                audit.resultProperty().get().contains("row 12 was already forgotten"),
                audit.resultProperty().get());
        assertEquals(2, audit.shownRequests().size(), "a refused request changes nothing");

        audit.verifyForgetting();
        assertTrue(
                audit.resultProperty().get().startsWith("Verified"),
                audit.resultProperty().get());
        assertTrue(
                audit.integrityProperty().get().startsWith("Audit log holds: 4 entries"),
                audit.integrityProperty().get());

        Path certificate = tmp.resolve("c.html");
        audit.exportCertificate(certificate, true);
        assertTrue(Files.readString(certificate).contains("case-2"));

        // the request picked in the history is the one certified, not the newest
        audit.selectedProperty().set(audit.shownRequests().get(0));
        Path first = tmp.resolve("r1.html");
        audit.exportCertificate(first, false);
        String one = Files.readString(first);
        assertTrue(one.contains("Request <b>r1</b>") && one.contains("case-1") && !one.contains("case-2"), one);
    }

    @Test
    void openingTheSessionsSourceAgainWarnsThatItStillHoldsTheForgottenRows() throws IOException {
        Path source = Files.copy(TestFiles.sample("penguins.csv"), tmp.resolve("penguins.csv"));
        audit.create(tmp.resolve("s"), source, "species", "qkmeans");
        assertTrue(audit.forgottenRowsWarning(source).isEmpty(), "nothing forgotten yet");
        forget("3", "case-9", ErasureRequest.Method.EXACT);
        assertTrue(audit.forgottenRowsWarning(source)
                .orElseThrow()
                .startsWith("penguins.csv still holds the row forgotten in the session s"));
        Path exported = Files.createDirectories(tmp.resolve("clean")).resolve("penguins.csv");
        Files.write(exported, Files.readAllBytes(tmp.resolve("s/data-2.csv")));
        assertTrue(audit.forgottenRowsWarning(exported).isEmpty(), "the session's own data is not warned about");
    }

    @Test
    void rowsForgottenElsewhereInTheWindowAreRecordedUnderTheSessionsIds() throws IOException {
        Path source = Files.copy(TestFiles.sample("penguins.csv"), tmp.resolve("penguins.csv"));
        audit.create(tmp.resolve("s"), source, "species", "logreg");
        assertEquals(17, audit.rowIdsOf(source).orElseThrow().applyAsInt(17), "the source keeps its ids");
        assertTrue(audit.rowIdsOf(TestFiles.sample("iris.csv")).isEmpty(), "another file is not the session's");

        audit.record(new int[] {3, 5}, ErasureRequest.Method.APPROXIMATE, "case-4", "GDPR art. 17");
        assertEquals(1, audit.shownRequests().size(), audit.resultProperty().get());
        assertTrue(audit.resultProperty().get().startsWith("Recorded in session s as r1: 2 rows, done"));
        assertEquals("approximate", audit.shownRequests().get(0).method());
        assertEquals("GDPR art. 17", audit.session().requests().get(0).get("reason"));
        assertTrue(audit.modelLineProperty().get().startsWith("Session s · Logistic regression · seed 42 · 342 rows"));

        assertTrue(audit.rowIdsOf(source).isEmpty(), "the source holds forgotten rows now: not the session's data");
        // The copy lacks rows 3 and 5: its third data row is the source's fourth.
        assertEquals(4, audit.rowIdsOf(audit.session().dataCopy()).orElseThrow().applyAsInt(3));
    }

    /**
     * Rows a filter chose in the window are recorded as a request by that filter (its columns and keyed digest)
     * when the filter takes exactly those rows from the session's data; rows it does not take alone (a filter
     * whose pick was changed by hand) are recorded by their ids.
     */
    @Test
    void rowsAFilterChoseAreRecordedByTheFilterWhenItTakesExactlyThem() throws IOException {
        Path source = Files.copy(TestFiles.sample("penguins.csv"), tmp.resolve("penguins.csv"));
        audit.create(tmp.resolve("s"), source, "species", "qkmeans");
        java.util.List<String> lines = Files.readAllLines(source);
        int[] torgersen2007 = java.util.stream.IntStream.range(1, lines.size())
                .filter(i ->
                        lines.get(i).contains("\"Torgersen\"") && lines.get(i).endsWith(",2007"))
                .toArray();
        assertTrue(torgersen2007.length > 2, "the filter below takes several rows");
        String filter = "island == \"Torgersen\" and year == 2007";

        audit.record(torgersen2007, filter, ErasureRequest.Method.EXACT, "case-5", null);
        var byFilter = audit.session().requests().get(0);
        assertEquals(java.util.Arrays.stream(torgersen2007).boxed().toList(), byFilter.get("rows"));
        assertEquals("a filter over the columns [island, year]", byFilter.get("selected_by"));
        assertTrue(byFilter.get("filter_digest") instanceof String d && d.length() > 16, byFilter::toString);
        assertFalse(byFilter.toString().contains("Torgersen"), "the filter's values are not recorded");

        String biscoe = "island == \"Biscoe\"";
        int[] oneOfThem = {
            java.util.stream.IntStream.range(1, lines.size())
                    .filter(i -> lines.get(i).contains("\"Biscoe\""))
                    .findFirst()
                    .orElseThrow()
        };
        audit.record(oneOfThem, biscoe, ErasureRequest.Method.EXACT, "case-6", null);
        var byIds = audit.session().requests().get(1);
        assertEquals(java.util.List.of(oneOfThem[0]), byIds.get("rows"));
        assertEquals("row ids", byIds.get("selected_by"));
        assertFalse(byIds.containsKey("filter_digest"));
    }

    @Test
    void aSessionOpenHereIsRefusedToASecondOpener() {
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "kmeans");
        AuditViewModel other = new AuditViewModel(work);
        other.open(tmp.resolve("s"));
        assertFalse(other.openProperty().get());
        assertTrue(
                other.resultProperty().get().contains("open in another process"),
                other.resultProperty().get());
        audit.closeSession();
        other.open(tmp.resolve("s"));
        assertTrue(other.openProperty().get(), other.resultProperty().get());
        other.closeSession();
    }

    @Test
    void aDamagedStoredModelIsRefusedAndRebuiltOnlyWhenAsked() throws IOException {
        audit.create(tmp.resolve("s"), TestFiles.sample("penguins.csv"), "species", "dckmeans");
        audit.closeSession();
        Path model;
        try (var files = Files.list(tmp.resolve("s"))) {
            model = files.filter(f -> f.getFileName().toString().matches("model-\\d+\\.bin"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(model, bytes);

        audit.open(tmp.resolve("s"));
        assertFalse(audit.openProperty().get());
        assertEquals(
                tmp.resolve("s"),
                audit.rebuildableProperty().get(),
                audit.resultProperty().get());

        audit.rebuild();
        assertTrue(audit.openProperty().get(), audit.resultProperty().get());
        assertTrue(
                audit.resultProperty().get().contains("rebuilt"),
                audit.resultProperty().get());
        assertEquals(null, audit.rebuildableProperty().get());
        assertTrue(audit.logIntactProperty().get());
    }
}
