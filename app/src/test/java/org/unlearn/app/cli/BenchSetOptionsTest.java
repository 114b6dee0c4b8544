package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.unlearn.model.family.DatasetIdentity;
import org.unlearn.model.family.Engine;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.OptionSpec;

/** {@code --set name=value} reaches every option; refusals name the flag the user typed. */
class BenchSetOptionsTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    private static String options(String json) {
        return CliJson.field(json, "options").toString();
    }

    @Test
    void setAndTheNamedFlagAreTheSameOption() {
        CliRun named = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--model",
                "dckmeans",
                "--k",
                "3",
                "--leaves",
                "4",
                "--deletions",
                "2",
                "--json");
        CliRun set = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--model",
                "dckmeans",
                "--set",
                "k=3",
                "--set",
                "leaves=4",
                "--deletions",
                "2",
                "--json");
        assertEquals(0, named.exitCode(), named.err());
        assertEquals(0, set.exitCode(), set.err());
        assertEquals(options(named.out()), options(set.out()));
        assertTrue(options(set.out()).startsWith("{\"k\":3,\"iterations\":300,"), set.out());
        assertEquals(DatasetIdentity.sha256(Path.of(sample("iris.csv"))), CliJson.text(set.out(), "data_sha256"));
        assertEquals(Engine.version(), CliJson.text(set.out(), "engine"));
        assertTrue(Engine.version().matches("\\d+\\.\\d+.*"), Engine.version());
    }

    @Test
    void aRefusedSetValueNamesItsFlag() {
        CliRun lambda = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "ridge",
                "--set",
                "lambda=0",
                "--json");
        assertEquals(2, lambda.exitCode());
        assertEquals(
                "error: lambda (the regularization λ) must be more than 0, not 0 (--lambda)",
                lambda.err().strip());
        CliRun hidden = CliRun.of(
                "bench",
                sample("iris.csv"),
                "--label",
                "target_name",
                "--model",
                "sisa",
                "--set",
                "hidden=8",
                "--json");
        assertEquals(2, hidden.exitCode());
        assertEquals(
                "error: hidden is not an option of the softmax learner (its options: lr, batch, l2)"
                        + " (--set hidden=...)",
                hidden.err().strip());
        CliRun gamma = CliRun.of("bench", sample("iris.csv"), "--model", "qkmeans", "--set", "gamma=abc", "--json");
        assertEquals(2, gamma.exitCode());
        assertEquals(
                "error: gamma (the balance share) must be a number, not \"abc\" (--set gamma=...)",
                gamma.err().strip());
    }

    @Test
    void theHelpListsEveryRegisteredFamilyAndOption() {
        CliRun help = CliRun.of("bench", "--help");
        assertEquals(0, help.exitCode(), help.err());
        for (FamilyDescriptor<?> f : Families.all()) {
            assertTrue(help.out().contains("  " + f.code() + " — " + f.title()), f.code() + ": " + help.out());
            for (OptionSpec s : f.options()) {
                assertTrue(help.out().contains("    " + s.name()), f.code() + " " + s.name() + ": " + help.out());
            }
        }
    }
}
