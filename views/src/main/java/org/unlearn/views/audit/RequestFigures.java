package org.unlearn.views.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A recorded erasure request in labelled plain words, for the Audit view's details: what was asked, what was
 * removed, what the model did, and how it compared with a retrain from scratch. Keys that carry nothing
 * (an empty list of queued requests, a figure the family has not) are left out rather than shown raw.
 */
final class RequestFigures {
    /** Row ids listed before the rest are counted. */
    private static final int LISTED = 30;

    private RequestFigures() {}

    static String describe(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        line(out, "Request", r.get("id") + ", " + r.get("status"));
        line(out, "Subject reference", r.get("subject") == null ? "none given" : r.get("subject"));
        line(out, "Reason", r.get("reason") == null ? "none given" : r.get("reason"));
        line(out, "Received", when(r.get("received")));
        line(out, "Method asked for", r.get("method"));
        line(out, "Rows chosen by", r.get("selected_by"));
        List<?> rows = (List<?>) r.getOrDefault("rows", List.of());
        line(out, "Rows", rows.size() + (rows.size() == 1 ? " row: " : " rows: ") + ids(rows));
        List<?> with = (List<?>) r.get("carried_out_with");
        if (with != null && !with.isEmpty()) {
            line(out, "Also carried out", "the queued " + ids(with));
        }
        if (r.get("removed") != null) {
            line(
                    out,
                    "Removed",
                    r.get("removed") + " (" + r.get("removed_trained") + " trained on, " + r.get("removed_not_trained")
                            + " held out or not trained on)");
        }
        line(out, "What the model did", r.get("how"));
        line(out, "Deletion method used", r.get("method_used"));
        yesNo(out, "Certified unchanged", r.get("certified_unchanged"));
        if (r.get("wall_ms") != null) {
            line(out, "Time taken", FigureWords.millis(r.get("wall_ms")));
        }
        if (r.get("work_units") != null) {
            line(
                    out,
                    "Work redone",
                    FigureWords.work(r.get("work_units"), r.get("full_work_units"), r.get("work_unit"))
                            + " of what a full training takes");
        }
        if (r.get("quality_before") != null) {
            line(
                    out,
                    "Quality (" + FigureWords.metric(r.get("quality_metric")) + ")",
                    FigureWords.quality(r.get("quality_metric"), r.get("quality_before")) + " before, "
                            + FigureWords.quality(r.get("quality_metric"), r.get("quality_after")) + " after");
        }
        if (r.get("verification") instanceof Map<?, ?> v) {
            yesNo(out, "Equal to a retrain from scratch", v.get("identical"));
            if (v.get("retrain_ms") != null) {
                line(out, "The retrain took", FigureWords.millis(v.get("retrain_ms")));
            }
            if (v.get("distance") != null) {
                line(
                        out,
                        "Parameter distance to the retrain",
                        FigureWords.small(v.get("distance")) + " (relative "
                                + FigureWords.small(v.get("relative_distance")) + ")");
            }
            if (v.get("membership_auc") != null) {
                line(
                        out,
                        "Membership attack (AUC, 0.5 = guessing)",
                        FigureWords.score(v.get("membership_auc")) + " on the model, "
                                + FigureWords.score(v.get("membership_auc_retrain")) + " on the retrain");
            }
            if (v.get("feature_injection_left") != null) {
                line(
                        out,
                        "Injected marker's weight left (separate test model)",
                        FigureWords.share(v.get("feature_injection_left"))
                                + (v.get("feature_injection_left_retrain") == null
                                        ? ""
                                        : " after forgetting, "
                                                + FigureWords.share(v.get("feature_injection_left_retrain"))
                                                + " after a retrain (training noise)"));
                if (v.get("feature_injection_influence_left") != null) {
                    line(
                            out,
                            "The rows' own influence left",
                            FigureWords.share(v.get("feature_injection_influence_left")));
                }
            }
            yesNo(out, "Stored model equals a retrain on the data copy", v.get("model_equals_retrain"));
        }
        line(out, "Model before (content hash)", r.get("model_before"));
        line(out, "Model after", r.get("model_after"));
        line(out, "Model kept", r.get("model_kept"));
        line(out, "Data copy after (SHA-256)", r.get("data_sha256"));
        if (r.get("recorded") != null) {
            line(out, "Recorded", when(r.get("recorded")));
        }
        return out.toString();
    }

    /** The checks of "verify forgetting" that failed, in words. */
    static String failedChecks(Map<?, ?> v) {
        List<String> failed = new java.util.ArrayList<>();
        if (!Boolean.TRUE.equals(v.get("ids_absent"))) {
            failed.add("a forgotten row id is still in the data copy");
        }
        if (!Boolean.TRUE.equals(v.get("contents_absent"))) {
            failed.add("a forgotten row's content is still in the data copy under another id");
        }
        if (!Boolean.TRUE.equals(v.get("model_as_recorded"))) {
            failed.add("the model held is not the one the last request recorded");
        }
        if (Boolean.FALSE.equals(v.get("model_equals_retrain"))) {
            failed.add("the model differs from a retrain on the remaining rows");
        }
        if (Boolean.FALSE.equals(v.get("log_intact"))) {
            failed.add("the audit log does not verify");
        }
        return failed.isEmpty() ? "see the audit log" : String.join("; ", failed);
    }

    private static String ids(List<?> ids) {
        String shown = ids.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() > LISTED ? shown + " and " + (ids.size() - LISTED) + " more" : shown;
    }

    private static void yesNo(StringBuilder out, String label, Object value) {
        if (value != null) {
            line(out, label, Boolean.TRUE.equals(value) ? "yes" : "no");
        }
    }

    private static void line(StringBuilder out, String label, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            out.append(label).append(": ").append(value).append('\n');
        }
    }

    /** An instant as "2026-12-07 18:30:00 UTC" (as recorded when it cannot be read). */
    static String when(Object instant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                            .withZone(java.time.ZoneOffset.UTC)
                            .format(java.time.Instant.parse(String.valueOf(instant)))
                    + " UTC";
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(instant);
        }
    }
}
