package org.unlearn.model.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.unlearn.model.BadInputException;

/**
 * Everything needed to make a model again, bit for bit, from its file: the family and its canonical
 * options, the data's identity, the share held out, the seed, the engine version, and every forget request
 * since the training, in order, with its method. {@link Traced#rebuild} replays it.
 *
 * @param family  the family's code
 * @param options the canonical options, resolved against the data ({@link Options#toText()})
 * @param data    the file and how it was prepared
 * @param heldOut the share of rows held out to score the model (0 for clustering), drawn by the seed
 * @param seed    the seed of the training (and of the held-out draw)
 * @param engine  the engine version that made it ({@link Engine#version()})
 * @param steps   the forget requests since the training
 */
public record Lineage(
        String family,
        String options,
        DatasetIdentity data,
        double heldOut,
        long seed,
        String engine,
        List<Step> steps) {
    /** One forget request: the method and the rows. */
    public record Step(String method, int[] rowIds) {
        public Step {
            Objects.requireNonNull(method);
            rowIds = rowIds.clone();
        }

        @Override
        public int[] rowIds() {
            return rowIds.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Step s && s.method.equals(method) && Arrays.equals(s.rowIds, rowIds);
        }

        @Override
        public int hashCode() {
            return 31 * method.hashCode() + Arrays.hashCode(rowIds);
        }
    }

    public Lineage {
        Objects.requireNonNull(family);
        Objects.requireNonNull(options);
        Objects.requireNonNull(data);
        Objects.requireNonNull(engine);
        steps = List.copyOf(steps);
    }

    /** This lineage with one more forget request. */
    public Lineage then(String method, int[] rowIds) {
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(method, rowIds));
        return new Lineage(family, options, data, heldOut, seed, engine, next);
    }

    /** One {@code key: value} line per fact, {@code forget:} lines last; {@link #parse} reads it back. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        line(out, "family", family);
        line(out, "engine", engine);
        line(out, "options", options);
        line(out, "file", data.file());
        line(out, "sha256", data.sha256());
        line(out, "label", data.label() == null ? "" : data.label());
        line(out, "roles", OptionsText.write(data.roles()));
        line(out, "standardize", Boolean.toString(data.standardize()));
        line(out, "held_out", OptionSpec.plain(heldOut));
        line(out, "seed", Long.toString(seed));
        for (Step s : steps) {
            line(
                    out,
                    "forget",
                    s.method() + " "
                            + Arrays.stream(s.rowIds)
                                    .mapToObj(Integer::toString)
                                    .collect(Collectors.joining(",")));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    /** Reads {@link #toText()}. */
    public static Lineage parse(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new BadInputException("provenance: \"" + line + "\" is not a key: value line");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("forget")) {
                String[] parts = value.split(" ", 2);
                try {
                    steps.add(new Step(
                            parts[0],
                            Arrays.stream(parts[1].split(","))
                                    .map(String::strip)
                                    .mapToInt(Integer::parseInt)
                                    .toArray()));
                } catch (RuntimeException e) {
                    throw new BadInputException("provenance: cannot read the request \"" + value + "\"");
                }
            } else {
                facts.put(key, value);
            }
        }
        try {
            String label = facts.get("label");
            DatasetIdentity data = new DatasetIdentity(
                    need(facts, "file"),
                    need(facts, "sha256"),
                    label == null || label.isEmpty() ? null : label,
                    OptionsText.read(need(facts, "roles")),
                    Boolean.parseBoolean(need(facts, "standardize")));
            return new Lineage(
                    need(facts, "family"),
                    need(facts, "options"),
                    data,
                    Double.parseDouble(need(facts, "held_out")),
                    Long.parseLong(need(facts, "seed")),
                    need(facts, "engine"),
                    steps);
        } catch (NumberFormatException e) {
            throw new BadInputException("provenance: a number cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String need(Map<String, String> facts, String key) {
        String v = facts.get(key);
        if (v == null) {
            throw new BadInputException("provenance: the line \"" + key + ":\" is missing");
        }
        return v;
    }
}
