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
     * Two columns, the request under each S's accuracy: the options' column is about 200 pixels wide in a
     * 1024-pixel window, and a wider table pushed its last column and the words above it out of sight.
     */
    private static final String[] HEADS = {"S", "Accuracy · a request"};

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
            javafx.scene.control.Tooltip tip = Tips.teach(line.sentence());
            table.add(cell(line, 0, line.value(), tip), 0, row);
            table.add(
                    cell(line, 1, refused ? line.quality() : line.quality() + " (" + versusOne(line) + ")", tip),
                    1,
                    row++);
            if (!refused) {
                Label request = cell(line, 2, "a request: " + line.request() + ", " + line.requestTime(), tip);
                request.getStyleClass().add("option-note");
                table.add(request, 1, row++);
            }
        }
    }

    private static Label cell(OptionCostModel.Line line, int column, String text, javafx.scene.control.Tooltip tip) {
        Label cell = new Label(text);
        cell.setId("cost-" + line.value() + "-" + column);
        cell.setTooltip(tip);
        cell.setMinWidth(Region.USE_PREF_SIZE);
        if (line.chosen()) {
            cell.setStyle("-fx-font-weight: bold;");
        }
        return cell;
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
