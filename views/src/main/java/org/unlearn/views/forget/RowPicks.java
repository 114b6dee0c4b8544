package org.unlearn.views.forget;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.RowFilter;
import org.unlearn.views.common.Figures;
import org.unlearn.views.pick.RandomRows;
import org.unlearn.views.pick.RowRanking;
import org.unlearn.views.plane.PickMode;

/**
 * The rows picked for forgetting from the current model: on the plane (a click, a rectangle, a lasso), by
 * ids typed ("12, 40-45"), by the row table's check boxes, by a filter expression over the file's columns
 * ({@code Age > 50 and MaritalStatus == "Single"}), as N rows drawn at random under a seed, or as the N rows
 * the model ranks highest (k-means: farthest from their centroid). Only rows the model holds, or holds out to be scored on
 * (forgetting one takes it out of the evaluation set), are picked. A
 * pick belongs to its model: when the current model changes (trained, forgotten from, put away), nothing is
 * picked.
 */
public final class RowPicks {
    /** A pick whose ids would be longer than this is not written into the typed field (it would be unreadable). */
    private static final int MAX_TYPED_LENGTH = 400;

    private final ObservableValue<ModelState> current;
    private final ReadOnlyObjectWrapper<RowSelection> picked = new ReadOnlyObjectWrapper<>(RowSelection.EMPTY);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final IntegerProperty randomCount = new SimpleIntegerProperty(20);
    private final IntegerProperty randomSeed = new SimpleIntegerProperty(1);
    private final IntegerProperty topCount = new SimpleIntegerProperty(10);
    private final BooleanProperty toolsAdd = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringExpression rankingName;
    private final StringExpression filterExample;
    private final BooleanExpression canRank;

    private final ObservableValue<Dataset> dataset;

    /**
     * @param current the model whose rows are picked
     * @param dataset the opened file, whose rows the filter can pick before any model is trained
     */
    RowPicks(ObservableValue<ModelState> current, ObservableValue<Dataset> dataset) {
        this.current = current;
        this.dataset = dataset;
        picked.addListener((o, was, now) -> describe());
        current.addListener((o, was, now) -> {
            // Rows found before the first training stay picked where the model holds them.
            picked.set(
                    was == null && now != null
                            ? RowSelection.of(Arrays.stream(picked.get().ids())
                                    .filter(now::forgettable)
                                    .toArray())
                            : RowSelection.EMPTY);
            describe();
        });
        // Another file: its rows, its filter; nothing typed for the last one carries over.
        dataset.addListener((o, was, now) -> {
            if (was != now) {
                filter.set("");
                picked.set(RowSelection.EMPTY);
                describe();
            }
        });
        rankingName = Bindings.createStringBinding(
                () -> ranking().map(RowRanking::name).orElse(""), current);
        canRank = Bindings.createBooleanBinding(() -> ranking().isPresent(), current);
        filterExample = Bindings.createStringBinding(
                () -> dataset.getValue() == null ? "" : "e.g. " + RowFilter.example(dataset.getValue()), dataset);
    }

    /** Picks these rows (those the model holds) the way the mode says: the plane's clicks, rectangles and lassos. */
    public void pick(int[] rowIds, PickMode mode) {
        ModelState state = current.getValue();
        if (state != null) {
            apply(RowSelection.of(Arrays.stream(rowIds).filter(state::holds).toArray()), mode);
        }
    }

    /** Picks a row or unpicks it (the row table's check box). */
    public void setPicked(int rowId, boolean pick) {
        ModelState state = current.getValue();
        if (state != null && state.forgettable(rowId)) {
            picked.set(pick ? picked.get().with(rowId) : picked.get().without(rowId));
        }
    }

    /** Reads {@link #pickTextProperty()} ("12, 40-45") and picks those rows; text it cannot read leaves the pick as it was. */
    public void pickTyped() {
        ModelState state = current.getValue();
        if (state == null) {
            return;
        }
        TypedRows typed =
                TypedRows.read(text.get(), state.rows(), state.fitted().heldOut());
        if (typed.picked() == null) {
            refuse(typed.message());
            return;
        }
        picked.set(typed.picked());
        note(typed.message());
    }

    /**
     * Reads {@link #filterProperty()} against the file's columns and picks the rows it matches that the model
     * holds; an expression it cannot read leaves the pick as it was and says why, in one line.
     */
    public void pickFiltered() {
        ModelState state = current.getValue();
        Dataset data = state != null ? state.labels().dataset() : dataset.getValue();
        if (data == null) {
            return;
        }
        int[] matching;
        try {
            matching = RowFilter.parse(filter.get(), data).matchingRowIds(data);
        } catch (BadInputException e) {
            refuse(e.getMessage());
            return;
        }
        if (state == null) {
            apply(RowSelection.of(matching), toolsMode());
            note(Figures.rows(matching.length) + (matching.length == 1 ? " matches" : " match")
                    + "; they stay picked when a model is trained");
            return;
        }
        int[] held = Arrays.stream(matching).filter(state::forgettable).toArray();
        apply(RowSelection.of(held).chosenBy(filter.get().strip()), toolsMode());
        int gone = matching.length - held.length;
        long heldOut = Arrays.stream(held).filter(state::heldOut).count();
        note(Figures.rows(matching.length)
                + (matching.length == 1 ? " matches" : " match")
                + (heldOut == 0
                        ? ""
                        : " (" + Figures.count(heldOut) + " held out to score the model: forgetting "
                                + (heldOut == 1 ? "it takes it" : "them takes them") + " out of the evaluation set)")
                + (gone == 0
                        ? ""
                        : " (" + Figures.count(gone) + " not among the model's rows: forgotten, or left out"
                                + " for want of a label)"));
    }

    /** Picks {@link #randomCountProperty()} rows of the model at random under {@link #randomSeedProperty()}. */
    public void pickRandom() {
        ModelState state = current.getValue();
        if (state == null) {
            return;
        }
        int n = randomCount.get();
        if (n < 1) {
            refuse("pick at least one row at random, not " + n);
            return;
        }
        apply(RowSelection.of(RandomRows.draw(state.rows(), n, randomSeed.get())), toolsMode());
        note(Figures.rows(Math.min(n, state.size())) + " drawn at random, seed " + randomSeed.get()
                + " (the same seed draws the same rows)");
    }

    /** Picks the {@link #topCountProperty()} rows the model ranks highest (k-means: farthest from their centroid). */
    public void pickTopRanked() {
        ModelState state = current.getValue();
        Optional<RowRanking> ranking = ranking();
        if (state == null || ranking.isEmpty()) {
            return;
        }
        int n = topCount.get();
        if (n < 1) {
            refuse("pick at least one row, not " + n);
            return;
        }
        int[] top = ranking.get().top(n);
        apply(RowSelection.of(top), toolsMode());
        note("The " + Figures.rows(top.length) + " " + ranking.get().name());
    }

    public void clearPicks() {
        picked.set(RowSelection.EMPTY);
    }

    private Optional<RowRanking> ranking() {
        ModelState state = current.getValue();
        return state == null ? Optional.empty() : FamilyLayers.ranking(state);
    }

    private PickMode toolsMode() {
        return toolsAdd.get() ? PickMode.ADD : PickMode.REPLACE;
    }

    /** A line about the pick just made, shown until the pick changes. */
    private void note(String line) {
        refused.set(false);
        message.set(line);
    }

    private void refuse(String why) {
        refused.set(true);
        message.set(why);
    }

    private void apply(RowSelection rows, PickMode mode) {
        picked.set(
                switch (mode) {
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
            summary.set(
                    Figures.rows(rows.size()) + " picked" + (text.get().isEmpty() ? ", too many to list as ids" : ""));
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

    /** The filter expression; the view's field edits it and {@link #pickFiltered()} reads it. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** A condition on the current dataset to start from ("e.g. bill_length_mm > 39.1"); empty without a model. */
    public StringExpression filterExampleProperty() {
        return filterExample;
    }

    /** How many rows {@link #pickRandom()} draws. */
    public IntegerProperty randomCountProperty() {
        return randomCount;
    }

    /** The seed {@link #pickRandom()} draws with. */
    public IntegerProperty randomSeedProperty() {
        return randomSeed;
    }

    /** How many rows {@link #pickTopRanked()} picks. */
    public IntegerProperty topCountProperty() {
        return topCount;
    }

    /** Whether the filter, random and ranked picks add to the pick rather than replace it. */
    public BooleanProperty toolsAddProperty() {
        return toolsAdd;
    }

    /** What the current model ranks rows by ("farthest from their centroid"); empty without a ranking. */
    public StringExpression rankingNameProperty() {
        return rankingName;
    }

    /** Whether the current model ranks its rows, so that {@link #pickTopRanked()} can pick. */
    public BooleanExpression canRankProperty() {
        return canRank;
    }

    /** The current ranking's explanation, for a tooltip; empty without one. */
    public String rankingExplanation() {
        return ranking().map(RowRanking::explanation).orElse("");
    }

    /** Why typed ids or a filter could not be read, or what a pick left out or drew; empty otherwise. */
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
