package org.unlearn.views.leaves;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.model.forget.Leaved;
import org.unlearn.views.common.Figures;
import org.unlearn.views.learn.ConceptLink;

/**
 * A DC-k-means tree, level by level: one box per node, the leaves at the foot, each saying the rows it
 * stands for. Each node's box has the id {@code leaf-node-N} (N breadth-first, the root 0), so the
 * step-through can mark the leaf it re-runs and the ancestors it re-aggregates.
 */
public final class LeafTreePanel extends VBox {
    /** Nodes drawn per level before the level is summarised. */
    static final int LEVEL_DRAWN = 64;

    private final VBox levels = new VBox(5);

    public LeafTreePanel(LeafTreePanelModel model) {
        super(6);
        setId("leaf-tree-panel");
        Label caption = new Label();
        caption.setId("leaf-tree-caption");
        caption.getStyleClass().add("section-hint");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty().bind(model.captionProperty());
        levels.setId("leaf-tree");
        levels.setAlignment(Pos.CENTER);
        Hyperlink help = ConceptLink.whatAmI(
                "DC-k-means deals its rows to the leaves by their ids. Each leaf clusters its own rows; each node"
                        + " above clusters its children's centroids, up to the root, whose centroids are the model."
                        + " A forgotten row has been seen by its leaf and that leaf's ancestors only.",
                "dckmeans");
        getChildren().addAll(caption, levels, help);
        model.treeProperty().addListener((o, was, now) -> draw(now));
        draw(model.treeProperty().get());
    }

    private void draw(Leaved tree) {
        levels.getChildren().clear();
        if (tree == null) {
            return;
        }
        long[] rows = LeafTreePanelModel.rowsPerNode(tree);
        long first = 0;
        for (int level = 0; level <= tree.treeHeight(); level++) {
            long count = Math.round(Math.pow(tree.treeWidth(), level));
            HBox row = new HBox(3);
            row.setAlignment(Pos.CENTER);
            double side = count > 32 ? 8 : 16;
            for (long i = 0; i < Math.min(count, LEVEL_DRAWN); i++) {
                Region box = new Region();
                box.setId("leaf-node-" + (first + i));
                box.getStyleClass().add("step-node");
                box.setPrefSize(side, side);
                box.setMinSize(side, side);
                Tooltip.install(
                        box,
                        new Tooltip((level == tree.treeHeight() ? "Leaf " : "Node ") + (i + 1) + " of level " + level
                                + ": " + Figures.rows((int) rows[(int) (first + i)])));
                row.getChildren().add(box);
            }
            if (count > LEVEL_DRAWN) {
                Label more = new Label("… " + Figures.count(count) + " in all");
                more.getStyleClass().add("step-small");
                row.getChildren().add(more);
            }
            levels.getChildren().add(row);
            first += count;
        }
    }
}
