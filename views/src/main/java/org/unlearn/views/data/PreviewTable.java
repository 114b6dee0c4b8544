package org.unlearn.views.data;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The first rows of the file as read, each with its row id, one page of columns at a time. */
final class PreviewTable extends TableView<Preview.Row> {
    private static final double ROW_HEIGHT = 26;
    private static final int SIZING_ROWS = 50;
    private static final double CHAR_WIDTH = 8.5;
    private static final double MIN_WIDTH = 60;
    private static final double MAX_WIDTH = 220;
    private final ColumnPager pager;

    PreviewTable(DataViewModel model) {
        pager = model.previewColumns();
        setId("preview-table");
        // A fixed row height lets the table create cells only for the columns in view (785 for MNIST).
        setFixedCellSize(ROW_HEIGHT);
        setPlaceholder(new Label("No dataset is open."));
        model.previewProperty().addListener((o, was, now) -> show(now));
        pager.firstProperty()
                .addListener((o, was, now) -> show(model.previewProperty().get()));
        show(model.previewProperty().get());
    }

    private void show(Preview preview) {
        if (preview == null) {
            getColumns().clear();
            getItems().clear();
            return;
        }
        List<TableColumn<Preview.Row, ?>> columns = new ArrayList<>();
        TableColumn<Preview.Row, Number> id = new TableColumn<>("row");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowId()));
        id.setPrefWidth(60);
        id.getStyleClass().add("row-id-column");
        id.setSortable(false);
        columns.add(id);
        for (int i = pager.firstProperty().get();
                i < Math.min(pager.end(), preview.columns().size());
                i++) {
            int index = i;
            TableColumn<Preview.Row, String> c =
                    new TableColumn<>(preview.columns().get(i));
            c.setCellValueFactory(
                    cell -> new ReadOnlyStringWrapper(cell.getValue().cells().get(index)));
            c.setCellFactory(column -> new CellText());
            c.setPrefWidth(widthFor(preview, i));
            c.setSortable(false);
            if (preview.numbers().get(i)) {
                c.getStyleClass().add("number-column");
            }
            columns.add(c);
        }
        getColumns().setAll(columns);
        if (getItems().size() != preview.rows().size()
                || getItems().isEmpty()
                || getItems().get(0) != preview.rows().get(0)) {
            setItems(FXCollections.observableArrayList(preview.rows()));
            scrollTo(0);
        }
    }

    /** Wide enough for the header and the longest of the first cells, within reason. */
    private static double widthFor(Preview preview, int column) {
        int chars = preview.columns().get(column).length();
        for (int r = 0; r < Math.min(SIZING_ROWS, preview.rows().size()); r++) {
            chars = Math.max(chars, preview.rows().get(r).cells().get(column).length());
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, CHAR_WIDTH * chars + 24));
    }

    /** A cell's text; a missing cell (read as empty, NA, ?, ...) shows as a grey dash, so gaps are seen. */
    private static final class CellText extends TableCell<Preview.Row, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean missing = !empty && text != null && text.isEmpty();
            setText(empty ? null : missing ? "—" : text);
            getStyleClass().remove("missing-cell");
            if (missing) {
                getStyleClass().add("missing-cell");
            }
        }
    }
}
