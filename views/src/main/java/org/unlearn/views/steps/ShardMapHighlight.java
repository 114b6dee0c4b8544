package org.unlearn.views.steps;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.unlearn.model.forget.Step;

/**
 * Marks a step's cells on the forget view's own shard map too (its cells are found by their ids,
 * {@code #shard-cell-S-R}), so the step is seen where it happens; a step without a grid, or leaving the
 * step-through, takes the marks off.
 */
final class ShardMapHighlight implements StepMarks {
    private static final String LIT = "step-lit";
    private static final List<String> MARKS = java.util.Arrays.stream(Step.CellMark.values())
            .map(m -> "mark-" + m.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .toList();

    private final Parent view;

    ShardMapHighlight(Parent view) {
        this.view = view;
    }

    @Override
    public void show(Step step) {
        for (Node cell : view.lookupAll("." + LIT)) {
            cell.getStyleClass().remove(LIT);
            cell.getStyleClass().removeAll(MARKS);
        }
        if (step == null || step.grid() == null) {
            return;
        }
        for (Step.Cell c : step.grid().cells()) {
            Node cell = view.lookup("#shard-cell-" + (c.shard() + 1) + "-" + (c.slice() + 1));
            if (cell != null) {
                cell.getStyleClass().addAll(LIT, MARKS.get(c.mark().ordinal()));
            }
        }
    }
}
