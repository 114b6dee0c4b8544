package org.unlearn.views.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Small layout habits the views share. */
public final class Nodes {
    private Nodes() {
    }

    /** Shows the node, and gives it room in the layout, only while the condition holds. */
    public static void showWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }
}
