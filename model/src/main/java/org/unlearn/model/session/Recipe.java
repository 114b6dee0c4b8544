package org.unlearn.model.session;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
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
 * @param options      the options given, by name, in their canonical spelling (the others take their defaults)
 * @param seed         the seed of every random choice
 * @param testFraction share of rows held out to score a model that learns a label
 * @param engine       the engine version that made the session
 */
public record Recipe(
        String source,
        String sourceSha256,
        int sourceRows,
        String label,
        String model,
        Map<String, String> options,
        long seed,
        double testFraction,
        String engine) {
    public Recipe {
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** The family this recipe trains, with its options checked. */
    public Configured<?> family() {
        FamilyDescriptor<?> family = Families.byCode(model);
        return family.configure(family.defaults().withAll(options));
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
        m.put("engine", engine);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Recipe fromMap(Map<String, Object> m) {
        Map<String, String> options = new TreeMap<>();
        ((Map<String, Object>) m.get("options")).forEach((k, v) -> options.put(k, String.valueOf(v)));
        return new Recipe(
                (String) m.get("source"),
                (String) m.get("source_sha256"),
                ((Number) m.get("source_rows")).intValue(),
                (String) m.get("label"),
                (String) m.get("model"),
                options,
                ((Number) m.get("seed")).longValue(),
                ((Number) m.get("test_fraction")).doubleValue(),
                (String) m.get("engine"));
    }

    /** SHA-256 of the recipe's canonical JSON: recorded in the session file and the log's first entry. */
    public String sha256() {
        return DataCopy.sha256(Json.write(toMap()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The recipe of a new session on a file as read: the family's options in canonical form, refused in one line
     * when the family needs a label and none is named or the held-out share is out of range.
     */
    static Recipe checked(
            java.nio.file.Path dataFile,
            String sourceSha256,
            org.unlearn.model.data.Dataset read,
            String label,
            String model,
            java.util.Map<String, String> options,
            long seed,
            double testFraction) {
        Recipe recipe = new Recipe(
                dataFile.getFileName().toString(),
                sourceSha256,
                read.rowCount(),
                label,
                model,
                options,
                seed,
                testFraction,
                org.unlearn.model.family.Engine.version());
        org.unlearn.model.family.Configured<?> family = recipe.family();
        Map<String, String> given = new java.util.TreeMap<>();
        family.options()
                .given()
                .forEach(name -> given.put(name, family.options().text(name)));
        recipe = new Recipe(
                recipe.source(),
                recipe.sourceSha256(),
                recipe.sourceRows(),
                label,
                family.code(),
                given,
                seed,
                testFraction,
                recipe.engine());
        if (family.family().group().supervised() && label == null) {
            throw new org.unlearn.model.BadInputException(
                    "model \"" + model + "\" learns a label: name the label column");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new org.unlearn.model.BadInputException("the held-out share must be in [0, 1), not " + testFraction);
        }
        return recipe;
    }
}
