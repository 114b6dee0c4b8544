package org.unlearn.views.data;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.unlearn.views.common.ClassColours;
import org.unlearn.views.common.Figures;

/** The label's classes: a colour swatch (as in the scatter plot), the name, a bar and the row count. */
final class ClassCountsView extends ScrollPane {
    private static final double BAR_WIDTH = 220;
    private final GridPane grid = new GridPane();

    ClassCountsView(DataViewModel model) {
        setId("class-counts");
        getStyleClass().add("class-counts");
        setFitToWidth(true);
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints swatch = new ColumnConstraints();
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(60);
        ColumnConstraints bar = new ColumnConstraints(BAR_WIDTH * 0.4, BAR_WIDTH, BAR_WIDTH);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(swatch, name, bar, count);
        setContent(grid);
        model.classes().addListener((ListChangeListener<ClassCount>) c -> show(model));
        show(model);
    }

    private void show(DataViewModel model) {
        grid.getChildren().clear();
        int largest = model.classes().stream().mapToInt(ClassCount::rows).max().orElse(1);
        int row = 0;
        for (ClassCount c : model.classes()) {
            // Bars are scaled to the largest class, so ten balanced classes still show as long bars.
            double width = Math.max(2, BAR_WIDTH * c.rows() / Math.max(1, largest));
            Rectangle swatch = new Rectangle(12, 12, ClassColours.fx(c.index()));
            Label name = new Label(c.name());
            name.getStyleClass().add("class-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Region fill = new Region();
            fill.getStyleClass().add("class-bar");
            fill.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    ClassColours.fx(c.index()), new javafx.scene.layout.CornerRadii(2), null)));
            fill.setMaxWidth(width);
            fill.setPrefWidth(width);
            fill.setPrefHeight(12);
            fill.setMaxHeight(12);
            StackPane bar = new StackPane(fill);
            bar.setAlignment(Pos.CENTER_LEFT);
            Label count = new Label(Figures.count(c.rows()) + " (" + percent(c.share()) + ")");
            count.getStyleClass().add("class-count");
            grid.addRow(row++, swatch, name, bar, count);
        }
    }

    /** A share as a percentage; a tiny share reads "<0.1%", not a misleading "0.0%". */
    static String percent(double share) {
        return share > 0 && share < 0.001 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
