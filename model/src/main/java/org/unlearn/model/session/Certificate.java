package org.unlearn.model.session;

import static org.unlearn.model.session.CertificateText.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;

/**
 * An erasure certificate: one self-contained, printable HTML page for a privacy officer, about one request
 * or a whole session. Plain words first (what was asked, what was removed, how, why it is exact or how far
 * from exact it measured), then the figures with a small chart, then the audit-log head it is anchored to.
 * It names rows by id and keyed digest, never by their values.
 */
public final class Certificate {
    private static final int DIGESTS_SHOWN = 40;

    private final Session session;
    private final AuditLog.Verification verification;
    private final Instant issued;

    private Certificate(Session session, Instant issued) {
        this.session = session;
        this.verification = session.verifyLog();
        this.issued = issued;
    }

    /** The certificate of the session's last request that was carried out (queued ones are listed only). */
    public static String lastRequest(Session session, Instant issued) {
        List<Map<String, Object>> requests = session.requests();
        if (requests.isEmpty()) {
            throw new BadInputException(session.folder() + ": no erasure request yet; nothing to certify");
        }
        return new Certificate(session, issued).request(requests.get(requests.size() - 1));
    }

    /** The certificate of one request, by its id ("r2"): the one a privacy officer picked in the history. */
    public static String ofRequest(Session session, String id, Instant issued) {
        return session.requests().stream()
                .filter(r -> id.equals(r.get("id")))
                .findFirst()
                .map(r -> new Certificate(session, issued).request(r))
                .orElseThrow(() -> new BadInputException(session.folder() + ": no erasure request " + id));
    }

    /** The certificate of the whole session: every request, one section each. */
    public static String wholeSession(Session session, Instant issued) {
        return new Certificate(session, issued).all();
    }

    private String request(Map<String, Object> r) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Erasure certificate</h1>\n");
        body.append("<p class=\"lead\">Request <b>")
                .append(esc(r.get("id")))
                .append("</b> on the dataset <b>")
                .append(esc(session.recipe().source()))
                .append("</b>, issued ")
                .append(when(issued))
                .append(".</p>\n");
        body.append(summary(r));
        body.append(anchor());
        body.append(CertificateFigures.of(r));
        body.append(digests(r));
        body.append(recipe());
        return page("Erasure certificate " + r.get("id"), body.toString());
    }

    private String all() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Erasure certificate for a session</h1>\n");
        List<Map<String, Object>> requests = session.requests();
        int removed = session.forgottenRows().length;
        body.append("<p class=\"lead\">The session on the dataset <b>")
                .append(esc(session.recipe().source()))
                .append("</b> has recorded ")
                .append(requests.size())
                .append(requests.size() == 1 ? " request" : " requests")
                .append(" and removed ")
                .append(removed)
                .append(removed == 1 ? " row" : " rows")
                .append(" in all; ")
                .append(session.remainingRows())
                .append(" rows remain. Issued ")
                .append(when(issued))
                .append(".</p>\n");
        body.append(anchor());
        body.append("<h2>Requests</h2>\n<table><tr><th>Request</th><th>Subject</th><th>Received</th><th>Method</th>"
                + "<th>Rows</th><th>Status</th><th>Equal to a retrain</th></tr>\n");
        for (Map<String, Object> r : requests) {
            body.append("<tr><td>")
                    .append(esc(r.get("id")))
                    .append("</td><td>")
                    .append(nb(r.get("subject")))
                    .append("</td><td>")
                    .append(whenKept(r.get("received")))
                    .append("</td><td>")
                    .append(esc(r.get("method")))
                    .append("</td><td>")
                    .append(rows(r))
                    .append("</td><td>")
                    .append(esc(r.get("status")))
                    .append("</td><td>")
                    .append(r.containsKey("exact") ? yes(r.get("exact")) : "—")
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        body.append(CertificateFigures.sessionChart(requests));
        for (Map<String, Object> r : requests) {
            body.append("<section class=\"request\"><h2>Request ")
                    .append(esc(r.get("id")))
                    .append("</h2>\n");
            body.append((summary(r) + CertificateFigures.of(r) + digests(r))
                            .replace("<h2>", "<h3>")
                            .replace("</h2>", "</h3>"))
                    .append("</section>\n");
        }
        body.append(recipe());
        return page("Erasure certificate for a session", body.toString());
    }

    private String summary(Map<String, Object> r) {
        StringBuilder s = new StringBuilder("<h2>What was asked</h2>\n<p>");
        s.append("On ")
                .append(when(r.get("received")))
                .append(", ")
                .append(
                        r.get("subject") == null
                                ? "a data subject"
                                : "the data subject <b>" + esc(r.get("subject")) + "</b>")
                .append(" asked for their data to be erased")
                .append(r.get("reason") == null ? "" : ", because: <i>" + esc(r.get("reason")) + "</i>")
                .append(". The rows were chosen by ")
                .append(selectedBy(r.get("selected_by")))
                .append(
                        r.containsKey("filter_digest")
                                ? " (the filter itself is not kept, as it may name the person;"
                                        + " its keyed digest is " + code(r.get("filter_digest")) + ")"
                                : "")
                .append(": ")
                .append(rows(r))
                .append(".</p>\n");
        if ("queued".equals(r.get("status"))) {
            s.append("<p class=\"note\">The request was <b>queued</b>: it is recorded, and its rows are erased with the"
                    + " next request that is carried out. Until then the rows are still in the session's data.</p>\n");
            return s.toString();
        }
        if (String.valueOf(r.get("status")).startsWith("carried out with")) {
            s.append("<p>It was queued and then ")
                    .append(esc(r.get("status")))
                    .append("; that request's certificate says what was removed.</p>\n");
            return s.toString();
        }
        s.append("<h2>What was removed, and how</h2>\n<p>");
        s.append(number(r.get("removed")))
                .append(asDouble(r.get("removed")) == 1 ? " row was removed on " : " rows were removed on ")
                .append(when(r.get("recorded")))
                .append(" from the session's own copy of the data and from its model");
        List<?> with = (List<?>) r.get("carried_out_with");
        if (with != null && !with.isEmpty()) {
            s.append(" (including the rows of the queued ")
                    .append(with.size() == 1 ? "request " : "requests ")
                    .append(esc(
                            String.join(", ", with.stream().map(String::valueOf).toList())))
                    .append(")");
        }
        s.append(". ")
                .append(trainedOn(r))
                .append("What the model did: ")
                .append(esc(r.get("how")))
                .append(".</p>\n");
        s.append("<h2>Why this is exact")
                .append(Boolean.TRUE.equals(r.get("exact")) ? "" : ", or how far from exact")
                .append("</h2>\n<p>");
        Map<?, ?> check = (Map<?, ?>) r.get("verification");
        if (Boolean.TRUE.equals(r.get("exact")) && CertificateFigures.noneTrainedOn(r)) {
            // Nothing was retrained for the check: saying "compared with a retrain" would claim work never done.
            s.append("None of the removed rows had been used to train the model, so there was nothing to retrain:"
                    + " a retrain from scratch on the remaining training rows, with the same seed, is this very model,"
                    + " and the model after forgetting is <b>identical</b> to it. Nothing it learnt came from these"
                    + " rows.");
        } else if (Boolean.TRUE.equals(r.get("exact"))) {
            s.append(
                    "The model after forgetting was compared with a model <b>retrained from scratch</b> on the remaining"
                            + " rows with the same seed, and the two are <b>identical</b>, number for number. A model that never"
                            + " saw these rows is exactly what remains: nothing it learnt from them is left in it.");
        } else {
            s.append("The method asked for (<b>")
                    .append(esc(r.get("method")))
                    .append("</b>) is approximate: the model"
                            + " after forgetting was compared with a model retrained from scratch on the remaining rows and is"
                            + " <b>not identical</b> to it");
            if (check != null && check.get("relative_distance") != null) {
                s.append(": its parameters are ")
                        .append(number(check.get("distance")))
                        .append(" from the retrain's, which is ")
                        .append(percent(check.get("relative_distance")))
                        .append(" of the way from the retrain back to the model before forgetting");
            }
            s.append(".");
            if (check != null && check.get("membership_auc") != null) {
                s.append(" A membership attack that guesses from each row's loss whether it was trained on tells the"
                                + " forgotten rows from never-seen rows with an AUC of ")
                        .append(number(check.get("membership_auc")))
                        .append(" (0.5 means they look unseen; the retrain scores ")
                        .append(number(check.get("membership_auc_retrain")))
                        .append(").");
            }
            if (check != null && check.get("feature_injection_left") != null) {
                s.append(injectionWords(check));
            }
            s.append(" The session did not keep the approximate model: it keeps the model retrained from scratch.");
        }
        s.append(" The session keeps a model equal, number for number, to one trained from scratch on the remaining"
                        + " rows (content hash ")
                .append(code(r.get("model_kept")))
                .append("); its copy of the data now has" + " SHA-256 ")
                .append(code(r.get("data_sha256")))
                .append(".</p>\n");
        return s.toString();
    }

    /** How many of the removed rows the model had learnt from, in words that fit one row or many. */
    private static String trainedOn(Map<String, Object> r) {
        String why = " (held out to score the model, without a label, or outside the rows the model learns from). ";
        if (asDouble(r.get("removed")) == 1) {
            return asDouble(r.get("removed_trained")) == 1
                    ? "It had been used to train the model. "
                    : "It had not been used to train the model" + why;
        }
        return number(r.get("removed_trained"))
                + " of them had been used to train the model; "
                + number(r.get("removed_not_trained"))
                + " had not" + why;
    }

    /**
     * The feature-injection figure in plain words. It is measured on a separate pair of models trained with a
     * marker column, not on the session's model; with training noise (certified removal) a retrain keeps weight on
     * the marker too, so the share left by forgetting is set beside the retrain's.
     */
    private static String injectionWords(Map<?, ?> check) {
        StringBuilder s = new StringBuilder(" A feature-injection test trains a separate copy of the model with an"
                + " extra marker column that only these rows carry, so that model leans on it, then forgets the rows"
                + " the same way: forgetting left ");
        s.append(percent(check.get("feature_injection_left"))).append(" of the marker's weight");
        if (check.get("feature_injection_left_retrain") == null) {
            return s.append("; a retrain leaves none.").toString();
        }
        s.append(", and a retrain from scratch without the rows leaves ")
                .append(percent(check.get("feature_injection_left_retrain")))
                .append(".");
        if (asDouble(check.get("feature_injection_left_retrain")) > 1e-6) {
            s.append(" The retrain keeps weight on the marker because training adds random noise to every"
                    + " weight (that is how certified removal hides what remains); that part is not the rows'.");
        }
        if (check.get("feature_injection_influence_left") != null) {
            s.append(" Of the weight the rows themselves put on the marker, forgetting left ")
                    .append(percent(check.get("feature_injection_influence_left")))
                    .append(" (0% would be as good as the retrain).");
        }
        return s.toString();
    }

    private String digests(Map<String, Object> r) {
        List<?> ids = (List<?>) r.get("rows");
        List<?> digests = (List<?>) r.get("row_digests");
        // a queued request's rows are still in the data: they are to be removed, not removed
        boolean queued = "queued".equals(r.get("status"));
        StringBuilder s = new StringBuilder(
                        queued
                                ? "<h2>Rows to be removed, by keyed digest</h2>\n"
                                : "<h2>Rows removed, by keyed digest</h2>\n")
                .append("<p class=\"note\">Each digest is an HMAC-SHA256 of the row's cells under the session's key,"
                        + " which stays with the controller: the controller can show which row ")
                .append(queued ? "is to be removed" : "was removed")
                .append("; the digest reveals nothing of what the row held.</p>\n"
                        + "<table class=\"digests\"><tr><th>Row</th><th>Digest</th></tr>\n");
        int n = Math.min(DIGESTS_SHOWN, ids.size());
        for (int i = 0; i < n; i++) {
            s.append("<tr><td>")
                    .append(esc(ids.get(i)))
                    .append("</td><td>")
                    .append(code(digests.get(i)))
                    .append("</td></tr>\n");
        }
        s.append("</table>\n");
        if (ids.size() > n) {
            s.append("<p class=\"note\">… and ")
                    .append(ids.size() - n == 1 ? "1 more row" : (ids.size() - n) + " more rows")
                    .append(", listed in the audit log.</p>\n");
        }
        return s.toString();
    }

    private String anchor() {
        AuditLog.Head head = session.head();
        StringBuilder s = new StringBuilder("<h2>Audit log</h2>\n<p>This certificate is anchored to the session's"
                        + " audit log as it stood when it was issued: <b>")
                .append(head.count())
                .append(" entries</b>, the last" + " sealed with ")
                .append(code(head.hash()))
                .append(". ");
        if (verification.intact()) {
            s.append("The log's keyed chain was checked when this certificate was issued and <b>holds</b>.");
        } else {
            s.append("<b class=\"bad\">The log did not verify when this certificate was issued: ")
                    .append(esc(verification.problem()))
                    .append(".</b>");
        }
        s.append(" If entries are later changed, removed or cut off, verifying the session's audit log fails,"
                + " and a log that no longer ends at this entry and seal is not the one this certificate saw.</p>\n");
        return s.toString();
    }

    private String recipe() {
        Recipe r = session.recipe();
        StringBuilder s = new StringBuilder("<h2>The model and its data</h2>\n<table class=\"figures\">\n");
        row(
                s,
                "Dataset",
                esc(r.source()) + " (" + r.sourceRows() + " rows; SHA-256 of the file when the session began "
                        + code(r.sourceSha256()) + ")");
        row(s, "Label", esc(r.label() == null ? "none (clustering)" : r.label()));
        row(s, "Model", modelName(r));
        row(s, "Seed", String.valueOf(r.seed()));
        row(s, "Held out to score", heldOut(r));
        row(s, "Session data now", session.remainingRows() + " rows, SHA-256 " + code(session.dataSha256()));
        s.append("</table>\n");
        return s.toString();
    }

    /** The family's name as the window shows it, with the options given in words. */
    private static String modelName(Recipe r) {
        String title;
        try {
            title = org.unlearn.model.family.Families.byCode(r.model()).title();
        } catch (RuntimeException unknown) {
            title = r.model();
        }
        StringBuilder s = new StringBuilder(esc(title));
        if (!r.options().isEmpty()) {
            s.append(" (");
            r.options()
                    .forEach((k, v) ->
                            s.append(esc(k)).append(' ').append(esc(v)).append(", "));
            s.setLength(s.length() - 2);
            s.append(")");
        }
        return s.toString();
    }

    /** The rows held out when the session began, as its log recorded them (a clustering holds out none). */
    private String heldOut(Recipe r) {
        Object held = session.logEntries().stream()
                .filter(e -> "create".equals(e.get("action")))
                .map(e -> e.get("held_out_rows"))
                .findFirst()
                .orElse(null);
        if (held instanceof Number n && n.intValue() == 0) {
            return "none: the model learns from every row";
        }
        return percent(r.testFraction()) + (held == null ? "" : " (" + count(held, "row", "rows") + ")");
    }

    /** The printable page around a body: styles for screen and print, the closing note. */
    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>" + esc(title)
                + "</title>\n<style>\n"
                + "body{font:15px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#1a202c}\n"
                + "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #cbd5e0}h3{font-size:1em;margin-top:1.2em}\n"
                + ".lead{font-size:1.05em}.note{color:#4a5568;font-size:.92em}.bad{color:#c53030}\n"
                + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.25em .5em;"
                + "text-align:left;vertical-align:top}th{background:#edf2f7}\n"
                + "code{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}\n"
                + "figure{margin:1em 0}figcaption{font-size:.9em;color:#4a5568}\n"
                + ".nb{white-space:nowrap}tr{page-break-inside:avoid}h2,h3{page-break-after:avoid}\n"
                + "table.figures th{width:16em}\n"
                + "@page{size:A4;margin:14mm}\n"
                + "@media print{body{margin:0;max-width:none;font-size:12px}}\n"
                + "</style></head><body>\n" + body
                + "<p class=\"note\">Written by Unlearn Explorer. Rows are named by id and keyed digest only.</p>\n"
                + "</body></html>\n";
    }
}
