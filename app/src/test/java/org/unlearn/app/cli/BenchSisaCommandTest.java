package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench} on SISA ensembles: the JSON contract, exactness, the monolithic baseline, and refusals. */
class BenchSisaCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    private static double number(String json, String field) {
        return CliJson.number(json, field);
    }

    @Test
    void softmaxShardsForgetExactlyAndRetrainAFraction() {
        CliRun run = CliRun.of(
                "bench",
                sample("digits_8x8.csv"),
                "--label",
                "target",
                "--model",
                "sisa",
                "--shards",
                "5",
                "--slices",
                "3",
                "--learner",
                "softmax",
                "--epochs",
                "4",
                "--deletions",
                "6",
                "--seed",
                "3",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        assertTrue(json.startsWith("{\"model\":\"sisa\""), json);
        assertTrue(CliJson.flag(json, "exact"), json);
        assertEquals("accuracy", CliJson.text(json, "quality_metric"), json);
        assertEquals("monolithic", CliJson.text(json, "baseline_model"), json);
        var options = CliJson.field(json, "options");
        assertEquals(
                List.of(5, 3, 4),
                List.of(
                        options.get("shards").asInt(),
                        options.get("slices").asInt(),
                        options.get("epochs").asInt()),
                json);
        assertEquals("softmax", options.get("learner").asText(), json);
        assertEquals(3, number(json, "slices_trained"));
        double fraction = number(json, "retrained_fraction");
        assertTrue(fraction > 0 && fraction < 0.25, json);
        assertEquals(number(json, "quality_unlearned"), number(json, "quality_retrained"));
        assertTrue(number(json, "quality_before") > 0.85, json);
        assertTrue(number(json, "baseline_quality") > 0.9, json);
        for (String field : new String[] {
            "train_ms",
            "unlearn_ms",
            "retrain_ms",
            "speedup",
            "baseline_retrain_ms",
            "speedup_vs_baseline",
            "training_work_units"
        }) {
            number(json, field);
        }
    }

    @Test
    void treesAreOneSliceAndExact() {
        CliRun run = CliRun.of(
                "bench",
                sample("digits_8x8.csv"),
                "--label",
                "target",
                "--model",
                "sisa",
                "--shards",
                "4",
                "--slices",
                "5",
                "--learner",
                "tree",
                "--deletions",
                "4",
                "--set",
                "sharding=balanced",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(CliJson.flag(run.out(), "exact"), run.out());
        assertEquals(5, CliJson.field(run.out(), "options").get("slices").asInt(), run.out());
        assertEquals(1, number(run.out(), "slices_trained"));
        assertEquals("balanced", CliJson.text(run.out(), "sharding"), run.out());
    }

    @Test
    void badOptionsAreOneLine() {
        CliRun zero = CliRun.of(
                "bench", sample("iris.csv"), "--label", "target_name", "--model", "sisa", "--shards", "0", "--json");
        assertEquals(2, zero.exitCode());
        assertEquals(
                "error: shards must be 1 or more, not 0 (--shards)", zero.err().strip());
        CliRun k = CliRun.of(
                "bench", sample("iris.csv"), "--label", "target_name", "--model", "sisa", "--k", "3", "--json");
        assertEquals(2, k.exitCode());
        assertEquals("error: --k is not an option of sisa", k.err().strip());
        CliRun learner = CliRun.of(
                "bench", sample("iris.csv"), "--label", "target_name", "--model", "sisa", "--learner", "svm", "--json");
        assertEquals(2, learner.exitCode());
        assertEquals(
                "error: learner is one of softmax, mlp, tree, not \"svm\" (--learner)",
                learner.err().strip());
        CliRun many = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "sisa",
                "--shards",
                "60",
                "--slices",
                "1",
                "--deletions",
                "1",
                "--json");
        assertEquals(2, many.exitCode());
        assertTrue(many.err().strip().matches("error: iris.csv: shard \\d+ of 60 gets no rows.*"), many.err());
        CliRun unlabelled = CliRun.of("bench", sample("iris.csv"), "--model", "sisa", "--json");
        assertEquals(2, unlabelled.exitCode());
        assertEquals(
                "error: model \"sisa\" learns a label: give it with --label COLUMN",
                unlabelled.err().strip());
    }
}
