package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench} on the k-means family: the JSON contract, exactness, and refusals. */
class BenchKMeansCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    private static double number(String json, String field) {
        return CliJson.number(json, field);
    }

    @Test
    void qkmeansReportsCertifiedExactDeletions() {
        CliRun run = CliRun.of(
                "bench",
                sample("penguins.csv"),
                "--label",
                "species",
                "--model",
                "qkmeans",
                "--deletions",
                "25",
                "--seed",
                "3",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        assertTrue(json.startsWith("{\"model\":\"qkmeans\""), json);
        for (String field : new String[] {
            "rows",
            "features",
            "train_ms",
            "deletions",
            "unlearn_ms",
            "retrain_ms",
            "speedup",
            "quality_before",
            "quality_unlearned",
            "quality_retrained",
            "certified_fraction",
            "retrained_fraction",
            "baseline_retrain_ms",
            "speedup_vs_baseline"
        }) {
            number(json, field);
        }
        assertTrue(CliJson.flag(json, "exact"), json);
        assertEquals("kmeans_loss", CliJson.text(json, "quality_metric"), json);
        assertEquals(25, number(json, "deletions"));
        assertEquals(344, number(json, "rows"));
        assertEquals(number(json, "quality_unlearned"), number(json, "quality_retrained"));
        double certified = number(json, "certified_fraction");
        assertTrue(certified >= 0 && certified <= 1, json);
    }

    @Test
    void lloydAndDcKmeansAreExactToo() {
        CliRun lloyd = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "kmeans",
                "--deletions",
                "12",
                "--k",
                "3",
                "--json");
        assertEquals(0, lloyd.exitCode(), lloyd.err());
        assertTrue(CliJson.flag(lloyd.out(), "exact"), lloyd.out());
        CliRun dc = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "dckmeans",
                "--deletions",
                "12",
                "--k",
                "3",
                "--leaves",
                "4",
                "--set",
                "width=2",
                "--json");
        assertEquals(0, dc.exitCode(), dc.err());
        assertTrue(CliJson.flag(dc.out(), "exact"), dc.out());
        assertEquals(4, CliJson.field(dc.out(), "options").get("leaves").asInt(), dc.out());
        assertEquals(2, CliJson.field(dc.out(), "options").get("width").asInt(), dc.out());
        assertTrue(number(dc.out(), "retrained_fraction") < 1, dc.out());
        assertTrue(number(dc.out(), "predicted_fraction") < 1, dc.out());
    }

    @Test
    void optionsAModelDoesNotUseAreRefused() {
        CliRun shards = CliRun.of("bench", sample("iris.csv"), "--model", "kmeans", "--shards", "4", "--json");
        assertEquals(2, shards.exitCode());
        assertEquals("error: --shards is not an option of kmeans", shards.err().strip());
        CliRun extra = CliRun.of("bench", sample("iris.csv"), "--model", "qkmeans", "--set", "gama=0.3", "--json");
        assertEquals(2, extra.exitCode());
        assertEquals(
                "error: --set gama is not an option of qkmeans (options: k, iterations, tol, epsilon, gamma)",
                extra.err().strip());
        CliRun eps = CliRun.of("bench", sample("iris.csv"), "--model", "qkmeans", "--epsilon", "-1", "--json");
        assertEquals(2, eps.exitCode());
        assertEquals(
                "error: epsilon (the grid width) must be more than 0, not -1.0 (--epsilon)",
                eps.err().strip());
    }
}
