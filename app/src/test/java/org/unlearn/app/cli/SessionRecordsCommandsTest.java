package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/**
 * A session's files on disk and its records as a privacy officer reads them: owner-only files, the log read while
 * the window holds the session or its model is damaged, and what the log says about checks and certificates.
 */
class SessionRecordsCommandsTest {
    private static final Path IRIS = Path.of("..", "sample-data", "iris.csv");

    @TempDir
    Path tmp;

    private Path dir;

    private void createSession(String model, String... options) {
        dir = tmp.resolve("session");
        List<String> args = new ArrayList<>(List.of(
                "session",
                "create",
                dir.toString(),
                "--data",
                IRIS.toString(),
                "--label",
                "target_name",
                "--model",
                model));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void theKeyTheDataCopiesAndEveryOtherSessionFileAreReadableByTheOwnerOnly() throws IOException {
        Assumptions.assumeTrue(
                tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        createSession("sisa", "--set", "shards=2", "--set", "slices=2", "--set", "epochs=2");
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "7").exitCode());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.containsAll(List.of("key", "data-2.csv", "session.json", "audit.jsonl")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("model-")), names.toString());
        for (String name : names) {
            assertEquals(
                    "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))), name);
        }
    }

    @Test
    @SuppressWarnings("try") // the session is held open, never read: the commands must read it beside its holder
    void theLogIsReadAndVerifiedWhileAnotherHolderHasTheSessionOpen() {
        createSession("logreg");
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "7,8").exitCode());
        String unheld = CliRun.of("log", dir.toString()).out();
        try (Session held = Session.open(dir, Storage.DEFAULT)) {
            CliRun log = CliRun.of("log", dir.toString());
            assertEquals(0, log.exitCode(), log.err());
            assertEquals(unheld, log.out(), "the same listing as without a holder");
            assertTrue(log.out().lines().anyMatch(l -> l.contains("forget r1") && l.contains("2 rows")), log.out());
            CliRun verify = CliRun.of("log", dir.toString(), "--verify");
            assertEquals(0, verify.exitCode(), verify.err());
            assertTrue(verify.out().startsWith("the audit log holds: 2 entries"), verify.out());
            CliRun refused = CliRun.of("forget", dir.toString(), "--rows", "9");
            assertEquals(UnlearnCommand.BAD_INPUT, refused.exitCode());
            assertTrue(refused.err().contains("open in another process"), refused.err());
        }
    }

    @Test
    void aDamagedModelBlocksNeitherTheLogNorTheExportAndTheRefusalNamesTheFolder() throws IOException {
        createSession("sisa", "--set", "shards=2", "--set", "slices=2", "--set", "epochs=2");
        Path model = dir.resolve("model-1.bin");
        byte[] damaged = Files.readAllBytes(model);
        damaged[damaged.length / 2] ^= 1;
        Files.write(model, damaged);
        CliRun verify = CliRun.of("log", dir.toString(), "--verify");
        assertEquals(0, verify.exitCode(), verify.err());
        Path rest = tmp.resolve("rest.csv");
        CliRun export = CliRun.of("export-data", dir.toString(), "--out", rest.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().startsWith("wrote 150 rows to "), export.out());
        assertArrayEquals(Files.readAllBytes(dir.resolve("data-1.csv")), Files.readAllBytes(rest));
        CliRun forget = CliRun.of("forget", dir.toString(), "--rows", "7");
        assertEquals(UnlearnCommand.BAD_INPUT, forget.exitCode());
        assertTrue(forget.err().strip().endsWith("run: unlearn session rebuild " + dir), forget.err());
        assertFalse(forget.err().contains("`") || forget.err().contains("DIR"), forget.err());
        assertEquals(1, forget.err().lines().count(), forget.err());
    }

    @Test
    void usageMistakesAreOnePlainLineNamingWhatTheUserGave() {
        createSession("logreg");
        CliRun both = CliRun.of("forget", dir.toString(), "--rows", "20", "--where", "target > 1");
        assertEquals(UnlearnCommand.BAD_INPUT, both.exitCode());
        assertEquals(
                "error: give either --rows or --where, not both", both.err().strip());
        CliRun neither = CliRun.of("forget", dir.toString());
        assertEquals(UnlearnCommand.BAD_INPUT, neither.exitCode());
        assertEquals("error: give either --rows or --where", neither.err().strip());
        Path nope = tmp.resolve("nope.csv");
        CliRun missing = CliRun.of(
                "session", "create", tmp.resolve("s2").toString(), "--data", nope.toString(), "--model", "kmeans");
        assertEquals(UnlearnCommand.BAD_INPUT, missing.exitCode());
        assertEquals(
                "error: " + nope + ": the file does not exist", missing.err().strip());
        // a folder nobody may create files in, not even root (writing there fails at the temporary file)
        Path out = Path.of("/proc/cert.html");
        Assumptions.assumeTrue(Files.isDirectory(out.getParent()), "Linux /proc");
        CliRun cert = CliRun.of("certificate", dir.toString(), "--all", "--out", out.toString());
        assertEquals(UnlearnCommand.BAD_INPUT, cert.exitCode());
        assertTrue(cert.err().startsWith("error: " + out + ": cannot be written ("), cert.err());
        assertFalse(cert.err().contains(".tmp"), cert.err());
    }

    @Test
    void theLogSaysWhetherEachCheckPassedAndRecordsEveryCertificateIssued() {
        createSession("logreg");
        CliRun queued = CliRun.of("forget", dir.toString(), "--rows", "7", "--method", "queue");
        assertTrue(queued.out().startsWith("r1: queued 1 row; it is erased with the next request"), queued.out());
        assertEquals(0, CliRun.of("forget", dir.toString(), "--rows", "8").exitCode());
        try (Session s = Session.open(dir, Storage.DEFAULT)) {
            assertEquals(Boolean.TRUE, s.verifyForgetting(Progress.NONE).get("passed"));
        }
        Path html = tmp.resolve("c.html");
        assertEquals(
                0,
                CliRun.of("certificate", dir.toString(), "--out", html.toString())
                        .exitCode());
        List<String> lines = CliRun.of("log", dir.toString()).out().lines().toList();
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(3).contains("verify") && lines.get(3).contains("  passed"), lines.get(3));
        assertTrue(lines.get(4).contains("certificate") && lines.get(4).contains("last request"), lines.get(4));
        assertEquals(0, CliRun.of("log", dir.toString(), "--verify").exitCode());
    }

    @Test
    void aFilterThatTakesMostOfTheDataIsPointedOutAndANarrowOneIsNot() {
        createSession("logreg");
        CliRun narrow = CliRun.of("forget", dir.toString(), "--where", "target_name == \"setosa\" and target == 0");
        assertEquals(0, narrow.exitCode(), narrow.err());
        assertEquals("", narrow.err());
        assertTrue(narrow.out().startsWith("r1: removed 50 rows"), narrow.out());
        CliRun broad = CliRun.of("forget", dir.toString(), "--where", "target > 0", "--method", "queue");
        assertEquals(0, broad.exitCode(), broad.err());
        assertEquals(
                "note: the filter matches 100 rows of 100, more than half the data; check that it selects only this"
                        + " request's rows",
                broad.err().strip());
    }
}
