package org.unlearn.views.forget;

import java.time.Duration;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.unlearn.views.common.BackgroundCommand;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.LatestJob;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.common.PointSeries;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.data.RowPlane;

/**
 * Train a k-means family model on the opened dataset, pick rows, see what forgetting them would cost,
 * forget them, and check the result against a retrain from scratch. The model chain only grows by
 * success: a refused, failed or cancelled request leaves the model, the history and the picked rows as
 * they were. Opening another dataset (or re-encoding this one) starts over.
 */
public final class ForgetViewModel {
    /** Picks up to this size are planned at once on the FX thread (well under a millisecond); larger ones in the background. */
    static final int INLINE_PLAN_ROWS = 500;
    /** Picked rows drawn at most; more are still picked and forgotten, and the picture says how many. */
    /** A pick whose ids would be longer than this is not written into the typed field (it would be unreadable). */
    private static final int MAX_TYPED_LENGTH = 400;

    private final BackgroundWork work;
    private final ObservableValue<LoadedData> data;
    private final ObservableValue<RowPlane> plane;
    private final TrainingForm form = new TrainingForm();
    private final ReadOnlyObjectWrapper<ModelState> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ModelState> before = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyListWrapper<HistoryEntry> history = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<RowSelection> picked = new ReadOnlyObjectWrapper<>(RowSelection.EMPTY);
    private final StringProperty pickText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper pickMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper pickRefused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pickSummary = new ReadOnlyStringWrapper("");
    private final LatestJob<PlanSummary> plan;
    private final ReadOnlyObjectWrapper<RequestReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verification> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClusterPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PointSeries> pickedPoints = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelFacts = new ReadOnlyStringWrapper("");
    private final BooleanProperty showBefore = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyPicked = new SimpleBooleanProperty(false);
    private final ObservableList<RowEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<RowEntry> tableRows = new FilteredList<>(entries);
    private final ObjectProperty<HistoryEntry> inspected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper inspectedDetails = new ReadOnlyStringWrapper("");
    private final BackgroundCommand<LoadedData, ForgetJobs.Trained> train;
    private final BackgroundCommand<RowSelection, ForgetJobs.Forgot> forget;
    private final BackgroundCommand<ModelState, Verification> verify;

    /**
     * @param plane the data view's plane of the dataset's rows, which training takes as given while it is there
     */
    public ForgetViewModel(BackgroundWork work, ObservableValue<LoadedData> data, ObservableValue<RowPlane> plane) {
        this.work = Objects.requireNonNull(work);
        plan = new LatestJob<>(work, "The plan was cancelled; pick again to plan.", "The plan could not be made.");
        this.data = Objects.requireNonNull(data);
        this.plane = Objects.requireNonNull(plane);
        BooleanProperty training = new SimpleBooleanProperty();
        BooleanProperty forgetting = new SimpleBooleanProperty();
        BooleanProperty verifying = new SimpleBooleanProperty();
        train = new BackgroundCommand<>(work, Bindings.createBooleanBinding(() -> data.getValue() != null
                        && form.recipeProperty().get() != null && !forgetting.get() && !verifying.get(),
                data, form.recipeProperty(), forgetting, verifying),
                d -> "Train " + form.recipeProperty().get().family().title() + " on " + d.dataset().name(),
                d -> ForgetJobs.train(d, form.recipeProperty().get(), plane.getValue()), this::trained);
        forget = new BackgroundCommand<>(work, Bindings.createBooleanBinding(() -> current.get() != null
                        && !picked.get().isEmpty() && !training.get() && !verifying.get(), current, picked, training, verifying),
                rows -> "Forget " + Figures.rows(rows.size()),
                rows -> ForgetJobs.forget(current.get(), rows), this::forgot);
        verify = new BackgroundCommand<>(work, Bindings.createBooleanBinding(() -> current.get() != null
                        && current.get() != trainedState() && verification.get() == null && !training.get()
                        && !forgetting.get(), current, verification, training, forgetting),
                s -> "Check against a retrain from scratch",
                s -> ForgetJobs.verify(s, lastRequestTime()), this::verified);
        training.bind(train.runningProperty());
        forgetting.bind(forget.runningProperty());
        verifying.bind(verify.runningProperty());
        data.addListener((o, was, now) -> startOver(now));
        current.addListener((o, was, now) -> showModel());
        showBefore.addListener((o, was, now) -> showPicture());
        picked.addListener((o, was, now) -> showPicked());
        onlyPicked.addListener((o, was, now) -> filterTable());
        inspected.addListener((o, was, now) -> inspectedDetails.set(now == null ? "" : now.details()));
        startOver(data.getValue());
    }

    /** Trains the form's recipe on the opened dataset, in the background; on success it replaces the model chain. */
    public void train() {
        train.execute(data.getValue());
    }

    /** Forgets the picked rows from the current model, in the background; on success the new model is current. */
    public void forget() {
        forget.execute(picked.get());
    }

    /** Retrains from scratch on the current model's rows with its seed and compares, in the background. */
    public void verify() {
        verify.execute(current.get());
    }

    // Picking rows

    /**
     * Picks the drawn row nearest to a point of the picture, within an ellipse of radii {@code rx}, {@code ry}
     * (a few pixels, in the plane's units); with nothing there, {@link PickMode#REPLACE} picks nothing.
     */
    public void pickNear(double x, double y, double rx, double ry, PickMode mode) {
        ModelState state = current.get();
        if (state != null) {
            int row = state.plane().nearest(x, y, rx, ry, state::holds, ClusterPicture.drawnPicks(state.plane(), picked.get()));
            apply(row < 0 ? RowSelection.EMPTY : RowSelection.of(row), mode);
        }
    }

    /** Picks every row the model holds inside a rectangle of the plane, drawn or not. */
    public void pickInside(double x0, double y0, double x1, double y1, PickMode mode) {
        ModelState state = current.get();
        if (state != null) {
            apply(RowSelection.of(state.plane().inside(state.rows(), x0, y0, x1, y1)), mode);
        }
    }

    /** Picks a row or unpicks it (the row table's check box). */
    public void setPicked(int rowId, boolean pick) {
        if (current.get() != null && current.get().holds(rowId)) {
            picked.set(pick ? picked.get().with(rowId) : picked.get().without(rowId));
        }
    }

    /** Reads {@link #pickTextProperty()} ("12, 40-45") and picks those rows; text it cannot read leaves the pick as it was. */
    public void pickTyped() {
        ModelState state = current.get();
        if (state == null) {
            return;
        }
        TypedRows typed = TypedRows.read(pickText.get(), state.rows());
        if (typed.picked() == null) {
            pickRefused.set(true);
            pickMessage.set(typed.message());
            return;
        }
        picked.set(typed.picked());
        pickMessage.set(typed.message());
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

    // Outcomes

    private void trained(Outcome<ForgetJobs.Trained> outcome) {
        if (!(outcome instanceof Outcome.Succeeded<ForgetJobs.Trained> s) || s.value().data() != data.getValue()) {
            return;
        }
        notice.set("");
        before.set(null);
        report.set(null);
        verification.set(null);
        picked.set(RowSelection.EMPTY);
        inspected.set(null);
        history.setAll(new HistoryEntry(0, s.value().state(), null, null));
        current.set(s.value().state());
    }

    private void forgot(Outcome<ForgetJobs.Forgot> outcome) {
        if (!(outcome instanceof Outcome.Succeeded<ForgetJobs.Forgot> s) || s.value().before() != current.get()) {
            return;
        }
        ForgetJobs.Forgot done = s.value();
        before.set(done.before());
        report.set(done.report());
        verification.set(null);
        history.add(0, new HistoryEntry(history.size(), done.after(), done.report().report(), null));
        picked.set(RowSelection.EMPTY);
        pickMessage.set("");
        current.set(done.after());
    }

    private void verified(Outcome<Verification> outcome) {
        if (!(outcome instanceof Outcome.Succeeded<Verification> s) || history.isEmpty()
                || history.get(0).state() != current.get()) {
            return;
        }
        verification.set(s.value());
        HistoryEntry checked = history.get(0).withVerification(s.value());
        boolean wasInspected = inspected.get() == history.get(0);
        history.set(0, checked);
        if (wasInspected) {
            inspected.set(checked);
        }
    }

    // Derived state

    private void startOver(LoadedData now) {
        plan.clear("");
        notice.set(current.get() == null ? "" : "The dataset changed (another file, or other roles), so the model trained"
                + " on the old one and its history were put away. Train again to go on.");
        current.set(null);
        before.set(null);
        report.set(null);
        verification.set(null);
        picked.set(RowSelection.EMPTY);
        pickMessage.set("");
        inspected.set(null);
        history.clear();
        datasetName.set(now == null ? "" : now.dataset().name());
        if (now != null) {
            form.suggestK(now.prepared().rows());
        }
    }

    private void showModel() {
        ModelState state = current.get();
        entries.setAll(state == null ? java.util.List.of() : state.entries());
        // The picked points first: whoever draws the new picture draws them on it.
        showPicked();
        if (state == null) {
            modelTitle.set("");
            modelFacts.set("");
        } else {
            Recipe<?> recipe = state.fitted().recipe();
            modelTitle.set(recipe.family().title() + " · " + recipe.options() + " · seed " + recipe.seed());
            modelFacts.set(Figures.rows(state.size()) + " held · loss " + Figures.value(state.loss()) + " · "
                    + state.facts());
        }
        showPicture();
    }

    private void showPicture() {
        ModelState state = current.get();
        picture.set(state == null ? null : ClusterPicture.of(state, showBefore.get() ? before.get() : null));
    }

    private void showPicked() {
        RowSelection rows = picked.get();
        ModelState state = current.get();
        pickedPoints.set(state == null ? null : ClusterPicture.picked(state.plane(), rows));
        String text = rows.compact();
        pickText.set(text.length() <= MAX_TYPED_LENGTH ? text : "");
        if (rows.isEmpty()) {
            pickSummary.set(state == null ? "" : "No rows picked");
        } else {
            pickSummary.set(Figures.rows(rows.size()) + " picked"
                    + (rows.size() > ClusterPicture.MAX_PICKED_DRAWN ? " (the first " + Figures.count(ClusterPicture.MAX_PICKED_DRAWN) + " drawn)" : "")
                    + (pickText.get().isEmpty() ? ", too many to list as ids" : ""));
        }
        pickMessage.set("");
        pickRefused.set(false);
        filterTable();
        planPicked();
    }

    private void filterTable() {
        RowSelection rows = picked.get();
        tableRows.setPredicate(onlyPicked.get() ? e -> rows.contains(e.rowId()) : null);
    }

    /** Another pick or model plans for itself, which drops a plan still being made. */
    private void planPicked() {
        ModelState state = current.get();
        RowSelection rows = picked.get();
        if (state == null) {
            plan.clear("");
        } else if (rows.isEmpty()) {
            plan.clear("Pick rows to see what forgetting them would do.");
        } else if (rows.size() <= INLINE_PLAN_ROWS) {
            plan.show(PlanSummary.of(state.fitted().plan(rows.ids()), state));
        } else {
            plan.start("Plan forgetting " + Figures.rows(rows.size()), ForgetJobs.plan(state, rows),
                    "Planning to forget " + Figures.rows(rows.size()) + "…");
        }
    }

    private ModelState trainedState() {
        return history.isEmpty() ? null : history.get(history.size() - 1).state();
    }

    private Duration lastRequestTime() {
        return history.isEmpty() || history.get(0).report() == null ? Duration.ZERO : history.get(0).report().elapsed();
    }

    // Properties

    public TrainingForm form() {
        return form;
    }

    /** The model forget requests apply to, or null before the first training (and after the dataset changed). */
    public ReadOnlyObjectProperty<ModelState> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why there is no model any more (the dataset changed under it); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The opened dataset's name; empty when none is open. */
    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** "Q-k-means · k = 3, ... · seed 42"; empty without a model. */
    public ReadOnlyStringProperty modelTitleProperty() {
        return modelTitle.getReadOnlyProperty();
    }

    /** Rows held, loss, and what the family knows of its run. */
    public ReadOnlyStringProperty modelFactsProperty() {
        return modelFacts.getReadOnlyProperty();
    }

    /** The chain of models, newest first: the last request at the top, the training at the bottom. */
    public ObservableList<HistoryEntry> history() {
        return history.getReadOnlyProperty();
    }

    /** The history entry whose details are shown; the view's list selects it. */
    public ObjectProperty<HistoryEntry> inspectedProperty() {
        return inspected;
    }

    public ReadOnlyStringProperty inspectedDetailsProperty() {
        return inspectedDetails.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RowSelection> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** The picked rows as typed ids; the view's field edits it and {@link #pickTyped()} reads it. */
    public StringProperty pickTextProperty() {
        return pickText;
    }

    /** Why typed ids could not be read, or what a typed range left out; empty otherwise. */
    public ReadOnlyStringProperty pickMessageProperty() {
        return pickMessage.getReadOnlyProperty();
    }

    /** True while {@link #pickMessageProperty()} is a refusal rather than a note. */
    public ReadOnlyBooleanProperty pickRefusedProperty() {
        return pickRefused.getReadOnlyProperty();
    }

    /** "3 rows picked". */
    public ReadOnlyStringProperty pickSummaryProperty() {
        return pickSummary.getReadOnlyProperty();
    }

    /** What forgetting the picked rows would do; null while nothing is picked or the plan is being made. */
    public ReadOnlyObjectProperty<PlanSummary> planProperty() {
        return plan.valueProperty();
    }

    /** Why there is no plan (nothing picked, planning, cancelled); empty when there is one. */
    public ReadOnlyStringProperty planStatusProperty() {
        return plan.statusProperty();
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return plan.busyProperty();
    }

    /** The last forget request's report; null after training. */
    public ReadOnlyObjectProperty<RequestReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The current model's check against a retrain from scratch; null while unchecked. */
    public ReadOnlyObjectProperty<Verification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClusterPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The picked rows' points on the picture; null without a model, and set before a new model's picture. */
    public ReadOnlyObjectProperty<PointSeries> pickedPointsProperty() {
        return pickedPoints.getReadOnlyProperty();
    }

    /** Whether the picture shows where the centroids were before the last request. */
    public BooleanProperty showBeforeProperty() {
        return showBefore;
    }

    /** Whether the row table lists only the picked rows. */
    public BooleanProperty onlyPickedProperty() {
        return onlyPicked;
    }

    /** The current model's rows for the table (all, or only the picked). */
    public ObservableList<RowEntry> tableRows() {
        return tableRows;
    }

    public ReadOnlyBooleanProperty trainExecutableProperty() {
        return train.executableProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return train.runningProperty();
    }

    public ReadOnlyBooleanProperty forgetExecutableProperty() {
        return forget.executableProperty();
    }

    public ReadOnlyBooleanProperty forgettingProperty() {
        return forget.runningProperty();
    }

    public ReadOnlyBooleanProperty verifyExecutableProperty() {
        return verify.executableProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verify.runningProperty();
    }
}
