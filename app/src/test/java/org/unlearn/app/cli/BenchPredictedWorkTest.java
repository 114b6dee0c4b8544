package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --json} tells, for every family, the plan's predicted share of a full training beside the
 * share the engine counted redoing, and the predicted one is what the engine then did (within 2×, or within
 * the range a Q-k-means plan states).
 */
class BenchPredictedWorkTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    @Test
    void everyFamilyTellsPredictedAndRetrainedWork() {
        String[][] runs = {
            {"kmeans", "iris.csv", "target_name"},
            {"qkmeans", "penguins.csv", "species"},
            {"dckmeans", "penguins.csv", "species"},
            {"sisa", "digits_8x8.csv", "target"},
            {"dare", "employee_attrition.csv", "Attrition"},
            {"logreg", "employee_attrition.csv", "Attrition"},
            {"ridge", "credit_data.csv", "Status"},
        };
        for (String[] r : runs) {
            CliRun run = CliRun.of(
                    "bench",
                    sample(r[1]),
                    "--label",
                    r[2],
                    "--model",
                    r[0],
                    "--deletions",
                    "6",
                    "--seed",
                    "4",
                    "--json");
            assertEquals(0, run.exitCode(), r[0] + ": " + run.err());
            String json = run.out();
            double predicted = CliJson.number(json, "predicted_fraction");
            double retrained = CliJson.number(json, "retrained_fraction");
            assertTrue(predicted >= 0 && retrained > 0, r[0] + ": " + json);
            if (json.contains("\"predicted_fraction_least\"")) {
                double least = CliJson.number(json, "predicted_fraction_least");
                double most = CliJson.number(json, "predicted_fraction_most");
                assertTrue(least <= predicted && predicted <= most, r[0] + ": " + json);
                assertTrue(least <= retrained * 1.0001 && retrained <= most * 1.0001, r[0] + ": " + json);
            } else {
                double ratio = predicted / retrained;
                assertTrue(ratio >= 0.5 && ratio <= 2, r[0] + ": predicted " + predicted + ", did " + retrained);
            }
        }
    }
}
