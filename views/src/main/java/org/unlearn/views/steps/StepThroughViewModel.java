package org.unlearn.views.steps;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;

/**
 * Stepping through the newest forget request: the engine's own steps ({@link Walkthrough}), one at a time,
 * with Back, Next and Play at a chosen pace. It closes itself when the request it shows is no longer the
 * newest (another request, a new training).
 */
public final class StepThroughViewModel {
    static final double SLOWEST = 6;
    static final double FASTEST = 0.5;

    private final ObservableValue<ForgetReport> newest;
    private final ReadOnlyObjectWrapper<Walkthrough> walkthrough = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty secondsPerStep = new SimpleDoubleProperty(2.5);
    private final ObjectBinding<Step> step;
    private final StringBinding position;
    private final BooleanBinding open;
    private final BooleanBinding openable;
    private final BooleanBinding canBack;
    private final BooleanBinding canNext;

    /** @param newest the newest forget request's report, null while the model has none */
    public StepThroughViewModel(ObservableValue<ForgetReport> newest) {
        this.newest = newest;
        open = walkthrough.isNotNull();
        openable = Bindings.createBooleanBinding(() -> newest.getValue() != null, newest);
        step = Bindings.createObjectBinding(
                () -> walkthrough.get() == null ? null : walkthrough.get().step(index.get()), walkthrough, index);
        position = Bindings.createStringBinding(
                () -> walkthrough.get() == null
                        ? ""
                        : "Step " + (index.get() + 1) + " of "
                                + walkthrough.get().size(),
                walkthrough,
                index);
        canBack = open.and(index.greaterThan(0));
        canNext = Bindings.createBooleanBinding(
                () -> walkthrough.get() != null
                        && index.get() < walkthrough.get().size() - 1,
                walkthrough,
                index);
        newest.addListener((o, was, now) -> close());
        canNext.addListener((o, was, now) -> {
            if (!now) {
                playing.set(false);
            }
        });
    }

    /** Opens the newest request's steps at the first; does nothing while there is none. */
    public void open() {
        ForgetReport report = newest.getValue();
        if (report == null) {
            return;
        }
        playing.set(false);
        index.set(0);
        walkthrough.set(Walkthrough.of(report));
    }

    public void close() {
        playing.set(false);
        walkthrough.set(null);
        index.set(0);
    }

    public void next() {
        if (canNext.get()) {
            index.set(index.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            index.set(index.get() - 1);
        }
    }

    /** Plays from here (from the start when at the end), or pauses. */
    public void togglePlay() {
        if (!playing.get() && !canNext.get() && open.get()) {
            index.set(0);
        }
        playing.set(!playing.get() && open.get());
    }

    /** Every replayed iteration of the steps so far, the current step's included: the strip a view fills. */
    public List<Step.Replay> replaysSoFar() {
        List<Step.Replay> out = new ArrayList<>();
        Walkthrough w = walkthrough.get();
        for (int i = 0; w != null && i <= index.get(); i++) {
            out.addAll(w.step(i).replays());
        }
        return out;
    }

    /** A complete tree's nodes as the steps so far left them, a later step's mark over an earlier one's. */
    public List<Step.Node> treeSoFar() {
        java.util.Map<Long, Step.Node> byId = new java.util.LinkedHashMap<>();
        Walkthrough w = walkthrough.get();
        for (int i = 0; w != null && i <= index.get(); i++) {
            if (w.step(i).tree() != null) {
                w.step(i).nodes().forEach(n -> byId.put(n.id(), n));
            }
        }
        return new ArrayList<>(byId.values());
    }

    public ReadOnlyObjectProperty<Walkthrough> walkthroughProperty() {
        return walkthrough.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectBinding<Step> stepProperty() {
        return step;
    }

    /** "Step 3 of 7". */
    public StringBinding positionProperty() {
        return position;
    }

    public BooleanBinding openProperty() {
        return open;
    }

    /** True while there is a request to step through. */
    public BooleanBinding openableProperty() {
        return openable;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The pace of Play, in seconds per step, from {@link #FASTEST} to {@link #SLOWEST}. */
    public DoubleProperty secondsPerStepProperty() {
        return secondsPerStep;
    }
}
