package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;

/** Decides whether a label column holds classes or a number, and lists the classes. */
public final class LabelClasses {
    /** Integer labels with at most this many values are classes; more make a numeric target. */
    public static final int MAX_INTEGER_CLASSES = 50;

    private static final int MAX_TEXT_CLASSES = 1000;

    private LabelClasses() {}

    /** True when the column is a numeric target rather than classes. */
    public static boolean isNumericTarget(Column label) {
        return switch (label.type()) {
            case NUMERIC, DATE, DATETIME, TIME -> true;
            case INTEGER -> label.distinctCount() > MAX_INTEGER_CLASSES;
            default -> false;
        };
    }

    /**
     * The label's classes, sorted (numerically for numbers); null when it is a numeric target. Refuses a
     * label with one class or with too many distinct texts to be classes.
     */
    public static List<String> of(String source, Column label) {
        if (label.distinctCount() < 2) {
            throw oneClass(source, label);
        }
        if (isNumericTarget(label)) {
            return null;
        }
        if (label.distinctCount() > MAX_TEXT_CLASSES) {
            throw new BadInputException(source + ": label \"" + label.name() + "\" has " + label.distinctCount()
                    + " different values; that is not a set of classes");
        }
        List<String> classes = new ArrayList<>();
        if (label instanceof NumericColumn num) {
            double[] values = IntStream.range(0, num.size())
                    .mapToDouble(num::get)
                    .filter(v -> !Double.isNaN(v))
                    .distinct()
                    .sorted()
                    .toArray();
            for (double v : values) {
                classes.add(label.type() == ColumnType.BOOLEAN ? (v != 0 ? "true" : "false") : NumericColumn.format(v));
            }
        } else {
            classes.addAll(((StringColumn) label).levels());
            classes.sort(null);
        }
        return classes;
    }

    /** Rows per class, in class order; null for a numeric target. */
    public static Map<String, Integer> counts(String source, Column label) {
        List<String> classes = of(source, label);
        if (classes == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        classes.forEach(c -> counts.put(c, 0));
        for (int i = 0; i < label.size(); i++) {
            if (!label.isMissing(i)) {
                counts.merge(label.text(i), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static BadInputException oneClass(String source, Column label) {
        return new BadInputException(
                source + ": label \"" + label.name() + "\" has one class: there is nothing to tell" + " apart");
    }
}
