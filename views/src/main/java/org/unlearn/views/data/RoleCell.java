package org.unlearn.views.data;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;
import org.unlearn.model.data.ColumnRole;

/** A column's role as a drop-down; picking another role asks the view-model to re-derive the encoding. */
final class RoleCell extends TableCell<ColumnSummary, ColumnRole> {
    private final ComboBox<ColumnRole> picker = new ComboBox<>(FXCollections.observableArrayList(ColumnRole.values()));
    /**
     * A refused pick changes no row, so nothing would make the cell show its item again: when re-encoding
     * ends, the picker shows the role the column has (a success shows the new one anyway). Held by the cell,
     * as the model holds it only weakly and must not keep cells the table has dropped.
     */
    private final ChangeListener<Boolean> reencoded = (o, was, now) -> {
        if (!now && getItem() != null) {
            showRole(getItem());
        }
    };

    private boolean showingItem;

    RoleCell(DataViewModel model) {
        picker.getStyleClass().add("role-picker");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColumnRole role) {
                return role == null ? "" : role.label();
            }

            @Override
            public ColumnRole fromString(String text) {
                return ColumnRole.parse(text);
            }
        });
        picker.disableProperty().bind(model.roleChangeExecutableProperty().not());
        model.reencodingProperty().addListener(new WeakChangeListener<>(reencoded));
        picker.setOnAction(e -> {
            ColumnSummary row = getTableRow() == null ? null : getTableRow().getItem();
            // Showing a recycled cell's new item sets the value too; only the user's picks count.
            if (!showingItem && row != null && picker.getValue() != null && picker.getValue() != row.role()) {
                model.changeRole(row.name(), picker.getValue());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ColumnRole role, boolean empty) {
        super.updateItem(role, empty);
        if (empty || role == null) {
            setGraphic(null);
            return;
        }
        showRole(role);
        picker.setAccessibleText("Role of "
                + (getTableRow() == null || getTableRow().getItem() == null
                        ? ""
                        : getTableRow().getItem().name()));
        setGraphic(picker);
    }

    private void showRole(ColumnRole role) {
        showingItem = true;
        try {
            picker.setValue(role);
        } finally {
            showingItem = false;
        }
    }
}
