package org.unlearn.views.forget;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.views.common.Figures;

/**
 * The rows picked for forgetting from the current model: by a click or a rectangle on the picture, by ids
 * typed ("12, 40-45"), or by the row table's check boxes. A pick belongs to its model: when the current
 * model changes (trained, forgotten from, put away), nothing is picked.
 */
public final class RowPicks {
    /** A pick whose ids would be longer than this is not written into the typed field (it would be unreadable). */
    private static final int MAX_TYPED_LENGTH = 400;

    private final ObservableValue<ModelState> current;
    private final ReadOnlyObjectWrapper<RowSelection> picked = new ReadOnlyObjectWrapper<>(RowSelection.EMPTY);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    RowPicks(ObservableValue<ModelState> current) {
        this.current = current;
        picked.addListener((o, was, now) -> describe());
        current.addListener((o, was, now) -> {
            picked.set(RowSelection.EMPTY);
            describe();
        });
    }

    /**
     * Picks the drawn row nearest to a point of the picture, within an ellipse of radii {@code rx}, {@code ry}
     * (a few pixels, in the plane's units); with nothing there, {@link PickMode#REPLACE} picks nothing.
     */
    public void pickNear(double x, double y, double rx, double ry, PickMode mode) {
        ModelState state = current.getValue();
        if (state != null) {
            int[] pickedShown = ClusterPicture.drawnPicks(state.plane(), picked.get());
            int row = state.plane().nearest(x, y, rx, ry, state::holds, pickedShown);
            apply(row < 0 ? RowSelection.EMPTY : RowSelection.of(row), mode);
        }
    }

    /** Picks every row the model holds inside a rectangle of the plane, drawn or not. */
    public void pickInside(double x0, double y0, double x1, double y1, PickMode mode) {
        ModelState state = current.getValue();
        if (state != null) {
            apply(RowSelection.of(state.plane().inside(state.rows(), x0, y0, x1, y1)), mode);
        }
    }

    /** Picks a row or unpicks it (the row table's check box). */
    public void setPicked(int rowId, boolean pick) {
        ModelState state = current.getValue();
        if (state != null && state.holds(rowId)) {
            picked.set(pick ? picked.get().with(rowId) : picked.get().without(rowId));
        }
    }

    /** Reads {@link #pickTextProperty()} ("12, 40-45") and picks those rows; text it cannot read leaves the pick as it was. */
    public void pickTyped() {
        ModelState state = current.getValue();
        if (state == null) {
            return;
        }
        TypedRows typed = TypedRows.read(text.get(), state.rows());
        if (typed.picked() == null) {
            refused.set(true);
            message.set(typed.message());
            return;
        }
        picked.set(typed.picked());
        message.set(typed.message());
    }

    public void clearPicks() {
        picked.set(RowSelection.EMPTY);
    }

    private void apply(RowSelection rows, PickMode mode) {
        picked.set(switch (mode) {
            case REPLACE -> rows;
            case ADD -> picked.get().with(rows.ids());
            case TOGGLE -> picked.get().toggled(rows.ids());
        });
    }

    /** The typed field and the summary follow the pick; an old message about typed text no longer applies. */
    private void describe() {
        RowSelection rows = picked.get();
        String ids = rows.compact();
        text.set(ids.length() <= MAX_TYPED_LENGTH ? ids : "");
        if (rows.isEmpty()) {
            summary.set(current.getValue() == null ? "" : "No rows picked");
        } else {
            summary.set(Figures.rows(rows.size()) + " picked"
                    + (rows.size() > ClusterPicture.MAX_PICKED_DRAWN
                    ? " (the first " + Figures.count(ClusterPicture.MAX_PICKED_DRAWN) + " drawn)" : "")
                    + (text.get().isEmpty() ? ", too many to list as ids" : ""));
        }
        message.set("");
        refused.set(false);
    }

    public ReadOnlyObjectProperty<RowSelection> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** The picked rows as typed ids; the view's field edits it and {@link #pickTyped()} reads it. */
    public StringProperty pickTextProperty() {
        return text;
    }

    /** Why typed ids could not be read, or what a typed range left out; empty otherwise. */
    public ReadOnlyStringProperty pickMessageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while {@link #pickMessageProperty()} is a refusal rather than a note. */
    public ReadOnlyBooleanProperty pickRefusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** "3 rows picked". */
    public ReadOnlyStringProperty pickSummaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
