package org.unlearn.model.lesson;

import java.util.List;
import java.util.Optional;

/** How a count in a lesson's check is compared: {@code >=}, {@code <=}, {@code =}, {@code >}, {@code <}. */
enum Comparison {
    AT_LEAST(">=", "at least "),
    AT_MOST("<=", "at most "),
    EQUAL("=", "exactly "),
    MORE(">", "more than "),
    FEWER("<", "fewer than ");

    private final String symbol;
    private final String words;

    Comparison(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    /** The comparison written as a symbol; ≥ and ≤ read as >= and <=. */
    static Optional<Comparison> of(String written) {
        String s = written.replace("≥", ">=").replace("≤", "<=").replace("==", "=");
        for (Comparison c : values()) {
            if (c.symbol.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    boolean holds(int actual, int wanted) {
        return switch (this) {
            case AT_LEAST -> actual >= wanted;
            case AT_MOST -> actual <= wanted;
            case EQUAL -> actual == wanted;
            case MORE -> actual > wanted;
            case FEWER -> actual < wanted;
        };
    }

    String symbol() {
        return symbol;
    }

    private static final List<String> SMALL =
            List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** "at least three rows", "exactly one row", "at least 20 rows": small counts in words, as a sentence says them. */
    String words(int n, String one, String many) {
        return words + (n < SMALL.size() ? SMALL.get(n) : String.valueOf(n)) + " " + (n == 1 ? one : many);
    }
}
