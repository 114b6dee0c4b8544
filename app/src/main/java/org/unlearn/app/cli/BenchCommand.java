package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.BenchRunner;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;
import org.unlearn.model.util.Json;
import org.unlearn.model.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench FILE --label COL --model MODEL [--deletions N] [--seed S] [model options] --json}: train,
 * forget N rows one request at a time, retrain from scratch after each, and compare.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Forget rows one at a time, retrain after each, compare.",
        description = "Train a model, forget N rows chosen by the seed (one request per row), retrain from"
                + " scratch after each request, and report times, quality and whether unlearning was exact.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the data file")
    Path file;

    @Option(names = "--label", paramLabel = "COL", description = "the label column (required for classifiers)")
    String label;

    @Option(
            names = "--model",
            required = true,
            paramLabel = "MODEL",
            description = "the model family: ${COMPLETION-CANDIDATES}",
            completionCandidates = ModelCodes.class)
    String model;

    @Option(
            names = "--deletions",
            paramLabel = "N",
            defaultValue = "10",
            description = "rows to forget (default ${DEFAULT-VALUE})")
    int deletions;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "seed of every random choice (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--test-fraction",
            paramLabel = "F",
            defaultValue = "0.2",
            description = "share of rows held out to score classifiers (default ${DEFAULT-VALUE})")
    double testFraction;

    @Option(
            names = "--warmup",
            paramLabel = "W",
            defaultValue = "0",
            description =
                    "throwaway forget requests run first, so timings measure compiled code (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--repeat",
            paramLabel = "R",
            defaultValue = "1",
            description = "train R times from scratch; train_ms is the median (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--quiet", description = "print no progress on standard error")
    boolean quiet;

    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (repeat < 1 || repeat > BenchRunner.MAX_REPEAT) {
            throw new BadInputException("--repeat must be from 1 to " + BenchRunner.MAX_REPEAT + ", not " + repeat);
        }
        if (deletions < 0) {
            throw new BadInputException("--deletions must be 0 or more, not " + deletions);
        }
        if (warmup < 0) {
            throw new BadInputException("--warmup must be 0 or more, not " + warmup);
        }
        UsageErrors.checkTestFraction(testFraction);
        FamilyDescriptor<?> family = Families.byCode(model);
        Map<String, String> set = new LinkedHashMap<>(modelOptions.extra);
        boolean scaling = scaling(set.remove(SCALING));
        Options options = ModelFlags.read(family, modelOptions.namedFlags(), set);
        Configured<?> recipe = family.configure(options);
        if (family.group().supervised() && label == null) {
            throw new BadInputException("model \"" + family.code() + "\" learns a label: give it with --label COLUMN");
        }
        BenchRunner.Request request =
                new BenchRunner.Request(file, label, recipe, deletions, seed, testFraction, warmup, repeat, scaling);
        Progress progress = ConsoleProgress.of(spec.commandLine().getErr(), quiet, "bench");
        Map<String, Object> result;
        try {
            result = BenchRunner.run(request, progress);
        } finally {
            if (progress instanceof ConsoleProgress console) {
                console.finish();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(result) : Json.pretty(result));
        out.flush();
        return 0;
    }

    private static final String SCALING = "scaling";

    private static boolean scaling(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new BadInputException("--set scaling is 1 or 0, not \"" + value + "\"");
        };
    }
}
