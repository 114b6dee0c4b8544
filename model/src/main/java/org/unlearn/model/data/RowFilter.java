package org.unlearn.model.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.FilterTokens.Keyword;
import org.unlearn.model.data.FilterTokens.Kind;
import org.unlearn.model.data.FilterTokens.Token;

/**
 * A condition on a dataset's columns as a person writes it, to pick rows: {@code Age > 50 and
 * MaritalStatus == "Single"}. Read against the file's columns as read (not the encoded features).
 *
 * <ul>
 *   <li>Comparisons {@code == != < <= > >=} between a column and a value (either way round) or two columns.
 *   Numbers are written as such ({@code 50}, {@code -1.5e3}), text in double or single quotes
 *   ({@code "Single"}; a quote inside is doubled or escaped with a backslash); {@code true} and {@code false}
 *   for boolean columns; dates, date-times and times as quoted ISO text ({@code "2021-03-01"}).</li>
 *   <li>Column names as written when they are made of letters, digits, {@code _} and {@code .}; any other
 *   name in backticks: {@code `monthly income` > 5000}. A name that matches no column exactly but one
 *   column whatever its case is taken to mean that column.</li>
 *   <li>{@code and}, {@code or}, {@code not} (also {@code &&}, {@code ||}), parentheses; {@code and} binds
 *   tighter than {@code or}. Keywords are case-insensitive.</li>
 *   <li>Missing cells: {@code col == missing}, {@code col != missing}, {@code col is missing},
 *   {@code col is not missing}. A comparison with a missing cell is false, whatever the operator (as in
 *   SQL), so {@code Age != 50} leaves out rows whose age is missing.</li>
 * </ul>
 *
 * Text compares by its characters ({@code <} is alphabetical order). Comparing a categorical column with a
 * value none of its cells holds is refused, as the likeliest reason is a typo. Every refusal is one line,
 * naming the position in the expression: {@code filter, column 12: unknown column "Agee" (columns: ...)}.
 */
public final class RowFilter {
    private final String text;
    private final Condition condition;
    private final int rowCount;

    private RowFilter(String text, Condition condition, int rowCount) {
        this.text = text;
        this.condition = condition;
        this.rowCount = rowCount;
    }

    /** Reads an expression against a dataset's columns, or refuses it in one line saying where and why. */
    public static RowFilter parse(String text, Dataset data) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("filter: empty; write a condition such as " + example(data));
        }
        Parser parser = new Parser(text, data);
        Condition c = parser.expression();
        parser.expectEnd();
        return new RowFilter(text.strip(), c, data.rowCount());
    }

    /** Whether the row at a position of the dataset matches. */
    public boolean test(int position) {
        return condition.test(position);
    }

    /** The positions of the dataset's rows that match, ascending. */
    public int[] matchingPositions() {
        int[] out = new int[rowCount];
        int n = 0;
        for (int p = 0; p < rowCount; p++) {
            if (condition.test(p)) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The ids of the dataset's rows that match, ascending. */
    public int[] matchingRowIds(Dataset data) {
        int[] positions = matchingPositions();
        int[] ids = new int[positions.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = data.rowId(positions[i]);
        }
        return ids;
    }

    @Override
    public String toString() {
        return text;
    }

    /** A condition on this dataset a person could start from ("bill_length_mm > 39.1"), for a field's prompt. */
    public static String example(Dataset data) {
        for (Column c : data.columns()) {
            if (c instanceof NumericColumn n && (c.type() == ColumnType.NUMERIC || c.type() == ColumnType.INTEGER)) {
                double[] present = java.util.stream.IntStream.range(0, n.size())
                        .mapToDouble(n::get)
                        .filter(v -> !Double.isNaN(v))
                        .sorted()
                        .toArray();
                if (present.length > 0) {
                    // The median to one significant digit: a threshold that reads naturally, never a row's cell.
                    return name(c.name()) + " > "
                            + new java.math.BigDecimal(present[present.length / 2])
                                    .round(new java.math.MathContext(1))
                                    .stripTrailingZeros()
                                    .toPlainString();
                }
            }
        }
        return "Age > 50 and MaritalStatus == \"Single\"";
    }

    /** A column's name as the expression writes it: bare when it can be, else in backticks. */
    static String name(String column) {
        return column.matches("[A-Za-z_][A-Za-z0-9_.]*") && !Keyword.isKeyword(column) ? column : "`" + column + "`";
    }

    /** A condition on the row at a position. */
    @FunctionalInterface
    private interface Condition {
        boolean test(int position);
    }

    /** A side of a comparison: a column, or a value (a number, a text, true/false, or missing). */
    private record Operand(Column column, Double number, String string, boolean missing, Token at) {
        boolean isColumn() {
            return column != null;
        }
    }

    private static final class Parser {
        private final String text;
        private final Dataset data;
        private final List<Token> tokens;
        private int next;

        Parser(String text, Dataset data) {
            this.text = text;
            this.data = data;
            this.tokens = FilterTokens.read(text);
        }

        Condition expression() {
            Condition left = conjunction();
            while (peek().kind() == Kind.OR || peek().isWord(Keyword.OR)) {
                next++;
                Condition l = left;
                Condition r = conjunction();
                left = p -> l.test(p) || r.test(p);
            }
            return left;
        }

        private Condition conjunction() {
            Condition left = negation();
            while (peek().kind() == Kind.AND || peek().isWord(Keyword.AND)) {
                next++;
                Condition l = left;
                Condition r = negation();
                left = p -> l.test(p) && r.test(p);
            }
            return left;
        }

        private Condition negation() {
            if (peek().kind() == Kind.NOT || peek().isWord(Keyword.NOT)) {
                next++;
                Condition inner = negation();
                return p -> !inner.test(p);
            }
            if (peek().kind() == Kind.OPEN) {
                Token open = tokens.get(next++);
                Condition inner = expression();
                if (peek().kind() != Kind.CLOSE) {
                    throw refuse(
                            peek(),
                            peek().kind() == Kind.END
                                    ? "the parenthesis opened at column " + open.column() + " is never closed"
                                    : "expected ) to close the parenthesis opened at column " + open.column()
                                            + ", found " + describe(peek()));
                }
                next++;
                return inner;
            }
            return comparison();
        }

        private Condition comparison() {
            Operand left = operand();
            Token op = peek();
            if (op.isWord(Keyword.IS)) {
                next++;
                boolean negated = peek().isWord(Keyword.NOT);
                if (negated) {
                    next++;
                }
                if (!peek().isWord(Keyword.MISSING)) {
                    throw refuse(
                            peek(),
                            "expected \"missing\" after \"is" + (negated ? " not" : "") + "\", found "
                                    + describe(peek()));
                }
                next++;
                return missingTest(left, negated);
            }
            if (op.kind() != Kind.OPERATOR) {
                throw refuse(
                        op,
                        "expected a comparison (== != < <= > >=) after " + describe(left.at) + ", found "
                                + describe(op));
            }
            next++;
            Operand right = operand();
            return compare(left, op, right);
        }

        private Condition missingTest(Operand operand, boolean negated) {
            if (!operand.isColumn()) {
                throw refuse(operand.at, "\"is missing\" needs a column before it, not " + describe(operand.at));
            }
            Column c = operand.column;
            return negated ? p -> !c.isMissing(p) : c::isMissing;
        }

        private Operand operand() {
            Token t = peek();
            switch (t.kind()) {
                case NUMBER -> {
                    next++;
                    return new Operand(null, Double.valueOf(t.text()), null, false, t);
                }
                case STRING -> {
                    next++;
                    return new Operand(null, null, t.text(), false, t);
                }
                case QUOTED_NAME -> {
                    next++;
                    return new Operand(column(t), null, null, false, t);
                }
                case NAME -> {
                    next++;
                    if (t.isWord(Keyword.MISSING)) {
                        return new Operand(null, null, null, true, t);
                    }
                    if (t.isWord(Keyword.TRUE) || t.isWord(Keyword.FALSE)) {
                        return new Operand(null, t.isWord(Keyword.TRUE) ? 1.0 : 0.0, null, false, t);
                    }
                    if (t.isWord(Keyword.AND)
                            || t.isWord(Keyword.OR)
                            || t.isWord(Keyword.NOT)
                            || t.isWord(Keyword.IS)) {
                        throw refuse(t, "expected a column or a value, found \"" + t.text() + "\"");
                    }
                    return new Operand(column(t), null, null, false, t);
                }
                default ->
                    throw refuse(
                            t,
                            t.kind() == Kind.END
                                    ? "the expression ends where a column or a value was" + " expected"
                                    : "expected a column or a value, found " + describe(t));
            }
        }

        private Column column(Token t) {
            if (data.hasColumn(t.text())) {
                return data.column(t.text());
            }
            List<Column> caseless = data.columns().stream()
                    .filter(c -> c.name().equalsIgnoreCase(t.text()))
                    .toList();
            if (caseless.size() == 1) {
                return caseless.get(0);
            }
            String near = nearest(t.text());
            throw refuse(
                    t,
                    "unknown column \"" + t.text() + "\"" + (near == null ? "" : "; did you mean " + name(near) + "?")
                            + " (columns: " + columnList() + ")");
        }

        private String nearest(String wanted) {
            String best = null;
            int bestDistance = Math.max(1, Math.min(3, wanted.length() / 3));
            for (String n : data.columnNames()) {
                int d = editDistance(wanted.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
                if (d <= bestDistance) {
                    best = n;
                    bestDistance = d - 1;
                }
            }
            return best;
        }

        private String columnList() {
            List<String> names =
                    data.columnNames().stream().map(RowFilter::name).toList();
            if (names.size() <= 12) {
                return String.join(", ", names);
            }
            return String.join(", ", names.subList(0, 10)) + ", … " + (names.size() - 10) + " more";
        }

        private Condition compare(Operand left, Token op, Operand right) {
            if (left.missing || right.missing) {
                Operand column = left.missing ? right : left;
                if (!column.isColumn()) {
                    throw refuse(
                            op,
                            "compare a column with missing, e.g. "
                                    + example(data).split(" ")[0] + " == missing");
                }
                return switch (op.text()) {
                    case "==" -> missingTest(column, false);
                    case "!=" -> missingTest(column, true);
                    default ->
                        throw refuse(
                                op, "missing is neither more nor less than a value; use == missing or" + " != missing");
                };
            }
            if (!left.isColumn() && !right.isColumn()) {
                throw refuse(
                        left.at,
                        "compare a column with a value; " + describe(left.at) + " and " + describe(right.at)
                                + " are both values");
            }
            String operator = op.text();
            if (!left.isColumn()) {
                Operand swap = left;
                left = right;
                right = swap;
                operator = flipped(operator);
            }
            Column c = left.column;
            if (right.isColumn()) {
                return columns(c, operator, right.column, op);
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
            if (right.string == null) {
                throw refuse(
                        right.at,
                        name(c.name()) + " holds text; compare it with quoted text, e.g. " + name(c.name()) + " == \""
                                + sampleLevel(s) + "\"");
            }
            return text(s, operator, right);
        }

        private Condition columns(Column a, String operator, Column b, Token op) {
            Comparison cmp = Comparison.of(operator);
            if (a instanceof NumericColumn x && b instanceof NumericColumn y) {
                return p -> !x.isMissing(p) && !y.isMissing(p) && cmp.holds(Double.compare(x.get(p), y.get(p)));
            }
            if (a instanceof StringColumn x && b instanceof StringColumn y) {
                return p -> !x.isMissing(p)
                        && !y.isMissing(p)
                        && cmp.holds(x.text(p).compareTo(y.text(p)));
            }
            throw refuse(
                    op,
                    name(a.name()) + " holds " + (a instanceof NumericColumn ? "numbers" : "text") + " and "
                            + name(b.name()) + " " + (b instanceof NumericColumn ? "numbers" : "text")
                            + "; they cannot be compared");
        }

        private Condition text(StringColumn s, String operator, Operand right) {
            String value = right.string;
            int level = s.levels().indexOf(value);
            if (operator.equals("==") || operator.equals("!=")) {
                if (level < 0 && s.type() == ColumnType.CATEGORICAL) {
                    throw refuse(
                            right.at,
                            "no row has " + name(s.name()) + " \"" + value + "\" (values: " + levels(s) + ")");
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

        private double numberFor(NumericColumn n, Operand right) {
            if (right.number != null) {
                return right.number;
            }
            String value = right.string;
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
                                throw refuse(right.at, name(n.name()) + " holds true or false, not \"" + value + "\"");
                        };
                    default ->
                        throw refuse(
                                right.at,
                                name(n.name()) + " holds numbers; compare it with a number, not \"" + value + "\"");
                };
            } catch (DateTimeParseException e) {
                throw refuse(
                        right.at,
                        name(n.name()) + " holds " + n.type().label() + "s; write one as "
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

        void expectEnd() {
            if (peek().kind() != Kind.END) {
                Token t = peek();
                throw refuse(
                        t,
                        t.kind() == Kind.CLOSE
                                ? "a ) that closes nothing"
                                : "expected and, or or the end, found " + describe(t));
            }
        }

        private Token peek() {
            return tokens.get(next);
        }

        private String describe(Token t) {
            return switch (t.kind()) {
                case END -> "the end";
                case STRING -> "\"" + t.text() + "\"";
                case QUOTED_NAME -> "`" + t.text() + "`";
                default -> "\"" + t.text() + "\"";
            };
        }

        private BadInputException refuse(Token at, String why) {
            return new BadInputException("filter, column " + at.column() + ": " + why);
        }

        private static int editDistance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] row = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                row[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                int[] swap = previous;
                previous = row;
                row = swap;
            }
            return previous[b.length()];
        }
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
