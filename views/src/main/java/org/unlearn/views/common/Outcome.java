package org.unlearn.views.common;

import org.unlearn.model.BadInputException;
import org.unlearn.model.util.CancelledException;
import org.unlearn.model.util.Progress;

/** How a {@link Job} ended. Whatever the ending, the submitter learns of it, so no command stays "running". */
public sealed interface Outcome<T> {
    /** The job finished and its result may be used. */
    record Succeeded<T>(T value) implements Outcome<T> {}

    /** The engine refused the user's input; the message is one line for the user. */
    record Refused<T>(String message) implements Outcome<T> {}

    /** The user cancelled; nothing the job made is kept. */
    record Cancelled<T>() implements Outcome<T> {}

    /** Something unexpected went wrong; the cause is for the log, never for the user's eyes. */
    record Failed<T>(Throwable cause) implements Outcome<T> {}

    /**
     * Runs a job and sorts its ending. A job that finishes after cancellation was asked for counts as
     * cancelled, so a late result never replaces what the user chose to keep.
     */
    static <T> Outcome<T> capture(Job<T> job, Progress progress) {
        try {
            T value = job.run(progress);
            return progress.isCancelled() ? new Cancelled<>() : new Succeeded<>(value);
        } catch (CancelledException e) {
            return new Cancelled<>();
        } catch (BadInputException e) {
            return new Refused<>(e.getMessage());
        } catch (Exception | Error e) {
            return new Failed<>(e);
        }
    }
}
