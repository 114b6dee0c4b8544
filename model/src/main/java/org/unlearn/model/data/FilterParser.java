package org.unlearn.model.data;

import java.util.List;
import java.util.Locale;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.FilterTokens.Keyword;
import org.unlearn.model.data.FilterTokens.Kind;
import org.unlearn.model.data.FilterTokens.Token;
import org.unlearn.model.data.RowFilter.Condition;

/**
 * Reads a filter's tokens into a condition on rows: the grammar ({@code or} over {@code and} over {@code not},
 * parentheses, comparisons), the columns it names (with a near name suggested for a typo), and refusals that say
 * where the expression went wrong. What a comparison means is {@link FilterComparisons}'.
 */
final class FilterParser {
    /** A side of a comparison: a column, or a value (a number, a text, true/false, or missing). */
    record Operand(Column column, Double number, String string, boolean missing, Token at) {
        boolean isColumn() {
            return column != null;
        }
    }

    private final Dataset data;
    private final List<Token> tokens;
    private int next;

    FilterParser(String text, Dataset data) {
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
                                : "expected ) to close the parenthesis opened at column " + open.column() + ", found "
                                        + describe(peek()));
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
                        "expected \"missing\" after \"is" + (negated ? " not" : "") + "\", found " + describe(peek()));
            }
            next++;
            return FilterComparisons.missingTest(left, negated);
        }
        if (op.kind() != Kind.OPERATOR) {
            throw refuse(
                    op,
                    "expected a comparison (== != < <= > >=) after " + describe(left.at()) + ", found " + describe(op));
        }
        next++;
        Operand right = operand();
        return FilterComparisons.compare(data, left, op, right);
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
                if (t.isWord(Keyword.AND) || t.isWord(Keyword.OR) || t.isWord(Keyword.NOT) || t.isWord(Keyword.IS)) {
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
                "unknown column \"" + t.text() + "\""
                        + (near == null ? "" : "; did you mean " + RowFilter.name(near) + "?") + " (columns: "
                        + columnList() + ")");
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
        List<String> names = data.columnNames().stream().map(RowFilter::name).toList();
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 10)) + ", … " + (names.size() - 10) + " more";
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

    static String describe(Token t) {
        return switch (t.kind()) {
            case END -> "the end";
            case STRING -> "\"" + t.text() + "\"";
            case QUOTED_NAME -> "`" + t.text() + "`";
            default -> "\"" + t.text() + "\"";
        };
    }

    static BadInputException refuse(Token at, String why) {
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
