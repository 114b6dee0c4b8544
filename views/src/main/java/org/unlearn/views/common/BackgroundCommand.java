package org.unlearn.views.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A user command whose work runs in the background: executable while its precondition holds and it is
 * not already running; running from submission until its outcome arrives.
 *
 * @param <A> what the command is given (a file to open, a role to change)
 * @param <T> what its job produces
 */
public final class BackgroundCommand<A, T> {
    private final BackgroundWork work;
    private final Function<A, String> title;
    private final Function<A, Job<T>> job;
    private final Consumer<Outcome<T>> whenDone;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(false);

    public BackgroundCommand(
            BackgroundWork work,
            ObservableBooleanValue precondition,
            Function<A, String> title,
            Function<A, Job<T>> job,
            Consumer<Outcome<T>> whenDone) {
        this.work = Objects.requireNonNull(work);
        this.title = title;
        this.job = job;
        this.whenDone = whenDone;
        executable.bind(
                Bindings.createBooleanBinding(() -> precondition.get() && !running.get(), precondition, running));
    }

    /** Submits the command's work; does nothing when the command is not executable. */
    public void execute(A argument) {
        if (!executable.get()) {
            return;
        }
        running.set(true);
        work.submit(title.apply(argument), job.apply(argument), outcome -> {
            running.set(false);
            whenDone.accept(outcome);
        });
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }
}
