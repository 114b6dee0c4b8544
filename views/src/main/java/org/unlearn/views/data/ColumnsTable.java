package org.unlearn.views.data;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Tips;

/** The dataset's columns: name, type, role (editable), missing and distinct counts, and why each has its role. */
final class ColumnsTable extends TableView<ColumnSummary> {
    private static final double ROW_HEIGHT = 31;

    ColumnsTable(DataViewModel model) {
        super(model.columns());
        setId("columns-table");
        getStyleClass().add("columns-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // A fixed row height spares the table from measuring rows it does not show (785 for MNIST).
        setFixedCellSize(ROW_HEIGHT);
        setPlaceholder(new Label("No dataset is open."));
        TableColumn<ColumnSummary, String> name = column("Column", ColumnSummary::name, 165);
        TableColumn<ColumnSummary, String> type = column("Type", ColumnSummary::type, 104);
        TableColumn<ColumnSummary, ColumnRole> role = column("Role", ColumnSummary::role, 122);
        role.setCellFactory(c -> new RoleCell(model));
        explain(
                role,
                "label: the value to predict (one column at most)\n"
                        + "feature: an input of the models\n"
                        + "identifier: names a row, never an input\n"
                        + "ignored: left out");
        TableColumn<ColumnSummary, Number> missing = column("Missing", ColumnSummary::missing, 76);
        missing.setCellFactory(c -> new NumberCell());
        explain(missing, "Empty cells and markers such as NA, ?, NaN");
        TableColumn<ColumnSummary, Number> distinct = column("Distinct", ColumnSummary::distinct, 76);
        distinct.setCellFactory(c -> new NumberCell());
        explain(distinct, "Different values, not counting missing cells");
        TableColumn<ColumnSummary, String> reason = column("Why this role", ColumnSummary::reason, 160);
        reason.setCellFactory(c -> new HintCell());
        getColumns().setAll(java.util.List.of(name, type, role, missing, distinct, reason));
    }

    private static <V> TableColumn<ColumnSummary, V> column(
            String title, Function<ColumnSummary, V> value, double width) {
        TableColumn<ColumnSummary, V> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 76));
        c.setReorderable(false);
        return c;
    }

    private static <V> ObservableValue<V> constant(V value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private static void explain(TableColumn<ColumnSummary, ?> column, String help) {
        column.setGraphic(Tips.explained(column.getText(), help));
        column.setText(null);
    }

    /** Numbers right-aligned, with thousands separators. */
    private static final class NumberCell extends TableCell<ColumnSummary, Number> {
        NumberCell() {
            getStyleClass().add("number-cell");
        }

        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : Figures.count(n.intValue()));
        }
    }

    /** Text that may be cut off, with the whole of it in a tooltip. */
    private static final class HintCell extends TableCell<ColumnSummary, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null ? null : new Tooltip(text));
        }
    }
}
