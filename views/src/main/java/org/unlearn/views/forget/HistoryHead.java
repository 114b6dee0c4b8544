package org.unlearn.views.forget;

import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectExpression;
import javafx.collections.ObservableList;

/**
 * What the views show of the chain's last request, read from its history (newest first), never kept beside
 * it: the request's report, its check against a retrain, the model before it, and the training at the bottom.
 */
final class HistoryHead {
    private final ObservableList<HistoryEntry> history;
    private final ObjectExpression<ModelState> before;
    private final ObjectExpression<RequestReport> report;
    private final ObjectExpression<Verification> verification;

    HistoryHead(ObservableList<HistoryEntry> history) {
        this.history = history;
        before = Bindings.createObjectBinding(
                () -> history.size() > 1 ? history.get(1).state() : null, history);
        report = Bindings.createObjectBinding(
                () -> history.isEmpty() ? null : history.get(0).request(), history);
        verification = Bindings.createObjectBinding(
                () -> history.isEmpty() ? null : history.get(0).verification(), history);
    }

    /** The model before the last request, or null when the current one is the training. */
    ObjectExpression<ModelState> before() {
        return before;
    }

    /** The last forget request's report; null while the current model is the training. */
    ObjectExpression<RequestReport> report() {
        return report;
    }

    /** The current model's check against a retrain from scratch; null while unchecked. */
    ObjectExpression<Verification> verification() {
        return verification;
    }

    /** The training the chain began with; null before the first. */
    ModelState trainedState() {
        return history.isEmpty() ? null : history.get(history.size() - 1).state();
    }

    /** How long the last request took; zero while the current model is the training. */
    Duration lastRequestTime() {
        RequestReport last = report.get();
        return last == null ? Duration.ZERO : last.report().elapsed();
    }
}
