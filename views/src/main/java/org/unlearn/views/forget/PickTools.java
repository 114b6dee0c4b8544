package org.unlearn.views.forget;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Spinners;
import org.unlearn.views.common.Tips;

/**
 * The picks that are not drawn, in two lines above the row table: a filter expression over the file's
 * columns; N rows at random under a seed; the N rows the model ranks highest (outliers). Each replaces the
 * pick, or adds to it when "add to the pick" is ticked; the plan follows at once.
 */
final class PickTools extends VBox {
    /**
     * The spinners' object views of the whole-number properties: a bidirectional binding holds both ends weakly,
     * so without a strong reference here they were collected and a spinner stopped reaching its property.
     */
    private final java.util.List<Object> kept = new java.util.ArrayList<>();

    PickTools(RowPicks picks, ModelChain chain) {
        super(6);
        getStyleClass().add("pick-tools");
        // The filter works on the opened file's rows, so rows can be found and picked before training.
        disableProperty().bind(picks.filterExampleProperty().isEmpty());
        TextField filter = new TextField();
        filter.setId("pick-filter");
        filter.promptTextProperty().bind(picks.filterExampleProperty());
        filter.textProperty().bindBidirectional(picks.filterProperty());
        filter.setOnAction(e -> picks.pickFiltered());
        filter.setTooltip(Tips.teach("A condition on the file's columns, as read: == != < <= > >=, and, or, not,"
                + " parentheses; numbers as they are, text in quotes (\"Single\"), names with spaces in backticks"
                + " (`monthly income`); col == missing or col is missing for empty cells. Enter picks the rows it"
                + " matches."));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button byFilter = button("pick-by-filter", "Pick", "Pick the rows the filter matches (Enter)");
        byFilter.setOnAction(e -> picks.pickFiltered());
        CheckBox add = new CheckBox("Add to the pick");
        add.setId("pick-tools-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip("The filter, random and outlier picks add to the pick instead of replacing it"));
        add.selectedProperty().bindBidirectional(picks.toolsAddProperty());
        HBox first = line(caption("Filter"), filter, byFilter);
        filter.setMinWidth(80);

        Spinner<Integer> count = spinner(
                "pick-random-count", 1, 1_000_000, picks.randomCountProperty().get());
        count.getValueFactory()
                .valueProperty()
                .bindBidirectional(kept(picks.randomCountProperty().asObject()));
        Spinner<Integer> seed = spinner(
                "pick-random-seed",
                0,
                Integer.MAX_VALUE,
                picks.randomSeedProperty().get());
        seed.getValueFactory()
                .valueProperty()
                .bindBidirectional(kept(picks.randomSeedProperty().asObject()));
        Button byRandom = button(
                "pick-random",
                "Pick at random",
                "Pick this many rows at random; each row's draw is"
                        + " keyed by the seed and its id, so the same seed picks the same rows");
        byRandom.setOnAction(e -> picks.pickRandom());
        Spinner<Integer> top =
                spinner("pick-top-count", 1, 1_000_000, picks.topCountProperty().get());
        top.getValueFactory()
                .valueProperty()
                .bindBidirectional(kept(picks.topCountProperty().asObject()));
        Button byRank = button("pick-outliers", "Pick outliers", "Pick the rows the model ranks highest");
        byRank.disableProperty().bind(picks.canRankProperty().not());
        byRank.setOnAction(e -> picks.pickTopRanked());
        chain.currentProperty().addListener((o, was, now) -> byRank.setTooltip(Tips.teach(picks.rankingExplanation())));
        Region gap = new Region();
        gap.setMinWidth(10);
        // The random and outlier tools wrap under each other in a narrow column.
        javafx.scene.layout.FlowPane second = new javafx.scene.layout.FlowPane(
                6, 6, line(count, caption("seed"), seed, byRandom, gap), line(top, byRank), add);
        second.disableProperty().bind(chain.currentProperty().isNull());
        getChildren().addAll(first, second);
    }

    private static HBox line(javafx.scene.Node... nodes) {
        HBox line = new HBox(6, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("option-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>(min, max, initial);
        spinner.setId(id);
        Spinners.forgiving(spinner);
        spinner.setPrefWidth(80);
        spinner.setMinWidth(64);
        return spinner;
    }

    private <T> T kept(T property) {
        kept.add(property);
        return property;
    }
}
