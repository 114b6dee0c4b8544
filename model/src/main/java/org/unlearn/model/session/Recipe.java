package org.unlearn.model.session;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.unlearn.model.bench.BenchFamilies;
import org.unlearn.model.bench.BenchFamily;
import org.unlearn.model.bench.ModelParameters;
import org.unlearn.model.util.Json;

/**
 * How a session's model is made: the source file's identity, the label, the family, its options (as
 * text, by name), the seed and the share held out. With the session's data copy it rebuilds the model
 * bit for bit: the encoding is fitted on the copy as read and every random choice is keyed by (seed, row id).
 *
 * @param source       the original file's name (no folder)
 * @param sourceSha256 SHA-256 of the original file's bytes when the session was created
 * @param sourceRows   how many data rows the original file had (row ids run 1 to this)
 * @param label        the label column, or null for clustering
 * @param model        the family's name ("qkmeans", "sisa", "logreg", ...)
 * @param options      the family's options by name ("k", "shards", "lambda", ...; others as in --set)
 * @param seed         the seed of every random choice
 * @param testFraction share of rows held out to score a model that learns a label
 */
public record Recipe(String source, String sourceSha256, int sourceRows, String label, String model,
                     Map<String, String> options, long seed, double testFraction) {
    public Recipe {
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** The family this recipe trains, with its options checked. */
    public BenchFamily<?> family() {
        return BenchFamilies.create(model, parameters());
    }

    ModelParameters parameters() {
        Map<String, String> extra = new LinkedHashMap<>(options);
        return new ModelParameters(integer(extra.remove("k")), real(extra.remove("epsilon")),
                integer(extra.remove("leaves")), integer(extra.remove("iterations")), integer(extra.remove("shards")),
                integer(extra.remove("slices")), extra.remove("learner"), integer(extra.remove("epochs")),
                extra.remove("method"), real(extra.remove("lambda")), extra);
    }

    /** The options as the command line gives them: the named ones and --set for the rest. */
    public static Map<String, String> options(ModelParameters p) {
        Map<String, String> m = new TreeMap<>();
        put(m, "k", p.k());
        put(m, "epsilon", p.epsilon());
        put(m, "leaves", p.leaves());
        put(m, "iterations", p.iterations());
        put(m, "shards", p.shards());
        put(m, "slices", p.slices());
        put(m, "learner", p.learner());
        put(m, "epochs", p.epochs());
        put(m, "method", p.method());
        put(m, "lambda", p.lambda());
        m.putAll(p.extra());
        return m;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("source_sha256", sourceSha256);
        m.put("source_rows", sourceRows);
        m.put("label", label);
        m.put("model", model);
        m.put("options", new LinkedHashMap<>(options));
        m.put("seed", seed);
        m.put("test_fraction", testFraction);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Recipe fromMap(Map<String, Object> m) {
        Map<String, String> options = new TreeMap<>();
        ((Map<String, Object>) m.get("options")).forEach((k, v) -> options.put(k, String.valueOf(v)));
        return new Recipe((String) m.get("source"), (String) m.get("source_sha256"),
                ((Number) m.get("source_rows")).intValue(), (String) m.get("label"), (String) m.get("model"), options,
                ((Number) m.get("seed")).longValue(), ((Number) m.get("test_fraction")).doubleValue());
    }

    /** SHA-256 of the recipe's canonical JSON: recorded in the session file and the log's first entry. */
    public String sha256() {
        return DataCopy.sha256(Json.write(toMap()).getBytes(StandardCharsets.UTF_8));
    }

    private static void put(Map<String, String> m, String name, Object value) {
        if (value != null) {
            m.put(name, Json.write(value).replace("\"", ""));
        }
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Double real(String s) {
        return s == null ? null : Double.valueOf(s);
    }
}
