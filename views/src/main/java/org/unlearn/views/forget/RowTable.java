package org.unlearn.views.forget;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.unlearn.views.common.ClassColours;
import org.unlearn.views.common.Tips;

/**
 * The current model's rows: a check box that picks the row, its id, its label, its cluster (in the
 * picture's colour) and what the family knows of it (a Q-k-means seed, a DC-k-means leaf). Space picks
 * the focused row; Esc clears the pick.
 */
final class RowTable extends TableView<RowEntry> {
    private static final double ROW_HEIGHT = 28;

    RowTable(RowTableModel table, RowPicks model) {
        SortedList<RowEntry> sorted = new SortedList<>(table.tableRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setId("row-table");
        // A fixed row height spares the table from measuring rows it does not show (58,000 for the shuttle).
        setFixedCellSize(ROW_HEIGHT);
        setPlaceholder(new Label("Train a model to list its rows."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RowEntry, Boolean> pick = new TableColumn<>();
        pick.setGraphic(Tips.explained("Forget", "Tick a row to pick it for forgetting (Space)"));
        pick.setCellValueFactory(c -> {
            int id = c.getValue().rowId();
            return Bindings.createBooleanBinding(
                    () -> model.pickedProperty().get().contains(id), model.pickedProperty());
        });
        pick.setCellFactory(c -> new PickCell(model));
        pick.setPrefWidth(64);
        // Its header whole: squeezed with the others in a narrow column (1024x700) it read "Fo…".
        pick.setMinWidth(64);
        pick.setSortable(false);
        TableColumn<RowEntry, Number> id = new TableColumn<>("Row");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowId()));
        id.getStyleClass().add("number-column");
        id.setPrefWidth(70);
        TableColumn<RowEntry, String> label = new TableColumn<>("Label");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        label.setPrefWidth(100);
        TableColumn<RowEntry, RowEntry> cluster = new TableColumn<>();
        Label groupTitle = Tips.explained(
                "Cluster",
                "The row's nearest centroid (k-means) or the class the model predicts"
                        + " for it, in the picture's colours");
        groupTitle.textProperty().bind(table.groupTitleProperty());
        cluster.setGraphic(groupTitle);
        cluster.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        cluster.setCellFactory(c -> new ClusterCell());
        cluster.setPrefWidth(84);
        cluster.setMinWidth(84); // "Prediction" whole, not "Pred…"
        TableColumn<RowEntry, String> note = new TableColumn<>();
        note.setGraphic(Tips.explained(
                "Note",
                "Q-k-means: forgetting a k-means++ seed means seeding again, from scratch."
                        + "\nDC-k-means: forgetting a row re-runs its leaf and the leaf's ancestors."
                        + "\nSISA: forgetting a row retrains its shard from the checkpoint before its slice."));
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note()));
        note.setPrefWidth(110);
        getColumns().setAll(List.of(pick, id, label, cluster, note));
        setOnKeyPressed(e -> {
            RowEntry focused = getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && focused != null) {
                model.setPicked(focused.rowId(), !model.pickedProperty().get().contains(focused.rowId()));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.clearPicks();
                e.consume();
            }
        });
        // A single row picked in the picture is brought into view here, so its label and cluster can be read.
        model.pickedProperty().addListener((o, was, now) -> {
            if (now.size() == 1) {
                reveal(now.id(0));
            }
        });
    }

    private void reveal(int rowId) {
        List<RowEntry> rows = getItems();
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) {
            at = rows.get(i).rowId() == rowId ? i : -1;
        }
        if (at >= 0) {
            scrollTo(Math.max(0, at - 3));
            getSelectionModel().clearAndSelect(at);
        }
    }

    /** The pick check box; ticking it picks the row, unticking unpicks it. */
    private static final class PickCell extends TableCell<RowEntry, Boolean> {
        private final CheckBox box = new CheckBox();

        PickCell(RowPicks model) {
            getStyleClass().add("pick-cell");
            box.setFocusTraversable(false);
            box.setOnAction(e -> {
                RowEntry row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    model.setPicked(row.rowId(), box.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(Boolean picked, boolean empty) {
            super.updateItem(picked, empty);
            setText(null);
            if (empty || picked == null) {
                setGraphic(null);
            } else {
                box.setSelected(picked);
                setGraphic(box);
            }
        }
    }

    /** The cluster's number (or the predicted class) beside a swatch of its colour. */
    private static final class ClusterCell extends TableCell<RowEntry, RowEntry> {
        @Override
        protected void updateItem(RowEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null || entry.cluster() < 1) {
                setText(null);
                setGraphic(null);
            } else {
                setText(entry.group());
                setGraphic(new Rectangle(10, 10, ClassColours.fx(entry.colour())));
            }
        }
    }
}
