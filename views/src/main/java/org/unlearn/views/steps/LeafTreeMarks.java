package org.unlearn.views.steps;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.unlearn.model.forget.Step;

/**
 * DC-k-means' steps on the forget view's tree of leaves: the nodes a step concerns (the leaf it re-runs, the
 * ancestors it re-aggregates, the path the rows pass through) marked as the step's own picture marks them,
 * found by their ids ({@code #leaf-node-N}, breadth-first as the step numbers them).
 */
final class LeafTreeMarks implements StepMarks {
    static final String LIT = "step-lit-tree";
    private static final List<String> MARKS = java.util.Arrays.stream(Step.NodeMark.values())
            .map(m -> "mark-" + m.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .toList();

    private final Parent view;

    LeafTreeMarks(Parent view) {
        this.view = view;
    }

    @Override
    public void show(Step step) {
        for (Node box : view.lookupAll("." + LIT)) {
            box.getStyleClass().remove(LIT);
            box.getStyleClass().removeAll(MARKS);
        }
        if (step == null || step.tree() == null) {
            return;
        }
        for (Step.Node n : step.nodes()) {
            Node box = view.lookup("#leaf-node-" + n.id());
            if (box != null) {
                box.getStyleClass().addAll(LIT, MARKS.get(n.mark().ordinal()));
            }
        }
    }
}
