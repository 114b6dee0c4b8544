package org.unlearn.views.forget;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.unlearn.model.family.FamilyDescriptor;

/** The row table's rows: every row the current model holds, or only the picked ones. */
public final class RowTableModel {
    private final ObservableValue<RowSelection> picked;
    private final ObservableList<RowEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<RowEntry> tableRows = new FilteredList<>(entries);
    private final BooleanProperty onlyPicked = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper groupTitle = new ReadOnlyStringWrapper("Cluster");

    /**
     * @param family the family chosen to train: while no model is trained the group column is titled for it
     *               ("Predicted" before a classifier is trained, not "Cluster")
     */
    RowTableModel(
            ObservableValue<ModelState> current,
            ObservableValue<RowSelection> picked,
            ObservableValue<? extends FamilyDescriptor<?>> family) {
        this.picked = picked;
        Runnable title = () -> {
            ModelState now = current.getValue();
            FamilyDescriptor<?> chosen = family.getValue();
            boolean clusters = now != null
                    ? now.clusters()
                    : chosen == null || !chosen.group().supervised();
            groupTitle.set(clusters ? "Cluster" : "Predicted");
        };
        current.addListener((o, was, now) -> {
            entries.setAll(now == null ? List.of() : now.entries());
            title.run();
        });
        family.addListener((o, was, now) -> title.run());
        title.run();
        picked.addListener((o, was, now) -> filter());
        onlyPicked.addListener((o, was, now) -> filter());
    }

    private void filter() {
        RowSelection rows = picked.getValue();
        tableRows.setPredicate(onlyPicked.get() ? e -> rows.contains(e.rowId()) : null);
    }

    /** The group column's heading: "Cluster" for k-means, "Predicted" for a classifier. */
    public ReadOnlyStringProperty groupTitleProperty() {
        return groupTitle.getReadOnlyProperty();
    }

    /** Whether the table lists only the picked rows. */
    public BooleanProperty onlyPickedProperty() {
        return onlyPicked;
    }

    /** The current model's rows for the table (all, or only the picked). */
    public ObservableList<RowEntry> tableRows() {
        return tableRows;
    }
}
