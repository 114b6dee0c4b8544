package org.unlearn.views.forest;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.unlearn.model.forget.Forest;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Spinners;
import org.unlearn.views.learn.ConceptLink;

/**
 * One member of a forest as a tree of its nodes (split or leaf, and the rows reaching it); the nodes the
 * first picked row passes through are marked and opened, and the caption says what forgetting would do.
 */
public final class TreePanel extends VBox {
    private final TreePanelModel model;
    private final TreeView<Forest.Node> view = new TreeView<>();

    public TreePanel(TreePanelModel model) {
        this.model = model;
        setId("tree-panel");
        setSpacing(6);
        Spinner<Integer> which = new Spinner<>();
        which.setId("tree-index");
        which.setEditable(true);
        which.setPrefWidth(90);
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1);
        which.setValueFactory(values);
        Spinners.forgiving(which);
        model.treeCountProperty().addListener((o, was, now) -> values.setMax(Math.max(1, now.intValue())));
        values.setMax(Math.max(1, model.treeCountProperty().get()));
        values.valueProperty()
                .addListener((o, was, now) -> model.treeIndexProperty().set(now == null ? 0 : now - 1));
        model.treeIndexProperty().addListener((o, was, now) -> values.setValue(now.intValue() + 1));
        HBox top = new HBox(8, new Label("Tree"), which);
        top.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label();
        caption.setId("tree-caption");
        caption.getStyleClass().add("section-hint");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        view.setId("tree-view");
        view.setShowRoot(true);
        view.setCellFactory(v -> new NodeCell());
        VBox.setVgrow(view, Priority.ALWAYS);
        Hyperlink help = ConceptLink.whatAmI(
                "A forest's members are trees: each inner node splits the rows that reach it, each"
                        + " leaf answers for its rows. Forgetting a row walks its path: a node whose split would not change only"
                        + " updates its counts, and a subtree is trained again only where the best split changes without the row."
                        + " The marked nodes are the path of the first picked row.",
                "dare");
        getChildren().addAll(top, caption, view, help);
        Nodes.showWhen(top, model.shownProperty());
        model.treeProperty().addListener((o, was, now) -> draw(now));
        model.pathProperty()
                .addListener((o, was, now) -> draw(model.treeProperty().get()));
        draw(model.treeProperty().get());
    }

    private void draw(Forest.Node root) {
        view.setRoot(root == null ? null : item(root, 0));
    }

    /** The path of the picked row is opened; without a pick only the root is, so a deep tree stays readable. */
    private TreeItem<Forest.Node> item(Forest.Node node, int depth) {
        TreeItem<Forest.Node> item = new TreeItem<>(node);
        item.setExpanded(model.onPath(node.id()) || model.pathProperty().get().length == 0 && depth == 0);
        for (Forest.Node child : node.children()) {
            item.getChildren().add(item(child, depth + 1));
        }
        return item;
    }

    private final class NodeCell extends TreeCell<Forest.Node> {
        @Override
        protected void updateItem(Forest.Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().remove("tree-path");
            if (empty || node == null) {
                setText(null);
                return;
            }
            setText(node.label() + " · " + node.rows() + (node.rows() == 1 ? " row" : " rows"));
            if (model.onPath(node.id())) {
                getStyleClass().add("tree-path");
            }
        }
    }
}
