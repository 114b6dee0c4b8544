package org.unlearn.model.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.FilterParser.Operand;
import org.unlearn.model.data.FilterTokens.Token;
import org.unlearn.model.data.RowFilter.Condition;

/**
 * What a filter's comparison means on a dataset's columns: numbers by value (dates, times and true/false
 * written as quoted text), text by its characters, a categorical value no cell holds refused as a likely typo,
 * a missing cell never matching; each refusal says, in the expression's words, what to write instead.
 */
final class FilterComparisons {
    private FilterComparisons() {}

    static Condition missingTest(Operand operand, boolean negated) {
        if (!operand.isColumn()) {
            throw FilterParser.refuse(
                    operand.at(),
                    "\"is missing\" needs a column before it, not " + FilterParser.describe(operand.at()));
        }
        Column c = operand.column();
        return negated ? p -> !c.isMissing(p) : c::isMissing;
    }

    static Condition compare(Dataset data, Operand left, Token op, Operand right) {
        if (left.missing() || right.missing()) {
            Operand column = left.missing() ? right : left;
            if (!column.isColumn()) {
                throw FilterParser.refuse(
                        op,
                        "compare a column with missing, e.g. "
                                + RowFilter.example(data).split(" ")[0] + " == missing");
            }
            return switch (op.text()) {
                case "==" -> missingTest(column, false);
                case "!=" -> missingTest(column, true);
                default ->
                    throw FilterParser.refuse(
                            op, "missing is neither more nor less than a value; use == missing or" + " != missing");
            };
        }
        if (!left.isColumn() && !right.isColumn()) {
            throw FilterParser.refuse(
                    left.at(),
                    "compare a column with a value; " + FilterParser.describe(left.at()) + " and "
                            + FilterParser.describe(right.at()) + " are both values");
        }
        String operator = op.text();
        if (!left.isColumn()) {
            Operand swap = left;
            left = right;
            right = swap;
            operator = flipped(operator);
        }
        Column c = left.column();
        if (right.isColumn()) {
            return columns(c, operator, right.column(), op);
        }
        if (c instanceof NumericColumn n) {
            double value = numberFor(n, right);
            Comparison cmp = Comparison.of(operator);
            return p -> {
                double v = n.get(p);
                return !Double.isNaN(v) && cmp.holds(sign(v, value));
            };
        }
        StringColumn s = (StringColumn) c;
        if (right.string() == null) {
            throw FilterParser.refuse(
                    right.at(),
                    RowFilter.name(c.name()) + " holds text; compare it with quoted text, e.g. "
                            + RowFilter.name(c.name()) + " == \"" + sampleLevel(s) + "\"");
        }
        return text(s, operator, right);
    }

    private static Condition columns(Column a, String operator, Column b, Token op) {
        Comparison cmp = Comparison.of(operator);
        if (a instanceof NumericColumn x && b instanceof NumericColumn y) {
            return p -> !x.isMissing(p) && !y.isMissing(p) && cmp.holds(Double.compare(x.get(p), y.get(p)));
        }
        if (a instanceof StringColumn x && b instanceof StringColumn y) {
            return p ->
                    !x.isMissing(p) && !y.isMissing(p) && cmp.holds(x.text(p).compareTo(y.text(p)));
        }
        throw FilterParser.refuse(
                op,
                RowFilter.name(a.name()) + " holds " + (a instanceof NumericColumn ? "numbers" : "text") + " and "
                        + RowFilter.name(b.name()) + " " + (b instanceof NumericColumn ? "numbers" : "text")
                        + "; they cannot be compared");
    }

    private static Condition text(StringColumn s, String operator, Operand right) {
        String value = right.string();
        int level = s.levels().indexOf(value);
        if (operator.equals("==") || operator.equals("!=")) {
            if (level < 0 && s.type() == ColumnType.CATEGORICAL) {
                throw FilterParser.refuse(
                        right.at(),
                        "no row has " + RowFilter.name(s.name()) + " \"" + value + "\" (values: " + levels(s) + ")");
            }
            boolean equal = operator.equals("==");
            return p -> s.code(p) >= 0 && (s.code(p) == level) == equal;
        }
        Comparison cmp = Comparison.of(operator);
        // One comparison per level, not per row: a column of 60,000 cells has a handful of levels.
        boolean[] holds = new boolean[s.levelCount()];
        for (int l = 0; l < holds.length; l++) {
            holds[l] = cmp.holds(s.level(l).compareTo(value));
        }
        return p -> s.code(p) >= 0 && holds[s.code(p)];
    }

    private static double numberFor(NumericColumn n, Operand right) {
        if (right.number() != null) {
            return right.number();
        }
        String value = right.string();
        try {
            return switch (n.type()) {
                case DATE -> LocalDate.parse(value).toEpochDay();
                case DATETIME -> LocalDateTime.parse(value).toEpochSecond(ZoneOffset.UTC);
                case TIME -> LocalTime.parse(value).toSecondOfDay();
                case BOOLEAN ->
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "true", "yes" -> 1.0;
                        case "false", "no" -> 0.0;
                        default ->
                            throw FilterParser.refuse(
                                    right.at(),
                                    RowFilter.name(n.name()) + " holds true or false, not \"" + value + "\"");
                    };
                default ->
                    throw FilterParser.refuse(
                            right.at(),
                            RowFilter.name(n.name()) + " holds numbers; compare it with a number, not \"" + value
                                    + "\"");
            };
        } catch (DateTimeParseException e) {
            throw FilterParser.refuse(
                    right.at(),
                    RowFilter.name(n.name()) + " holds " + n.type().label() + "s; write one as "
                            + switch (n.type()) {
                                case DATE -> "\"2021-03-01\"";
                                case DATETIME -> "\"2021-03-01T14:30\"";
                                default -> "\"14:30\"";
                            }
                            + ", not \"" + value + "\"");
        }
    }

    private static String levels(StringColumn s) {
        List<String> names = s.levels().stream().sorted().toList();
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 10)) + ", … " + (names.size() - 10) + " more";
    }

    private static String sampleLevel(StringColumn s) {
        return s.levelCount() == 0 ? "text" : s.level(0);
    }

    /** -1, 0 or 1 as a is below, equal to or above b; unlike Double.compare, -0.0 equals 0.0. */
    private static int sign(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }

    private static String flipped(String operator) {
        return switch (operator) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> operator;
        };
    }

    /** An operator as a test of a comparison's sign. */
    private enum Comparison {
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE;

        static Comparison of(String operator) {
            return switch (operator) {
                case "==" -> EQ;
                case "!=" -> NE;
                case "<" -> LT;
                case "<=" -> LE;
                case ">" -> GT;
                default -> GE;
            };
        }

        boolean holds(int sign) {
            return switch (this) {
                case EQ -> sign == 0;
                case NE -> sign != 0;
                case LT -> sign < 0;
                case LE -> sign <= 0;
                case GT -> sign > 0;
                case GE -> sign >= 0;
            };
        }
    }
}
