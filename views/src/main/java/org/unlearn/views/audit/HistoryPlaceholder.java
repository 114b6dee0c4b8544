package org.unlearn.views.audit;

/** What the empty request history says: that there is no request yet, or that none matches the search. */
final class HistoryPlaceholder {
    private HistoryPlaceholder() {}

    /** Shown only while the history lists nothing, so a search typed means it found nothing. */
    static String text(String search) {
        String q = search == null ? "" : search.strip();
        return q.isEmpty() ? "No erasure request yet" : "No request matches “" + q + "”";
    }
}
