package org.unlearn.views.forget;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.unlearn.model.forget.Certifying;
import org.unlearn.model.forget.ErasureScope;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.LatestJob;

/**
 * What Q-k-means certifies on the data at hand, never a blanket "most deletions": before the first request
 * an estimate (single-row deletions checked against the trained model), after it the count of the last
 * requests that were certified; and, measured on the same rows in the background, the grid width ε against
 * the share it certifies and its loss above Lloyd's, with the narrowest ε that certifies most deletions.
 */
public final class CertifiedShares {
    /** The requests the observed line counts back over. */
    static final int LAST = 10;

    /** Deletions the estimate checks. */
    static final int ESTIMATED = 100;

    private final BackgroundWork work;
    private final ObservableValue<ModelState> current;
    private final ObservableList<HistoryEntry> history;
    private final LatestJob<Advice> advice;
    private final LatestJob<Estimate> estimating;
    private final StringExpression observed;
    private final StringExpression tradeoff;
    private final StringExpression suggestion;

    /** The trade-off measured on the trained model's rows. */
    record Advice(ModelState trained, Certifying.Tradeoff tradeoff) {}

    /** The certified count checked on the trained model. */
    private record Estimate(ModelState trained, Certifying.Count count) {}

    /** The model the estimate and the trade-off are about: the one trained, kept through its requests. */
    private ModelState trained;

    CertifiedShares(BackgroundWork work, ObservableValue<ModelState> current, ObservableList<HistoryEntry> history) {
        this.work = work;
        this.current = current;
        this.history = history;
        advice = new LatestJob<>(work, "The ε trade-off was cancelled.", "The ε trade-off could not be measured.");
        estimating = new LatestJob<>(
                work,
                "The estimate of what this model certifies was cancelled.",
                "What this model certifies could not be estimated.");
        current.addListener((o, was, now) -> measure(now));
        observed = Bindings.createStringBinding(
                this::observedLine,
                current,
                history,
                advice.valueProperty(),
                estimating.valueProperty(),
                estimating.statusProperty());
        tradeoff = Bindings.createStringBinding(this::tradeoffLine, advice.valueProperty(), advice.statusProperty());
        suggestion =
                Bindings.createStringBinding(this::suggestionLine, advice.valueProperty(), advice.statusProperty());
    }

    /**
     * The estimate on a newly trained model: a hundred deletion checks, in the background like the trade-off
     * (on mnist a check replays every kept iteration: not for the FX thread). A request keeps the estimate.
     */
    private void measure(ModelState now) {
        if (now == null || !(now.engine() instanceof Certifying q)) {
            trained = null;
            estimating.clear("");
            advice.clear("");
            return;
        }
        if (history.size() <= 1 || trained == null) {
            trained = now;
            advice.clear("");
            // The estimate follows the training, and its figure has a line of its own: the status line keeps
            // what the training said ("Trained Q-k-means on 344 rows in …") once the estimate is done.
            String training = work.messageProperty().get();
            estimating.start(
                    "Estimate what this model certifies",
                    progress -> {
                        Certifying.Count count = q.certifiedCount(ESTIMATED);
                        if (training != null && !training.isEmpty()) {
                            progress.report(1, training);
                        }
                        return new Estimate(now, count);
                    },
                    "Measuring what this model certifies (" + ESTIMATED + " single-row deletions)…");
        }
    }

    /**
     * Measures ε against the certified share and the loss on the trained model's rows, in the background (a
     * few trainings): asked for, so that it never takes the status line from the training.
     */
    public void measureTradeoff() {
        ModelState t = trained;
        if (t == null || !(t.engine() instanceof Certifying q)) {
            return;
        }
        advice.start(
                "Measure what each ε certifies",
                progress -> new Advice(t, q.tradeoff(progress)),
                "Measuring what each ε certifies on these rows…");
    }

    /**
     * "Certified 4 of the last 10 deletions on this data", or before the first request "Estimated: 6 of 100
     * single-row deletions checked on this model would be certified (6%)"; empty for another family.
     */
    private String observedLine() {
        ModelState state = current.getValue();
        if (state == null || !(state.engine() instanceof Certifying)) {
            return "";
        }
        List<HistoryEntry> requests = history.stream()
                .filter(e ->
                        e.request() != null && !e.request().report().method().equals(ErasureScope.HELD_OUT))
                .limit(LAST)
                .toList();
        Estimate e = estimating.valueProperty().get();
        String estimate = e == null ? "" : Figures.percent(e.count().fraction());
        if (requests.isEmpty()) {
            return e == null
                    ? estimating.statusProperty().get()
                    : "Estimated before any request: " + e.count().certified() + " of "
                            + e.count().sampled() + " single-row deletions checked on this model would be certified ("
                            + estimate + ").";
        }
        long certified =
                requests.stream().filter(r -> r.request().report().certified()).count();
        String said = requests.size() == 1
                // "Certified 0 of the deletion" reads as a glitch: one request is told in words.
                ? "The one deletion on this data so far was " + (certified == 1 ? "certified" : "not certified")
                : "Certified " + certified + " of the last " + requests.size() + " deletions on this data";
        return said + (estimate.isEmpty() ? "" : " (estimated before the first: " + estimate + ")") + ".";
    }

    /** "Grid width ε on these rows (share of deletions certified; loss against Lloyd's): 0.05: 6%, +0.1% · …". */
    private String tradeoffLine() {
        Advice a = advice.valueProperty().get();
        if (a == null) {
            return advice.statusProperty().get();
        }
        Certifying.Tradeoff t = a.tradeoff();
        StringJoiner each = new StringJoiner(" · ");
        for (Certifying.Point p : t.points()) {
            each.add(epsilon(p.value()) + ": " + Figures.percent(p.certified()) + ", " + lossCost(p.lossCost()));
        }
        return "Grid width ε on " + (t.rows() == a.trained().size() ? "these " : Figures.count(t.rows()) + " of these ")
                + "rows (share of " + t.checked() + " single-row deletions certified; loss against "
                + t.baseline() + "): " + each + ". " + suggestionLine();
    }

    /** "ε = 0.5 certifies most deletions here (83% of 100 checked) at a loss 10.9% above Lloyd's." */
    private String suggestionLine() {
        Advice a = advice.valueProperty().get();
        if (a == null) {
            return advice.statusProperty().get();
        }
        return a.tradeoff()
                .narrowestCertifyingMost()
                .map(p -> "ε\u00a0=\u00a0" + epsilon(p.value()) + " certifies most deletions here ("
                        + Figures.percent(p.certified()) + " of " + a.tradeoff().checked() + " checked) at a loss "
                        + String.format(Locale.ROOT, "%.1f%%", 100 * Math.abs(p.lossCost()))
                        + (p.lossCost() >= 0 ? " above " : " below ")
                        + a.tradeoff().baseline() + ".")
                .orElse("No ε up to " + epsilon(a.tradeoff().widest()) + " certifies most deletions on these rows.");
    }

    /** The ε to offer: the narrowest that certifies most deletions; NaN when none does or nothing is measured. */
    public double suggestedEpsilon() {
        Advice a = advice.valueProperty().get();
        return a == null
                ? Double.NaN
                : a.tradeoff()
                        .narrowestCertifyingMost()
                        .map(Certifying.Point::value)
                        .orElse(Double.NaN);
    }

    /** The option the suggestion sets ("epsilon"); null before it is measured. */
    public String option() {
        Advice a = advice.valueProperty().get();
        return a == null ? null : a.tradeoff().option();
    }

    private static String epsilon(double e) {
        return Figures.plain(e);
    }

    private static String lossCost(double cost) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * cost);
    }

    /** What Q-k-means certified on this data; empty for another family. */
    public StringExpression observedProperty() {
        return observed;
    }

    /** The narrowest ε that certifies most deletions, and at what loss; empty for another family. */
    public StringExpression suggestionProperty() {
        return suggestion;
    }

    /** ε against the certified share and the loss cost, with the advice; empty for another family. */
    public StringExpression tradeoffProperty() {
        return tradeoff;
    }

    ReadOnlyObjectProperty<Advice> adviceProperty() {
        return advice.valueProperty();
    }
}
