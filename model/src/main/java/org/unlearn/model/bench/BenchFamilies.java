package org.unlearn.model.bench;

import java.util.List;
import java.util.Locale;
import org.unlearn.model.BadInputException;

/** The model families {@code bench} knows, by the name given to {@code --model}. */
public final class BenchFamilies {
    /** Every model name, in the order help text lists them. */
    public static final List<String> MODELS = List.of("kmeans", "qkmeans", "dckmeans", "sisa", "logreg", "ridge");

    private BenchFamilies() {
    }

    public static BenchFamily<?> create(String model, ModelParameters parameters) {
        String name = model == null ? "" : model.toLowerCase(Locale.ROOT).strip();
        return switch (name) {
            case "kmeans", "lloyd", "qkmeans", "dckmeans" -> KMeansBench.create(name, parameters);
            case "sisa" -> SisaBench.create(parameters);
            case "logreg", "ridge" -> LinearBench.create(name, parameters);
            default -> throw new BadInputException("unknown model \"" + model + "\" (models: "
                    + String.join(", ", MODELS) + ")");
        };
    }
}
