package org.unlearn.views.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unlearn.views.common.Figures;

/**
 * Which of a wide file's columns the row preview shows: a page at a time, because a table builds a header
 * for every column it has and 785 of them (MNIST) keep the FX thread busy for seconds.
 */
public final class ColumnPager {
    private final int pageSize;
    private final ReadOnlyIntegerWrapper first = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper earlier = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper later = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    ColumnPager(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Starts over at the first page of a file with this many columns. */
    void reset(int columns) {
        total.set(columns);
        moveTo(0);
    }

    public void showLater() {
        if (later.get()) {
            moveTo(first.get() + pageSize);
        }
    }

    public void showEarlier() {
        if (earlier.get()) {
            moveTo(Math.max(0, first.get() - pageSize));
        }
    }

    private void moveTo(int index) {
        first.set(index);
        earlier.set(index > 0);
        later.set(index + pageSize < total.get());
        text.set(
                total.get() <= pageSize
                        ? ""
                        : "Columns " + Figures.count(index + 1) + "–" + Figures.count(end()) + " of "
                                + Figures.count(total.get()));
    }

    /** The first column shown (0-based). */
    public ReadOnlyIntegerProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** One past the last column shown. */
    public int end() {
        return Math.min(total.get(), first.get() + pageSize);
    }

    public ReadOnlyBooleanProperty earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty laterProperty() {
        return later.getReadOnlyProperty();
    }

    /** "Columns 41–80 of 785"; empty when every column fits on one page. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
