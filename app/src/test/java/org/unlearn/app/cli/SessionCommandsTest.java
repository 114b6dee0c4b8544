package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.app.AppLog;

/** The compliance commands as scripts call them: session create, forget, certificate, log, export-data. */
class SessionCommandsTest {
    private static final String NAME = "Allen, Miss. Elisabeth Walton";

    @TempDir
    Path tmp;

    private Path data;
    private Path dir;

    /** A titanic-like table, one passenger a row, row 7 the person who asks to be forgotten. */
    private void createSession(String model, String... options) throws IOException {
        StringBuilder csv = new StringBuilder("name,ticket,sex,age,fare,survived\n");
        java.util.Random random = new java.util.Random(5);
        for (int i = 1; i <= 120; i++) {
            boolean female = random.nextBoolean();
            csv.append('"')
                    .append(i == 7 ? NAME : "Passenger, Mr. Number " + i)
                    .append("\",")
                    .append(i == 7 ? "PC 17609-W" : "T" + (20000 + i))
                    .append(',')
                    .append(female ? "female" : "male")
                    .append(',')
                    .append(5 + random.nextInt(70))
                    .append(',')
                    .append(10 + random.nextInt(200))
                    .append(',')
                    .append(random.nextDouble() < (female ? 0.7 : 0.3) ? "yes" : "no")
                    .append('\n');
        }
        data = tmp.resolve("passengers.csv");
        Files.writeString(data, csv);
        dir = tmp.resolve("session");
        List<String> args = new ArrayList<>(List.of(
                "session",
                "create",
                dir.toString(),
                "--data",
                data.toString(),
                "--label",
                "survived",
                "--model",
                model));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("created session"), run.out());
    }

    @Test
    void aPrivacyOfficersRoundTripLeavesNothingOfThePersonAndAVerifiableLog() throws IOException {
        createSession("logreg");
        CliRun forget = CliRun.of(
                "forget",
                dir.toString(),
                "--where",
                "name == \"" + NAME + "\"",
                "--subject",
                "case-0917",
                "--reason",
                "GDPR art. 17");
        assertEquals(0, forget.exitCode(), forget.err());
        assertTrue(forget.out().startsWith("r1: removed 1 row (7)"), forget.out());
        assertTrue(forget.out().contains("identical to a retrain from scratch"), forget.out());

        CliRun approximate = CliRun.of("forget", dir.toString(), "--rows", "3,40-41", "--method", "approximate");
        assertEquals(0, approximate.exitCode(), approximate.err());
        assertTrue(approximate.out().contains("approximate, measured against a retrain"), approximate.out());

        Path certificate = tmp.resolve("out/certificate.html");
        Files.createDirectories(certificate.getParent());
        assertEquals(
                0,
                CliRun.of("certificate", dir.toString(), "--out", certificate.toString())
                        .exitCode());
        String html = Files.readString(certificate);
        assertTrue(html.contains("3 rows (3, 40, 41)") && html.contains("not identical"), "the last request");
        assertEquals(
                0,
                CliRun.of(
                                "certificate",
                                dir.toString(),
                                "--out",
                                tmp.resolve("out/all.html").toString(),
                                "--all")
                        .exitCode());
        assertTrue(Files.readString(tmp.resolve("out/all.html")).contains("case-0917"));
        assertEquals(
                0,
                CliRun.of(
                                "export-data",
                                dir.toString(),
                                "--out",
                                tmp.resolve("out/rest.csv").toString())
                        .exitCode());
        assertEquals(121 - 4, Files.readAllLines(tmp.resolve("out/rest.csv")).size(), "header and 116 rows");

        CliRun log = CliRun.of("log", dir.toString());
        assertEquals(0, log.exitCode(), log.err());
        assertEquals(6, log.out().lines().count(), "two forgets, two certificates issued, an export: " + log.out());
        assertTrue(
                log.out()
                        .lines()
                        .toList()
                        .get(1)
                        .contains("forget r1  subject case-0917  1 row  asked exact  identical to a retrain"),
                log.out());
        CliRun verify = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().startsWith("the audit log holds: 6 entries"), verify.out());

        List<Path> written = new ArrayList<>(List.of(dir, tmp.resolve("out")));
        if (Files.isDirectory(AppLog.home())) {
            written.add(AppLog.home());
        }
        for (Path p : written) {
            for (String secret : List.of(NAME, "Elisabeth", "PC 17609-W")) {
                assertFalse(holds(p, secret), p + " holds " + secret);
            }
        }
    }

    @Test
    void aForestSessionForgetsAndItsLogHolds() throws IOException {
        createSession("dare", "--set", "trees=5", "--set", "depth=4");
        CliRun forget = CliRun.of("forget", dir.toString(), "--rows", "7", "--subject", "ref-7");
        assertEquals(0, forget.exitCode(), forget.err());
        assertEquals(0, CliRun.of("log", dir.toString(), "--verify").exitCode());
    }

    @Test
    void aLogEditedReorderedDroppedOrCutFailsVerifyNamingTheEntry() throws IOException {
        createSession("sisa", "--shards", "3", "--slices", "2", "--set", "epochs=2");
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "5").exitCode());
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "6").exitCode());
        Path log = dir.resolve("audit.jsonl");
        List<String> lines = Files.readAllLines(log);
        Files.writeString(log, String.join("\n", lines).replace("\"rows\":[5]", "\"rows\":[9]") + "\n");
        CliRun edited = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(LogCommand.LOG_BROKEN, edited.exitCode());
        assertTrue(edited.err().contains("entry 2 was changed"), edited.err());
        assertEquals(1, edited.err().lines().count());
        Path certificate = tmp.resolve("over-a-broken-log.html");
        CliRun vouched = CliRun.of("certificate", dir.toString(), "--out", certificate.toString());
        assertEquals(LogCommand.LOG_BROKEN, vouched.exitCode(), vouched.out());
        assertTrue(vouched.err().contains("no certificate written"), vouched.err());
        assertFalse(Files.exists(certificate), "a certificate was issued over a broken log");

        Files.writeString(log, lines.get(0) + "\n" + lines.get(2) + "\n" + lines.get(1) + "\n");
        CliRun reordered = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(LogCommand.LOG_BROKEN, reordered.exitCode());
        assertTrue(reordered.err().contains("entry 2 is missing or out of place"), reordered.err());

        Files.writeString(log, lines.get(0) + "\n" + lines.get(2) + "\n");
        CliRun dropped = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(LogCommand.LOG_BROKEN, dropped.exitCode());
        assertTrue(dropped.err().contains("entry 2 is missing or out of place"), dropped.err());
        assertEquals(
                lines.get(0) + "\n" + lines.get(2) + "\n",
                Files.readString(log),
                "opening the session did not 'repair' a log with an entry dropped");

        Files.writeString(log, lines.get(0) + "\n");
        CliRun cut = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(LogCommand.LOG_BROKEN, cut.exitCode());
        assertTrue(cut.err().contains("entry 2 is missing"), cut.err());
        CliRun refused = CliRun.of("forget", dir.toString(), "--rows", "8");
        assertEquals(UnlearnCommand.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("the audit log does not verify"), refused.err());
    }

    @Test
    void aLastEntryCutFromTheLogIsRestoredFromTheSessionFileAndSaidToBe() throws IOException {
        createSession("qkmeans");
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "5").exitCode());
        Path log = dir.resolve("audit.jsonl");
        List<String> lines = Files.readAllLines(log);
        Files.writeString(log, lines.get(0) + "\n");
        CliRun verify = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(
                verify.err().startsWith("note: ") && verify.err().contains("restored from session.json"), verify.err());
        assertEquals(lines, Files.readAllLines(log), "the sealed entry is back, byte for byte");
        CliRun again = CliRun.of("log", dir.toString(), "--verify");
        assertEquals("", again.err(), "nothing to restore the second time");
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsWritten() throws IOException {
        createSession("qkmeans");
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "5").exitCode());
        String log = Files.readString(dir.resolve("audit.jsonl"));
        String manifest = Files.readString(dir.resolve("session.json"));

        refused("the filter matches no remaining row", "forget", dir.toString(), "--where", "age > 500");
        refused("unknown column", "forget", dir.toString(), "--where", "agee > 5");
        refused("row 121 does not exist", "forget", dir.toString(), "--rows", "121");
        refused("row 5 was already forgotten", "forget", dir.toString(), "--rows", "5");
        refused("is not a row id", "forget", dir.toString(), "--rows", "5,x");
        refused("method \"fast\" is not one of", "forget", dir.toString(), "--rows", "6", "--method", "fast");
        refused(
                "cannot be written (its folder does not exist)",
                "certificate",
                dir.toString(),
                "--out",
                tmp.resolve("no/such/folder/c.html").toString());
        assertEquals(log, Files.readString(dir.resolve("audit.jsonl")));
        assertEquals(manifest, Files.readString(dir.resolve("session.json")));
        assertFalse(Files.exists(tmp.resolve("no")));

        refused("not an Unlearn Explorer session", "log", tmp.toString());
        Path copy = dir.resolve("data-2.csv");
        String rows = Files.readString(copy);
        Files.writeString(copy, rows.replace("female", "Female"));
        refused("does not match its recorded hash", "forget", dir.toString(), "--rows", "6");
        Files.writeString(copy, rows);
        Files.writeString(
                dir.resolve("session.json"), manifest.replace("\"model\": \"qkmeans\"", "\"model\": \"kmeans\""));
        refused(
                "recipe in session.json does not match",
                "certificate",
                dir.toString(),
                "--out",
                tmp.resolve("c.html").toString());
        Files.writeString(dir.resolve("session.json"), "not json");
        refused(
                "damaged or not a session folder",
                "export-data",
                dir.toString(),
                "--out",
                tmp.resolve("rest.csv").toString());
        assertFalse(Files.exists(tmp.resolve("c.html")) || Files.exists(tmp.resolve("rest.csv")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(
                    List.of("passengers.csv", "session"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anEditedEncodingFailsLogVerifyNamingIt() throws IOException {
        createSession("logreg");
        Path manifest = dir.resolve("session.json");
        String json = Files.readString(manifest);
        assertEquals(0, CliRun.of("log", dir.toString(), "--verify").exitCode());
        Files.writeString(manifest, json.replace("\"male\"", "\"Male\""));
        refused("the encoding in session.json does not match its recorded hash", "log", dir.toString(), "--verify");
        Files.writeString(manifest, json);
        assertEquals(0, CliRun.of("log", dir.toString(), "--verify").exitCode());
    }

    @Test
    void aDamagedStoredModelIsRefusedInOneLineAndRebuiltOnlyWhenAsked() throws IOException {
        createSession("sisa", "--set", "shards=3", "--set", "slices=2", "--set", "epochs=2");
        Path model = dir.resolve("model-1.bin");
        byte[] stored = Files.readAllBytes(model);
        byte[] damaged = stored.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(model, damaged);
        String manifest = Files.readString(dir.resolve("session.json"));
        refused("the stored model model-1.bin is missing, damaged", "forget", dir.toString(), "--rows", "7");
        refused("run: unlearn session rebuild " + dir, "forget", dir.toString(), "--rows", "7");
        assertEquals(manifest, Files.readString(dir.resolve("session.json")), "nothing was changed");
        CliRun rebuild = CliRun.of("session", "rebuild", dir.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertTrue(rebuild.out().startsWith("rebuilt the model"), rebuild.out());
        assertTrue(java.util.Arrays.equals(stored, Files.readAllBytes(model)), "retraining gives the same state");
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "7").exitCode());
        assertEquals(0, CliRun.of("log", dir.toString(), "--verify").exitCode());
    }

    @Test
    void theCertificateAsPdfHoldsTheSameSentences() throws IOException {
        createSession("logreg");
        assertEquals(
                0,
                CliRun.of("forget", dir.toString(), "--rows", "7", "--subject", "case-9")
                        .exitCode());
        Path html = tmp.resolve("c.html");
        Path pdf = tmp.resolve("c.pdf");
        assertEquals(
                0,
                CliRun.of("certificate", dir.toString(), "--out", html.toString())
                        .exitCode());
        CliRun run = CliRun.of("certificate", dir.toString(), "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "no renderer chatter on stderr");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        String page = Files.readString(html).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        for (String sentence : List.of(
                "Erasure certificate",
                "Request r1 on the dataset passengers.csv",
                "case-9",
                "the two are identical, number for number",
                "before → after",
                "Rows removed, by keyed digest")) {
            assertTrue(page.contains(sentence), "the HTML page says: " + sentence);
            assertTrue(text.contains(sentence), "the PDF says: " + sentence + "\n" + text);
        }
        assertFalse(text.contains(NAME), "the PDF names the row by id and digest only");
        refused(
                "--format doc: give html or pdf",
                "certificate",
                dir.toString(),
                "--out",
                pdf.toString(),
                "--format",
                "doc");
        CliRun asHtml = CliRun.of(
                "certificate", dir.toString(), "--out", tmp.resolve("c2.pdf").toString(), "--format", "html");
        assertEquals(0, asHtml.exitCode());
        assertTrue(Files.readString(tmp.resolve("c2.pdf")).startsWith("<!DOCTYPE html>"));
    }

    private static void refused(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(UnlearnCommand.BAD_INPUT, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static boolean holds(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String hay = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (hay.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
