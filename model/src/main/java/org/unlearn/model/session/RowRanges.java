package org.unlearn.model.session;

import java.util.Arrays;

/** Row ids written compactly as ascending ranges ("1-340,342,350-1000"), as the session file keeps them. */
final class RowRanges {
    private RowRanges() {}

    static String format(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(sorted[i]);
            if (j > i) {
                out.append('-').append(sorted[j]);
            }
            i = j + 1;
        }
        return out.toString();
    }

    static int[] parse(String text) {
        if (text == null || text.isBlank()) {
            return new int[0];
        }
        int[] out = new int[16];
        int n = 0;
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
            for (int id = from; id <= to; id++) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
