package org.unlearn.model.data;

import java.util.Arrays;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.FilterTokens.Keyword;

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
        FilterParser parser = new FilterParser(text, data);
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
    interface Condition {
        boolean test(int position);
    }
}
