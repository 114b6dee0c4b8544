package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.app.cli.UnlearnCommand;

/** The log keeps no cell values, is the user's alone, and names the file this instance writes. */
class AppLogTest {
    private static final String MARK = "QZXJ";

    @TempDir
    Path dir;

    @AfterEach
    void closeTheLog() {
        AppLog.close();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        UnlearnCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return err.toString();
    }

    @Test
    void forgettingAndRefusalsLeaveNoCellValueInTheLog() throws IOException {
        Path logs = dir.resolve("logs");
        AppLog.install(logs);
        StringBuilder csv = new StringBuilder("income,city,note,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append(31_000 + i * 7919)
                    .append('.')
                    .append(13)
                    .append(',')
                    .append(i % 3 == 0 ? "Lyon" : "Paris")
                    .append(',')
                    .append(MARK)
                    .append("-note-")
                    .append(i)
                    .append(',')
                    .append(i % 2 == 0 ? "yes" : "no")
                    .append('\n');
        }
        Path data = Files.writeString(dir.resolve("people.csv"), csv);
        // Forgets 40 of the 48 training rows, every one with a unique note and income.
        assertEquals(
                "",
                run(
                        "bench",
                        data.toString(),
                        "--label",
                        "label",
                        "--model",
                        "logreg",
                        "--deletions",
                        "40",
                        "--json",
                        "--quiet"));
        Path oneClass = Files.writeString(dir.resolve("one.csv"), "a,label\n1," + MARK + "only\n2," + MARK + "only\n");
        String refusal = run("inspect", oneClass.toString(), "--label", "label");
        assertFalse(refusal.contains(MARK), refusal);
        Path mostly = Files.writeString(dir.resolve("mostly.csv"), "a,b\n1,2\n" + MARK + "7,3\n4,5\n6,7\n");
        run("bench", mostly.toString(), "--model", "kmeans", "--k", "0");
        run("bench", data.toString(), "--label", "note", "--model", "sisa");
        AppLog.close();

        List<Path> files;
        try (Stream<Path> s = Files.list(logs)) {
            files = s.toList();
        }
        assertFalse(files.isEmpty());
        String all = "";
        for (Path f : files) {
            all += Files.readString(f, StandardCharsets.UTF_8);
        }
        assertTrue(all.contains("refused input: one.csv"), "the refusals are logged: " + all);
        assertFalse(all.contains(MARK), all);
        for (int i = 0; i < 60; i++) {
            assertFalse(all.contains(String.valueOf(31_000 + i * 7919)), "income of row " + (i + 1) + ": " + all);
        }
        assertFalse(all.contains("\tat "), "no stack trace for a refusal: " + all);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
        for (Path f : files) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
        }
    }

    @Test
    void aSecondInstanceNamesItsOwnFileAndStaleLocksGo() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path stale = Files.createFile(logs.resolve("unlearn0.log.2.lck"));
        FileHandler first = new FileHandler(logs.resolve("unlearn%g.log").toString(), 2_000_000, 3, true);
        try {
            AppLog.install(logs);
            assertEquals(logs.resolve("unlearn0.log.1").toString(), AppLog.location());
            assertTrue(Files.exists(logs.resolve("unlearn0.log.1")));
            assertFalse(Files.exists(stale), "a lock nobody holds is removed");
            AppLog.close();
            assertFalse(Files.exists(logs.resolve("unlearn0.log.1.lck")), "closing removes this instance's lock");
        } finally {
            first.close();
        }
    }
}
