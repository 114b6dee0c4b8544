package org.unlearn.views.forget;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Tips;

/**
 * Under the options: what the number of shards costs, in words at once and, on request, measured on the
 * opened rows: accuracy at a few shard counts against one model, and what one forget request then takes.
 * The value now typed is shown in bold.
 */
final class OptionCostPanel extends VBox {
    /**
     * Three columns, each cell as narrow as it can be: the options' column is about 200 pixels wide in a
     * 1024-pixel window, and a wider table pushed the words beside it out of sight instead of wrapping them.
     */
    private static final String[] HEADS = {"S", "Accuracy", "A request"};

    private final OptionCostModel model;
    private final GridPane table = new GridPane();
    private final Label reference = new Label();

    OptionCostPanel(OptionCostModel model) {
        super(6);
        this.model = model;
        setId("cost-panel");
        // Wrapped words must not widen the options' column: the panel takes the width the column has.
        setPrefWidth(200);
        setMinWidth(0);
        getStyleClass().add("option-cost");
        Label title = new Label("What the number of shards costs here");
        title.getStyleClass().add("option-name");
        title.setWrapText(true);
        Label words = wrapped("cost-words");
        words.textProperty().bind(model.wordsProperty());
        Button measure = new Button("Measure on these rows");
        measure.setId("cost-measure");
        measure.setTooltip(Tips.teach("Trains a few shard counts and one model on four fifths of the rows, in the"
                + " background, and times one forget request of each: a few trainings' time."));
        measure.disableProperty().bind(model.measuringProperty());
        measure.setOnAction(e -> model.measure());
        Label status = wrapped("cost-status");
        status.textProperty().bind(model.statusProperty());
        Nodes.showWhen(status, model.statusProperty().isNotEmpty());
        Label with = wrapped("cost-with");
        with.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.costProperty().get() == null
                                ? ""
                                : "Measured with "
                                        + model.measuredWithProperty().get() + ".",
                        model.costProperty(),
                        model.measuredWithProperty()));
        table.setId("cost-table");
        table.setHgap(6);
        table.setVgap(2);
        reference.setWrapText(true);
        VBox measured = new VBox(4, reference, table, with);
        Nodes.showWhen(measured, model.costProperty().isNotNull());
        getChildren().setAll(title, words, new HBox(8, measure), status, measured);
        Nodes.showWhen(this, model.shownProperty());
        model.costProperty().addListener(o -> fill());
    }

    private void fill() {
        table.getChildren().clear();
        reference.setText(model.reference());
        for (int c = 0; c < HEADS.length; c++) {
            Label head = new Label(HEADS[c]);
            head.setStyle("-fx-font-weight: bold;");
            head.setMinWidth(Region.USE_PREF_SIZE);
            table.add(head, c, 0);
        }
        int row = 1;
        for (OptionCostModel.Line line : model.lines()) {
            boolean refused = line.request().isEmpty();
            String[] cells = {
                line.value(),
                refused ? line.quality() : line.quality() + " (" + versusOne(line) + ")",
                refused ? "" : line.request() + ", " + line.requestTime()
            };
            javafx.scene.control.Tooltip tip = Tips.teach(line.sentence());
            for (int c = 0; c < cells.length; c++) {
                Label cell = new Label(cells[c]);
                cell.setId("cost-" + line.value() + "-" + c);
                cell.setTooltip(tip);
                cell.setMinWidth(Region.USE_PREF_SIZE);
                if (line.chosen()) {
                    cell.setStyle("-fx-font-weight: bold;");
                }
                table.add(cell, c, row);
            }
            row++;
        }
    }

    /** "−0.7" points against one model, or "= one" when as accurate. */
    private static String versusOne(OptionCostModel.Line line) {
        return line.againstOne().startsWith("as one") ? "= one" : line.againstOne();
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
