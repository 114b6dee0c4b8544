package org.unlearn.model.lesson;

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

    /** "at least 3", "exactly 1". */
    String words(int n) {
        return words + n;
    }
}
