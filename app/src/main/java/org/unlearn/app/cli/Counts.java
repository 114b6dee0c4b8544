package org.unlearn.app.cli;

import java.util.Locale;

/** Counts as the command line prints them: one number format (4,451) and the right plural. */
final class Counts {
    private Counts() {}

    static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String rows(long n) {
        return of(n, "row", "rows");
    }

    static String entries(long n) {
        return of(n, "entry", "entries");
    }
}
