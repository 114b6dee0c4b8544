package org.unlearn.views.steps;

import java.util.List;
import java.util.StringJoiner;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.unlearn.model.forget.Step;

/**
 * A linear model's step on the "Forget now, retrain later" panel: a line at its head naming the step and its
 * figures (the step's length, the distance to the retrain, the budget used, the debt), and the panel's own
 * line or bar the step is about lit (found by their ids, as the shard map's cells are).
 */
final class DebtMarks implements StepMarks {
    static final String LIT = "step-lit-debt";
    private final Parent view;
    private final Label line = new Label();

    DebtMarks(Parent view) {
        this.view = view;
        line.setId("debt-step");
        line.getStyleClass().addAll("step-debt-line", LIT);
        line.setWrapText(true);
        // read whole: the panel's own lines, not the step's, give up height in a short column
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    public void show(Step step) {
        view.lookupAll("." + LIT).forEach(n -> n.getStyleClass().remove(LIT));
        Node panel = view.lookup("#debt-panel");
        if (panel instanceof Pane box) {
            box.getChildren().remove(line);
            if (step != null && panel.isVisible()) {
                line.getStyleClass().add(LIT);
                line.setText(text(step));
                box.getChildren().add(0, line);
                for (String id : litIds(step)) {
                    Node part = view.lookup(id);
                    if (part != null) {
                        part.getStyleClass().add(LIT);
                    }
                }
            }
        }
    }

    /** "Step through: The distance to the retrain", then "distance to the retrain, at most: 0.00312 · …". */
    static String text(Step step) {
        StringJoiner figures = new StringJoiner(" · ");
        for (Step.Figure f : step.figures()) {
            figures.add(figure(f));
        }
        return "Step through: " + step.title() + (step.figures().isEmpty() ? "" : "\n" + figures);
    }

    static String figure(Step.Figure f) {
        return f.name() + ": " + StepPicture.value(f);
    }

    /** The panel's parts a step is about, by what its figures measure. */
    static List<String> litIds(Step step) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Step.Figure f : step.figures()) {
            String name = f.name();
            if (name.startsWith("budget")) {
                ids.add("#budget-bar");
                ids.add("#budget-line");
            } else if (name.startsWith("distance") || name.startsWith("measured") || name.contains("owed")) {
                ids.add("#debt-line");
            } else if (name.startsWith("step length")) {
                ids.add("#request-method");
            }
        }
        return List.copyOf(ids);
    }
}
