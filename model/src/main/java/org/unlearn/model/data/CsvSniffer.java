package org.unlearn.model.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.BadInputException;

/**
 * Guesses a file's delimiter and quote character from a sample of its beginning: the dialect under
 * which the sampled records most consistently have the header's number of fields (more than one),
 * preferring the one whose quote character actually quotes fields.
 */
final class CsvSniffer {
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};
    private static final char[] QUOTES = {'"', '\''};
    private static final int MAX_RECORDS = 200;

    private CsvSniffer() {}

    static CsvDialect sniff(String sample, boolean sampleIsWholeFile) {
        String text = sampleIsWholeFile ? sample : dropPartialLastLine(sample);
        Score best = null;
        for (char d : DELIMITERS) {
            for (char q : QUOTES) {
                Score s = score(text, new CsvDialect(d, q));
                if (best == null || s.betterThan(best)) {
                    best = s;
                }
            }
        }
        return best.dialect;
    }

    private static String dropPartialLastLine(String sample) {
        int cut = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
        return cut > 0 ? sample.substring(0, cut + 1) : sample;
    }

    private record Score(CsvDialect dialect, boolean parsed, int headerFields, double consistency, int quotedFields) {
        boolean betterThan(Score o) {
            if (parsed != o.parsed) {
                return parsed;
            }
            boolean multi = headerFields > 1;
            boolean otherMulti = o.headerFields > 1;
            if (multi != otherMulti) {
                return multi;
            }
            if (Math.abs(consistency - o.consistency) > 1e-9) {
                return consistency > o.consistency;
            }
            if (quotedFields != o.quotedFields) {
                return quotedFields > o.quotedFields;
            }
            return headerFields > o.headerFields;
        }
    }

    private static Score score(String text, CsvDialect dialect) {
        CsvTokenizer t = new CsvTokenizer(new StringReader(text), "sample", dialect);
        List<Integer> counts = new ArrayList<>();
        int quoted = 0;
        try {
            while (counts.size() < MAX_RECORDS && t.next()) {
                counts.add(t.fieldCount());
                for (int i = 0; i < t.fieldCount(); i++) {
                    if (t.quoted(i)) {
                        quoted++;
                    }
                }
            }
        } catch (BadInputException e) {
            // A quoted field still open at the end of the sample may just be cut off by the sample.
            if (counts.isEmpty()) {
                return new Score(dialect, false, 0, 0, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counts.isEmpty()) {
            return new Score(dialect, false, 0, 0, 0);
        }
        int header = counts.get(0);
        int same = 0;
        for (int c : counts) {
            if (c == header) {
                same++;
            }
        }
        return new Score(dialect, true, header, same / (double) counts.size(), quoted);
    }
}
