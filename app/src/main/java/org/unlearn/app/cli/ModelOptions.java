package org.unlearn.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The model options a command takes, with the flags {@code bench} has (scripts rely on their names). */
public final class ModelOptions {
    @Option(names = "--k", paramLabel = "K", description = "clusters (k-means family)")
    Integer k;

    @Option(
            names = {"--epsilon", "--eps"},
            paramLabel = "E",
            description = "quantization width (qkmeans)")
    Double epsilon;

    @Option(names = "--leaves", paramLabel = "L", description = "leaves of the tree (dckmeans)")
    Integer leaves;

    @Option(names = "--iterations", paramLabel = "I", description = "iteration cap")
    Integer iterations;

    @Option(names = "--shards", paramLabel = "S", description = "shards (sisa)")
    Integer shards;

    @Option(names = "--slices", paramLabel = "R", description = "slices per shard (sisa)")
    Integer slices;

    @Option(names = "--learner", paramLabel = "L", description = "constituent learner: softmax, mlp, tree (sisa)")
    String learner;

    @Option(names = "--epochs", paramLabel = "E", description = "training epochs (sisa)")
    Integer epochs;

    @Option(
            names = "--method",
            paramLabel = "M",
            description = "the model's own deletion method: exact, influence, newton, pru (logreg, ridge)")
    String method;

    @Option(names = "--lambda", paramLabel = "L", description = "L2 regularization (logreg, ridge)")
    Double lambda;

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description = "any model option by name (repeatable); bench also takes scaling=1 to time training on one"
                    + " thread against all cores")
    Map<String, String> extra = new LinkedHashMap<>();

    /** The named flags as typed, null when not given (as {@link ModelFlags#read} takes them). */
    Map<String, Object> namedFlags() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("--k", k);
        m.put("--epsilon", epsilon);
        m.put("--leaves", leaves);
        m.put("--iterations", iterations);
        m.put("--shards", shards);
        m.put("--slices", slices);
        m.put("--learner", learner);
        m.put("--epochs", epochs);
        m.put("--method", method);
        m.put("--lambda", lambda);
        return m;
    }
}
