package org.unlearn.views.start;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Section;

/**
 * The start screen: what the app is for, an "Open CSV…" button, the sample datasets as cards and, beside
 * them, the last dataset to reopen and the files opened lately.
 */
public final class StartView extends BorderPane {
    private static final double GAP = 16;
    private static final double MIN_TILE_WIDTH = 285;
    private static final double TILE_HEIGHT = 200;

    private final HBox header;

    public StartView(StartViewModel model) {
        getStyleClass().add("start-view");
        header = header(model);
        setTop(header);
        RecentPanel recent = new RecentPanel(model);
        // Files come and go while the app runs: look again whenever the start screen is shown.
        visibleProperty().addListener((o, was, now) -> recent.refresh());
        HBox body = new HBox(0, cards(model), recent);
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        setCenter(body);
        this.recent = recent;
    }

    private final RecentPanel recent;

    /** Adds a panel under the recent files (the recent sessions). */
    public void addUnderRecent(Region panel) {
        recent.getChildren().add(panel);
    }

    /** Offers one more entry beside Open CSV… (the lessons' Learn). */
    public void offer(javafx.scene.Node action) {
        // The tagline grows and wraps; an entry squeezed below its text would show only "...".
        if (action instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        header.getChildren().add(header.getChildren().size() - 1, action);
    }

    private static HBox header(StartViewModel model) {
        Label title = new Label("Unlearn Explorer");
        title.getStyleClass().add("start-title");
        String purpose =
                "Load a dataset, train models that can forget, and see what forgetting a row costs and changes.";
        Label tagline = new Label();
        tagline.textProperty()
                .bind(Bindings.when(Bindings.isEmpty(model.samples()))
                        .then(purpose + " Open a file of your own to begin.")
                        .otherwise(purpose + " Start with one of the samples below, or open a file of your own."));
        tagline.setWrapText(true);
        tagline.getStyleClass().add("start-tagline");
        Button openFile = new Button("Open CSV…");
        openFile.setId("open-csv");
        openFile.getStyleClass().add("open-file");
        openFile.setDefaultButton(false);
        openFile.setTooltip(new Tooltip("A CSV, TSV, semicolon- or pipe-separated file with a header row,"
                + " gzipped or not (Ctrl+O); or drop one on the window"));
        openFile.disableProperty().bind(model.openExecutableProperty().not());
        openFile.setOnAction(e -> model.openFile());
        openFile.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(6, title, tagline);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox top = new HBox(24, text, openFile);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(28, 32, 12, 32));
        return top;
    }

    private static Region cards(StartViewModel model) {
        Label message = new Label();
        message.setId("start-message");
        message.getStyleClass().add("start-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Nodes.showWhen(message, model.messageProperty().isNotEmpty());
        TilePane tiles = new TilePane(GAP, GAP);
        tiles.setPrefTileHeight(TILE_HEIGHT);
        tiles.setPrefTileWidth(MIN_TILE_WIDTH);
        // As many columns as fit, sharing the width, so no strip of window is left empty at the right.
        tiles.widthProperty().addListener((o, was, now) -> {
            int columns = Math.max(1, (int) ((now.doubleValue() + GAP) / (MIN_TILE_WIDTH + GAP)));
            tiles.setPrefTileWidth(Math.floor((now.doubleValue() - GAP * (columns - 1)) / columns));
        });
        for (SampleCatalogue.Sample s : model.samples()) {
            SampleCard card = new SampleCard(s);
            card.disableProperty().bind(model.openExecutableProperty().not());
            card.setOnAction(e -> model.openSample(s));
            tiles.getChildren().add(card);
        }
        Section samples = new Section("Sample datasets", null, new VBox(12, message, tiles));
        samples.showTitleWhen(Bindings.isNotEmpty(model.samples()));
        samples.getStyleClass().add("start-samples");
        ScrollPane scroll = new ScrollPane(samples);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("start-scroll");
        return scroll;
    }
}
