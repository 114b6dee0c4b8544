package org.unlearn.model.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;

/**
 * The window's current model options, each null when not given.
 *
 * @deprecated only until the views build on {@link Options}; then delete this, {@link BenchFamily} and
 *             {@link BenchFamilies}.
 */
@Deprecated
public record ModelParameters(Integer k, Double epsilon, Integer leaves, Integer iterations, Integer shards,
                              Integer slices, String learner, Integer epochs, String method, Double lambda,
                              Map<String, String> extra) {
    public static final ModelParameters DEFAULTS =
            new ModelParameters(null, null, null, null, null, null, null, null, null, null, Map.of());

    public ModelParameters {
        extra = Map.copyOf(extra == null ? Map.of() : extra);
    }

    public String methodOr(String fallback) {
        return method != null ? method : fallback;
    }

    /** A further option by name, or the fallback. */
    public String extraOr(String name, String fallback) {
        return extra.getOrDefault(name, fallback);
    }

    /** These values as a family's options, by option name. */
    public Options toOptions(FamilyDescriptor<?> family) {
        Map<String, String> given = new LinkedHashMap<>();
        Object[] values = {k, epsilon, leaves, iterations, shards, slices, learner, epochs, method, lambda};
        String[] names = {"k", "epsilon", "leaves", "iterations", "shards", "slices", "learner", "epochs", "method",
            "lambda"};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                given.put(names[i], String.valueOf(values[i]));
            }
        }
        given.putAll(extra);
        return family.defaults().withAll(given);
    }
}
