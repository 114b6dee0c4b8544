package org.unlearn.views.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The app's one background executor, as the views see it: runs engine work off the FX thread, shows
 * its progress, lets the user cancel it and tells the user about refusals and failures. The app
 * provides it; views never know how.
 */
public interface BackgroundWork {
    /**
     * Queues a job. {@code whenDone} runs on the FX thread with the outcome, after the user has been told
     * about a refusal or a failure.
     *
     * @param title what the job does, as an imperative ("Open penguins.csv"), for the status line and dialogs
     * @return a ticket to cancel this job alone
     */
    <T> WorkTicket submit(String title, Job<T> job, Consumer<Outcome<T>> whenDone);

    /** Asks the running and queued jobs to stop. */
    void cancel();

    /** True while a job runs or waits. */
    ReadOnlyBooleanProperty runningProperty();

    /** The running job's progress in [0, 1], or -1 when unknown (the ProgressBar convention). */
    ReadOnlyDoubleProperty progressProperty();

    /** One line about the current or last job, for a status bar. */
    ReadOnlyStringProperty messageProperty();
}
