package org.unlearn.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.unlearn.model.BadInputException;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;

/**
 * The command line's model options: the named flags scripts have always used ({@code --k}, {@code --lambda},
 * ...) and {@code --set name=value} for any option, both read into a family's {@link Options}; and the way
 * back, from an option's name to the flag that sets it, so a refusal names what the user typed.
 */
final class ModelFlags {
    /** Each named flag and the option it sets, in help order. */
    static final Map<String, String> NAMED = named();

    private ModelFlags() {}

    private static Map<String, String> named() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : List.of(
                "k", "epsilon", "leaves", "iterations", "shards", "slices", "learner", "epochs", "method", "lambda")) {
            out.put("--" + name, name);
        }
        return out;
    }

    /**
     * A family's options from the named flags given (null when not given) and the {@code --set} pairs.
     *
     * @throws BadInputException a flag the family does not read, or a value its spec refuses
     */
    static Options read(FamilyDescriptor<?> family, Map<String, Object> flags, Map<String, String> set) {
        Options out = family.defaults();
        for (Map.Entry<String, Object> e : flags.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String option = NAMED.get(e.getKey());
            if (!out.names().contains(option)) {
                throw new BadInputException(e.getKey() + " is not an option of " + family.code());
            }
            out = out.with(option, String.valueOf(e.getValue()));
        }
        for (Map.Entry<String, String> e : set.entrySet()) {
            if (!out.names().contains(e.getKey())) {
                throw new BadInputException("--set " + e.getKey() + " is not an option of " + family.code()
                        + " (options: " + String.join(", ", out.names()) + ")");
            }
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The flag that sets an option: its named flag, else {@code --set name=...}. */
    static String flagOf(String option) {
        for (Map.Entry<String, String> e : NAMED.entrySet()) {
            if (e.getValue().equals(option)) {
                return e.getKey();
            }
        }
        return "--set " + option + "=...";
    }

    /** Every family and its options, for the help's footer (picocli's format: %n for a line, %% for a percent). */
    static String help() {
        StringBuilder out = new StringBuilder(
                "\nModels and their options (--set NAME=VALUE; named flags where they" + " exist):\n");
        for (FamilyDescriptor<?> f : Families.all()) {
            out.append("\n  ")
                    .append(f.code())
                    .append(" — ")
                    .append(f.title())
                    .append(", ")
                    .append(f.description())
                    .append("\n");
            for (OptionSpec s : f.options()) {
                String flag = flagOf(s.name()).startsWith("--set") ? "" : " (" + flagOf(s.name()) + ")";
                out.append("    ")
                        .append(s.name())
                        .append(flag)
                        .append(": ")
                        .append(s.help())
                        .append(describe(s))
                        .append("\n");
            }
        }
        return out.toString().replace("%", "%%").replace("\n", "%n");
    }

    private static String describe(OptionSpec s) {
        List<String> parts = new java.util.ArrayList<>();
        if (!s.choices().isEmpty()) {
            parts.add(String.join("|", s.choices()));
        } else if (!s.range().isEmpty()) {
            parts.add(s.range());
        }
        if (!s.unit().isEmpty()) {
            parts.add("in " + s.unit());
        }
        parts.add("default " + (s.hasDefault() ? s.defaultValue() : s.defaultNote()));
        return parts.stream().collect(Collectors.joining("; ", " [", "]"));
    }
}
