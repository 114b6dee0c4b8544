package org.unlearn.model.family;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One option of a family, as data: what a form needs to make its field and the command line its
 * {@code --set name=value}, and the one place a single value is checked and made canonical.
 *
 * @param name         the key in options text, provenance and {@code --set} ("k", "epsilon", "node_size")
 * @param type         what kind of value it takes
 * @param title        for people, short ("grid width"); refusals say "epsilon (the grid width) must be ..."
 * @param defaultValue the canonical default, or null when there is none fixed (see {@code defaultNote})
 * @param defaultNote  what happens without a value when there is no fixed default ("the label's class count,
 *                     else 8", "off"), else null
 * @param min          the smallest value allowed, or null
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          the largest value allowed, or null
 * @param maxInclusive whether {@code max} itself is allowed
 * @param choices      the values a {@link OptionType#CHOICE} takes, canonical (lower case); empty otherwise
 * @param unit         the unit values are in ("rows", "standard deviations"), or "" when none
 * @param help         one short line for people: what it changes
 */
public record OptionSpec(
        String name,
        OptionType type,
        String title,
        String defaultValue,
        String defaultNote,
        Double min,
        boolean minInclusive,
        Double max,
        boolean maxInclusive,
        List<String> choices,
        String unit,
        String help) {
    public OptionSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        help = help == null ? "" : help;
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("option names are lower-case words: " + name);
        }
        if (type == OptionType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice needs its choices");
        }
    }

    /** A whole-number option. */
    public static OptionSpec whole(String name, String title, String help) {
        return new OptionSpec(name, OptionType.WHOLE, title, null, null, null, true, null, true, List.of(), "", help);
    }

    /** A decimal option. */
    public static OptionSpec number(String name, String title, String help) {
        return new OptionSpec(name, OptionType.NUMBER, title, null, null, null, true, null, true, List.of(), "", help);
    }

    /** An option that takes one of a few names. */
    public static OptionSpec choice(String name, String title, List<String> choices, String help) {
        return new OptionSpec(
                name,
                OptionType.CHOICE,
                title,
                null,
                null,
                null,
                true,
                null,
                true,
                choices.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(),
                "",
                help);
    }

    /** A yes-or-no option. */
    public static OptionSpec flag(String name, String title, String help) {
        return new OptionSpec(name, OptionType.FLAG, title, "false", null, null, true, null, true, List.of(), "", help);
    }

    /** A free-text option. */
    public static OptionSpec text(String name, String title, String help) {
        return new OptionSpec(name, OptionType.TEXT, title, null, null, null, true, null, true, List.of(), "", help);
    }

    /** This option with a fixed default (checked like any value). */
    public OptionSpec byDefault(Object value) {
        OptionSpec out = new OptionSpec(
                name, type, title, null, null, min, minInclusive, max, maxInclusive, choices, unit, help);
        String canonical = out.canonical(String.valueOf(value));
        return new OptionSpec(
                name, type, title, canonical, null, min, minInclusive, max, maxInclusive, choices, unit, help);
    }

    /** This option without a fixed default: what happens without a value, in a few words. */
    public OptionSpec otherwise(String note) {
        return new OptionSpec(name, type, title, null, note, min, minInclusive, max, maxInclusive, choices, unit, help);
    }

    /** Values must be at least {@code bound}. */
    public OptionSpec atLeast(double bound) {
        return new OptionSpec(
                name, type, title, defaultValue, defaultNote, bound, true, max, maxInclusive, choices, unit, help);
    }

    /** Values must be more than {@code bound}. */
    public OptionSpec above(double bound) {
        return new OptionSpec(
                name, type, title, defaultValue, defaultNote, bound, false, max, maxInclusive, choices, unit, help);
    }

    /** Values must be at most {@code bound}. */
    public OptionSpec atMost(double bound) {
        return new OptionSpec(
                name, type, title, defaultValue, defaultNote, min, minInclusive, bound, true, choices, unit, help);
    }

    /** Values must be less than {@code bound}. */
    public OptionSpec below(double bound) {
        return new OptionSpec(
                name, type, title, defaultValue, defaultNote, min, minInclusive, bound, false, choices, unit, help);
    }

    /** The unit values are given in. */
    public OptionSpec in(String valueUnit) {
        return new OptionSpec(
                name,
                type,
                title,
                defaultValue,
                defaultNote,
                min,
                minInclusive,
                max,
                maxInclusive,
                choices,
                valueUnit,
                help);
    }

    /** True when the option has a fixed default. */
    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** How refusals name the option: "epsilon (the grid width)", or just "k" when the title is the name. */
    public String subject() {
        return title.equals(name) ? name : name + " (the " + title + ")";
    }

    /** The allowed range for people ("1 or more", "in [0, 1)", "more than 0"), or "" when unbounded. */
    public String range() {
        if (min != null && max != null) {
            return "in " + (minInclusive ? "[" : "(") + plain(min) + ", " + plain(max) + (maxInclusive ? "]" : ")");
        }
        if (min != null) {
            return minInclusive ? plain(min) + " or more" : "more than " + plain(min);
        }
        if (max != null) {
            return maxInclusive ? plain(max) + " or less" : "less than " + plain(max);
        }
        return "";
    }

    /**
     * Checks a value as typed and returns its canonical text (the one spelling every equal value has:
     * "1e-4" and "0.00010" both become "0.0001", "Newton" becomes "newton").
     *
     * @throws BadOptionException one line naming the option and what is wrong
     */
    public String canonical(String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            throw refuse("needs a value");
        }
        return switch (type) {
            case WHOLE -> {
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw refuse("must be a whole number, not \"" + v + "\"");
                }
                inRange(n, v);
                yield Long.toString(n);
            }
            case NUMBER -> {
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw refuse("must be a number, not \"" + v + "\"");
                }
                if (!Double.isFinite(d) || v.endsWith("d") || v.endsWith("D") || v.endsWith("f") || v.endsWith("F")) {
                    throw refuse("must be a finite number, not \"" + v + "\"");
                }
                inRange(d, v);
                yield plain(d);
            }
            case CHOICE -> {
                String c = v.toLowerCase(Locale.ROOT);
                if (!choices.contains(c)) {
                    throw refuse("is one of " + String.join(", ", choices) + ", not \"" + v + "\"");
                }
                yield c;
            }
            case FLAG ->
                switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on", "1" -> "true";
                    case "false", "no", "off", "0" -> "false";
                    default -> throw refuse("is true or false, not \"" + v + "\"");
                };
            case TEXT -> v;
        };
    }

    /** A canonical value as the typed value it stands for: Long, Double, Boolean or String. */
    public Object typed(String canonical) {
        return switch (type) {
            case WHOLE -> Long.parseLong(canonical);
            case NUMBER -> Double.parseDouble(canonical);
            case FLAG -> Boolean.parseBoolean(canonical);
            case CHOICE, TEXT -> canonical;
        };
    }

    private void inRange(double value, String typed) {
        boolean low = min != null && (minInclusive ? value < min : value <= min);
        boolean high = max != null && (maxInclusive ? value > max : value >= max);
        if (low || high) {
            throw refuse("must be " + range() + ", not " + typed);
        }
    }

    private BadOptionException refuse(String what) {
        return new BadOptionException(name, subject() + " " + what);
    }

    /** A number's shortest exact decimal spelling, without exponent or trailing zeros ("2", "0.0001"). */
    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() > 20 || b.precision() - b.scale() > 20 ? Double.toString(d) : b.toPlainString();
    }
}
