package org.unlearn.views.forget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.views.common.BackgroundCommand;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Job;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.data.RowPlane;

/**
 * The chain of models: the training, then one model per forget request, the newest current. Train,
 * forget and check against a retrain from scratch are its commands, one at a time. The chain only grows
 * by success: a refused, failed or cancelled request leaves it as it was. Opening another dataset (or
 * re-encoding this one) puts it away. What the views show of the last request (its report, its check,
 * the model before it) is read from the head of the history ({@link HistoryHead}), never kept beside it.
 */
public final class ModelChain {
    private final ObservableValue<LoadedData> data;
    private final ReadOnlyObjectWrapper<ModelState> current = new ReadOnlyObjectWrapper<>();
    private final List<java.util.function.Consumer<HistoryEntry>> newRequests = new java.util.ArrayList<>();
    private final ReadOnlyListWrapper<HistoryEntry> history =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<HistoryEntry> inspected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final HistoryHead head = new HistoryHead(history);
    private final ModelCaptions captions;
    private final Histories histories = new Histories();
    private final ObservableValue<Recipe<?>> recipe;
    /** The dataset the history was made on: where it is kept when put away. */
    private LoadedData historyData;

    private final StringExpression inspectedDetails;
    private final BackgroundCommand<LoadedData, ForgetJobs.Trained> train;
    private final BackgroundCommand<Job<GivenModel>, ForgetJobs.Trained> show;
    private final BackgroundCommand<RowSelection, ForgetJobs.Forgot> forget;
    private final BackgroundCommand<ModelState, Verification> verify;
    private final BackgroundCommand<ModelState, ForgetJobs.Forgot> consolidate;
    private final ObjectProperty<ForgetMethod> requestMethod = new SimpleObjectProperty<>();
    private final ObservableValue<RowSelection> picked;

    /**
     * @param plane  the data view's plane of the dataset's rows, which training takes as given while it is there
     * @param recipe what to train (the form's), null while the form is refused
     * @param picked the rows a forget request forgets
     */
    ModelChain(
            BackgroundWork work,
            ObservableValue<LoadedData> data,
            ObservableValue<RowPlane> plane,
            ObservableValue<Recipe<?>> recipe,
            ObservableValue<RowSelection> picked) {
        this.data = Objects.requireNonNull(data);
        this.picked = Objects.requireNonNull(picked);
        this.recipe = Objects.requireNonNull(recipe);
        captions = new ModelCaptions(data, current);
        inspectedDetails = Bindings.createStringBinding(
                () -> inspected.get() == null ? "" : inspected.get().details(), inspected);
        // One command at a time: each of them waits while any runs.
        BooleanProperty busy = new SimpleBooleanProperty();
        train = new BackgroundCommand<>(
                work,
                Bindings.createBooleanBinding(
                        () -> data.getValue() != null && recipe.getValue() != null && !busy.get(), data, recipe, busy),
                d -> "Train " + recipe.getValue().family().title() + " on "
                        + d.dataset().name(),
                d -> ForgetJobs.train(d, recipe.getValue(), plane.getValue()),
                this::trained);
        show = new BackgroundCommand<>(
                work,
                Bindings.createBooleanBinding(() -> data.getValue() != null && !busy.get(), data, busy),
                g -> "Show the session's model",
                g -> GivenModel.show(data.getValue(), g, plane.getValue()),
                this::trained);
        forget = new BackgroundCommand<>(
                work,
                Bindings.createBooleanBinding(
                        () -> current.get() != null && !picked.getValue().isEmpty() && !busy.get(),
                        current,
                        picked,
                        busy),
                rows -> "Forget " + Figures.rows(rows.size()),
                rows -> ForgetJobs.forget(current.get(), rows, requestMethod.get()),
                this::forgot);
        consolidate = new BackgroundCommand<>(
                work,
                Bindings.createBooleanBinding(
                        () -> current.get() != null && current.get().fitted().inDebt() && !busy.get(), current, busy),
                s -> "Consolidate: retrain exactly",
                ForgetJobs::consolidate,
                this::forgot);
        verify = new BackgroundCommand<>(
                work,
                Bindings.createBooleanBinding(
                        () -> current.get() != null
                                && (current.get() != head.trainedState() || loadedHere())
                                && head.verification().get() == null
                                && !busy.get(),
                        current,
                        head.verification(),
                        busy),
                s -> "Check against a retrain from scratch",
                s -> ForgetJobs.verify(s, head.trainedState(), head.lastRequestTime()),
                this::verified);
        busy.bind(train.runningProperty()
                .or(show.runningProperty())
                .or(forget.runningProperty())
                .or(verify.runningProperty())
                .or(consolidate.runningProperty()));
        data.addListener((o, was, now) -> startOver());
    }

    /**
     * True when the chain began with a model made elsewhere (a session's): checking it against a retrain is
     * the point even before any request here.
     */
    private boolean loadedHere() {
        return !history.isEmpty() && history.get(history.size() - 1).loadedFrom() != null;
    }

    /** Trains the recipe on the opened dataset, in the background; on success it replaces the chain. */
    public void train() {
        train.execute(data.getValue());
    }

    /**
     * Shows a model made elsewhere (a compliance session's stored model) as the chain's training, on the opened
     * dataset, without training: read in the background; on success it replaces the chain as a training would.
     */
    public void show(Job<GivenModel> given) {
        show.execute(given);
    }

    /** Forgets the picked rows from the current model, in the background; on success the new model is current. */
    public void forget() {
        forget.execute(picked.getValue());
    }

    /**
     * Retrains the current linear model exactly on the rows it reflects, in the background, paying off the
     * debt its approximate requests ran up; the result becomes the current model, one more history entry.
     */
    public void consolidate() {
        consolidate.execute(current.get());
    }

    /** Retrains from scratch on the current model's rows with its seed and compares, in the background. */
    public void verify() {
        verify.execute(current.get());
    }

    private void trained(Outcome<ForgetJobs.Trained> outcome) {
        if (!(outcome instanceof Outcome.Succeeded<ForgetJobs.Trained> s)
                || s.value().data() != data.getValue()) {
            return;
        }
        notice.set("");
        requestMethod.set(null);
        inspected.set(null);
        putAway();
        // The family's own earlier history on this dataset is replaced by the new training's.
        histories.takeBack(s.value().data(), s.value().state().fitted().family().code());
        historyData = s.value().data();
        history.setAll(
                new HistoryEntry(0, s.value().state(), null, null, s.value().loadedFrom()));
        current.set(s.value().state());
    }

    /** Keeps the history shown, under its dataset and family, to be brought back later. */
    private void putAway() {
        histories.keep(historyData, List.copyOf(history));
    }

    /**
     * Shows the history kept for the open dataset and this family, keeping the one shown; does nothing when
     * none is kept (the model shown stays until the next training, as before).
     *
     * @return true when a kept history was brought back
     */
    public boolean bringBack(String family) {
        if (!history.isEmpty() && Histories.familyOf(history).equals(family)) {
            return false;
        }
        Optional<List<HistoryEntry>> kept = histories.takeBack(data.getValue(), family);
        if (kept.isEmpty()) {
            return false;
        }
        putAway();
        historyData = data.getValue();
        inspected.set(null);
        requestMethod.set(null);
        notice.set("");
        history.setAll(kept.get());
        current.set(kept.get().get(0).state());
        return true;
    }

    /**
     * Tells {@code listener} of each forget request as it is made here, and of nothing else: a history brought
     * back or a check replacing the head is not a new request (a compliance session records only new ones).
     */
    public void onNewRequest(java.util.function.Consumer<HistoryEntry> listener) {
        newRequests.add(java.util.Objects.requireNonNull(listener));
    }

    /** Forget requests made in this run of the app, shown or kept: what quitting would throw away. */
    public int unsavedRequests() {
        return histories.requests() + Math.max(0, history.size() - 1);
    }

    private void forgot(Outcome<ForgetJobs.Forgot> outcome) {
        if (!(outcome instanceof Outcome.Succeeded<ForgetJobs.Forgot> s)
                || s.value().before() != current.get()) {
            return;
        }
        ForgetJobs.Forgot done = s.value();
        // The history first: whoever sees the new model finds the request that made it at the head.
        HistoryEntry made = new HistoryEntry(history.size(), done.after(), done.report(), null);
        history.add(0, made);
        newRequests.forEach(listener -> listener.accept(made));
        current.set(done.after());
    }

    private void verified(Outcome<Verification> outcome) {
        if (!(outcome instanceof Outcome.Succeeded<Verification> s)
                || history.isEmpty()
                || history.get(0).state() != current.get()) {
            return;
        }
        HistoryEntry checked = history.get(0).withVerification(s.value());
        boolean wasInspected = inspected.get() == history.get(0);
        history.set(0, checked);
        if (wasInspected) {
            inspected.set(checked);
        }
    }

    private void startOver() {
        notice.set(
                current.get() == null
                        ? ""
                        : "The dataset changed (another file, or other roles), so the model trained"
                                + " on the old one and its history were put away (open that file again to"
                                + " bring them back). Train again to go on.");
        putAway();
        historyData = null;
        current.set(null);
        inspected.set(null);
        history.clear();
        Recipe<?> wanted = recipe.getValue();
        if (wanted != null) {
            bringBack(wanted.family().code());
        }
    }

    /**
     * The chain's requests, with the contenders to replay them with on the rows it was trained on; empty
     * before the first training.
     */
    public Optional<ReplayPlan> replayPlan() {
        return history.isEmpty() ? Optional.empty() : Optional.of(ReplayPlan.of(history));
    }

    /** The model forget requests apply to, or null before the first training (and after the dataset changed). */
    public ReadOnlyObjectProperty<ModelState> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The model before the last request, or null when the current one is the training. */
    ObjectExpression<ModelState> beforeProperty() {
        return head.before();
    }

    /** Why there is no model any more (the dataset changed under it); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The opened dataset's name; empty when none is open. */
    public StringExpression datasetNameProperty() {
        return captions.datasetName();
    }

    /** "Q-k-means · k = 3, ... · seed 42"; empty without a model. */
    public StringExpression modelTitleProperty() {
        return captions.modelTitle();
    }

    /** Rows held, loss, and what the family knows of its run; empty without a model. */
    public StringExpression modelFactsProperty() {
        return captions.modelFacts();
    }

    /** The chain of models, newest first: the last request at the top, the training at the bottom. */
    public ObservableList<HistoryEntry> history() {
        return history.getReadOnlyProperty();
    }

    /** The history entry whose details are shown; the view's list selects it. */
    public ObjectProperty<HistoryEntry> inspectedProperty() {
        return inspected;
    }

    public StringExpression inspectedDetailsProperty() {
        return inspectedDetails;
    }

    /** The last forget request's report; null while the current model is the training. */
    public ObjectExpression<RequestReport> reportProperty() {
        return head.report();
    }

    /** The current model's check against a retrain from scratch; null while unchecked. */
    public ObjectExpression<Verification> verificationProperty() {
        return head.verification();
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

    /**
     * The deletion method the next forget request uses, for a family that has several (linear models); null
     * for the recipe's own.
     */
    public ObjectProperty<ForgetMethod> requestMethodProperty() {
        return requestMethod;
    }

    public ReadOnlyBooleanProperty consolidateExecutableProperty() {
        return consolidate.executableProperty();
    }

    public ReadOnlyBooleanProperty consolidatingProperty() {
        return consolidate.runningProperty();
    }

    public ReadOnlyBooleanProperty verifyExecutableProperty() {
        return verify.executableProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verify.runningProperty();
    }
}
