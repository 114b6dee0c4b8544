package org.unlearn.views.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Small layout habits the views share. */
public final class Nodes {
    private Nodes() {}

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

    /**
     * Scrolls so the node (somewhere in the scroll pane's content) shows whole, or its top shows where it is
     * taller than the view; the layout is brought up to date first, as a result has just changed it.
     */
    public static void scrollIntoView(ScrollPane scroll, javafx.scene.Node node) {
        if (node == null || scroll.getContent() == null || !node.isVisible()) {
            return;
        }
        scroll.layout();
        javafx.geometry.Bounds b = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double view = scroll.getViewportBounds().getHeight();
        double free = scroll.getContent().getLayoutBounds().getHeight() - view;
        if (b == null || free <= 0) {
            return;
        }
        double top = free * (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin());
        double wanted = b.getMaxY() > top + view
                ? Math.min(b.getMinY(), b.getMaxY() - view)
                : b.getMinY() < top ? b.getMinY() : top;
        wanted = Math.max(0, Math.min(free, wanted));
        scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / free);
    }
}
