package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every option of every family, and of the bench and deletion-table runs, fed extreme values: each run
 * ends with a result (exit 0) or one plain line refusing it (exit 2), never an internal error (exit 1),
 * and never an out-of-memory, within this test JVM's heap (the build gives it 2 GB; an out-of-memory
 * inside a command ends it with exit 1, which fails here). Penguins has 344 rows, so 345 is "larger
 * than the data".
 */
class ExtremeOptionsTest {
    private static final String[] VALUES = {"0", "-1", "1000000000", "1e9", "NaN", "345", "-Infinity"};

    private static String penguins() {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), "penguins.csv")
                .toString();
    }

    /** Family, then the options it takes: a flag, or "set:NAME" for --set NAME=VALUE. */
    private static final String[][] FAMILIES = {
        {"kmeans", "--k", "--iterations", "set:tol"},
        {"qkmeans", "--k", "--iterations", "--epsilon", "set:tol", "set:gamma"},
        {"dckmeans", "--k", "--iterations", "--leaves", "set:tol", "set:width"},
        {
            "sisa",
            "--shards",
            "--slices",
            "--epochs",
            "set:threads",
            "set:lr",
            "set:batch",
            "set:l2",
            "set:scaling",
            "--learner",
            "set:sharding",
            "set:aggregation"
        },
        {"sisa --learner mlp", "set:hidden", "set:batch", "--slices", "--epochs"},
        {"sisa --learner tree", "set:depth", "set:node_size", "--shards"},
        {"logreg", "--lambda", "--method", "set:epsilon", "set:delta", "set:sigma", "set:classes"},
        {"ridge", "--lambda", "--method", "set:classes"},
        {"kmeans", "--deletions", "--warmup", "--repeat", "--test-fraction", "--seed"},
    };

    @Test
    void everyOptionIsEitherUsedOrRefusedInOneLine() {
        List<String> failures = new ArrayList<>();
        for (String[] family : FAMILIES) {
            for (int o = 1; o < family.length; o++) {
                for (String value : VALUES) {
                    List<String> args = new ArrayList<>(List.of(
                            "bench", penguins(), "--label", "species", "--deletions", "1", "--json", "--model"));
                    args.addAll(List.of(family[0].split(" ")));
                    if (family[o].startsWith("set:")) {
                        String name = family[o].substring(4);
                        if (List.of("epsilon", "delta", "sigma").contains(name)) {
                            args.addAll(List.of("--set", "epsilon=1", "--set", "delta=0.01", "--set", "sigma=1"));
                        }
                        args.addAll(List.of("--set", name + "=" + value));
                    } else {
                        args.addAll(List.of(family[o], value));
                    }
                    check(args, failures);
                }
            }
        }
        for (String value : VALUES) {
            for (String option : new String[] {"--ks", "--repeat", "--lambda"}) {
                List<String> args = new ArrayList<>(List.of(
                        "deletion-table",
                        penguins(),
                        "--label",
                        "species",
                        "--model",
                        "logreg",
                        "--set",
                        "classes=Adelie,Gentoo",
                        "--json",
                        option,
                        value));
                if (!option.equals("--repeat")) {
                    args.addAll(List.of("--repeat", "1"));
                }
                check(args, failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " runs went wrong:\n" + String.join("\n", failures));
    }

    @Test
    void theRunsOnceReportedAsInternalErrorsAreRefusedInPlainWords() {
        CliRun hidden = CliRun.of(
                "bench",
                penguins(),
                "--label",
                "species",
                "--model",
                "sisa",
                "--learner",
                "mlp",
                "--set",
                "hidden=100000000");
        assertEquals(2, hidden.exitCode(), hidden.err());
        assertTrue(
                hidden.err()
                        .strip()
                        .matches("error: penguins.csv: 10 shards of 5 slices of this mlp need about"
                                + " [0-9,]+ MB for their checkpoints; this Java process has [0-9,]+ MB free \\(.*\\)"),
                hidden.err());
        CliRun ks = CliRun.of("deletion-table", penguins(), "--label", "species", "--model", "logreg", "--ks", "-1");
        assertEquals(2, ks.exitCode());
        assertEquals(
                "error: --ks: a request forgets 1 row or more, not -1", ks.err().strip());
        CliRun slices = CliRun.of("bench", penguins(), "--label", "species", "--model", "sisa", "--slices", "100000");
        assertEquals(
                "error: penguins.csv: 100,000 slices per shard is more than the 27 rows a shard gets"
                        + " (275 rows over 10 shards)",
                slices.err().strip());
        CliRun leaves =
                CliRun.of("bench", penguins(), "--label", "species", "--model", "dckmeans", "--leaves", "1000000");
        assertEquals(
                "error: penguins.csv: 1,000,000 leaves is more than the 344 rows; use at most 344 leaves",
                leaves.err().strip());
    }

    private static void check(List<String> args, List<String> failures) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String err = run.err().strip();
        String what = String.join(" ", args.subList(2, args.size())) + " -> exit " + run.exitCode() + ": " + err;
        if (run.exitCode() == 0) {
            return;
        }
        boolean oneLine =
                err.lines().filter(l -> !l.startsWith("(see: unlearn")).count() == 1;
        if (run.exitCode() != 2 || !oneLine || !err.startsWith("error: ") || err.contains("internal error")) {
            failures.add(what);
        }
    }
}
