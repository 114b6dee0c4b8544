package org.unlearn.model.dare;

import java.util.List;
import java.util.Locale;
import org.unlearn.model.BadInputException;

/** How a greedy node scores a candidate split: the rows' weighted impurity after it, lower is better. */
public enum Criterion {
    GINI("gini"),
    ENTROPY("entropy");

    /** Every criterion's name, as the options take it. */
    public static final List<String> NAMES = List.of(GINI.label, ENTROPY.label);

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Criterion byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Criterion c : values()) {
            if (c.label.equals(key)) {
                return c;
            }
        }
        throw new BadInputException(
                "unknown split criterion \"" + name + "\" (criteria: " + String.join(", ", NAMES) + ")");
    }

    /**
     * The impurity of a split, weighted by the sides' sizes: Σ n_side / n · impurity(side). Computed from
     * integer counts in a fixed order, so a node scores a split the same whether it was built or updated.
     *
     * @param left  rows per class on the left side
     * @param total rows per class in the node
     */
    double score(int[] left, int[] total) {
        int nLeft = 0;
        int n = 0;
        for (int c = 0; c < total.length; c++) {
            nLeft += left[c];
            n += total[c];
        }
        int nRight = n - nLeft;
        double impurity = 0;
        if (this == GINI) {
            double sumLeft = 0;
            double sumRight = 0;
            for (int c = 0; c < total.length; c++) {
                double l = left[c];
                double r = total[c] - left[c];
                sumLeft += l * l;
                sumRight += r * r;
            }
            impurity = (nLeft - sumLeft / nLeft) + (nRight - sumRight / nRight);
        } else {
            for (int c = 0; c < total.length; c++) {
                impurity += plogp(left[c], nLeft) + plogp(total[c] - left[c], nRight);
            }
        }
        return impurity / n;
    }

    /** −count · ln(count / n): a side's entropy times its size, one class at a time. */
    private static double plogp(int count, int n) {
        return count == 0 ? 0 : -count * Math.log(count / (double) n);
    }
}
