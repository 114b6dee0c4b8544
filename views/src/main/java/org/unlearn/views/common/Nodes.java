package org.unlearn.views.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Small layout habits the views share. */
public final class Nodes {
    private Nodes() {
    }

    /** Shows the node, and gives it room in the layout, only while the condition holds. */
    public static void showWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A panel's content scrolling up and down when the window is short, never sideways. */
    public static ScrollPane scrolled(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("panel-scroll");
        content.setPadding(new Insets(2, 4, 8, 2));
        return scroll;
    }
}
