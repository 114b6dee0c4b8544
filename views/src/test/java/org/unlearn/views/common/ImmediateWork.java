package org.unlearn.views.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unlearn.model.util.Progress;

/**
 * Background work for view-model tests: runs each job at once on the calling thread, sorts its ending
 * with the same {@link Outcome#capture} the app's executor uses, and records what the user would be told.
 * {@link #cancelJobs} makes chosen jobs see a cancelled progress, as if the user pressed Cancel;
 * {@link #runLater} defers them as the real executor does.
 */
public final class ImmediateWork implements BackgroundWork {
    private final List<String> titles = new ArrayList<>();
    private final List<Outcome<?>> outcomes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Predicate<String> cancelled = title -> false;

    private boolean later;

    /**
     * From now on, runs each job in a later turn of the FX event loop instead of at once, as the app's
     * executor does: the user's gesture has ended before the outcome arrives.
     */
    public void runLater() {
        later = true;
    }

    @Override
    public <T> WorkTicket submit(String title, Job<T> job, Consumer<Outcome<T>> whenDone) {
        if (later) {
            javafx.application.Platform.runLater(() -> run(title, job, whenDone));
        } else {
            run(title, job, whenDone);
        }
        return () -> { };
    }

    private <T> void run(String title, Job<T> job, Consumer<Outcome<T>> whenDone) {
        titles.add(title);
        boolean cancel = cancelled.test(title);
        running.set(true);
        Outcome<T> outcome = Outcome.capture(job, new Progress() {
            @Override
            public void report(double fraction, String text) {
                progress.set(Double.isNaN(fraction) ? -1 : fraction);
                message.set(text);
            }

            @Override
            public boolean isCancelled() {
                return cancel;
            }
        });
        running.set(false);
        outcomes.add(outcome);
        whenDone.accept(outcome);
    }

    /** From now on, jobs whose title passes the test are cancelled as they run. */
    public void cancelJobs(Predicate<String> titles) {
        cancelled = titles;
    }

    @Override
    public void cancel() {
    }

    /** Every outcome so far, in submission order. */
    public List<Outcome<?>> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** The messages of the refusals so far: what the dialogs would say. */
    public List<String> refusals() {
        return outcomes.stream().filter(o -> o instanceof Outcome.Refused<?>).map(o -> ((Outcome.Refused<?>) o).message())
                .toList();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
