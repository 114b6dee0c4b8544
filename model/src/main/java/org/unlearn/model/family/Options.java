package org.unlearn.model.family;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A family's option values, immutable and canonical: each value checked by its {@link OptionSpec} and
 * kept in its canonical spelling, so two equal settings have the same {@link #toText()}. An option not
 * given takes its spec's default; one without a fixed default is unset until the family resolves it
 * against the data ({@link FamilyDescriptor#resolve}).
 *
 * <p>Text form: {@code name=value} pairs in the specs' order, separated by ", "; a value holding a comma,
 * an equals sign, a quote or outer spaces is written in double quotes with {@code \"} and {@code \\}
 * escaped ({@code classes="setosa,versicolor"}).
 */
public final class Options {
    private final String family;
    private final List<OptionSpec> specs;
    private final Map<String, String> given;

    private Options(String family, List<OptionSpec> specs, Map<String, String> given) {
        this.family = family;
        this.specs = specs;
        this.given = Collections.unmodifiableMap(given);
    }

    /** No option given: every option at its default. */
    public static Options of(String family, List<OptionSpec> specs) {
        Set<String> names = new LinkedHashSet<>();
        for (OptionSpec s : specs) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException(family + ": option " + s.name() + " twice");
            }
        }
        return new Options(family, List.copyOf(specs), new LinkedHashMap<>());
    }

    /** Options read from their text form; every value checked. */
    public static Options parse(String family, List<OptionSpec> specs, String text) {
        Options out = of(family, specs);
        for (Map.Entry<String, String> e : OptionsText.read(text).entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The family these options belong to (its code). */
    public String family() {
        return family;
    }

    public List<OptionSpec> specs() {
        return specs;
    }

    /** The spec of an option, refusing a name the family does not have. */
    public OptionSpec spec(String name) {
        for (OptionSpec s : specs) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new BadOptionException(
                name,
                name + " is not an option of " + family
                        + (specs.isEmpty() ? "" : " (options: " + String.join(", ", names()) + ")"));
    }

    /** The option names, in order. */
    public List<String> names() {
        return specs.stream().map(OptionSpec::name).toList();
    }

    /** These options with one value set (checked, made canonical). */
    public Options with(String name, String value) {
        OptionSpec spec = spec(name == null ? "" : name.strip());
        Map<String, String> next = new LinkedHashMap<>(given);
        next.put(spec.name(), spec.canonical(value));
        return new Options(family, specs, ordered(next));
    }

    /** These options with several values set, in the map's order. */
    public Options withAll(Map<String, String> values) {
        Options out = this;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    /** These options with one value back at its default (or unset). */
    public Options without(String name) {
        spec(name);
        Map<String, String> next = new LinkedHashMap<>(given);
        next.remove(name);
        return new Options(family, specs, next);
    }

    /** The names of the options given (not left at their defaults), in order. */
    public Set<String> given() {
        return given.keySet();
    }

    /** True when the option has a value, given or by default. */
    public boolean has(String name) {
        return given.containsKey(name) || spec(name).hasDefault();
    }

    /** The canonical text of an option's value; the option must have one. */
    public String text(String name) {
        String v = given.get(name);
        if (v == null) {
            v = spec(name).defaultValue();
        }
        if (v == null) {
            throw new IllegalStateException(family + ": option " + name + " has no value; resolve the options first");
        }
        return v;
    }

    /** A whole-number option's value. */
    public int whole(String name) {
        long v = Long.parseLong(text(name));
        if (v != (int) v) {
            throw new BadOptionException(name, spec(name).subject() + " is too large: " + v);
        }
        return (int) v;
    }

    /** A decimal option's value. */
    public double number(String name) {
        return Double.parseDouble(text(name));
    }

    /** A flag's value. */
    public boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    /** Every option with a value, given or by default, canonical, in order. */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (OptionSpec s : specs) {
            if (has(s.name())) {
                out.put(s.name(), text(s.name()));
            }
        }
        return out;
    }

    /** {@link #asMap()} with typed values (Long, Double, Boolean, String), for JSON. */
    public Map<String, Object> typed() {
        Map<String, Object> out = new LinkedHashMap<>();
        asMap().forEach((name, v) -> out.put(name, spec(name).typed(v)));
        return out;
    }

    /** The text form of every option with a value; {@link #parse} reads it back to equal options. */
    public String toText() {
        return OptionsText.write(asMap());
    }

    private Map<String, String> ordered(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(names());
        for (String n : order) {
            if (values.containsKey(n)) {
                out.put(n, values.get(n));
            }
        }
        return out;
    }

    /** Equal when of the same family with the same value for every option. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Options other
                && other.family.equals(family)
                && other.asMap().equals(asMap());
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, asMap());
    }

    @Override
    public String toString() {
        return family + " " + toText();
    }
}
