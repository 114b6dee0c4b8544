package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand's bad input, one row each: an unknown format or name, a missing file, a column that is not
 * there, a row range that does not fit, a line of a file that cannot be read. Each gives exit code 2 and one
 * line on standard error that names what was wrong and where (the file, the line, the column, the option).
 */
class BadInputTableTest {
    @TempDir
    static Path tmp;

    private static Path iris;
    private static Path ragged;
    private static Path session;
    private static Path broken;

    @BeforeAll
    static void files() throws IOException {
        iris = Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), "iris.csv");
        ragged = tmp.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,label\n1,2,x\n3,4,y\n5,6,7,x\n8,9,y\n");
        session = tmp.resolve("session");
        broken = tmp.resolve("broken");
        for (Path dir : List.of(session, broken)) {
            CliRun create = CliRun.of(
                    "session",
                    "create",
                    dir.toString(),
                    "--data",
                    iris.toString(),
                    "--label",
                    "target_name",
                    "--model",
                    "logreg");
            assertEquals(0, create.exitCode(), create.err());
        }
        assertEquals(0, CliRun.of("forget", broken.toString(), "--rows", "5").exitCode());
        Path log = broken.resolve("audit.jsonl");
        Files.writeString(log, Files.readString(log).replace("\"rows\":[5]", "\"rows\":[9]"));
        assertEquals(
                LogCommand.LOG_BROKEN,
                CliRun.of("log", broken.toString(), "--verify").exitCode());
    }

    private record Row(List<String> says, String[] args) {}

    private static Row row(List<String> says, String... args) {
        return new Row(says, args);
    }

    @Test
    void eachBadInputIsOneLineThatSaysWhatAndWhereWithExitCodeTwo() {
        String missing = tmp.resolve("missing.csv").toString();
        String nowhere = tmp.resolve("no-session").toString();
        String out = tmp.resolve("c.html").toString();
        String s = session.toString();
        List<Row> table = List.of(
                row(List.of("missing.csv"), "inspect", missing),
                row(List.of("nope"), "inspect", iris.toString(), "--label", "nope"),
                row(List.of("ragged.csv", "line 4"), "inspect", ragged.toString()),
                row(List.of("missing.csv"), "bench", missing, "--model", "logreg", "--label", "target_name"),
                row(List.of("nope"), "bench", iris.toString(), "--model", "logreg", "--label", "nope"),
                row(List.of("xyz"), "bench", iris.toString(), "--model", "xyz", "--label", "target_name"),
                row(List.of("--deletions"), "bench", iris.toString(), "--model", "logreg", "--deletions", "-5"),
                row(
                        List.of("--test-fraction"),
                        "bench",
                        iris.toString(),
                        "--model",
                        "logreg",
                        "--label",
                        "target_name",
                        "--test-fraction",
                        "1.5"),
                row(List.of("--lambda"), "bench", iris.toString(), "--model", "logreg", "--lambda", "-1"),
                row(List.of("missing.csv"), "bench-read", missing),
                row(List.of("xyz"), "bench-read", iris.toString(), "--reader", "xyz"),
                row(List.of("missing.csv"), "bench-plane", missing),
                row(List.of("nope"), "bench-plane", iris.toString(), "--label", "nope"),
                row(List.of("--width"), "bench-plane", iris.toString(), "--width", "0"),
                row(
                        List.of("--ks", "x"),
                        "deletion-table",
                        iris.toString(),
                        "--label",
                        "target_name",
                        "--model",
                        "logreg",
                        "--ks",
                        "1,x"),
                row(List.of("missing.csv"), "deletion-table", missing, "--label", "target_name", "--model", "logreg"),
                row(List.of("nope"), "deletion-table", iris.toString(), "--label", "nope", "--model", "logreg"),
                row(List.of("xyz"), "deletion-table", iris.toString(), "--label", "target_name", "--model", "xyz"),
                row(
                        List.of("missing.csv"),
                        "session",
                        "create",
                        tmp.resolve("s2").toString(),
                        "--data",
                        missing,
                        "--model",
                        "logreg",
                        "--label",
                        "target_name"),
                row(
                        List.of("nope"),
                        "session",
                        "create",
                        tmp.resolve("s3").toString(),
                        "--data",
                        iris.toString(),
                        "--model",
                        "logreg",
                        "--label",
                        "nope"),
                row(
                        List.of("xyz"),
                        "session",
                        "create",
                        tmp.resolve("s4").toString(),
                        "--data",
                        iris.toString(),
                        "--model",
                        "xyz",
                        "--label",
                        "target_name"),
                row(
                        List.of("--test-fraction"),
                        "session",
                        "create",
                        tmp.resolve("s5").toString(),
                        "--data",
                        iris.toString(),
                        "--model",
                        "logreg",
                        "--label",
                        "target_name",
                        "--test-fraction",
                        "2"),
                row(List.of("no-session"), "session", "rebuild", nowhere),
                row(List.of("no-session"), "forget", nowhere, "--rows", "1"),
                row(List.of("151"), "forget", s, "--rows", "151"),
                row(List.of("9-3"), "forget", s, "--rows", "9-3"),
                row(List.of("0"), "forget", s, "--rows", "0-3"),
                row(List.of("nope"), "forget", s, "--where", "nope > 1"),
                row(List.of("no-session"), "certificate", nowhere, "--out", out),
                row(List.of("--format", "xyz"), "certificate", s, "--out", out, "--format", "xyz"),
                row(List.of("--format", "xyz"), "certificate", broken.toString(), "--out", out, "--format", "xyz"),
                row(List.of("no-session"), "log", nowhere),
                row(
                        List.of("no-session"),
                        "export-data",
                        nowhere,
                        "--out",
                        tmp.resolve("x.csv").toString()),
                row(
                        List.of("no/such/folder"),
                        "export-data",
                        s,
                        "--out",
                        tmp.resolve("no/such/folder/x.csv").toString()));
        List<Executable> checks = new ArrayList<>();
        for (Row r : table) {
            checks.add(() -> {
                CliRun run = CliRun.of(r.args());
                String what = String.join(" ", r.args()) + " -> " + run.exitCode() + ": " + run.err();
                assertEquals(UnlearnCommand.BAD_INPUT, run.exitCode(), what);
                assertEquals(1, run.err().lines().count(), what);
                assertTrue(run.err().startsWith("error: "), what);
                for (String s2 : r.says()) {
                    assertTrue(run.err().contains(s2), what);
                }
                assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), what);
            });
        }
        assertAll(checks);
    }
}
