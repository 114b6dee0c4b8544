package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;

/**
 * The role of every column of a dataset, with the reason each was chosen. Inferred by
 * {@link #infer(Dataset, String)} and changed one column at a time with {@link #with}; immutable.
 */
public final class ColumnRoles {
    private static final Set<String> LABEL_NAMES =
            Set.of("target", "label", "class", "y", "species", "outcome", "diagnosis");

    /** A column's role and why it has it. */
    public record Assignment(ColumnRole role, String reason) {}

    private final Dataset dataset;
    private final Map<String, Assignment> roles;

    private ColumnRoles(Dataset dataset, Map<String, Assignment> roles) {
        this.dataset = dataset;
        this.roles = Collections.unmodifiableMap(roles);
    }

    /**
     * Infers roles. The label is the named column, or when {@code labelName} is null a column with a
     * conventional label name (target, label, class, ...), or none.
     */
    public static ColumnRoles infer(Dataset dataset, String labelName) {
        Column label = labelName != null
                ? dataset.column(labelName)
                : guessLabel(dataset).orElse(null);
        Map<String, Assignment> roles = new LinkedHashMap<>();
        for (Column c : dataset.columns()) {
            roles.put(
                    c.name(),
                    c == label
                            ? new Assignment(
                                    ColumnRole.LABEL, labelName != null ? "chosen as the label" : "named like a label")
                            : inferOther(dataset, c, label));
        }
        return new ColumnRoles(dataset, roles);
    }

    public Dataset dataset() {
        return dataset;
    }

    public ColumnRole role(String column) {
        return assignment(column).role();
    }

    public Assignment assignment(String column) {
        Assignment a = roles.get(column);
        if (a == null) {
            dataset.column(column);
        }
        return a;
    }

    /** The label column, if one is assigned. */
    public Optional<Column> label() {
        return roles.entrySet().stream()
                .filter(e -> e.getValue().role() == ColumnRole.LABEL)
                .map(e -> dataset.column(e.getKey()))
                .findFirst();
    }

    /** The feature columns, in file order. */
    public List<Column> features() {
        List<Column> out = new ArrayList<>();
        for (Column c : dataset.columns()) {
            if (roles.get(c.name()).role() == ColumnRole.FEATURE) {
                out.add(c);
            }
        }
        return out;
    }

    /** The same roles with one column's changed; a new label demotes the old one to a feature. */
    public ColumnRoles with(String column, ColumnRole role) {
        Column c = dataset.column(column);
        if (role == ColumnRole.FEATURE && !c.type().isNumeric() && c.type() != ColumnType.CATEGORICAL) {
            throw new BadInputException("column \"" + column + "\" is free text and cannot be a feature");
        }
        Map<String, Assignment> next = new LinkedHashMap<>(roles);
        if (role == ColumnRole.LABEL) {
            next.replaceAll((name, a) ->
                    a.role() == ColumnRole.LABEL ? new Assignment(ColumnRole.FEATURE, "was the label") : a);
        }
        next.put(column, new Assignment(role, "set by hand"));
        return new ColumnRoles(dataset, next);
    }

    /** Roles as a name-to-role map, in column order. */
    public Map<String, ColumnRole> asMap() {
        Map<String, ColumnRole> out = new LinkedHashMap<>();
        roles.forEach((k, v) -> out.put(k, v.role()));
        return out;
    }

    private static Optional<Column> guessLabel(Dataset dataset) {
        return dataset.columns().stream()
                .filter(c -> LABEL_NAMES.contains(c.name().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static Assignment inferOther(Dataset dataset, Column c, Column label) {
        int present = c.size() - c.missingCount();
        int distinct = c.distinctCount();
        if (distinct <= 1) {
            return new Assignment(ColumnRole.IGNORED, "constant: the same value in every row");
        }
        if (c.type() == ColumnType.TEXT) {
            return distinct == present
                    ? new Assignment(ColumnRole.IDENTIFIER, "every value differs: names a row")
                    : new Assignment(ColumnRole.IGNORED, "free text: not encoded as a feature");
        }
        if (c.type() == ColumnType.INTEGER && distinct == present && looksLikeId(dataset, c)) {
            return new Assignment(ColumnRole.IDENTIFIER, "a distinct number per row: an id");
        }
        if (label != null && mirrors(c, label)) {
            return new Assignment(ColumnRole.IGNORED, "a one-to-one copy of the label \"" + label.name() + "\"");
        }
        return new Assignment(
                ColumnRole.FEATURE,
                (c.type() == ColumnType.INTEGER ? "an " : "a ") + c.type().label() + " input");
    }

    private static boolean looksLikeId(Dataset dataset, Column c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        if (n.equals("id")
                || n.endsWith("_id")
                || n.endsWith(" id")
                || c.name().endsWith("Id")
                || c.name().endsWith("ID")
                || n.equals("index")
                || n.startsWith("unnamed: ")) {
            return true;
        }
        NumericColumn num = (NumericColumn) c;
        double first = num.get(0);
        for (int i = 1; i < dataset.rowCount(); i++) {
            if (num.get(i) != first + i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fewest distinct values for which a strictly monotone pairing cannot be chance: two unrelated columns
     * of n distinct values line up in order with probability 2/n!, under 1e-4 from 8 on.
     */
    private static final int MIN_MONOTONE_VALUES = 8;

    /**
     * True when a column is a copy of the label: a one-to-one function of it that the data can tell from
     * chance. For a label of classes, a one-to-one pairing of its classes with the column's values is that
     * evidence (a class number and its name). A numeric target's values nearly all differ, and any two such
     * columns pair one-to-one, as do any two columns of a file whose rows come in duplicates; so only an
     * order-preserving (or reversing) function counts: the label itself, in other units, shifted, or through
     * a log. A scrambled copy of a continuous label cannot be told from an unrelated column and stays a feature.
     */
    static boolean mirrors(Column a, Column label) {
        int distinct = a.distinctCount();
        if (distinct != label.distinctCount() || !oneToOne(a, label)) {
            return false;
        }
        if (!LabelClasses.isNumericTarget(label)) {
            return true;
        }
        return a instanceof NumericColumn x
                && label instanceof NumericColumn y
                && distinct >= MIN_MONOTONE_VALUES
                && monotone(x, y);
    }

    private static boolean oneToOne(Column a, Column b) {
        Map<Long, Long> ab = new HashMap<>();
        Map<Long, Long> ba = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            long x = cellKey(a, i);
            long y = cellKey(b, i);
            Long seenY = ab.putIfAbsent(x, y);
            Long seenX = ba.putIfAbsent(y, x);
            if ((seenY != null && seenY != y) || (seenX != null && seenX != x)) {
                return false;
            }
        }
        return true;
    }

    /** True when, rows taken in the label's order, the column strictly rises throughout or falls throughout. */
    private static boolean monotone(NumericColumn x, NumericColumn label) {
        Integer[] rows = IntStream.range(0, label.size())
                .filter(i -> !Double.isNaN(label.get(i)) && !Double.isNaN(x.get(i)))
                .boxed()
                .toArray(Integer[]::new);
        Arrays.sort(rows, (i, j) -> Double.compare(label.get(i), label.get(j)));
        int rising = 0;
        int falling = 0;
        for (int k = 1; k < rows.length; k++) {
            if (label.get(rows[k]) == label.get(rows[k - 1])) {
                continue;
            }
            int step = Double.compare(x.get(rows[k]), x.get(rows[k - 1]));
            if (step > 0) {
                rising++;
            } else if (step < 0) {
                falling++;
            } else {
                return false;
            }
            if (rising > 0 && falling > 0) {
                return false;
            }
        }
        return true;
    }

    /** A cell's identity as a number: a level code, or a number's bits; missing is its own value. */
    private static long cellKey(Column c, int row) {
        if (c instanceof StringColumn s) {
            return s.code(row);
        }
        double v = ((NumericColumn) c).get(row);
        return Double.isNaN(v) ? Long.MIN_VALUE : Double.doubleToLongBits(v == 0 ? 0.0 : v);
    }
}
