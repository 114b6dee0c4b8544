package org.unlearn.model.session;

import static org.unlearn.model.session.CertificateText.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures half of a certificate: a request's figures as a table, and the small charts (inline SVG). */
final class CertificateFigures {
    private CertificateFigures() {}

    /** The request's figures as a table, and its time chart. */
    static String of(Map<String, Object> r) {
        if (!r.containsKey("model_before")) {
            return "";
        }
        Map<?, ?> check = (Map<?, ?>) r.get("verification");
        StringBuilder s = new StringBuilder("<h2>Figures</h2>\n<table class=\"figures\">\n");
        row(s, "Model before (content hash)", code(r.get("model_before")));
        row(s, "Model after forgetting", code(r.get("model_after")));
        row(s, "Model kept by the session", code(r.get("model_kept")));
        row(
                s,
                "Rows removed (trained on / not)",
                number(r.get("removed")) + " (" + number(r.get("removed_trained")) + " / "
                        + number(r.get("removed_not_trained")) + ")");
        row(s, "Model certified unchanged", yes(r.get("certified_unchanged")));
        // The forget runs first and the check's retrain right after it: in a freshly started program the forget
        // alone pays the code's one-time warm-up (credit_data, logreg: 98-165 ms here, 12 ms warm in `bench`).
        row(s, "Wall time of forgetting (run first: includes any one-time warm-up)", number(r.get("wall_ms")) + " ms");
        if (r.get("work_units") != null) {
            row(
                    s,
                    "Work redone",
                    number(r.get("work_units")) + " of the " + number(r.get("full_work_units"))
                            + " that a full training costs"
                            + (r.get("work_unit") == null ? "" : " (" + esc(r.get("work_unit")) + ")"));
        }
        row(
                s,
                "Retrain from scratch (for the check)",
                noneTrainedOn(r)
                        ? "none needed: no removed row had been trained on"
                        : number(check.get("retrain_ms")) + " ms");
        row(s, "Identical to the retrain", yes(check.get("identical")));
        if (check.get("relative_distance") != null) {
            row(
                    s,
                    "Parameter distance to the retrain",
                    number(check.get("distance")) + " (relative " + number(check.get("relative_distance")) + ")");
        }
        if (check.get("membership_auc") != null) {
            row(
                    s,
                    "Membership attack AUC (model / retrain)",
                    number(check.get("membership_auc")) + " / " + number(check.get("membership_auc_retrain")));
        }
        if (check.get("feature_injection_left") != null) {
            row(
                    s,
                    "Feature injection: marker weight left (forgetting / retrain)",
                    percent(check.get("feature_injection_left"))
                            + (check.get("feature_injection_left_retrain") == null
                                    ? ""
                                    : " / " + percent(check.get("feature_injection_left_retrain"))));
            if (check.get("feature_injection_influence_left") != null) {
                row(
                        s,
                        "Feature injection: the rows' influence left",
                        percent(check.get("feature_injection_influence_left")));
            }
        }
        row(
                s,
                "Quality before → after",
                number(r.get("quality_before")) + " → " + number(r.get("quality_after")) + " ("
                        + esc(metric(r.get("quality_metric"))) + ")");
        s.append("</table>\n");
        if (!noneTrainedOn(r) && r.get("work_units") != null && r.get("full_work_units") != null) {
            // Counted work compares like with like; the two wall times do not (the forget alone may pay the
            // program's warm-up), so the chart shows the work and the table keeps both times.
            s.append(workChart(r));
        } else if (!noneTrainedOn(r)) {
            s.append(
                    timeChart(number(r.get("wall_ms")), asDouble(r.get("wall_ms")), asDouble(check.get("retrain_ms"))));
        }
        return s.toString();
    }

    /** True when every removed row was held out or not learnt from: the check then retrained nothing. */
    static boolean noneTrainedOn(Map<?, ?> r) {
        return r.get("removed_trained") instanceof Number n && n.intValue() == 0;
    }

    /** Two bars: the work the forget redid against the work of a full training, in the family's unit. */
    private static String workChart(Map<String, Object> r) {
        double work = asDouble(r.get("work_units"));
        double full = asDouble(r.get("full_work_units"));
        double max = Math.max(Math.max(work, full), 1e-9);
        int w = 240;
        String unit = r.get("work_unit") == null ? "" : " " + r.get("work_unit");
        StringBuilder s = new StringBuilder("<figure><svg xmlns='http://www.w3.org/2000/svg' width='560' height='76'"
                + " role='img' aria-label='work redone by forgetting against a full training'>");
        bar(
                s,
                0,
                "Forgetting",
                work,
                w * work / max,
                String.format(java.util.Locale.ROOT, "%,d", (long) work),
                "#2b6cb0");
        bar(
                s,
                40,
                "A full training",
                full,
                w * full / max,
                String.format(java.util.Locale.ROOT, "%,d", (long) full),
                "#a0aec0");
        s.append("</svg><figcaption>Work redone by forgetting, against the work of training from scratch")
                .append(esc(unit.isEmpty() ? "" : " (" + unit.strip() + ")"))
                .append(": counted, so it does not depend on the machine or on what else ran.</figcaption></figure>\n");
        return s.toString();
    }

    /** Two bars: the forget's wall time against the retrain from scratch it was checked against. */
    private static String timeChart(String label, double forgetMs, double retrainMs) {
        double max = Math.max(Math.max(forgetMs, retrainMs), 1e-9);
        int w = 280;
        StringBuilder s = new StringBuilder("<figure><svg xmlns='http://www.w3.org/2000/svg' width='560' height='76'"
                + " role='img' aria-label='wall time of forgetting against a retrain from scratch'>");
        bar(s, 0, "Forgetting", forgetMs, w * forgetMs / max, label + " ms", "#2b6cb0");
        bar(s, 40, "Retrain from scratch", retrainMs, w * retrainMs / max, fmt(retrainMs) + " ms", "#a0aec0");
        s.append("</svg><figcaption>Wall time: forgetting, against retraining from scratch without the rows."
                + " The forget ran first and the retrain right after it, in the same program: a forget in a"
                + " freshly started program also pays the code's one-time warm-up, which the retrain"
                + " then finds done.</figcaption>"
                + "</figure>\n");
        return s.toString();
    }

    /** One bar per carried-out request: rows removed. */
    static String sessionChart(List<Map<String, Object>> requests) {
        List<Map<String, Object>> done = new ArrayList<>();
        for (Map<String, Object> r : requests) {
            if (r.containsKey("removed")) {
                done.add(r);
            }
        }
        if (done.isEmpty()) {
            return "";
        }
        double max =
                done.stream().mapToDouble(r -> asDouble(r.get("removed"))).max().orElse(1);
        StringBuilder s = new StringBuilder("<figure><svg xmlns='http://www.w3.org/2000/svg' width='560' height='"
                + (done.size() * 30 + 6) + "' role='img' aria-label='rows removed per request'>");
        for (int i = 0; i < done.size(); i++) {
            double v = asDouble(done.get(i).get("removed"));
            bar(
                    s,
                    i * 30,
                    "Request " + done.get(i).get("id"),
                    v,
                    240 * v / Math.max(max, 1),
                    fmt(v)
                            + (v == 1 ? " row" : " rows")
                            + (Boolean.TRUE.equals(done.get(i).get("exact")) ? ", exact" : ", approximate"),
                    "#2b6cb0");
        }
        s.append("</svg><figcaption>Rows removed by each request carried out.</figcaption></figure>\n");
        return s.toString();
    }

    private static void bar(
            StringBuilder s, int y, String name, double value, double width, String text, String colour) {
        s.append("<text x='0' y='")
                .append(y + 20)
                .append("' font-size='12'>")
                .append(esc(name))
                .append("</text>")
                .append("<rect x='150' y='")
                .append(y + 6)
                .append("' width='")
                .append(fmt(Math.max(width, 1)))
                .append("' height='20' fill='")
                .append(colour)
                .append("'/>")
                .append("<text x='")
                .append(fmt(156 + Math.max(width, 1)))
                .append("' y='")
                .append(y + 20)
                .append("' font-size='12'>")
                .append(esc(text))
                .append("</text>");
    }
}
