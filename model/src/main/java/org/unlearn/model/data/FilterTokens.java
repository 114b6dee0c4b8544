package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.BadInputException;

/** The tokens of a {@link RowFilter} expression: names, numbers, texts, operators, each with its column. */
final class FilterTokens {
    private FilterTokens() {}

    enum Kind {
        NUMBER,
        STRING,
        NAME,
        QUOTED_NAME,
        OPERATOR,
        OPEN,
        CLOSE,
        AND,
        OR,
        NOT,
        END
    }

    enum Keyword {
        AND,
        OR,
        NOT,
        IS,
        MISSING,
        TRUE,
        FALSE;

        static boolean isKeyword(String word) {
            return Arrays.stream(values()).anyMatch(k -> k.name().equalsIgnoreCase(word));
        }
    }

    /** One token of the expression, with its 1-based column. */
    record Token(Kind kind, String text, int column) {
        boolean isWord(Keyword k) {
            return kind == Kind.NAME && text.equalsIgnoreCase(k.name());
        }
    }

    /** The tokens of a filter, each with its column, ending in an END token. */
    static List<Token> read(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), column));
                i++;
            } else if (s.startsWith("&&", i) || s.startsWith("||", i)) {
                out.add(new Token(c == '&' ? Kind.AND : Kind.OR, s.substring(i, i + 2), column));
                i += 2;
            } else if ("=!<>".indexOf(c) >= 0) {
                boolean two = i + 1 < s.length() && s.charAt(i + 1) == '=';
                String op = two ? s.substring(i, i + 2) : String.valueOf(c);
                if (op.equals("=")) {
                    throw new BadInputException("filter, column " + column + ": write == to compare, not =");
                }
                if (op.equals("!")) {
                    throw new BadInputException("filter, column " + column + ": write not, or != to compare");
                }
                out.add(new Token(Kind.OPERATOR, op, column));
                i += op.length();
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                i = quoted(s, i, c, value);
                out.add(new Token(Kind.STRING, value.toString(), column));
            } else if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end < 0) {
                    throw new BadInputException(
                            "filter, column " + column + ": the column name opened with ` is" + " never closed");
                }
                out.add(new Token(Kind.QUOTED_NAME, s.substring(i + 1, end), column));
                i = end + 1;
            } else if (Character.isDigit(c)
                    || ((c == '-' || c == '+' || c == '.')
                            && i + 1 < s.length()
                            && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'))) {
                int end = number(s, i);
                String text = s.substring(i, end);
                try {
                    Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new BadInputException("filter, column " + column + ": \"" + text + "\" is not a number");
                }
                out.add(new Token(Kind.NUMBER, text, column));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < s.length()
                        && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.')) {
                    end++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, end), column));
                i = end;
            } else {
                throw new BadInputException("filter, column " + column + ": unexpected \"" + c + "\"; put a column"
                        + " name with spaces or signs in backticks, e.g. `monthly income`");
            }
        }
        out.add(new Token(Kind.END, "", s.length() + 1));
        return out;
    }

    /** Reads a quoted text from its opening quote; returns the index after its closing quote. */
    private static int quoted(String s, int start, char quote, StringBuilder value) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                value.append(s.charAt(i + 1));
                i += 2;
            } else if (c == quote && i + 1 < s.length() && s.charAt(i + 1) == quote) {
                value.append(quote);
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new BadInputException(
                "filter, column " + (start + 1) + ": the text opened with " + quote + " is never closed");
    }

    private static int number(String s, int start) {
        int i = start;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                j++;
            }
            if (j < s.length() && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
