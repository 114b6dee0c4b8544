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
 * {@link #runLater} defers them as the real executor does; {@link #hold} keeps them until the test lets
 * them run ({@link #runHeld}), so what happens meanwhile can be seen. A held job whose ticket was cancelled
 * runs with a cancelled progress, as the real executor's would.
 */
public final class ImmediateWork implements BackgroundWork {
    private final List<String> titles = new ArrayList<>();
    private final List<Outcome<?>> outcomes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Predicate<String> cancelled = title -> false;

    private boolean later;
    private boolean holding;
    private final List<Runnable> held = new ArrayList<>();

    /**
     * From now on, runs each job in a later turn of the FX event loop instead of at once, as the app's
     * executor does: the user's gesture has ended before the outcome arrives.
     */
    public void runLater() {
        later = true;
    }

    /** From now on, keeps each job until {@link #runHeld} instead of running it at once. */
    public void hold() {
        holding = true;
    }

    /** How many jobs are held, waiting for {@link #runHeld}. */
    public int heldCount() {
        return held.size();
    }

    /** Runs the jobs held so far, in submission order. */
    public void runHeld() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public <T> WorkTicket submit(String title, Job<T> job, Consumer<Outcome<T>> whenDone) {
        if (holding) {
            boolean[] ticketCancelled = {false};
            held.add(() -> run(title, job, whenDone, ticketCancelled[0]));
            return () -> ticketCancelled[0] = true;
        }
        if (later) {
            javafx.application.Platform.runLater(() -> run(title, job, whenDone, false));
        } else {
            run(title, job, whenDone, false);
        }
        return () -> {};
    }

    private <T> void run(String title, Job<T> job, Consumer<Outcome<T>> whenDone, boolean ticketCancelled) {
        titles.add(title);
        boolean cancel = ticketCancelled || cancelled.test(title);
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
    public void cancel() {}

    /** Every outcome so far, in submission order. */
    public List<Outcome<?>> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** The messages of the refusals so far: what the dialogs would say. */
    public List<String> refusals() {
        return outcomes.stream()
                .filter(o -> o instanceof Outcome.Refused<?>)
                .map(o -> ((Outcome.Refused<?>) o).message())
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
