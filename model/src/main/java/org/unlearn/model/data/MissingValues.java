package org.unlearn.model.data;

import java.util.Set;

/**
 * The cell texts read as "no value": pandas' defaults, plus {@code ?} (UCI's habit). As in pandas, a
 * cell must be exactly one of them: " NA" or a lone space is a value, not a missing one.
 */
public final class MissingValues {
    private static final Set<String> TOKENS = Set.of(
            "",
            "NA",
            "N/A",
            "n/a",
            "NaN",
            "nan",
            "-NaN",
            "-nan",
            "NULL",
            "null",
            "None",
            "<NA>",
            "#N/A",
            "#N/A N/A",
            "#NA",
            "-1.#IND",
            "-1.#QNAN",
            "1.#IND",
            "1.#QNAN",
            "?");
    private static final int LONGEST = 8;

    private MissingValues() {}

    public static Set<String> tokens() {
        return TOKENS;
    }

    public static boolean isMissing(String text) {
        return TOKENS.contains(text);
    }

    /** The same test on a span of characters, making a String only for the few candidates. */
    static boolean isMissing(char[] text, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return true;
        }
        if (n > LONGEST) {
            return false;
        }
        char c = text[from];
        if (c != 'N' && c != 'n' && c != '-' && c != '<' && c != '#' && c != '1' && c != '?') {
            return false;
        }
        return TOKENS.contains(new String(text, from, n));
    }
}
