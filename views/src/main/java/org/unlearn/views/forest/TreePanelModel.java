package org.unlearn.views.forest;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.forget.Forest;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.forget.PlanSummary;
import org.unlearn.views.forget.RowSelection;

/**
 * One tree of the current model, for any model made of decision trees: which member is shown, the nodes
 * the first picked row passes through in it, and what forgetting the picked rows would do (the family's
 * own plan). Nothing is shown while the model has no trees.
 */
public final class TreePanelModel {
    private final ObservableValue<ModelState> current;
    private final IntegerProperty treeIndex = new SimpleIntegerProperty(0);
    private final BooleanBinding shown;
    private final IntegerBinding trees;
    private final ObjectBinding<Forest.Node> tree;
    private final ObjectBinding<int[]> path;
    private final StringBinding caption;

    public TreePanelModel(
            ObservableValue<ModelState> current,
            ObservableValue<RowSelection> picked,
            ObservableValue<PlanSummary> plan) {
        this.current = current;
        shown = Bindings.createBooleanBinding(() -> forest() != null, current);
        trees = Bindings.createIntegerBinding(() -> forest() == null ? 0 : forest().treeCount(), current);
        current.addListener((o, was, now) -> treeIndex.set(0));
        tree = Bindings.createObjectBinding(() -> forest() == null ? null : forest().tree(index()), current, treeIndex);
        path = Bindings.createObjectBinding(
                () -> {
                    Integer row = firstHeld(picked.getValue());
                    return row == null ? new int[0] : forest().path(index(), row);
                },
                current,
                treeIndex,
                picked);
        caption = Bindings.createStringBinding(
                () -> caption(firstHeld(picked.getValue()), plan.getValue()), current, treeIndex, picked, plan, path);
    }

    private Forest forest() {
        ModelState state = current.getValue();
        return state != null && state.engine() instanceof Forest f ? f : null;
    }

    private int index() {
        int n = forest().treeCount();
        return Math.max(0, Math.min(n - 1, treeIndex.get()));
    }

    /** The first picked row the model still holds, or null. */
    private Integer firstHeld(RowSelection rows) {
        if (forest() == null || rows == null) {
            return null;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (current.getValue().holds(rows.id(i))) {
                return rows.id(i);
            }
        }
        return null;
    }

    private String caption(Integer row, PlanSummary plan) {
        Forest f = forest();
        if (f == null) {
            return "";
        }
        String which = "Tree " + (index() + 1) + " of " + Figures.count(f.treeCount()) + ", "
                + Figures.rows(f.tree(index()).rows()) + " at its root.";
        if (row == null) {
            return which + " Pick a row to see the nodes it passes through.";
        }
        String through = " Row " + row + " passes through " + path.get().length + " nodes (marked).";
        return which + through + (plan == null ? "" : " Forgetting the picked rows: " + plan.headline() + ".");
    }

    /** True while the current model is made of trees. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** The member shown, from 0. */
    public IntegerProperty treeIndexProperty() {
        return treeIndex;
    }

    public IntegerBinding treeCountProperty() {
        return trees;
    }

    /** The shown member's root, or null without trees. */
    public ObjectBinding<Forest.Node> treeProperty() {
        return tree;
    }

    /** The ids of the nodes the first picked row passes through, root first; empty without a pick. */
    public ObjectBinding<int[]> pathProperty() {
        return path;
    }

    public boolean onPath(int nodeId) {
        return Arrays.stream(path.get()).anyMatch(id -> id == nodeId);
    }

    /** Which tree, which row, and what forgetting would do, in one or two lines. */
    public StringBinding captionProperty() {
        return caption;
    }
}
