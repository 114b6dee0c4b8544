package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.BenchRunner;
import org.unlearn.model.bench.LinearDeletionTable;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.util.Json;
import org.unlearn.model.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deletion-table FILE --label COL --model logreg|ridge}: influence, newton and pru against the exact
 * retrain for k rows forgotten at once, on typical and on outlying rows (Izzo et al.'s Table 4).
 */
@Command(
        name = "deletion-table",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Compare approximate deletions of k rows at once.",
        description = "Forget k rows at once (typical rows drawn by the seed, and the k worst-fitted rows) with"
                + " influence, newton and pru; report each one's time and distance to the exact retrain, as JSON.")
public final class DeletionTableCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the data file")
    Path file;

    @Option(names = "--label", required = true, paramLabel = "COL", description = "the label column")
    String label;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "logreg or ridge")
    String model;

    @Option(names = "--lambda", paramLabel = "L", description = "L2 regularization (default 1)")
    Double lambda;

    @Option(
            names = "--ks",
            paramLabel = "K,K,...",
            split = ",",
            defaultValue = "1,10,100",
            description = "request sizes (default ${DEFAULT-VALUE})")
    int[] ks;

    @Option(names = "--fit", description = "also run the feature-injection test on the typical rows")
    boolean fit;

    @Option(
            names = "--repeat",
            paramLabel = "R",
            defaultValue = "5",
            description = "timed runs per method, median reported (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "a further model option, e.g. classes=A,B")
    Map<String, String> extra = new LinkedHashMap<>();

    @Option(names = "--json", description = "print one JSON object on one line")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FamilyDescriptor<?> family = Families.byCode(model);
        if (!family.code().equals("logreg") && !family.code().equals("ridge")) {
            throw new BadInputException("the deletion table is for --model logreg or ridge, not " + model);
        }
        if (repeat < 1 || repeat > BenchRunner.MAX_REPEAT) {
            throw new BadInputException("--repeat must be from 1 to " + BenchRunner.MAX_REPEAT + ", not " + repeat);
        }
        if (ks == null || ks.length == 0) {
            throw new BadInputException("--ks needs at least one request size");
        }
        for (int size : ks) {
            if (size < 1) {
                throw new BadInputException("--ks: a request forgets 1 row or more, not " + size);
            }
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("--lambda", lambda);
        Configured<?> recipe = family.configure(ModelFlags.read(family, named, extra));
        Map<String, Object> result = LinearDeletionTable.run(
                new LinearDeletionTable.Request(file, label, recipe, seed, ks, fit, repeat), Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(result) : Json.pretty(result));
        out.flush();
        return 0;
    }
}
