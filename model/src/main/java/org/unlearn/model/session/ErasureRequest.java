package org.unlearn.model.session;

import java.time.Instant;
import java.util.Locale;
import org.unlearn.model.BadInputException;

/**
 * What a data subject (or the controller for them) asked to erase: who asked, by reference only, which
 * rows (ids, or a filter over the file's columns), why, when it was received and how it is to be done.
 *
 * @param subject  a reference to the person (a ticket or case number), never their data; may be null
 * @param rowIds   the rows by id, or null when a filter chooses them
 * @param filter   a filter in the window's filter language, or null when ids are given
 * @param reason   why (e.g. "GDPR art. 17 request"); may be null
 * @param received when the request was received
 * @param method   how it is to be carried out
 */
public record ErasureRequest(
        String subject, int[] rowIds, String filter, String reason, Instant received, Method method) {
    /** How a request is carried out. */
    public enum Method {
        /** Forgotten now by a method equal to a retrain from scratch (the family's own, or a retrain). */
        EXACT,
        /** Forgotten now by the family's fast method, measured against the exact retrain; the kept model is exact. */
        APPROXIMATE,
        /** Recorded now, carried out with the next request that is not queued. */
        QUEUE;

        public static Method of(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadInputException("method \"" + text + "\" is not one of exact, approximate, queue");
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Row ids as people type them, "3, 7, 40-45"; one line naming the part that is not an id otherwise. */
    public static int[] rows(String text) {
        java.util.stream.IntStream all = java.util.stream.IntStream.empty();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-', 1);
                if (dash < 0) {
                    all = java.util.stream.IntStream.concat(all, java.util.stream.IntStream.of(Integer.parseInt(p)));
                } else {
                    int from = Integer.parseInt(p.substring(0, dash).strip());
                    int to = Integer.parseInt(p.substring(dash + 1).strip());
                    if (to < from || to - from > 10_000_000) {
                        throw new NumberFormatException();
                    }
                    all = java.util.stream.IntStream.concat(all, java.util.stream.IntStream.rangeClosed(from, to));
                }
            } catch (NumberFormatException e) {
                throw new BadInputException("rows: \"" + p + "\" is not a row id or a range such as 40-45");
            }
        }
        return all.toArray();
    }

    public ErasureRequest {
        if ((rowIds == null) == (filter == null)) {
            throw new BadInputException("give the rows either by id or by a filter, not both or neither");
        }
        rowIds = rowIds == null ? null : rowIds.clone();
    }

    @Override
    public int[] rowIds() {
        return rowIds == null ? null : rowIds.clone();
    }
}
