package org.unlearn.views.common;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled part of a view: a heading, an optional one-line hint, and content that takes the rest of the room. */
public final class Section extends VBox {
    private final Label heading;

    public Section(String title, ObservableStringValue hint, Node content) {
        getStyleClass().add("section");
        heading = new Label(title);
        heading.getStyleClass().add("section-title");
        getChildren().add(heading);
        if (hint != null) {
            Label line = new Label();
            line.textProperty().bind(hint);
            line.getStyleClass().add("section-hint");
            line.setWrapText(true);
            Nodes.showWhen(line, line.textProperty().isNotEmpty());
            getChildren().add(line);
        }
        getChildren().add(content);
        VBox.setVgrow(content, Priority.ALWAYS);
    }

    /** Shows the heading, and gives it room, only while there is something under it to name. */
    public void showTitleWhen(ObservableValue<Boolean> shown) {
        Nodes.showWhen(heading, shown);
    }
}
