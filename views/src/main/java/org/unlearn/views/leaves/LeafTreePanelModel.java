package org.unlearn.views.leaves;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.forget.Leaved;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.ModelState;

/**
 * The complete tree of a model whose rows are dealt to leaves (DC-k-means): its shape and the rows each node
 * stands for. Nothing is shown while the model has no such tree.
 */
public final class LeafTreePanelModel {
    private final ObjectBinding<Leaved> tree;
    private final BooleanBinding shown;
    private final StringBinding caption;

    public LeafTreePanelModel(ObservableValue<ModelState> current) {
        tree = Bindings.createObjectBinding(
                () -> current.getValue() != null && current.getValue().engine() instanceof Leaved l ? l : null,
                current);
        shown = tree.isNotNull();
        caption = Bindings.createStringBinding(
                () -> {
                    Leaved t = tree.get();
                    if (t == null) {
                        return "";
                    }
                    int leaves = t.leafSizes().length;
                    return Figures.count(leaves) + " leaves, " + t.treeWidth() + " children per node, "
                            + Figures.rows(Arrays.stream(t.leafSizes()).sum())
                            + ". Forgetting a row re-runs its leaf and re-aggregates the leaf's ancestors.";
                },
                tree);
    }

    /** The model's tree, or null while it has none. */
    public ObjectBinding<Leaved> treeProperty() {
        return tree;
    }

    public BooleanBinding shownProperty() {
        return shown;
    }

    public StringBinding captionProperty() {
        return caption;
    }

    /** Rows under each node, breadth-first (the root first), as {@link Leaved} numbers the nodes. */
    static long[] rowsPerNode(Leaved t) {
        int width = t.treeWidth();
        int[] leaves = t.leafSizes();
        int inner = 0;
        for (long n = 1; n < leaves.length; n *= width) {
            inner += (int) n;
        }
        long[] rows = new long[inner + leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            rows[inner + i] = leaves[i];
        }
        for (int id = inner - 1; id >= 0; id--) {
            for (int c = 1; c <= width; c++) {
                rows[id] += rows[id * width + c];
            }
        }
        return rows;
    }
}
