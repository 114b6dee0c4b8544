package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.family.Families;

class BenchCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    @Test
    void unknownModelIsRefusedWithTheList() {
        CliRun run = CliRun.of("bench", sample("iris.csv"), "--label", "target", "--model", "svm", "--json");
        assertEquals(2, run.exitCode());
        assertTrue(
                Families.codes().containsAll(List.of("kmeans", "qkmeans", "dckmeans", "sisa", "logreg", "ridge")),
                Families.codes().toString());
        assertEquals(
                "error: unknown model \"svm\" (models: " + String.join(", ", Families.codes()) + ")",
                run.err().strip());
    }

    @Test
    void modelIsRequired() {
        CliRun run = CliRun.of("bench", sample("iris.csv"), "--json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--model"), run.err());
    }
}
