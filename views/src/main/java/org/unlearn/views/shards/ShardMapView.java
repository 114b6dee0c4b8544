package org.unlearn.views.shards;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Tips;
import org.unlearn.views.learn.ConceptLink;

/**
 * The shard map: one row per shard, one column per slice, each cell's row count; the cells a forget of
 * the picked rows would retrain are tinted, the checkpoints the last request deleted are crossed out.
 */
public final class ShardMapView extends VBox {
    static final String HELP = "SISA deals the rows to S shards (the rows of this grid) and cuts each shard into R"
            + " slices (its columns); each cell counts the rows of one slice. A shard's model is trained slice by slice:"
            + " first on slice 1, then on slices 1–2 from that checkpoint, and so on, keeping a checkpoint after each"
            + " slice. A forgotten row's trace is in the checkpoint of its own slice and of every later one, so those"
            + " checkpoints are deleted (crossed out) and the shard is retrained from the checkpoint before, without"
            + " the row. The tinted cells are what forgetting the picked rows would retrain: nothing outside them is"
            + " touched, which is where SISA's speed comes from.";
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll;

    public ShardMapView(ShardMapViewModel model) {
        getStyleClass().add("shard-map");
        setId("shard-map");
        setSpacing(6);
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setId("shard-grid");
        scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("panel-scroll");
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label caption = new Label();
        caption.setId("shard-caption");
        caption.getStyleClass().add("section-hint");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty().bind(model.captionProperty());
        Label none = new Label("Train a SISA ensemble to see its shards and slices here.");
        none.getStyleClass().add("section-hint");
        Nodes.showWhen(none, model.mapProperty().isNull());
        Nodes.showWhen(scroll, model.mapProperty().isNotNull());
        Nodes.showWhen(caption, model.mapProperty().isNotNull());
        FlowPane legend = legend();
        Nodes.showWhen(legend, model.mapProperty().isNotNull());
        Hyperlink help = new Hyperlink("What am I looking at?");
        help.setId("shard-help-link");
        help.getStyleClass().add("what-am-i-link");
        help.setTooltip(Tips.teach(HELP));
        // A click opens the explanation under the map, where it can be read while looking at the cells.
        Label explanation = new Label(HELP);
        explanation.setId("shard-help");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().addAll("section-hint", "shard-help");
        explanation.setVisible(false);
        explanation.managedProperty().bind(explanation.visibleProperty());
        help.setOnAction(e -> {
            explanation.setVisible(!explanation.isVisible());
            help.setText(explanation.isVisible() ? "Hide the explanation" : "What am I looking at?");
            help.setVisited(false);
        });
        // beside the link just clicked, where the eye already is, rather than under a long explanation
        Hyperlink more = ConceptLink.more("sisa");
        Nodes.showWhen(more, explanation.visibleProperty());
        HBox links = new HBox(12, help, more);
        links.setAlignment(Pos.CENTER_LEFT);
        // The link ends the legend's lines rather than taking a line of its own from the cells.
        legend.getChildren().add(links);
        getChildren().addAll(none, caption, scroll, legend, explanation);
        Tooltip wholeCaption = new Tooltip();
        wholeCaption.textProperty().bind(caption.textProperty());
        wholeCaption.setWrapText(true);
        wholeCaption.setMaxWidth(420);
        caption.setTooltip(wholeCaption);
        scroll.heightProperty().addListener((o, was, now) -> foldCaption(caption));
        caption.widthProperty().addListener((o, was, now) -> foldCaption(caption));
        model.mapProperty().addListener((o, was, now) -> draw(now));
        draw(model.mapProperty().get());
    }

    /**
     * Folds the caption to one line (cut with "…", whole in its tooltip) while the cells would get fewer than
     * {@link #FOLD_UNDER_ROWS} rows with it wrapped: under a docked step-through at 1024x700 its three lines
     * left the grid about one row of shards. It unfolds once the cells keep that many rows with it wrapped.
     */
    private void foldCaption(Label caption) {
        double width = caption.getWidth();
        if (width <= 0 || scroll.getHeight() <= 0) {
            return;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text(caption.getText());
        measure.setFont(caption.getFont());
        measure.setWrappingWidth(width - caption.snappedLeftInset() - caption.snappedRightInset());
        double wrapped =
                measure.getLayoutBounds().getHeight() + caption.snappedTopInset() + caption.snappedBottomInset();
        double gridRoomWrapped = scroll.getHeight() - (caption.isWrapText() ? 0 : wrapped - caption.getHeight());
        boolean fold = gridRoomWrapped < FOLD_UNDER_ROWS * (ShardCell.HEIGHT + grid.getVgap());
        if (fold == caption.isWrapText()) {
            caption.setWrapText(!fold);
            caption.setMinHeight(fold ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
        }
    }

    /** The rows of cells (with the slices' heading) the grid keeps before the caption folds to one line. */
    static final int FOLD_UNDER_ROWS = 5;

    private void draw(ShardMap map) {
        grid.getChildren().clear();
        if (map == null) {
            return;
        }
        Label corner = new Label("shard \\ slice");
        corner.getStyleClass().add("shard-heading");
        grid.add(corner, 0, 0);
        for (int slice = 0; slice < map.slices(); slice++) {
            Label heading = new Label(Integer.toString(slice + 1));
            heading.getStyleClass().add("shard-heading");
            heading.setMinWidth(ShardCell.WIDTH);
            heading.setAlignment(Pos.CENTER);
            grid.add(heading, slice + 1, 0);
        }
        for (int shard = 0; shard < map.shards(); shard++) {
            Label heading = new Label(Integer.toString(shard + 1));
            heading.getStyleClass().add("shard-heading");
            heading.setPadding(new Insets(0, 6, 0, 0));
            grid.add(heading, 0, shard + 1);
            for (int slice = 0; slice < map.slices(); slice++) {
                grid.add(new ShardCell(map, shard, slice), slice + 1, shard + 1);
            }
        }
        // It asks for room for every shard; given less, it scrolls.
        double row = ShardCell.HEIGHT + grid.getVgap();
        scroll.setPrefHeight(row * (map.shards() + 1) + 16);
        showFirstMarked(map);
    }

    /** Scrolls to the first shard the last request retrained, or else the first a forget would retrain. */
    private void showFirstMarked(ShardMap map) {
        List<Integer> marked = ShardMap.shardsOf(map.deleted());
        if (marked.isEmpty()) {
            marked = ShardMap.shardsOf(map.planned());
        }
        if (marked.isEmpty()) {
            return;
        }
        int first = marked.get(0);
        javafx.application.Platform.runLater(() -> scroll.setVvalue(
                scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * first / Math.max(1, map.shards() - 1)));
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(
                12,
                3,
                swatch("planned", "would retrain", "Retrained if the picked rows are forgotten"),
                swatch("holds-picked", "holds a picked row", "Holds at least one picked row"),
                swatch("deleted", "deleted checkpoint", "Checkpoint deleted (and rebuilt) by the last request"));
        legend.getStyleClass().add("shard-legend");
        return legend;
    }

    /** Short words, so the legend takes two lines at 1024x700 and leaves the cells their room; the rest in a tooltip. */
    private static HBox swatch(String kind, String text, String whole) {
        Region box = new Region();
        box.getStyleClass().addAll("shard-cell", "shard-swatch", kind);
        box.setMinSize(14, 14);
        box.setMaxSize(14, 14);
        Label words = new Label(text);
        words.setTooltip(new javafx.scene.control.Tooltip(whole));
        HBox item = new HBox(4, box, words);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }
}
