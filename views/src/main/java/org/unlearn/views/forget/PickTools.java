package org.unlearn.views.forget;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Tips;

/**
 * The picks that are not drawn: a filter expression over the file's columns, N rows at random under a
 * seed, and the N rows the model ranks highest (outliers). Each replaces the pick, or adds to it when "add
 * to the pick" is ticked; the plan below follows at once.
 */
final class PickTools extends VBox {
    PickTools(RowPicks picks, ModelChain chain) {
        super(6);
        getStyleClass().add("pick-tools");
        disableProperty().bind(chain.currentProperty().isNull());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        TextField filter = new TextField();
        filter.setId("pick-filter");
        filter.promptTextProperty().bind(picks.filterExampleProperty());
        filter.textProperty().bindBidirectional(picks.filterProperty());
        filter.setOnAction(e -> picks.pickFiltered());
        filter.setTooltip(Tips.teach("A condition on the file's columns, as read: == != < <= > >=, and, or, not,"
                + " parentheses; numbers as they are, text in quotes (\"Single\"), names with spaces in backticks"
                + " (`monthly income`); col == missing or col is missing for empty cells. Enter picks the rows it"
                + " matches."));
        GridPane.setHgrow(filter, Priority.ALWAYS);
        Button byFilter = button("pick-by-filter", "Pick", "Pick the rows the filter matches (Enter)");
        byFilter.setOnAction(e -> picks.pickFiltered());
        grid.addRow(0, caption("Filter"), filter, byFilter);

        Spinner<Integer> count = spinner("pick-random-count", 1, 1_000_000, picks.randomCountProperty().get());
        count.getValueFactory().valueProperty().bindBidirectional(picks.randomCountProperty().asObject());
        Spinner<Integer> seed = spinner("pick-random-seed", 0, Integer.MAX_VALUE, picks.randomSeedProperty().get());
        seed.getValueFactory().valueProperty().bindBidirectional(picks.randomSeedProperty().asObject());
        Label seedCaption = new Label("seed");
        seedCaption.getStyleClass().add("option-name");
        seedCaption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox random = new javafx.scene.layout.HBox(6, count, seedCaption, seed);
        random.setAlignment(Pos.CENTER_LEFT);
        Button byRandom = button("pick-random", "Pick", "Pick this many rows at random; each row's draw is keyed by"
                + " the seed and its id, so the same seed picks the same rows");
        byRandom.setOnAction(e -> picks.pickRandom());
        grid.addRow(1, caption("Random"), random, byRandom);

        Spinner<Integer> top = spinner("pick-top-count", 1, 1_000_000, picks.topCountProperty().get());
        top.getValueFactory().valueProperty().bindBidirectional(picks.topCountProperty().asObject());
        Label what = new Label();
        what.getStyleClass().add("section-hint");
        what.textProperty().bind(picks.rankingNameProperty());
        what.setWrapText(true);
        what.setMinWidth(0);
        javafx.scene.layout.HBox outliers = new javafx.scene.layout.HBox(6, top, what);
        outliers.setAlignment(Pos.CENTER_LEFT);
        Button byRank = button("pick-outliers", "Pick", "Pick the rows the model ranks highest");
        byRank.disableProperty().bind(picks.canRankProperty().not());
        byRank.setOnAction(e -> picks.pickTopRanked());
        chain.currentProperty().addListener((o, was, now) -> byRank.setTooltip(Tips.teach(picks.rankingExplanation())));
        grid.addRow(2, caption("Outliers"), outliers, byRank);

        CheckBox add = new CheckBox("Add to the pick instead of replacing it");
        add.setId("pick-tools-add");
        add.selectedProperty().bindBidirectional(picks.toolsAddProperty());
        getChildren().addAll(grid, add);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("option-name");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>(min, max, initial);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        spinner.setMinWidth(84);
        return spinner;
    }
}
