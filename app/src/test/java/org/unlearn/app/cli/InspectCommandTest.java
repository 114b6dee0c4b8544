package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    @Test
    void jsonFollowsTheContract() {
        CliRun run = CliRun.of("inspect", sample("penguins.csv"), "--label", "species", "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        JsonNode root = CliJson.read(json);
        assertEquals("file", root.fieldNames().next(), json);
        assertEquals(344, root.get("rows").asInt(), json);
        Map<String, JsonNode> columns = new HashMap<>();
        root.get("columns").forEach(c -> columns.put(c.get("name").asText(), c));
        assertEquals(
                List.of("numeric", "feature", "2"),
                List.of(
                        columns.get("bill_length_mm").get("type").asText(),
                        columns.get("bill_length_mm").get("role").asText(),
                        columns.get("bill_length_mm").get("missing").asText()));
        assertEquals(
                List.of("categorical", "feature", "11"),
                List.of(
                        columns.get("sex").get("type").asText(),
                        columns.get("sex").get("role").asText(),
                        columns.get("sex").get("missing").asText()));
        assertEquals(
                CliJson.read("{\"name\":\"species\",\"kind\":\"classes\",\"classes\":{\"Adelie\":152,"
                        + "\"Chinstrap\":68,\"Gentoo\":124}}"),
                root.get("label"),
                json);
        assertEquals(1, json.lines().count(), "one JSON object on one line");
    }

    @Test
    void humanTableByDefault() {
        CliRun run = CliRun.of("inspect", sample("iris.csv"));
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("iris.csv: 150 rows x 6 columns"), run.out());
        assertTrue(run.out().contains("a one-to-one copy of the label"), run.out());
    }

    @Test
    void badFilesExitWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b,c\n1,2,3\n4,5\n");
        CliRun run = CliRun.of("inspect", ragged.toString(), "--json");
        assertEquals(2, run.exitCode());
        assertEquals("error: ragged.csv line 3: 2 fields, expected 3", run.err().strip());
        assertEquals("", run.out());

        CliRun missing = CliRun.of("inspect", dir.resolve("none.csv").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("error: none.csv: no such file", missing.err().strip());
    }

    @Test
    void unknownLabelAndOneClassLabelAreRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("one.csv"), "a,b,label\n1,2,yes\n3,4,yes\n");
        CliRun unknown = CliRun.of("inspect", file.toString(), "--label", "target");
        assertEquals(2, unknown.exitCode());
        assertEquals(
                "error: one.csv: no column named \"target\" (columns: a, b, label)",
                unknown.err().strip());
        CliRun oneClass = CliRun.of("inspect", file.toString(), "--label", "label");
        assertEquals(2, oneClass.exitCode());
        assertTrue(oneClass.err().strip().startsWith("error: one.csv: label \"label\" has one class"), oneClass.err());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CliRun run = CliRun.of("inspect", "--frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
    }
}
