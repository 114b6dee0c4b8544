package org.unlearn.views.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Names and what they name, in two columns: the names as wide as the widest, the values taking the rest.
 * Rows are added top to bottom.
 */
public final class KeyValueGrid extends GridPane {
    private final Insets rowMargin;
    private int rows;

    public KeyValueGrid(double hgap, double vgap) {
        setHgap(hgap);
        // The grid's own gap would stay between hidden rows too; a margin on each node goes with it.
        rowMargin = new Insets(vgap / 2, 0, vgap / 2, 0);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(name, value);
    }

    /** A row across both columns (a caption). */
    public void addWide(Node node) {
        setMargin(node, rowMargin);
        add(node, 0, rows++, 2, 1);
    }

    /**
     * A name and its value; while {@code shown} is false both are hidden and take no room.
     *
     * @param shown when the row is shown, or null for always
     */
    public void addPair(Node key, Node value, ObservableValue<Boolean> shown) {
        if (shown != null) {
            Nodes.showWhen(key, shown);
            Nodes.showWhen(value, key.visibleProperty());
        }
        setMargin(key, rowMargin);
        setMargin(value, rowMargin);
        addRow(rows++, key, value);
    }
}
