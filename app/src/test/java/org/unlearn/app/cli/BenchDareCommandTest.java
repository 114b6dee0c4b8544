package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench --model dare}: reached through the family registry alone, options by name, exact, refusals. */
class BenchDareCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    @Test
    void aDareForestForgetsExactlyAndRegrowsLittle() {
        CliRun run = CliRun.of(
                "bench",
                sample("credit_data.csv"),
                "--label",
                "Status",
                "--model",
                "dare",
                "--set",
                "trees=8",
                "--set",
                "depth=6",
                "--set",
                "random_depth=2",
                "--set",
                "thresholds=5",
                "--deletions",
                "4",
                "--seed",
                "3",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        assertTrue(json.startsWith("{\"model\":\"dare\""), json);
        assertTrue(CliJson.flag(json, "exact"), json);
        assertEquals("accuracy", CliJson.text(json, "quality_metric"), json);
        var options = CliJson.field(json, "options");
        assertEquals(8, options.get("trees").asInt(), json);
        assertEquals("gini", options.get("criterion").asText(), json);
        double fraction = CliJson.number(json, "retrained_fraction");
        assertTrue(fraction >= 0 && fraction < 0.5, json);
        assertEquals(CliJson.number(json, "quality_unlearned"), CliJson.number(json, "quality_retrained"));
        assertTrue(CliJson.number(json, "quality_before") > 0.7, json);
    }

    @Test
    void badOptionsAreOneLine() {
        CliRun depth = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "dare",
                "--set",
                "depth=4",
                "--set",
                "random_depth=5",
                "--json");
        assertEquals(2, depth.exitCode());
        assertEquals(
                "error: the random-split depth must be 0 to the depth (4), not 5 (--set random_depth=...)",
                depth.err().strip());
        CliRun criterion = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "dare",
                "--set",
                "criterion=gain",
                "--json");
        assertEquals(2, criterion.exitCode());
        assertEquals(
                "error: criterion (the split criterion) is one of gini, entropy, not \"gain\" (--set criterion=...)",
                criterion.err().strip());
        CliRun shards = CliRun.of(
                "bench", sample("iris.csv"), "--label", "target_name", "--model", "dare", "--shards", "3", "--json");
        assertEquals(2, shards.exitCode());
        assertEquals("error: --shards is not an option of dare", shards.err().strip());
    }
}
