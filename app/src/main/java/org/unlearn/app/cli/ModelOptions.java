package org.unlearn.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unlearn.model.bench.ModelParameters;
import picocli.CommandLine.Option;

/** The model options a command takes, with the flags {@code bench} has (scripts rely on their names). */
public final class ModelOptions {
    @Option(names = "--k", paramLabel = "K", description = "clusters (k-means family)")
    Integer k;

    @Option(names = {"--epsilon", "--eps"}, paramLabel = "E", description = "quantization width (qkmeans)")
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

    @Option(names = "--method", paramLabel = "M",
            description = "the model's own deletion method: exact, influence, newton, pru (logreg, ridge)")
    String method;

    @Option(names = "--lambda", paramLabel = "L", description = "L2 regularization (logreg, ridge)")
    Double lambda;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "a further model option (repeatable)")
    Map<String, String> extra = new LinkedHashMap<>();

    ModelParameters parameters() {
        return new ModelParameters(k, epsilon, leaves, iterations, shards, slices, learner, epochs, method, lambda,
                extra);
    }
}
