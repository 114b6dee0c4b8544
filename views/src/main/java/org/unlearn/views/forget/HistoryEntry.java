package org.unlearn.views.forget;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.unlearn.model.forget.Provenance;
import org.unlearn.views.common.Figures;

/**
 * One model of the chain: the training, or a forget request and the model it made.
 *
 * @param number       0 for the training, then 1, 2, ... per request
 * @param request      what the request did, or null for the training
 * @param verification the check against a retrain from scratch, or null while unchecked
 * @param loadedFrom   where the first model was read from instead of trained here ("session s1"), or null
 */
public record HistoryEntry(
        int number, ModelState state, RequestReport request, Verification verification, String loadedFrom) {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    /** Forgotten ids listed in the details before they are summarised. */
    private static final int LISTED = 200;

    HistoryEntry(int number, ModelState state, RequestReport request, Verification verification) {
        this(number, state, request, verification, null);
    }

    HistoryEntry withVerification(Verification v) {
        return new HistoryEntry(number, state, request, v, loadedFrom);
    }

    public boolean isTraining() {
        return request == null;
    }

    /** Rows forgotten since the training, this entry's request included. */
    public int forgottenSoFar() {
        return state.provenance().totalForgotten();
    }

    /** The family of the entry's model, as people read it ("Q-k-means"). */
    public String familyTitle() {
        return state.fitted().family().title();
    }

    /** "#0 Trained Q-k-means on 344 rows", "#0 Loaded …" for a session's model, "#2 Forgot row 17". */
    public String title() {
        if (isTraining() && loadedFrom != null) {
            return "#0 Loaded " + state.fitted().family().title() + " on " + Figures.rows(state.size());
        }
        if (isTraining()) {
            return "#0 Trained " + state.fitted().family().title() + " on " + Figures.rows(state.size());
        }
        return "#" + number + " " + request.headline();
    }

    /** How the model was made and how long it took, and its check when there is one. */
    public String subtitle() {
        Provenance p = state.provenance();
        String made = isTraining() && loadedFrom != null
                ? "Loaded from " + loadedFrom + " (not trained here)"
                : isTraining()
                        ? "trained in " + Figures.duration(p.elapsed())
                        : p.method() + " · " + request.wallTime();
        if (verification == null) {
            return made;
        }
        return made + " · "
                + (verification.identical()
                        ? "✓ identical to a retrain"
                        : verification.agreement().equal()
                                ? "≈ equal to a retrain within rounding"
                                : "✗ differs from a retrain");
    }

    /** Everything the provenance records, for the entry's details. */
    public String details() {
        Provenance p = state.provenance();
        StringBuilder out = new StringBuilder();
        out.append(title()).append('\n');
        out.append("Model ")
                .append(p.id())
                .append(
                        loadedFrom != null
                                ? ", loaded from " + loadedFrom
                                : p.parentId() == null ? ", trained from scratch" : ", made from " + p.parentId())
                .append(" at ")
                .append(CLOCK.format(p.created()))
                .append('\n');
        out.append(state.fitted().family().title())
                .append(": ")
                .append(state.fitted().recipe().options().toText())
                .append(", seed ")
                .append(p.seed())
                .append('\n');
        out.append("Method: ")
                .append(p.method())
                .append(" · ")
                .append(Figures.duration(p.elapsed()))
                .append('\n');
        out.append(Figures.rows(p.trainingRows()))
                .append(" held · ")
                .append(Figures.count(p.totalForgotten()))
                .append(" forgotten since training · ")
                .append(state.qualityLine())
                .append('\n');
        if (!isTraining()) {
            RowSelection forgotten = RowSelection.of(p.forgotten());
            String listed = forgotten.first(LISTED).compact()
                    + (forgotten.size() > LISTED ? " … (" + Figures.count(forgotten.size()) + " in all)" : "");
            out.append("Forgotten in this request: ").append(listed).append('\n');
            out.append("Engine: ").append(request.report().summary()).append('\n');
            out.append("Work: ")
                    .append(Figures.percent(request.report().retrainedFraction()))
                    .append(" of a full training\n");
        }
        out.append(verification == null ? "Not yet checked against a retrain from scratch" : verification.text());
        return out.toString();
    }
}
